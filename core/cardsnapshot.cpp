#include "cardsnapshot.h"

#include <algorithm>

namespace Cardigan {

qsizetype CardSnapshot::lineOf(qsizetype offset) const
{
    const auto it = std::upper_bound(lineStarts.begin(), lineStarts.end(), offset);
    return std::max<qsizetype>(0, (it - lineStarts.begin()) - 1);
}

CardLocation CardSnapshot::locationOf(qsizetype offset) const
{
    if (lineStarts.empty()) {
        return {1, int(offset + 1)};
    }
    const qsizetype line = lineOf(offset);
    return {int(line + 1), int(offset - lineStarts[size_t(line)] + 1)};
}

} // namespace Cardigan
