#include "yamljs.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>

namespace Cardigan::Js {

namespace {

constexpr double msPerDay = 86400000.0;

struct Civil
{
    std::int64_t year;
    int month; // 1..12
    int day;   // 1..31
};

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian
// calendar that ECMAScript uses, negative years included.
std::int64_t daysFromCivil(std::int64_t y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Civil civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    return {yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

QString pad(std::int64_t v, int width)
{
    return QStringLiteral("%1").arg(v, width, 10, QLatin1Char('0'));
}

struct Split
{
    Civil date;
    int hours, minutes, seconds, ms;
    std::int64_t days;
};

Split split(double time)
{
    const double days = std::floor(time / msPerDay);
    auto inDay = std::int64_t(time - days * msPerDay);
    Split s{};
    s.days = std::int64_t(days);
    s.date = civilFromDays(s.days);
    s.ms = int(inDay % 1000);
    inDay /= 1000;
    s.seconds = int(inDay % 60);
    inDay /= 60;
    s.minutes = int(inDay % 60);
    s.hours = int(inDay / 60);
    return s;
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9') {
        return u - u'0';
    }
    if (u >= u'a' && u <= u'f') {
        return u - u'a' + 10;
    }
    if (u >= u'A' && u <= u'F') {
        return u - u'A' + 10;
    }
    return -1;
}

} // namespace

QString numberToString(double value)
{
    if (std::isnan(value)) {
        return QStringLiteral("NaN");
    }
    if (std::isinf(value)) {
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    }
    if (value == 0) {
        return QStringLiteral("0");
    }
    // The shortest digits that round-trip, then ECMAScript's Number::toString layout.
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    const std::string_view sci(buf, size_t(res.ptr - buf));
    const size_t e = sci.find('e');
    QString digits;
    bool negative = false;
    for (size_t i = 0; i < e; ++i) {
        if (sci[i] == '-') {
            negative = true;
        } else if (sci[i] != '.') {
            digits.append(QLatin1Char(sci[i]));
        }
    }
    const int exponent = std::atoi(std::string(sci.substr(e + 1)).c_str());
    const int k = int(digits.size());
    const int n = exponent + 1;
    QString out = negative ? QStringLiteral("-") : QString();
    if (k <= n && n <= 21) {
        out += digits + QString(n - k, QLatin1Char('0'));
    } else if (0 < n && n <= 21) {
        out += digits.left(n) + QLatin1Char('.') + digits.mid(n);
    } else if (-6 < n && n <= 0) {
        out += QStringLiteral("0.") + QString(-n, QLatin1Char('0')) + digits;
    } else {
        out += digits.left(1);
        if (k > 1) {
            out += QLatin1Char('.') + digits.mid(1);
        }
        out += QLatin1Char('e');
        out += QLatin1Char(n - 1 >= 0 ? '+' : '-');
        out += QString::number(std::abs(n - 1));
    }
    return out;
}

double utcTime(double year, double month0, double day, double hours, double minutes, double seconds,
               double ms)
{
    double y = std::trunc(year);
    if (y >= 0 && y <= 99) {
        y += 1900;
    }
    const double m = std::trunc(month0);
    const double ym = y + std::floor(m / 12);
    if (std::fabs(ym) > 400000) {
        return std::nan("");
    }
    const int mn = int(m - std::floor(m / 12) * 12);
    const double days = double(daysFromCivil(std::int64_t(ym), mn + 1, 1)) + std::trunc(day) - 1;
    const double time = std::trunc(hours) * 3600000.0 + std::trunc(minutes) * 60000.0 +
                        std::trunc(seconds) * 1000.0 + std::trunc(ms);
    const double t = days * msPerDay + time;
    if (std::fabs(t) > 8.64e15) {
        return std::nan("");
    }
    return t;
}

QString isoString(double time)
{
    const Split s = split(time);
    QString year;
    if (s.date.year >= 0 && s.date.year <= 9999) {
        year = pad(s.date.year, 4);
    } else {
        year = (s.date.year < 0 ? QStringLiteral("-") : QStringLiteral("+")) +
               pad(std::abs(s.date.year), 6);
    }
    return QStringLiteral("%1-%2-%3T%4:%5:%6.%7Z")
        .arg(year, pad(s.date.month, 2), pad(s.date.day, 2), pad(s.hours, 2), pad(s.minutes, 2),
             pad(s.seconds, 2), pad(s.ms, 3));
}

QString dateString(double time)
{
    if (!std::isfinite(time)) {
        return QStringLiteral("Invalid Date");
    }
    static const char *const weekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const Split s = split(time);
    const std::int64_t weekday = ((s.days + 4) % 7 + 7) % 7; // 1970-01-01 was a Thursday
    const QString year =
        (s.date.year < 0 ? QStringLiteral("-") : QString()) + pad(std::abs(s.date.year), 4);
    return QStringLiteral("%1 %2 %3 %4 %5:%6:%7 GMT+0000 (Coordinated Universal Time)")
        .arg(QLatin1String(weekdays[weekday]), QLatin1String(months[s.date.month - 1]),
             pad(s.date.day, 2), year, pad(s.hours, 2), pad(s.minutes, 2), pad(s.seconds, 2));
}

double parseIsoString(const QString &iso)
{
    // Only the shapes isoString() writes: [+-YY]YYYY-MM-DDTHH:MM:SS.mmmZ.
    const qsizetype yearLength = iso.size() - 20;
    if (yearLength != 4 && yearLength != 7) {
        return std::nan("");
    }
    bool ok = true;
    auto field = [&](qsizetype from, qsizetype n) {
        bool fieldOk = false;
        const int v = iso.mid(from, n).toInt(&fieldOk);
        ok = ok && fieldOk;
        return v;
    };
    const double year = iso.left(yearLength).toLongLong(&ok);
    if (!ok) {
        return std::nan("");
    }
    const qsizetype o = yearLength;
    const int month = field(o + 1, 2);
    const int day = field(o + 4, 2);
    const int hours = field(o + 7, 2);
    const int minutes = field(o + 10, 2);
    const int seconds = field(o + 13, 2);
    const int ms = field(o + 16, 3);
    if (!ok) {
        return std::nan("");
    }
    const double days = double(daysFromCivil(std::int64_t(year), month, day));
    return days * msPerDay + hours * 3600000.0 + minutes * 60000.0 + seconds * 1000.0 + ms;
}

bool isArrayIndex(const QString &key, quint32 *index)
{
    if (key.isEmpty() || key.size() > 10 || (key.size() > 1 && key.at(0) == u'0')) {
        return false;
    }
    quint64 v = 0;
    for (QChar c : key) {
        if (c < u'0' || c > u'9') {
            return false;
        }
        v = v * 10 + (c.unicode() - u'0');
    }
    if (v > 4294967294ull) {
        return false;
    }
    if (index) {
        *index = quint32(v);
    }
    return true;
}

bool decodeUriComponent(const QString &in, QString *out)
{
    QString result;
    result.reserve(in.size());
    const qsizetype n = in.size();
    auto byteAt = [&](qsizetype k, int *byte) {
        if (k + 2 >= n || in.at(k) != u'%') {
            return false;
        }
        const int hi = hexValue(in.at(k + 1));
        const int lo = hexValue(in.at(k + 2));
        if (hi < 0 || lo < 0) {
            return false;
        }
        *byte = hi * 16 + lo;
        return true;
    };
    for (qsizetype k = 0; k < n; ++k) {
        if (in.at(k) != u'%') {
            result.append(in.at(k));
            continue;
        }
        int b = 0;
        if (!byteAt(k, &b)) {
            return false;
        }
        k += 2;
        if (b < 0x80) {
            result.append(QChar(char16_t(b)));
            continue;
        }
        int count = 0;
        while (count < 8 && (b & (0x80 >> count))) {
            ++count;
        }
        if (count == 1 || count > 4) {
            return false;
        }
        char32_t cp = char32_t(b & (0xff >> (count + 1)));
        for (int j = 1; j < count; ++j) {
            int c = 0;
            if (!byteAt(k + 1, &c) || (c & 0xc0) != 0x80) {
                return false;
            }
            k += 3;
            cp = (cp << 6) | char32_t(c & 0x3f);
        }
        static const char32_t minimum[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < minimum[count] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            return false;
        }
        const char32_t cps[1] = {cp};
        result += QString::fromUcs4(cps, 1);
    }
    *out = result;
    return true;
}

} // namespace Cardigan::Js
