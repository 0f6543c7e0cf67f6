#pragma once

#include "yamlvalue.h"

#include <QString>
#include <QStringList>

namespace Cardigan {

struct YamlTree;

/// The writing habits of a YAML block, so new text looks like the text around it.
struct YamlStyleGuide
{
    int indentStep = 2;      ///< a nested mapping's keys, relative to its parent key
    int sequenceIndent = 0;  ///< a block sequence's dashes relative to its key (0: indentless)
    int itemIndent = 2;      ///< an item's content relative to its dash ("- " is 2)
    QChar quote = u'\'';     ///< preferred quote for strings that need one
    bool preferFlow = false; ///< new lists and mappings written [a, b] / {k: v}

    /// Reads the habits of @p tree over @p yaml; defaults where the block shows none.
    static YamlStyleGuide detect(const YamlTree &tree, const QString &yaml);
};

/**
 * Writes values as YAML text that the Hub (YAML 1.2) and huggingface_hub's PyYAML
 * (YAML 1.1) both read back as exactly that value: strings are quoted whenever either
 * would read them as something else (`no`, `010`, `1e3`, `1:30`, `null`, dates, ...).
 */
class YamlWriter
{
public:
    explicit YamlWriter(const YamlStyleGuide &guide = {});

    /// True when @p s can be written without quotes in block (or flow) context.
    static bool isPlainSafe(const QString &s, bool inFlow);
    /// A scalar (string, number, bool, null, timestamp). @p quote overrides the guide's
    /// quote for strings that need one (0: use the guide's).
    QString scalar(const YamlValue &v, bool inFlow, QChar quote = QChar()) const;
    /// A mapping key.
    QString key(const QString &k) const;
    /// Any value on one line: scalars, [a, b], {k: v}.
    QString flow(const YamlValue &v) const;
    /// True when @p v is written on the line of its key or dash (scalars, empty
    /// collections, and every collection when the guide prefers flow).
    bool isInline(const YamlValue &v) const;
    /// A non-inline value as block lines, its first line starting at @p column (every
    /// line carries its full indentation).
    QStringList block(const YamlValue &v, int column) const;
    /// Lines for a new mapping entry at @p column.
    QStringList entry(const QString &k, const YamlValue &v, int column) const;
    /// Lines for a new block sequence item whose dash is at @p column.
    QStringList item(const YamlValue &v, int column) const;

    const YamlStyleGuide &guide() const { return m_guide; }

    static QString number(double n, bool integral);
    static QString doubleQuoted(const QString &s);
    static QString singleQuoted(const QString &s);

private:
    YamlStyleGuide m_guide;
};

} // namespace Cardigan
