#pragma once

#include "carddocument.h"

#include <vector>

namespace Cardigan {

/**
 * Makes the sequence at @p path hold @p items with the fewest splices, as one undo step
 * (CardDocument::editGroup): one replaced item is one set(); otherwise removed items are
 * unset, new ones appended (`[+]`, in their order) and then only the items out of order
 * are moved (moveItem; as few as a longest run already in order allows). Comments and
 * the style of every item that stays are kept. Refused, changing nothing, when @p path
 * does not hold a sequence or any step is refused.
 */
CardDocument::EditResult setSequenceItems(CardDocument &doc, const YamlPath &path,
                                          const std::vector<YamlValue> &items);

} // namespace Cardigan
