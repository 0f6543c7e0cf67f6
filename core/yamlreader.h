#pragma once

#include "yamltree.h"

#include <QString>

namespace Cardigan {

/// A YAML error where js-yaml reports it: 0-based line and column (UTF-16) in the text.
/// Like js-yaml's mark, the position may be one line past the text's end ("[a" fails at
/// line 1, column 0, where js-yaml's appended line break ends); offset is clamped to the
/// text. js-yaml gives no mark for "expected a single document in the stream, but found
/// more": we point at the second document.
struct YamlError
{
    QString reason; ///< js-yaml's wording ("duplicated mapping key", ...)
    qsizetype offset = 0;
    int line = 0;
    int column = 0;
};

struct YamlReadResult
{
    bool ok = false;
    YamlTree tree;   ///< valid when ok
    YamlError error; ///< valid when !ok
};

/**
 * Reads one YAML block as the Hub does (js-yaml 4 `load`, default schema): the same
 * documents accepted, the same values, the same errors at the same positions. Unlike
 * js-yaml it keeps every node's source span for lossless editing, and it refuses input
 * that would exhaust the stack or memory: nesting deeper than maxDepth and alias
 * expansion beyond maxExpansion are errors, never a crash or a hang.
 */
class YamlReader
{
public:
    /// Our cap on how deeply a value nests once aliases are expanded ("nesting deeper than
    /// 500 levels"): js-yaml bounds only the written nesting, aliases can stack it further.
    static constexpr int maxDepth = 500;
    /// Our cap on the values an alias-expanded walk visits ("aliases expand to more than
    /// 1000000 values"): js-yaml accepts alias bombs, which the Hub then cannot serialize.
    static constexpr qsizetype maxExpansion = 1000000;
    /// js-yaml 4.3's own limits (its maxDepth and maxTotalMergeKeys defaults), errors with
    /// its wording: "nesting exceeded maxDepth (100)", "merge keys exceeded
    /// maxTotalMergeKeys (10000)".
    static constexpr int jsYamlMaxDepth = 100;
    static constexpr int jsYamlMaxMergeKeys = 10000;

    static YamlReadResult read(const QString &text);
};

} // namespace Cardigan
