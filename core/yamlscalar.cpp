#include "yamlscalar.h"

#include "yamljs.h"

#include <QSet>

#include <clocale>
#include <cmath>
#include <cstdlib>
#include <locale.h>

namespace Cardigan::YamlScalar {

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

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Decimal text to the nearest double, independent of the process locale (Qt sets it from
// the environment, and a German locale would make strtod stop at the '.').
double parseDecimal(const QString &text)
{
    static const locale_t cLocale = newlocale(LC_ALL_MASK, "C", locale_t(nullptr));
    const QByteArray latin = text.toLatin1();
    return strtod_l(latin.constData(), nullptr, cLocale);
}

// parseInt(digits, 2|8|16) rounded to nearest, ties to even, as V8 does. The caller has
// checked the digits.
double parsePowerOfTwo(const QString &digits, int bitsPerDigit)
{
    QByteArray bits;
    bits.reserve(digits.size() * bitsPerDigit);
    for (QChar c : digits) {
        const int v = c.isDigit() ? c.unicode() - u'0' : (c.unicode() | 0x20) - u'a' + 10;
        for (int b = bitsPerDigit - 1; b >= 0; --b) {
            bits.append((v >> b) & 1 ? '1' : '0');
        }
    }
    const qsizetype first = bits.indexOf('1');
    if (first < 0) {
        return 0;
    }
    bits = bits.mid(first);
    if (bits.size() <= 53) {
        quint64 m = 0;
        for (char b : bits) {
            m = (m << 1) | quint64(b == '1');
        }
        return double(m);
    }
    quint64 m = 0;
    for (int i = 0; i < 53; ++i) {
        m = (m << 1) | quint64(bits.at(i) == '1');
    }
    int exponent = int(bits.size() - 53);
    const bool round = bits.at(53) == '1';
    const bool sticky = bits.indexOf('1', 54) >= 0;
    if (round && (sticky || (m & 1))) {
        ++m;
        if (m == (quint64(1) << 53)) {
            m >>= 1;
            ++exponent;
        }
    }
    return std::ldexp(double(m), exponent);
}

bool isHex(QChar c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

double parseYamlInteger(const QString &data)
{
    QString value = data;
    double sign = 1;
    if (value.startsWith(u'-') || value.startsWith(u'+')) {
        if (value.at(0) == u'-') {
            sign = -1;
        }
        value = value.mid(1);
    }
    if (value == u"0") {
        return 0; // js-yaml returns before applying the sign: "-0" is 0
    }
    if (value.size() > 1 && value.at(0) == u'0') {
        if (value.at(1) == u'b') {
            return sign * parsePowerOfTwo(value.mid(2), 1);
        }
        if (value.at(1) == u'x') {
            return sign * parsePowerOfTwo(value.mid(2), 4);
        }
        if (value.at(1) == u'o') {
            return sign * parsePowerOfTwo(value.mid(2), 3);
        }
    }
    return sign * parseDecimal(value);
}

bool resolveInt(const QString &data)
{
    const qsizetype max = data.size();
    if (max == 0) {
        return false;
    }
    qsizetype index = 0;
    auto at = [&](qsizetype i) { return i < max ? data.at(i) : QChar(); };
    QChar ch = at(index);
    if (ch == u'-' || ch == u'+') {
        ch = at(++index);
    }
    if (ch == u'0') {
        if (index + 1 == max) {
            return true;
        }
        ch = at(++index);
        auto radix = [&](auto isDigitOfRadix) {
            bool hasDigits = false;
            for (++index; index < max; ++index) {
                if (!isDigitOfRadix(data.at(index))) {
                    return false;
                }
                hasDigits = true;
            }
            return hasDigits && std::isfinite(parseYamlInteger(data));
        };
        if (ch == u'b') {
            return radix([](QChar c) { return c == u'0' || c == u'1'; });
        }
        if (ch == u'x') {
            return radix(isHex);
        }
        if (ch == u'o') {
            return radix([](QChar c) { return c >= u'0' && c <= u'7'; });
        }
    }
    bool hasDigits = false;
    for (; index < max; ++index) {
        if (!isDigit(data.at(index))) {
            return false;
        }
        hasDigits = true;
    }
    return hasDigits && std::isfinite(parseYamlInteger(data));
}

// ^(?:[-+]?[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9]+(?:[eE][-+]?[0-9]+)?
//    |[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$
bool matchesFloatPattern(const QString &s)
{
    const qsizetype n = s.size();
    qsizetype i = 0;
    auto digits = [&]() {
        const qsizetype from = i;
        while (i < n && isDigit(s.at(i))) {
            ++i;
        }
        return i > from;
    };
    auto exponent = [&]() {
        if (i < n && (s.at(i) == u'e' || s.at(i) == u'E')) {
            ++i;
            if (i < n && (s.at(i) == u'-' || s.at(i) == u'+')) {
                ++i;
            }
            return digits();
        }
        return true;
    };
    const bool signed_ = n > 0 && (s.at(0) == u'-' || s.at(0) == u'+');
    const QStringView rest = QStringView(s).mid(signed_ ? 1 : 0);
    if (rest == u".inf" || rest == u".Inf" || rest == u".INF") {
        return true;
    }
    if (!signed_ && (s == u".nan" || s == u".NaN" || s == u".NAN")) {
        return true;
    }
    if (signed_) {
        i = 1;
    }
    if (digits()) {
        if (i < n && s.at(i) == u'.') {
            ++i;
            digits();
        }
        return exponent() && i == n;
    }
    if (signed_ || i >= n || s.at(i) != u'.') {
        return false;
    }
    ++i;
    return digits() && exponent() && i == n;
}

bool isFloatSpecial(const QString &s)
{
    const bool signed_ = !s.isEmpty() && (s.at(0) == u'-' || s.at(0) == u'+');
    const QStringView rest = QStringView(s).mid(signed_ ? 1 : 0);
    if (rest == u".inf" || rest == u".Inf" || rest == u".INF") {
        return true;
    }
    return !signed_ && (s == u".nan" || s == u".NaN" || s == u".NAN");
}

bool resolveFloat(const QString &data)
{
    if (!matchesFloatPattern(data)) {
        return false;
    }
    return std::isfinite(parseDecimal(data)) || isFloatSpecial(data);
}

double constructFloat(const QString &data)
{
    QString value = data.toLower();
    const double sign = value.startsWith(u'-') ? -1 : 1;
    if (value.startsWith(u'-') || value.startsWith(u'+')) {
        value = value.mid(1);
    }
    if (value == u".inf") {
        return sign * INFINITY;
    }
    if (value == u".nan") {
        return NAN;
    }
    return sign * parseDecimal(value);
}

struct TimestampFields
{
    int year = 0, month = 0, day = 0;
    bool hasTime = false;
    int hour = 0, minute = 0, second = 0;
    QString fraction;
    QChar tzSign;
    int tzHour = 0, tzMinute = 0;
};

// js-yaml's YAML_DATE_REGEXP, then YAML_TIMESTAMP_REGEXP. Both are deterministic (no
// backtracking changes what they match), so a greedy scan is exact.
bool matchTimestamp(const QString &s, TimestampFields *f)
{
    const qsizetype n = s.size();
    qsizetype i = 0;
    auto number = [&](int minDigits, int maxDigits, int *out) {
        int count = 0;
        int v = 0;
        while (count < maxDigits && i < n && isDigit(s.at(i))) {
            v = v * 10 + (s.at(i).unicode() - u'0');
            ++i;
            ++count;
        }
        *out = v;
        return count >= minDigits;
    };
    auto literal = [&](char16_t c) {
        if (i < n && s.at(i) == c) {
            ++i;
            return true;
        }
        return false;
    };
    if (!number(4, 4, &f->year) || !literal(u'-')) {
        return false;
    }
    const qsizetype monthStart = i;
    if (!number(1, 2, &f->month) || !literal(u'-')) {
        return false;
    }
    const qsizetype dayStart = i;
    if (!number(1, 2, &f->day)) {
        return false;
    }
    if (i == n) {
        // The date-only form wants exactly two digits for month and day.
        return dayStart - monthStart == 3 && i - dayStart == 2;
    }
    if (s.at(i) == u'T' || s.at(i) == u't') {
        ++i;
    } else if (s.at(i) == u' ' || s.at(i) == u'\t') {
        while (i < n && (s.at(i) == u' ' || s.at(i) == u'\t')) {
            ++i;
        }
    } else {
        return false;
    }
    f->hasTime = true;
    if (!number(1, 2, &f->hour) || !literal(u':') || !number(2, 2, &f->minute) || !literal(u':') ||
        !number(2, 2, &f->second)) {
        return false;
    }
    if (literal(u'.')) {
        const qsizetype from = i;
        while (i < n && isDigit(s.at(i))) {
            ++i;
        }
        f->fraction = s.mid(from, i - from);
    }
    if (i == n) {
        return true;
    }
    while (i < n && (s.at(i) == u' ' || s.at(i) == u'\t')) {
        ++i;
    }
    if (literal(u'Z')) {
        return i == n;
    }
    if (i < n && (s.at(i) == u'-' || s.at(i) == u'+')) {
        f->tzSign = s.at(i++);
        if (!number(1, 2, &f->tzHour)) {
            return false;
        }
        if (literal(u':') && !number(2, 2, &f->tzMinute)) {
            return false;
        }
        return i == n;
    }
    return false;
}

YamlValue constructTimestamp(const TimestampFields &f)
{
    if (!f.hasTime) {
        return YamlValue::timestamp(
            Js::isoString(Js::utcTime(f.year, f.month - 1, f.day, 0, 0, 0, 0)));
    }
    int ms = 0;
    if (!f.fraction.isEmpty()) {
        QString fraction = f.fraction.left(3);
        while (fraction.size() < 3) {
            fraction += u'0';
        }
        ms = fraction.toInt();
    }
    double t = Js::utcTime(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, ms);
    if (!f.tzSign.isNull()) {
        double delta = (f.tzHour * 60.0 + f.tzMinute) * 60000.0;
        if (f.tzSign == u'-') {
            delta = -delta;
        }
        t -= delta;
    }
    return YamlValue::timestamp(Js::isoString(t));
}

const QString base64Map =
    QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r");

bool resolveBinary(const QString &data)
{
    int bitLength = 0;
    for (QChar c : data) {
        const qsizetype code = base64Map.indexOf(c);
        if (code > 64) {
            continue; // CR, LF
        }
        if (code < 0) {
            return false;
        }
        bitLength += 6;
    }
    return bitLength % 8 == 0;
}

YamlValue constructBinary(const QString &data)
{
    QString input = data;
    input.remove(u'\r').remove(u'\n').remove(u'=');
    QByteArray result;
    quint32 bits = 0;
    const qsizetype max = input.size();
    for (qsizetype idx = 0; idx < max; ++idx) {
        if (idx % 4 == 0 && idx) {
            result.append(char((bits >> 16) & 0xff));
            result.append(char((bits >> 8) & 0xff));
            result.append(char(bits & 0xff));
        }
        bits = (bits << 6) | quint32(base64Map.indexOf(input.at(idx)));
    }
    const qsizetype tailBits = (max % 4) * 6;
    if (tailBits == 0) {
        result.append(char((bits >> 16) & 0xff));
        result.append(char((bits >> 8) & 0xff));
        result.append(char(bits & 0xff));
    } else if (tailBits == 18) {
        result.append(char((bits >> 10) & 0xff));
        result.append(char((bits >> 2) & 0xff));
    } else if (tailBits == 12) {
        result.append(char((bits >> 4) & 0xff));
    }
    return YamlValue::binary(result);
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
        TimestampFields f;
        if (matchTimestamp(s, &f)) {
            return resolved(TypeId::Timestamp, constructTimestamp(f));
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
        TimestampFields f;
        if (matchTimestamp(s, &f)) {
            return resolved(type, constructTimestamp(f));
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
