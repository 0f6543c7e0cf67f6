#pragma once

#include <QStringList>
#include <QStringView>

namespace Cardigan {

/**
 * Splits sanitized body HTML (HtmlSanitizer's output: balanced, allowed elements only,
 * attribute values quoted) into its top-level blocks: each piece ends where the element
 * open at the top level closes, or after a top-level void element; text between blocks
 * (the line breaks md4c writes) goes with the block before it. Joined, the pieces are the
 * input. The preview replaces only the blocks that changed.
 */
namespace HtmlBlocks {

QStringList split(QStringView html);

} // namespace HtmlBlocks

} // namespace Cardigan
