#include "yaml11.h"

#include <QRegularExpression>

#include <cmath>

namespace Cardigan {

namespace {

// PyYAML's resolver.py patterns, anchored as re.match with '$' at the end of the text.
const QRegularExpression &boolRe()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE"
                       "|on|On|ON|off|Off|OFF)$"));
    return re;
}

const QRegularExpression &floatRe()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
                       "|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
                       "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
                       "|[-+]?\\.(?:inf|Inf|INF)"
                       "|\\.(?:nan|NaN|NAN))$"));
    return re;
}

const QRegularExpression &intRe()
{
    static const QRegularExpression re(QStringLiteral("^(?:[-+]?0b[0-1_]+"
                                                      "|[-+]?0[0-7_]+"
                                                      "|[-+]?(?:0|[1-9][0-9_]*)"
                                                      "|[-+]?0x[0-9a-fA-F_]+"
                                                      "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$"));
    return re;
}

const QRegularExpression &timestampRe()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
                       "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
                       "(?:[Tt]|[ \\t]+)[0-9][0-9]?"
                       ":[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
                       "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$"));
    return re;
}

// A '$' in Python's re also matches before a final "\n"; plain scalars never end in one.
bool matches(const QRegularExpression &re, const QString &text)
{
    return re.match(text).hasMatch();
}

double sexagesimal(const QString &text)
{
    double value = 0;
    for (const QString &part : text.split(u':')) {
        value = value * 60 + part.toDouble();
    }
    return value;
}

} // namespace

Yaml11::Type Yaml11::resolve(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("~") || text == QLatin1String("null") ||
        text == QLatin1String("Null") || text == QLatin1String("NULL")) {
        return Type::Null;
    }
    const QChar first = text.at(0);
    // PyYAML picks resolvers by the first character, then tries them in the order they
    // were added: bool, float, int, merge, null, timestamp, value.
    if (QStringLiteral("yYnNtTfFoO").contains(first) && matches(boolRe(), text)) {
        return Type::Bool;
    }
    if (QStringLiteral("-+0123456789.").contains(first)) {
        if (matches(floatRe(), text)) {
            return Type::Float;
        }
        if (matches(intRe(), text)) {
            return Type::Int;
        }
    }
    if (text == QLatin1String("<<")) {
        return Type::Merge;
    }
    if (first.isDigit() && matches(timestampRe(), text)) {
        return Type::Timestamp;
    }
    if (text == QLatin1String("=")) {
        return Type::Value;
    }
    return Type::String;
}

std::optional<YamlValue> Yaml11::construct(const QString &text)
{
    switch (resolve(text)) {
    case Type::Null:
        return YamlValue();
    case Type::Bool: {
        const QString lower = text.toLower();
        return YamlValue::boolean(lower == QLatin1String("yes") || lower == QLatin1String("true") ||
                                  lower == QLatin1String("on"));
    }
    case Type::Int: {
        QString t = text;
        t.remove(u'_');
        double sign = 1;
        if (t.startsWith(u'-') || t.startsWith(u'+')) {
            sign = t.startsWith(u'-') ? -1 : 1;
            t = t.mid(1);
        }
        double v = 0;
        bool ok = true;
        if (t == QLatin1String("0")) {
            v = 0;
        } else if (t.startsWith(QLatin1String("0b"))) {
            v = double(t.mid(2).toULongLong(&ok, 2));
        } else if (t.startsWith(QLatin1String("0x"))) {
            v = double(t.mid(2).toULongLong(&ok, 16));
        } else if (t.startsWith(u'0')) {
            v = double(t.mid(1).toULongLong(&ok, 8));
        } else if (t.contains(u':')) {
            v = sexagesimal(t);
        } else {
            v = t.toDouble(&ok);
        }
        return YamlValue::number(sign * v, true);
    }
    case Type::Float: {
        QString t = text.toLower();
        t.remove(u'_');
        double sign = 1;
        if (t.startsWith(u'-') || t.startsWith(u'+')) {
            sign = t.startsWith(u'-') ? -1 : 1;
            t = t.mid(1);
        }
        if (t == QLatin1String(".inf")) {
            return YamlValue::number(sign * INFINITY, false);
        }
        if (t == QLatin1String(".nan")) {
            return YamlValue::number(NAN, false);
        }
        const double v = t.contains(u':') ? sexagesimal(t) : t.toDouble();
        return YamlValue::number(sign * v, false);
    }
    default:
        return std::nullopt;
    }
}

} // namespace Cardigan
