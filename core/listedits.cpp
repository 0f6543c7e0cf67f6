#include "listedits.h"

#include "tr.h"

#include <algorithm>

namespace Cardigan {

namespace {

YamlPath itemPath(const YamlPath &list, qsizetype index)
{
    return list.child({index < 0 ? YamlPath::Segment::Kind::Append : YamlPath::Segment::Kind::Index,
                       QString(), index < 0 ? 0 : index});
}

// Which positions of @p order (a permutation of 0..n-1) form a longest increasing run:
// those items are already in order and stay where they are.
std::vector<bool> longestIncreasing(const std::vector<int> &order)
{
    const size_t n = order.size();
    std::vector<int> tails;           // positions in order: the smallest tail of each length
    std::vector<int> previous(n, -1); // the position before each one in its run
    for (size_t i = 0; i < n; ++i) {
        const auto it =
            std::lower_bound(tails.begin(), tails.end(), order[i],
                             [&](int pos, int value) { return order[size_t(pos)] < value; });
        if (it != tails.begin()) {
            previous[i] = *(it - 1);
        }
        if (it == tails.end()) {
            tails.push_back(int(i));
        } else {
            *it = int(i);
        }
    }
    std::vector<bool> keep(n, false);
    for (int p = tails.empty() ? -1 : tails.back(); p >= 0; p = previous[size_t(p)]) {
        keep[size_t(p)] = true;
    }
    return keep;
}

} // namespace

CardDocument::EditResult setSequenceItems(CardDocument &doc, const YamlPath &path,
                                          const std::vector<YamlValue> &items)
{
    const YamlValue meta = doc.metadata();
    const YamlValue *found = yamlValueAt(meta, path);
    if (!found || !found->isSequence()) {
        return {false, false, Tr::tr("%1 is not a list").arg(path.toString())};
    }
    const std::vector<YamlValue> &old = found->items();
    if (old == items) {
        return {true, false, QString()};
    }
    if (old.size() == items.size()) {
        size_t differing = 0;
        size_t count = 0;
        for (size_t i = 0; i < old.size(); ++i) {
            if (old[i] != items[i]) {
                differing = i;
                ++count;
            }
        }
        if (count == 1) {
            return doc.set(itemPath(path, qsizetype(differing)), items[differing]);
        }
    }
    // Match each wanted item with an old one (equal values, first unused): the old ones
    // left over go, the wanted ones left over come.
    std::vector<int> matchOfOld(old.size(), -1);
    std::vector<bool> matched(items.size(), false);
    for (size_t i = 0; i < items.size(); ++i) {
        for (size_t j = 0; j < old.size(); ++j) {
            if (matchOfOld[j] < 0 && old[j] == items[i]) {
                matchOfOld[j] = int(i);
                matched[i] = true;
                break;
            }
        }
    }
    return doc.editGroup([&]() -> CardDocument::EditResult {
        CardDocument::EditResult last{true, false, QString()};
        // The list as it stands, as indices into items.
        std::vector<int> current;
        for (size_t j = 0; j < old.size(); ++j) {
            if (matchOfOld[j] >= 0) {
                current.push_back(matchOfOld[j]);
            }
        }
        for (size_t j = old.size(); j-- > 0;) {
            if (matchOfOld[j] < 0) {
                last = doc.unset(itemPath(path, qsizetype(j)));
                if (!last.ok) {
                    return last;
                }
            }
        }
        for (size_t i = 0; i < items.size(); ++i) {
            if (!matched[i]) {
                last = doc.set(itemPath(path, -1), items[i]);
                if (!last.ok) {
                    return last;
                }
                current.push_back(int(i));
            }
        }
        // Each item out of the longest run in order goes right after the item before it.
        const std::vector<bool> keep = longestIncreasing(current);
        std::vector<bool> placed(items.size(), false);
        for (size_t p = 0; p < current.size(); ++p) {
            placed[size_t(current[p])] = keep[p];
        }
        for (int value = 0; value < int(items.size()); ++value) {
            if (placed[size_t(value)]) {
                continue;
            }
            const auto at = [&](int v) {
                return int(std::find(current.begin(), current.end(), v) - current.begin());
            };
            const int from = at(value);
            int to = 0;
            if (value > 0) {
                const int before = at(value - 1);
                to = from < before ? before : before + 1;
            }
            if (from != to) {
                last = doc.moveItem(path, from, to);
                if (!last.ok) {
                    return last;
                }
                current.erase(current.begin() + from);
                current.insert(current.begin() + to, value);
            }
            placed[size_t(value)] = true;
        }
        return last;
    });
}

} // namespace Cardigan
