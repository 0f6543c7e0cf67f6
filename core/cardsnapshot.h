#pragma once

#include "frontmatter.h"
#include "yamlreader.h"

#include <QString>

#include <vector>

namespace Cardigan {

/// A 1-based place in the card as the editor shows it.
struct CardLocation
{
    int line = 1;
    int column = 1;
};

/**
 * A card's text at one moment and what was read from it: what CardDocument derives after
 * every change. A copy is cheap (the text and the tree's strings are shared, not copied)
 * and belongs to whoever holds it, so a worker thread can lint it while the document
 * moves on.
 */
struct CardSnapshot
{
    QString text;                      ///< every line with its own terminator, no BOM
    bool bom = false;                  ///< the file starts with a byte order mark
    std::vector<qsizetype> lineStarts; ///< the offset of each line in text
    FrontMatter frontMatter;
    YamlReadResult yaml; ///< ok and empty when there is no front matter

    /// The 0-based line holding text offset @p offset.
    qsizetype lineOf(qsizetype offset) const;
    CardLocation locationOf(qsizetype offset) const;
};

} // namespace Cardigan
