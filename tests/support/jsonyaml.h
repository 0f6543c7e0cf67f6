#pragma once

#include "yamlvalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace Cardigan::Test {

/// Metadata from JSON (the corpus reference format: {"$float": "nan"|"inf"|"-inf"} and
/// {"$timestamp": ISO} included), so tests of metadata consumers need no YAML reader.
inline YamlValue yamlFromJson(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Bool:
        return YamlValue::boolean(json.toBool());
    case QJsonValue::Double: {
        const double d = json.toDouble();
        return YamlValue::number(d, std::trunc(d) == d);
    }
    case QJsonValue::String:
        return YamlValue::string(json.toString());
    case QJsonValue::Array: {
        std::vector<YamlValue> items;
        for (const QJsonValue &item : json.toArray()) {
            items.push_back(yamlFromJson(item));
        }
        return YamlValue::sequence(std::move(items));
    }
    case QJsonValue::Object: {
        const QJsonObject object = json.toObject();
        if (object.size() == 1 && object.contains(QStringLiteral("$timestamp"))) {
            return YamlValue::timestamp(object.value(QStringLiteral("$timestamp")).toString());
        }
        if (object.size() == 1 && object.contains(QStringLiteral("$float"))) {
            const QString f = object.value(QStringLiteral("$float")).toString();
            const double inf = std::numeric_limits<double>::infinity();
            return YamlValue::number(f == QStringLiteral("nan")   ? std::nan("")
                                     : f == QStringLiteral("inf") ? inf
                                                                  : -inf,
                                     false);
        }
        std::vector<YamlValue::Entry> entries;
        for (auto it = object.begin(); it != object.end(); ++it) {
            entries.emplace_back(it.key(), yamlFromJson(it.value()));
        }
        return YamlValue::mapping(std::move(entries));
    }
    default:
        return YamlValue();
    }
}

inline YamlValue yamlFromJson(const QByteArray &json)
{
    return yamlFromJson(QJsonDocument::fromJson(json).object());
}

} // namespace Cardigan::Test
