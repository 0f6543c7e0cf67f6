#pragma once

// Invariants every YamlTree must satisfy for the splicer to trust its spans. Header-only,
// for tests: checkYamlTree() returns the first violation, or an empty string.

#include "yamltree.h"

#include <QString>

namespace Cardigan::Test {

inline QString describeNode(const YamlTree &tree, int i)
{
    const YamlNode &n = tree.node(i);
    return QStringLiteral("node %1 (style %2, [%3,%4,%5))")
        .arg(i)
        .arg(int(n.style))
        .arg(n.start)
        .arg(n.contentStart)
        .arg(n.end);
}

inline QString checkYamlTree(const QString &text, const YamlTree &tree)
{
    if (tree.root < 0) {
        return tree.nodes.empty() ? QString() : QStringLiteral("nodes without a root");
    }
    if (tree.root != 0 || tree.node(0).parent != -1) {
        return QStringLiteral("the root is not the first node");
    }
    auto at = [&](qsizetype i) { return i >= 0 && i < text.size() ? text.at(i) : QChar(); };
    for (int i = 0; i < int(tree.nodes.size()); ++i) {
        const YamlNode &n = tree.node(i);
        const QString where = describeNode(tree, i);
        if (!(0 <= n.start && n.start <= n.contentStart && n.contentStart <= n.end &&
              n.end <= text.size())) {
            return where + QStringLiteral(": span out of order");
        }
        const bool hasProps = !n.tag.isEmpty() || !n.anchor.isEmpty();
        if (!hasProps && n.start != n.contentStart) {
            return where + QStringLiteral(": contentStart without properties");
        }
        const QString props = text.mid(n.start, n.contentStart - n.start);
        if (!n.tag.isEmpty() && !props.contains(n.tag) && n.style != YamlStyle::Empty) {
            return where + QStringLiteral(": tag not in its span");
        }
        if (!n.anchor.isEmpty() && n.style != YamlStyle::Empty &&
            !props.contains(u'&' + n.anchor)) {
            return where + QStringLiteral(": anchor not in its span");
        }
        const QChar first = at(n.contentStart);
        const QChar last = at(n.end - 1);
        const QString span = text.mid(n.contentStart, n.end - n.contentStart);
        switch (n.style) {
        case YamlStyle::Plain:
            // js-yaml's white space is ' ' and '\t' only (U+2028 is content).
            if (span.isEmpty() || first == u' ' || first == u'\t' || first == u'\n' ||
                first == u'\r' || last == u' ' || last == u'\t') {
                return where + QStringLiteral(": plain scalar with blank edges");
            }
            if (!span.contains(u'\n') && !span.contains(u'\r') && span != n.text) {
                return where + QStringLiteral(": one-line plain text differs from its span");
            }
            break;
        case YamlStyle::SingleQuoted:
            if (first != u'\'' || last != u'\'' || span.size() < 2) {
                return where + QStringLiteral(": not quoted");
            }
            break;
        case YamlStyle::DoubleQuoted:
            if (first != u'"' || last != u'"' || span.size() < 2) {
                return where + QStringLiteral(": not double quoted");
            }
            break;
        case YamlStyle::Literal:
        case YamlStyle::Folded:
            if (first != (n.style == YamlStyle::Literal ? u'|' : u'>')) {
                return where + QStringLiteral(": block scalar without its indicator");
            }
            if (last == u'\n' || last == u'\r') {
                return where + QStringLiteral(": block scalar ends with a line break");
            }
            break;
        case YamlStyle::Empty:
            if (n.contentStart != n.end || (!hasProps && n.start != n.end)) {
                return where + QStringLiteral(": empty node with a span");
            }
            break;
        case YamlStyle::BlockSequence:
            if (first != u'-') {
                return where + QStringLiteral(": block sequence not at its '-'");
            }
            break;
        case YamlStyle::FlowSequence:
            if (first != u'[' || last != u']') {
                return where + QStringLiteral(": flow sequence without brackets");
            }
            break;
        case YamlStyle::FlowMapping: {
            const bool pair = n.parent >= 0 && tree.node(n.parent).style == YamlStyle::FlowSequence;
            if (!pair && (first != u'{' || last != u'}')) {
                return where + QStringLiteral(": flow mapping without braces");
            }
            break;
        }
        case YamlStyle::Alias:
            if (first != u'*' || span.mid(1) != n.text) {
                return where + QStringLiteral(": alias span is not *name");
            }
            break;
        case YamlStyle::BlockMapping:
            break;
        }
        if (n.kind == YamlNode::Kind::Mapping && n.children.size() % 2 != 0) {
            return where + QStringLiteral(": mapping with an odd number of children");
        }
        qsizetype previousEnd = n.contentStart;
        int previousIndex = i;
        for (int c : n.children) {
            if (c <= previousIndex || c >= int(tree.nodes.size())) {
                return where + QStringLiteral(": children not in document order");
            }
            const YamlNode &child = tree.node(c);
            if (child.parent != i) {
                return where + QStringLiteral(": child %1 has another parent").arg(c);
            }
            if (child.start < previousEnd || child.end > n.end) {
                return where +
                       QStringLiteral(": child %1 outside its place").arg(describeNode(tree, c));
            }
            previousEnd = child.end;
            previousIndex = c;
        }
        if (n.style == YamlStyle::BlockSequence || n.style == YamlStyle::BlockMapping) {
            if (n.children.empty() || tree.node(n.children.back()).end != n.end) {
                return where +
                       QStringLiteral(": block collection does not end with its last child");
            }
        }
    }
    return QString();
}

} // namespace Cardigan::Test
