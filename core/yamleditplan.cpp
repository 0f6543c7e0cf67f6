#include "yamleditplan.h"

#include <algorithm>

namespace Cardigan {

namespace {

using Kind = YamlPath::Segment::Kind;

YamlPath keyChild(const YamlPath &path, const QString &key)
{
    return path.child({Kind::Key, key, 0});
}

YamlPath indexChild(const YamlPath &path, qsizetype index)
{
    return path.child({Kind::Index, QString(), index});
}

void plan(const YamlPath &path, const YamlValue *before, const YamlValue &after,
          std::vector<YamlEdit> &out)
{
    if (!before) {
        out.push_back({path, after});
        return;
    }
    if (*before == after) {
        return;
    }
    if (before->isMapping() && after.isMapping() && !before->isBinary() && !after.isBinary()) {
        for (const YamlValue::Entry &e : after.entries()) {
            plan(keyChild(path, e.first), before->find(e.first), e.second, out);
        }
        for (const YamlValue::Entry &e : before->entries()) {
            if (!after.find(e.first)) {
                out.push_back({keyChild(path, e.first), std::nullopt});
            }
        }
        return;
    }
    if (before->isSequence() && after.isSequence()) {
        const std::vector<YamlValue> &old = before->items();
        const std::vector<YamlValue> &now = after.items();
        // Exactly one item gone: remove that one, whatever it was.
        if (now.size() + 1 == old.size()) {
            for (size_t gone = 0; gone < old.size(); ++gone) {
                bool same = true;
                for (size_t i = 0; i < now.size() && same; ++i) {
                    same = now[i] == old[i < gone ? i : i + 1];
                }
                if (same) {
                    out.push_back({indexChild(path, qsizetype(gone)), std::nullopt});
                    return;
                }
            }
        }
        if (now.empty() || old.empty()) {
            out.push_back({path, after});
            return;
        }
        const size_t common = std::min(old.size(), now.size());
        for (size_t i = 0; i < common; ++i) {
            plan(indexChild(path, qsizetype(i)), &old[i], now[i], out);
        }
        for (size_t i = common; i < now.size(); ++i) {
            out.push_back({path.child({Kind::Append, QString(), 0}), now[i]});
        }
        for (size_t i = old.size(); i > common; --i) {
            out.push_back({indexChild(path, qsizetype(i - 1)), std::nullopt});
        }
        return;
    }
    out.push_back({path, after});
}

} // namespace

std::vector<YamlEdit> planYamlEdits(const YamlPath &path, const YamlValue *before,
                                    const YamlValue &after)
{
    std::vector<YamlEdit> out;
    plan(path, before, after, out);
    return out;
}

} // namespace Cardigan
