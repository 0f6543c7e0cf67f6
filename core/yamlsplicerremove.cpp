#include "yamlsplicer.h"

#include "tr.h"

// Removing keys and items: whole lines where the entry has lines of its own, the entry
// and one comma in flow collections, and an empty collection left where the last entry
// of a nested one goes.

namespace Cardigan {

SpliceResult YamlSplicer::unset(const YamlPath &path) const
{
    SpliceResult nothing;
    nothing.status = SpliceResult::Status::Unchanged;
    nothing.reason = Tr::tr("%1 is not set").arg(path.toString());
    if (path.isEmpty()) {
        return refuse(Tr::tr("no path given"));
    }
    if (!m_fm.found || (m_yaml.ok && m_yaml.tree.root < 0)) {
        return nothing;
    }
    if (!m_yaml.ok) {
        return refuse(Tr::tr("the metadata has a YAML error (%1): fix it in the source first")
                          .arg(m_yaml.error.reason));
    }
    const Walk w = walk(path);
    if (!w.error.isEmpty()) {
        return refuse(w.error);
    }
    if (w.depth < path.size()) {
        return nothing;
    }
    const YamlNode &n = m_yaml.tree.node(w.node);
    const YamlNode &p = m_yaml.tree.node(n.parent);
    for (size_t i = 0; i < p.children.size(); ++i) {
        if (p.children[i] == w.node) {
            return removeChild(n.parent, i);
        }
    }
    return refuse(Tr::tr("internal error: %1 not found in its parent").arg(path.toString()));
}

SpliceResult YamlSplicer::removeChild(int parent, size_t childIndex) const
{
    const YamlTree &tree = m_yaml.tree;
    const YamlNode &p = tree.node(parent);
    const bool isMap = p.kind == YamlNode::Kind::Mapping;
    const size_t step = isMap ? 2 : 1;
    const size_t first = isMap ? childIndex - 1 : childIndex; // where the entry begins
    const size_t count = p.children.size() / step;
    const YamlNode &value = tree.node(p.children[childIndex]);
    const bool flow = p.style == YamlStyle::FlowMapping || p.style == YamlStyle::FlowSequence;
    const bool hasNext = first + step < p.children.size();
    const bool hasPrev = first > 0;

    if (count == 1 && p.parent >= 0 && !flow) {
        // The last entry goes: the collection stays, empty.
        return replaceNode(parent, isMap ? YamlValue::mapping({}) : YamlValue::sequence({}),
                           QString());
    }
    if (count == 1 && p.parent < 0 && !flow) {
        // The Hub refuses an empty block, so the last key leaves an empty mapping behind.
        return ok(abs(tree.node(p.children[first]).start), lineEnd(abs(value.end)),
                  QStringLiteral("{}"));
    }
    qsizetype entryStart = abs(tree.node(p.children[first]).start);
    if (!isMap && !flow) {
        entryStart = indicatorBefore(p.children[childIndex], u'-');
        if (entryStart < 0) {
            return refuse(Tr::tr("this item is written in a way Cardigan cannot remove safely: "
                                 "edit it in the source"));
        }
    }
    const qsizetype entryEnd = abs(value.end);
    auto nextStart = [&]() {
        const int next = p.children[first + step];
        if (!isMap && !flow) {
            return indicatorBefore(next, u'-');
        }
        return abs(tree.node(next).start);
    };
    if (flow) {
        if (hasNext) {
            return ok(entryStart, nextStart(), QString());
        }
        if (hasPrev) {
            return ok(abs(tree.node(p.children[first - 1]).end), entryEnd, QString());
        }
        return ok(entryStart, entryEnd, QString());
    }
    if (firstOnLine(entryStart)) {
        const qsizetype ls = lineStart(entryStart);
        const qsizetype le = lineEnd(entryEnd);
        if (le < m_fm.yamlEnd) {
            return ok(ls, le + terminatorAt(le).size(), QString());
        }
        // The block's last line: take the line break before it instead of the fence's.
        if (ls > m_fm.yamlStart) {
            return ok(ls - terminatorBefore(ls).size(), le, QString());
        }
        return ok(ls, le, QString());
    }
    // A compact entry sharing its line with an indicator: "- a: 1".
    if (hasNext) {
        return ok(entryStart, nextStart(), QString());
    }
    if (hasPrev) {
        const qsizetype prevEnd = lineEnd(abs(tree.node(p.children[first - 1]).end));
        return ok(prevEnd, lineEnd(entryEnd), QString());
    }
    return refuse(Tr::tr("this entry is written in a way Cardigan cannot remove safely: edit it "
                         "in the source"));
}

} // namespace Cardigan
