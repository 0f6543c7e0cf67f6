#include "yamlscalarformats.h"

#include "yamljs.h"

#include <cmath>
#include <cstdlib>
#include <locale.h>

namespace Cardigan::YamlScalar::Formats {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

namespace {

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

} // namespace

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

namespace {

bool isFloatSpecial(const QString &s)
{
    const bool signed_ = !s.isEmpty() && (s.at(0) == u'-' || s.at(0) == u'+');
    const QStringView rest = QStringView(s).mid(signed_ ? 1 : 0);
    if (rest == u".inf" || rest == u".Inf" || rest == u".INF") {
        return true;
    }
    return !signed_ && (s == u".nan" || s == u".NaN" || s == u".NAN");
}

} // namespace

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

namespace {

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

} // namespace

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

bool resolveTimestamp(const QString &data, YamlValue *value)
{
    TimestampFields f;
    if (!matchTimestamp(data, &f)) {
        return false;
    }
    *value = constructTimestamp(f);
    return true;
}

} // namespace Cardigan::YamlScalar::Formats
