#pragma once

#include <QString>

namespace Cardigan {

/**
 * The few pieces of JavaScript semantics the Hub's YAML reading depends on: how numbers
 * and dates print, Date.UTC's arithmetic and decodeURIComponent. The Hub runs js-yaml,
 * so a key `1.0:` is the string "1" and a timestamp key prints like String(new Date()).
 */
namespace Js {

/// Number.prototype.toString(): "1", "0.1", "1e+21", "NaN", "-Infinity"; -0 prints "0".
QString numberToString(double value);

/// Date.UTC(year, month0, day, hours, minutes, seconds, ms): fields roll over, years 0..99
/// mean 1900..1999. Returns milliseconds since the epoch (NaN when out of range).
double utcTime(double year, double month0, double day, double hours, double minutes, double seconds,
               double ms);

/// Date.prototype.toISOString() for a valid time value: "2024-01-05T00:00:00.000Z", with
/// the six-digit signed year outside 0..9999.
QString isoString(double time);

/// String(date) in a UTC time zone: "Fri Jan 05 2024 00:00:00 GMT+0000 (Coordinated
/// Universal Time)", or "Invalid Date".
QString dateString(double time);

/// The time value of an isoString() text (NaN when it is not one).
double parseIsoString(const QString &iso);

/// True when @p key is an array index ("0", "17", never "01" or "-1"), which JavaScript
/// objects enumerate before their other keys, in numeric order.
bool isArrayIndex(const QString &key, quint32 *index = nullptr);

/// decodeURIComponent(): false where JavaScript throws URIError.
bool decodeUriComponent(const QString &in, QString *out);

} // namespace Js
} // namespace Cardigan
