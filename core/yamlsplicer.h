#pragma once

#include "frontmatter.h"
#include "yamlpath.h"
#include "yamlreader.h"
#include "yamlwriter.h"

#include <QString>

#include <vector>

namespace Cardigan {

/// Replace [start, end) of the card text with text. Offsets are UTF-16 indices.
struct Splice
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
};

struct SpliceResult
{
    enum class Status { Ok, Unchanged, Refused };
    Status status = Status::Refused;
    Splice splice;  ///< when Ok
    QString reason; ///< why it was refused, or why nothing changed
};

/// An edit made of several splices: non-overlapping, offsets into the same text.
struct MultiSpliceResult
{
    SpliceResult::Status status = SpliceResult::Status::Refused;
    std::vector<Splice> splices; ///< when Ok
    QString reason;              ///< why it was refused, or why nothing changed
};

/**
 * Plans the smallest text change that gives the card's metadata one new value, or one
 * value less, touching nothing outside the changed entry: comments, quoting, key order
 * and line terminators elsewhere stay as they are, and new text follows the block's own
 * habits (YamlStyleGuide). It only plans; CardDocument applies the splice, reparses and
 * checks the result.
 */
class YamlSplicer
{
public:
    /// @p yaml: the read of @p fm's YAML text (ignored when fm is not found).
    YamlSplicer(const QString &card, const FrontMatter &fm, const YamlReadResult &yaml);

    /// Sets @p path to @p value. @p sourceText: how the user wrote a scalar value, kept
    /// as written when both YAML 1.1 and 1.2 read it as that value (`20.90`, `1_000`).
    SpliceResult set(const YamlPath &path, const YamlValue &value,
                     const QString &sourceText = QString()) const;
    /// Removes the key or item at @p path. Unchanged when it is not there.
    SpliceResult unset(const YamlPath &path) const;
    /// Moves item @p from of the sequence at @p path to index @p to, moving only that
    /// item's own text (see CardDocument::moveItem): a removal and an insertion.
    MultiSpliceResult moveItem(const YamlPath &path, qsizetype from, qsizetype to) const;

private:
    /// How far a path reaches into the tree: the deepest node, the segments used.
    struct Walk
    {
        int node = -1;
        qsizetype depth = 0;
        QString error;
    };
    Walk walk(const YamlPath &path) const;
    SpliceResult replaceNode(int node, const YamlValue &value, const QString &sourceText) const;
    SpliceResult addKey(int mapping, const QString &key, const YamlValue &value) const;
    SpliceResult appendItem(int sequence, const YamlValue &value) const;
    SpliceResult addToFlow(int collection, const QString &text) const;
    SpliceResult createBlock(const YamlValue &root) const;
    SpliceResult removeChild(int parent, size_t childIndex) const;
    MultiSpliceResult moveFlowItem(int sequence, qsizetype from, qsizetype to) const;
    MultiSpliceResult moveBlockItem(int sequence, qsizetype from, qsizetype to) const;

    QString inlineText(const YamlValue &v, bool inFlow, int oldNode,
                       const QString &sourceText) const;
    bool inFlow(int node) const;
    qsizetype abs(qsizetype yamlOffset) const { return m_fm.yamlStart + yamlOffset; }
    qsizetype lineStart(qsizetype pos) const;
    qsizetype lineEnd(qsizetype pos) const;
    QString terminatorAt(qsizetype pos) const;
    QString terminatorBefore(qsizetype pos) const;
    int column(qsizetype pos) const { return int(pos - lineStart(pos)); }
    bool firstOnLine(qsizetype pos) const;
    qsizetype indicatorBefore(int node, QChar indicator) const;
    SpliceResult ok(qsizetype start, qsizetype end, const QString &text) const;
    static SpliceResult refuse(const QString &why);

    const QString &m_card;
    FrontMatter m_fm;
    const YamlReadResult &m_yaml;
    YamlWriter m_writer;
    QString m_defaultEol;
};

/// Where a top-level key goes in the Hub's usual order; unknown keys before widget and
/// model-index, which come last.
int hubKeyRank(const QString &key);

} // namespace Cardigan
