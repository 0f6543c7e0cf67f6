#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace Cardigan {

/**
 * A YAML value as the Hub reads it: what js-yaml 4 (YAML 1.2 core schema plus its
 * timestamps) constructs. Immutable and cheap to copy (shared data), so aliases cost
 * nothing until the value is walked.
 */
class YamlValue
{
public:
    enum class Type { Null, Bool, Number, String, Timestamp, Sequence, Mapping };
    using Entry = std::pair<QString, YamlValue>;

    YamlValue(); ///< null
    static YamlValue boolean(bool b);
    /// A JavaScript number. @p integral: the YAML text was an integer (prints without ".0").
    static YamlValue number(double n, bool integral);
    static YamlValue string(const QString &s);
    /// A timestamp, kept as JavaScript's Date.toISOString() text ("2024-01-05T00:00:00.000Z").
    static YamlValue timestamp(const QString &iso);
    static YamlValue sequence(std::vector<YamlValue> items);
    /// Entries in YAML order; keys are unique (the reader refuses duplicates).
    static YamlValue mapping(std::vector<Entry> entries);
    /// What js-yaml makes of `!!binary`: a Uint8Array, which JSON sees as a mapping from
    /// "0", "1", ... to the byte values (and a key prints as "1,2,3").
    static YamlValue binary(const QByteArray &bytes);

    Type type() const;
    bool isNull() const { return type() == Type::Null; }
    bool isMapping() const { return type() == Type::Mapping; }
    bool isSequence() const { return type() == Type::Sequence; }
    bool isString() const { return type() == Type::String; }
    /// A mapping made by binary().
    bool isBinary() const;

    bool toBool() const;
    double toNumber() const;
    bool isIntegral() const;
    /// The string, or the ISO text of a timestamp; empty for other types.
    QString toString() const;
    const std::vector<YamlValue> &items() const;
    const std::vector<Entry> &entries() const;
    /// The value of @p key in a mapping, or nullptr.
    const YamlValue *find(const QString &key) const;

    /// Deep equality as JSON would see it: mappings ignore key order, numbers compare
    /// numerically, NaN equals NaN.
    bool operator==(const YamlValue &other) const;
    bool operator!=(const YamlValue &other) const { return !(*this == other); }
    /// True when both are the same shared data (an alias and its anchor); never for nulls.
    bool sharesDataWith(const YamlValue &other) const { return m_d && m_d == other.m_d; }

    /// The reference JSON format of shared/corpus/README.md: keys sorted by UTF-16 code
    /// units, NaN and infinities as {"$float": ...}, timestamps as {"$timestamp": ...},
    /// laid out like JSON.stringify(v, null, 1). UTF-8, no trailing newline.
    QByteArray toJson() const;

    /// How many values a full walk visits (aliases counted each time they are reached),
    /// saturating at @p limit. Used to refuse alias bombs before walking them.
    qsizetype expandedSize(qsizetype limit) const;
    /// How deeply the value nests with aliases expanded: 1 for a scalar or an empty
    /// collection. Known at construction, so checking it costs nothing.
    int depth() const;

private:
    struct Data;
    explicit YamlValue(std::shared_ptr<const Data> d);
    std::shared_ptr<const Data> m_d;
};

} // namespace Cardigan
