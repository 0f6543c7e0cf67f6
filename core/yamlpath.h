#pragma once

#include "yamlvalue.h"

#include <QString>

#include <optional>
#include <vector>

namespace Cardigan {

/**
 * A path to a value in the metadata: `license`, `a.b`, `tags[2]`, `tags[+]` (append),
 * `widget[1].example_title`, `model-index[0].results[0].metrics[1].value`. A key that
 * holds '.', '[' or ']' is written quoted: `"a.b".c`.
 */
class YamlPath
{
public:
    struct Segment
    {
        enum class Kind { Key, Index, Append };
        Kind kind = Kind::Key;
        QString key;
        qsizetype index = 0;
        bool operator==(const Segment &o) const
        {
            return kind == o.kind && key == o.key && index == o.index;
        }
    };

    YamlPath() = default;
    explicit YamlPath(std::vector<Segment> segments);

    /// Parses @p text; on error returns nothing and sets @p error.
    static std::optional<YamlPath> parse(const QString &text, QString *error = nullptr);

    const std::vector<Segment> &segments() const { return m_segments; }
    bool isEmpty() const { return m_segments.empty(); }
    qsizetype size() const { return qsizetype(m_segments.size()); }
    const Segment &at(qsizetype i) const { return m_segments[size_t(i)]; }
    const Segment &last() const { return m_segments.back(); }
    YamlPath parent() const;
    YamlPath child(const Segment &s) const;
    QString toString() const;

private:
    std::vector<Segment> m_segments;
};

/// What js-yaml makes of a mapping key: JavaScript's String(value).
QString yamlKeyString(const YamlValue &key);

/// The value at @p path in @p root, or nullptr (Append never resolves).
const YamlValue *yamlValueAt(const YamlValue &root, const YamlPath &path);

/**
 * @p root with the value at @p path replaced by @p value, creating missing mappings on
 * the way (a missing key, or an Append / one-past-the-end index of a sequence, adds).
 * Returns nothing with @p error set when the path cannot exist (an index out of range,
 * a key in a sequence, a step through a scalar).
 */
std::optional<YamlValue> yamlWithValue(const YamlValue &root, const YamlPath &path,
                                       const YamlValue &value, QString *error = nullptr);

/// @p root without the value at @p path; nothing when it is not there.
std::optional<YamlValue> yamlWithout(const YamlValue &root, const YamlPath &path);

} // namespace Cardigan
