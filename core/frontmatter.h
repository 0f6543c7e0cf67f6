#pragma once

#include <QString>

namespace Cardigan {

/**
 * Where a card's YAML front matter is, found with the Hub's rule (the regular
 * expression of huggingface_hub's REGEX_YAML_BLOCK, which the Hub server shares):
 *
 *     ^(\s*---(?:\r\n|\r|\n))([\S\s]*?)((?:\r\n|\r|\n)---[ \t]*(\r\n|\n|$))
 *
 * with JavaScript's meaning of \s and $, plus the Hub's special case of a file that
 * starts "---<EOL>---": an empty block. Offsets are UTF-16 indices into the text.
 */
struct FrontMatter
{
    bool found = false;
    qsizetype openStart = 0;  ///< the opening "---" (after leading white space)
    qsizetype yamlStart = 0;  ///< first character of the YAML text
    qsizetype yamlEnd = 0;    ///< one past the YAML text (the line break before the closing fence)
    qsizetype closeStart = 0; ///< the closing "---"
    qsizetype bodyStart = 0;  ///< first character after the closing fence's line break

    qsizetype yamlLength() const { return yamlEnd - yamlStart; }
    QString yaml(const QString &text) const { return text.mid(yamlStart, yamlLength()); }

    static FrontMatter find(const QString &text);
    /// The same place with every offset moved by @p delta.
    FrontMatter shifted(qsizetype delta) const;
    /// JavaScript's \s: the white space the Hub allows before the opening fence.
    static bool isJsSpace(QChar c);
};

} // namespace Cardigan
