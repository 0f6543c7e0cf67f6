#pragma once

#include <QString>

#include <optional>

namespace Cardigan {

/**
 * Writes a new string into an existing block scalar (`|`, `>`, with their chomping and
 * indentation indicators) so an edited multi-line text keeps the style it was written
 * in. The header's comment and the content's indentation are kept; the chomping
 * indicator follows the new value's trailing line breaks.
 */
namespace BlockScalar {

/**
 * The text that replaces @p card [@p headerStart, @p end): the block scalar starting at
 * its `|` or `>` header and ending after its last content character, rewritten to hold
 * @p value. Lines are joined with @p eol. Returns nothing, with @p why set, when the style
 * cannot hold the value exactly (checked by reading the result back).
 */
std::optional<QString> rewrite(const QString &card, qsizetype headerStart, qsizetype end,
                               const QString &value, const QString &eol, QString *why);

} // namespace BlockScalar

} // namespace Cardigan
