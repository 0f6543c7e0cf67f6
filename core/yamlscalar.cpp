#include "yamlscalar.h"

#include "yamljs.h"
#include "yamlscalarformats.h"

#include <QSet>

#include <cmath>

namespace Cardigan::YamlScalar {

using namespace Formats;

namespace {

using Status = Resolution::Status;

const QString yamlTagPrefix = QStringLiteral("tag:yaml.org,2002:");

Resolution resolved(TypeId type, const YamlValue &value)
{
    Resolution r;
    r.status = Status::Resolved;
    r.type = type;
    r.value = value;
    return r;
}

Resolution failed(Status status, const QString &message = QString())
{
    Resolution r;
    r.status = status;
    r.message = message;
    return r;
}

bool isPlainObject(const YamlValue &v)
{
    return v.isMapping() && !v.isBinary();
}

// The implicit resolvers on data that is not a string. js-yaml only meets this through
// quirks (a tag alone on the line above a plain scalar), and answers with what its
// resolvers do to a JS number, boolean or Date.
Resolution resolveImplicitNonString(const YamlValue &data)
{
    if (data.isNull()) {
        return resolved(TypeId::Null, YamlValue());
    }
    if (data.type() == YamlValue::Type::Number && matchesFloatPattern(jsString(data)) &&
        std::isfinite(data.toNumber())) {
        return failed(Status::ScriptError,
                      QStringLiteral("TypeError: data.toLowerCase is not a function"));
    }
    return failed(Status::NoMatch);
}

Resolution resolveExplicitNonString(TypeId type, const YamlValue &data)
{
    if (data.isNull()) {
        switch (type) {
        case TypeId::Null:
        case TypeId::Merge:
            return resolved(type, YamlValue());
        case TypeId::Str:
            return resolved(type, YamlValue::string(QString()));
        default:
            return failed(Status::CannotResolve);
        }
    }
    switch (type) {
    case TypeId::Str:
        return resolved(type, data);
    case TypeId::Binary:
        // `data.length` is undefined, so the resolver accepts; the constructor then dies.
        return failed(Status::ScriptError,
                      QStringLiteral("TypeError: data.replace is not a function"));
    case TypeId::Float:
        if (data.type() == YamlValue::Type::Number && matchesFloatPattern(jsString(data)) &&
            std::isfinite(data.toNumber())) {
            return failed(Status::ScriptError,
                          QStringLiteral("TypeError: data.toLowerCase is not a function"));
        }
        return failed(Status::CannotResolve);
    default:
        return failed(Status::CannotResolve);
    }
}

} // namespace

QString tagOf(TypeId type)
{
    static const char *const names[] = {"null",  "bool",  "int",    "float", "timestamp",
                                        "merge", "str",   "binary", "seq",   "map",
                                        "omap",  "pairs", "set"};
    return yamlTagPrefix + QLatin1String(names[int(type)]);
}

bool lookup(const QString &tag, NodeKind kind, TypeId *type, NodeKind *typeKind)
{
    if (!tag.startsWith(yamlTagPrefix)) {
        return false;
    }
    static const struct
    {
        const char *name;
        TypeId type;
        NodeKind kind;
    } types[] = {
        {"null", TypeId::Null, NodeKind::Scalar},
        {"bool", TypeId::Bool, NodeKind::Scalar},
        {"int", TypeId::Int, NodeKind::Scalar},
        {"float", TypeId::Float, NodeKind::Scalar},
        {"timestamp", TypeId::Timestamp, NodeKind::Scalar},
        {"merge", TypeId::Merge, NodeKind::Scalar},
        {"str", TypeId::Str, NodeKind::Scalar},
        {"binary", TypeId::Binary, NodeKind::Scalar},
        {"seq", TypeId::Seq, NodeKind::Sequence},
        {"map", TypeId::Map, NodeKind::Mapping},
        {"omap", TypeId::Omap, NodeKind::Sequence},
        {"pairs", TypeId::Pairs, NodeKind::Sequence},
        {"set", TypeId::Set, NodeKind::Mapping},
    };
    const QStringView name = QStringView(tag).mid(yamlTagPrefix.size());
    for (const auto &t : types) {
        if (name == QLatin1String(t.name) && (kind == NodeKind::None || kind == t.kind)) {
            *type = t.type;
            if (typeKind) {
                *typeKind = t.kind;
            }
            return true;
        }
    }
    return false;
}

Resolution resolveImplicit(const YamlValue &data)
{
    if (!data.isString()) {
        return resolveImplicitNonString(data);
    }
    const QString s = data.toString();
    const qsizetype n = s.size();
    if ((n == 1 && s == u"~") || (n == 4 && (s == u"null" || s == u"Null" || s == u"NULL"))) {
        return resolved(TypeId::Null, YamlValue());
    }
    if (s == u"true" || s == u"True" || s == u"TRUE") {
        return resolved(TypeId::Bool, YamlValue::boolean(true));
    }
    if (s == u"false" || s == u"False" || s == u"FALSE") {
        return resolved(TypeId::Bool, YamlValue::boolean(false));
    }
    // Cheap filter: every int, float, timestamp starts with a sign, a digit or a dot.
    const QChar c = n ? s.at(0) : QChar();
    if (isDigit(c) || c == u'-' || c == u'+' || c == u'.') {
        if (resolveInt(s)) {
            return resolved(TypeId::Int, YamlValue::number(parseYamlInteger(s), true));
        }
        if (resolveFloat(s)) {
            return resolved(TypeId::Float, YamlValue::number(constructFloat(s), false));
        }
        YamlValue timestamp;
        if (resolveTimestamp(s, &timestamp)) {
            return resolved(TypeId::Timestamp, timestamp);
        }
    }
    if (s == u"<<") {
        return resolved(TypeId::Merge, data);
    }
    return failed(Status::NoMatch);
}

Resolution resolveExplicit(TypeId type, const YamlValue &data)
{
    switch (type) {
    case TypeId::Seq:
    case TypeId::Omap:
    case TypeId::Pairs:
        if (data.isNull()) {
            return resolved(type, YamlValue::sequence({}));
        }
        break;
    case TypeId::Map:
    case TypeId::Set:
        if (data.isNull()) {
            return resolved(type, YamlValue::mapping({}));
        }
        break;
    default:
        if (!data.isString()) {
            return resolveExplicitNonString(type, data);
        }
        break;
    }
    const QString s = data.toString();
    switch (type) {
    case TypeId::Null:
        if (s == u"~" || s == u"null" || s == u"Null" || s == u"NULL") {
            return resolved(type, YamlValue());
        }
        break;
    case TypeId::Bool:
        if (s == u"true" || s == u"True" || s == u"TRUE") {
            return resolved(type, YamlValue::boolean(true));
        }
        if (s == u"false" || s == u"False" || s == u"FALSE") {
            return resolved(type, YamlValue::boolean(false));
        }
        break;
    case TypeId::Int:
        if (resolveInt(s)) {
            return resolved(type, YamlValue::number(parseYamlInteger(s), true));
        }
        break;
    case TypeId::Float:
        if (resolveFloat(s)) {
            return resolved(type, YamlValue::number(constructFloat(s), false));
        }
        break;
    case TypeId::Timestamp: {
        YamlValue timestamp;
        if (resolveTimestamp(s, &timestamp)) {
            return resolved(type, timestamp);
        }
        break;
    }
    case TypeId::Merge:
        if (s == u"<<") {
            return resolved(type, data);
        }
        break;
    case TypeId::Str:
        return resolved(type, data);
    case TypeId::Binary:
        if (resolveBinary(s)) {
            return resolved(type, constructBinary(s));
        }
        break;
    case TypeId::Seq:
    case TypeId::Map:
        return resolved(type, data);
    case TypeId::Omap: {
        QSet<QString> keys;
        for (const YamlValue &pair : data.items()) {
            if (!isPlainObject(pair) || pair.entries().size() != 1) {
                return failed(Status::CannotResolve);
            }
            const QString &key = pair.entries().front().first;
            if (keys.contains(key)) {
                return failed(Status::CannotResolve);
            }
            keys.insert(key);
        }
        return resolved(type, data);
    }
    case TypeId::Pairs: {
        std::vector<YamlValue> pairs;
        for (const YamlValue &pair : data.items()) {
            if (!isPlainObject(pair) || pair.entries().size() != 1) {
                return failed(Status::CannotResolve);
            }
            const YamlValue::Entry &e = pair.entries().front();
            pairs.push_back(YamlValue::sequence({YamlValue::string(e.first), e.second}));
        }
        return resolved(type, YamlValue::sequence(std::move(pairs)));
    }
    case TypeId::Set:
        for (const YamlValue::Entry &e : data.entries()) {
            if (!e.second.isNull()) {
                return failed(Status::CannotResolve);
            }
        }
        return resolved(type, data);
    }
    return failed(Status::CannotResolve);
}

QString jsString(const YamlValue &value)
{
    switch (value.type()) {
    case YamlValue::Type::Null:
        return QStringLiteral("null");
    case YamlValue::Type::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case YamlValue::Type::Number:
        return Js::numberToString(value.toNumber());
    case YamlValue::Type::String:
        return value.toString();
    case YamlValue::Type::Timestamp:
        return Js::dateString(Js::parseIsoString(value.toString()));
    case YamlValue::Type::Sequence: {
        // Array.prototype.join: null and undefined print as nothing.
        QStringList parts;
        for (const YamlValue &item : value.items()) {
            parts << (item.isNull() ? QString() : jsString(item));
        }
        return parts.join(u',');
    }
    case YamlValue::Type::Mapping:
        if (value.isBinary()) {
            QStringList parts;
            for (const YamlValue::Entry &e : value.entries()) {
                parts << jsString(e.second);
            }
            return parts.join(u',');
        }
        return QStringLiteral("[object Object]");
    }
    return QString();
}

} // namespace Cardigan::YamlScalar
