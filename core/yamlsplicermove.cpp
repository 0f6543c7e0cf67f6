#include "yamlsplicer.h"

#include "tr.h"

// Moving an item of a sequence: the item's own text is cut from its place and put back
// at the new one, so every other item keeps its bytes (and an editor its cursor there).

namespace Cardigan {

namespace {

MultiSpliceResult refused(const QString &why)
{
    MultiSpliceResult r;
    r.reason = why;
    return r;
}

QString cannotReorder()
{
    return Tr::tr("this list is written in a way Cardigan cannot reorder safely: edit it in the "
                  "source");
}

} // namespace

MultiSpliceResult YamlSplicer::moveItem(const YamlPath &path, qsizetype from, qsizetype to) const
{
    const QString where = path.isEmpty() ? Tr::tr("the metadata") : path.toString();
    if (!m_fm.found || (m_yaml.ok && m_yaml.tree.root < 0)) {
        return refused(Tr::tr("%1 is not set").arg(where));
    }
    if (!m_yaml.ok) {
        return refused(Tr::tr("the metadata has a YAML error (%1): fix it in the source first")
                           .arg(m_yaml.error.reason));
    }
    const Walk w = walk(path);
    if (!w.error.isEmpty()) {
        return refused(w.error);
    }
    if (w.depth < path.size()) {
        return refused(Tr::tr("%1 is not set").arg(where));
    }
    const YamlNode &n = m_yaml.tree.node(w.node);
    if (n.kind == YamlNode::Kind::Alias) {
        return refused(Tr::tr("%1 is an alias (*%2): edit it in the source").arg(where, n.text));
    }
    if (n.kind != YamlNode::Kind::Sequence) {
        return refused(Tr::tr("%1 is not a list").arg(where));
    }
    if (!n.anchor.isEmpty()) {
        return refused(Tr::tr("the list is anchored (&%1) and may be used elsewhere: edit it in "
                              "the source")
                           .arg(n.anchor));
    }
    const qsizetype count = qsizetype(n.children.size());
    if (from < 0 || from >= count || to < 0 || to >= count) {
        return refused(
            Tr::tr("%1 has %n item(s): there is no item %2 to move to %3", nullptr, int(count))
                .arg(where)
                .arg(from)
                .arg(to));
    }
    if (from == to) {
        MultiSpliceResult r;
        r.status = SpliceResult::Status::Unchanged;
        r.reason = Tr::tr("the item is already there");
        return r;
    }
    if (n.style == YamlStyle::FlowSequence) {
        return moveFlowItem(w.node, from, to);
    }
    if (n.style == YamlStyle::BlockSequence) {
        return moveBlockItem(w.node, from, to);
    }
    return refused(cannotReorder());
}

// [a, b, c]: the item goes with one separator (", " or whatever was written there), so
// the separators between the other items stay as they were.
MultiSpliceResult YamlSplicer::moveFlowItem(int sequence, qsizetype from, qsizetype to) const
{
    const YamlNode &s = m_yaml.tree.node(sequence);
    const auto start = [&](qsizetype i) {
        return abs(m_yaml.tree.node(s.children[size_t(i)]).start);
    };
    const auto end = [&](qsizetype i) { return abs(m_yaml.tree.node(s.children[size_t(i)]).end); };
    const QString item = m_card.mid(start(from), end(from) - start(from));
    MultiSpliceResult r;
    r.status = SpliceResult::Status::Ok;
    if (to < from) {
        const QString separator = m_card.mid(end(from - 1), start(from) - end(from - 1));
        r.splices = {{end(from - 1), end(from), QString()},
                     {start(to), start(to), item + separator}};
    } else {
        const QString separator = m_card.mid(end(from), start(from + 1) - end(from));
        r.splices = {{start(from), start(from + 1), QString()},
                     {end(to), end(to), separator + item}};
    }
    return r;
}

// A block sequence: an item is whole lines, from the comment lines right above its "-"
// (those not claimed by the item before) to its last line and the comment lines below it
// indented deeper than its "-". The lines move with their own terminators.
MultiSpliceResult YamlSplicer::moveBlockItem(int sequence, qsizetype from, qsizetype to) const
{
    const YamlTree &tree = m_yaml.tree;
    const YamlNode &s = tree.node(sequence);
    const auto commentColumn = [&](qsizetype lineStartPos) -> int {
        qsizetype i = lineStartPos;
        while (i < m_card.size() && (m_card.at(i) == u' ' || m_card.at(i) == u'\t')) {
            ++i;
        }
        return i < m_card.size() && m_card.at(i) == u'#' ? int(i - lineStartPos) : -1;
    };
    struct Lines
    {
        qsizetype top = 0;    ///< start of the item's first line
        qsizetype bottom = 0; ///< end of its last line, before the terminator
    };
    std::vector<Lines> items;
    for (const int child : s.children) {
        const qsizetype dash = indicatorBefore(child, u'-');
        if (dash < 0 || !firstOnLine(dash)) {
            return refused(cannotReorder());
        }
        const int col = column(dash);
        qsizetype top = lineStart(dash);
        while (top > m_fm.yamlStart) {
            const qsizetype prev = lineStart(top - terminatorBefore(top).size());
            if ((!items.empty() && prev <= items.back().bottom) || commentColumn(prev) < 0) {
                break;
            }
            top = prev;
        }
        qsizetype bottom = lineEnd(abs(tree.node(child).end));
        while (bottom < m_fm.yamlEnd) {
            const qsizetype next = bottom + terminatorAt(bottom).size();
            if (commentColumn(next) <= col) {
                break;
            }
            bottom = lineEnd(next);
        }
        if (bottom >= m_card.size() || (!items.empty() && top <= items.back().bottom)) {
            return refused(cannotReorder());
        }
        items.push_back({top, bottom});
    }
    const Lines &moved = items[size_t(from)];
    const QString eol = terminatorAt(moved.bottom);
    const QString text = m_card.mid(moved.top, moved.bottom - moved.top) + eol;
    const Lines &target = items[size_t(to)];
    const qsizetype at =
        to < from ? target.top : target.bottom + terminatorAt(target.bottom).size();
    MultiSpliceResult r;
    r.status = SpliceResult::Status::Ok;
    r.splices = {{moved.top, moved.bottom + eol.size(), QString()}, {at, at, text}};
    return r;
}

} // namespace Cardigan
