#pragma once

#include "yamlvalue.h"

#include <QString>

namespace Cardigan::YamlScalar {

/// The scalar formats of js-yaml's int, float, timestamp and binary types. Internal to
/// yamlscalar.cpp, apart for size.
namespace Formats {

bool isDigit(QChar c);
/// js-yaml's resolveYamlInteger: 0x, 0o, 0b, a sign, leading zeros; no '_' (js-yaml 4.2+).
bool resolveInt(const QString &data);
/// js-yaml's parseYamlInteger (what JavaScript's parseInt gives): "-0" is 0.
double parseYamlInteger(const QString &data);
/// js-yaml's YAML_FLOAT_PATTERN alone.
bool matchesFloatPattern(const QString &s);
bool resolveFloat(const QString &data);
double constructFloat(const QString &data);
/// YAML_DATE_REGEXP or YAML_TIMESTAMP_REGEXP; on a match, @p value is what js-yaml's
/// constructor makes of it (Date.UTC arithmetic, the time zone applied).
bool resolveTimestamp(const QString &data, YamlValue *value);
bool resolveBinary(const QString &data);
YamlValue constructBinary(const QString &data);

} // namespace Formats
} // namespace Cardigan::YamlScalar
