#pragma once

#include "yamlvalue.h"

#include <QString>

#include <vector>

namespace Cardigan {

/// How a node is written in the source.
enum class YamlStyle {
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,       ///< |
    Folded,        ///< >
    Empty,         ///< no text at all: `key:` with nothing after it, or `- ` alone
    BlockSequence, ///< - a
    BlockMapping,  ///< a: b
    FlowSequence,  ///< [a, b]
    FlowMapping,   ///< {a: b}; also the single pair of `[a: b]`, which has no braces
    Alias,         ///< *name
};

/**
 * One node of a parsed YAML block with its exact source span. Offsets are UTF-16
 * indices into the text given to the reader (what js-yaml calls positions).
 */
struct YamlNode
{
    enum class Kind { Scalar, Sequence, Mapping, Alias };

    Kind kind = Kind::Scalar;
    YamlStyle style = YamlStyle::Empty;
    int parent = -1;
    /// First character of the node, its tag and anchor included.
    qsizetype start = 0;
    /// First character after the tag and anchor (== start when there are none).
    qsizetype contentStart = 0;
    /// One past the node's last character: the closing quote or bracket, the last
    /// character of a plain or block scalar's last line, the end of the last child of a
    /// block collection. Never trailing spaces, comments or line breaks. For an Empty
    /// node, start == end: where a value would be written.
    ///
    /// Where Empty nodes sit: right after the `:`, `-` or `?` indicator; for a key without
    /// a `:` (`? a` alone, `{a, b: c}`) the value's Empty node sits at the key's end. An
    /// Empty node with a tag or anchor (`key: !!str`) starts at them and has contentStart
    /// == end right after them. A block scalar without content lines ends after its
    /// header (`|-`, `>2`).
    qsizetype end = 0;
    QString tag;    ///< as written ("!!str", "!foo"); empty when none
    QString anchor; ///< without '&'; empty when none
    /// Scalar: the text after unquoting, escapes and folding. Alias: the anchor name.
    QString text;
    /// Sequence: the item nodes. Mapping: key, value, key, value, ...
    std::vector<int> children;
    /// Alias: the anchored node it refers to.
    int target = -1;
    /// The value js-yaml constructs for this node (merge keys applied, keys as strings).
    YamlValue value;
};

/// A parsed YAML block: the nodes in document order (a parent before its children).
struct YamlTree
{
    std::vector<YamlNode> nodes;
    int root = -1; ///< -1 for an empty block (js-yaml: undefined, the Hub: null)

    const YamlNode &node(int i) const { return nodes[static_cast<size_t>(i)]; }
    /// The root's value, or null for an empty block.
    YamlValue value() const { return root < 0 ? YamlValue() : node(root).value; }

    /// The value node of plain key @p key in mapping node @p mapping, or -1 (also when
    /// @p mapping is not a mapping). The last one wins, as js-yaml reads a key written after
    /// a merge key. @p keyNode, when given, gets the key's node.
    int valueOf(int mapping, const QString &key, int *keyNode = nullptr) const
    {
        if (mapping < 0 || node(mapping).kind != YamlNode::Kind::Mapping) {
            return -1;
        }
        const std::vector<int> &c = node(mapping).children;
        for (size_t i = c.size(); i >= 2; i -= 2) {
            const YamlNode &k = node(c[i - 2]);
            if (k.kind == YamlNode::Kind::Scalar && k.text == key) {
                if (keyNode) {
                    *keyNode = c[i - 2];
                }
                return c[i - 1];
            }
        }
        return -1;
    }
};

} // namespace Cardigan
