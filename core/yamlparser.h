#pragma once

#include "yamlreader.h"
#include "yamlscalar.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace Cardigan {

/**
 * The state machine behind YamlReader. It follows js-yaml 4.3's loader step by step (the
 * same context rules, the same order of attempts, the same positions when it fails),
 * because the Hub's verdict on a card is whatever js-yaml does, quirks included. On top
 * of js-yaml it records every node with its source span and builds immutable values.
 *
 * Internal to cardigan_core: use YamlReader.
 */
class YamlParser
{
public:
    static constexpr int jsMaxDepth = YamlReader::jsYamlMaxDepth;
    static constexpr int jsMaxMergeKeys = YamlReader::jsYamlMaxMergeKeys;

    explicit YamlParser(const QString &text);
    YamlReadResult parse();

private:
    enum class Context { FlowIn, FlowOut, BlockIn, BlockOut };
    using Kind = YamlScalar::NodeKind;

    struct Failure
    {
        QString reason;
        qsizetype position;
        int line;
        qsizetype lineStart;
    };

    /// js-yaml's state.tag / state.anchor, plus what the tree needs to know of them.
    struct Props
    {
        bool hasTag = false;
        QString tag;     ///< resolved: "?", "!", "tag:yaml.org,2002:str", "!foo"
        QString tagText; ///< as written
        bool hasAnchor = false;
        QString anchor;
    };

    struct Snapshot
    {
        qsizetype position, lineStart, lineIndent, firstTabInLine;
        int line;
        Props props;
        Kind kind;
        YamlValue result;
        int resultNode;
    };

    struct Anchor
    {
        YamlValue value;
        int node = -1;
        quint64 serial = 0;
        bool inProgress = false; ///< its collection is being read: an alias to it recurses
        /// While in progress: what the collection holds so far (js-yaml's live JS object).
        const std::vector<YamlValue> *partialItems = nullptr;
        const std::vector<YamlValue::Entry> *partialEntries = nullptr;
    };

    struct AnchorChange
    {
        QString name;
        bool existed;
        Anchor previous;
    };

    /// An alias read inside its own anchor's collection. js-yaml hands out its unfinished
    /// JS object there: a cycle once the collection is done, unless it gives up on it.
    struct RecursiveAlias
    {
        YamlValue snapshot; ///< what the collection held when the alias was read
        Failure where;
        quint64 serial; ///< the anchor's
        bool abandoned = false;
        std::optional<YamlValue> completed;
    };

    /// A mapping being read: js-yaml's result object and its overridableKeys.
    struct MappingBuilder
    {
        std::vector<YamlValue::Entry> entries;
        QHash<QString, qsizetype> index;
        QSet<QString> overridable;
        std::vector<int> children;
    };

    /// A key waiting for its value, with js-yaml's remembered key position.
    struct PendingKey
    {
        int node = -1;
        bool isMerge = false;
        YamlValue value;
        int line = 0;
        qsizetype lineStart = 0;
        qsizetype position = 0;
    };

    // Characters: js-yaml appends '\n' when missing and reads '\0' past the end.
    char16_t at(qsizetype i) const { return i >= 0 && i < m_size ? m_s[i] : 0; }
    char16_t cur() const { return at(m_pos); }
    static bool isEol(char16_t c) { return c == u'\n' || c == u'\r'; }
    static bool isWhiteSpace(char16_t c) { return c == u'\t' || c == u' '; }
    static bool isWsOrEol(char16_t c) { return isWhiteSpace(c) || isEol(c); }
    static bool isFlowIndicator(char16_t c)
    {
        return c == u',' || c == u'[' || c == u']' || c == u'{' || c == u'}';
    }

    [[noreturn]] void fail(const QString &reason) const;
    Snapshot snapshot() const;
    void restore(const Snapshot &s);

    // Lines and separation (yamlparser.cpp)
    void readLineBreak();
    int skipSeparationSpace(bool allowComments);
    bool testDocumentSeparator() const;

    // Documents and nodes (yamlparser.cpp)
    void readDocument();
    void readDirective(bool *hasDirectives);
    bool composeNode(qsizetype parentIndent, Context context, bool allowToSeek, bool allowCompact);
    bool tryReadBlockMappingFromProperty(const Snapshot &propertyStart, qsizetype nodeIndent,
                                         qsizetype flowIndent);

    // Collections (yamlcollections.cpp)
    bool readBlockSequence(qsizetype nodeIndent);
    bool readBlockMapping(qsizetype nodeIndent, qsizetype flowIndent);
    bool readFlowCollection(qsizetype nodeIndent);

    // Scalars (yamlscalarreader.cpp)
    bool readPlainScalar(qsizetype nodeIndent, bool withinFlowCollection);
    bool readSingleQuotedScalar(qsizetype nodeIndent);
    bool readDoubleQuotedScalar(qsizetype nodeIndent);
    bool readBlockScalar(qsizetype nodeIndent);
    void captureSegment(QString &result, qsizetype start, qsizetype end, bool checkJson) const;

    // Properties and aliases (yamlproperties.cpp)
    bool readTagProperty();
    bool readAnchorProperty();
    bool readAlias();

    // Values: mapping pairs, merges, anchors, tags (yamlconstruct.cpp)
    void storePair(MappingBuilder &map, const PendingKey &key, int valueNode,
                   const YamlValue &value);
    void mergeInto(MappingBuilder &map, const YamlValue &source);
    void setEntry(MappingBuilder &map, const QString &key, const YamlValue &value);
    void chargeMergeWork();
    QString keyString(const YamlValue &key) const;
    YamlValue finishMapping(MappingBuilder &map, int node);
    YamlValue finishSequence(std::vector<YamlValue> items, int node);
    void checkSize(const YamlValue &value) const;
    void resolveTag(int node);
    quint64 storeAnchor(const QString &name, const YamlValue &value, int node,
                        bool inProgress = false);
    /// The collection that stored the anchor in progress is done (@p completed) or was not
    /// one after all.
    void settleAnchor(const QString &name, quint64 serial, const YamlValue &value, int node,
                      bool completed);
    void beginAnchorTransaction();
    void commitAnchorTransaction();
    void rollbackAnchorTransaction();

    // Tree (yamlconstruct.cpp)
    int newNode(YamlNode::Kind kind, YamlStyle style, qsizetype start, qsizetype end);
    int emptyNode(qsizetype position);
    YamlNode &node(int i) { return m_nodes[size_t(i)]; }
    YamlTree buildTree(int root);
    void checkCycles(const YamlValue &root) const;

    // Input
    QString m_input;
    const char16_t *m_s = nullptr;
    qsizetype m_size = 0;       ///< js-yaml's state.length: the appended line break included
    qsizetype m_textLength = 0; ///< the caller's text

    // js-yaml's state
    qsizetype m_pos = 0;
    int m_line = 0;
    qsizetype m_lineStart = 0;
    qsizetype m_lineIndent = 0;
    qsizetype m_firstTabInLine = -1;
    int m_depth = 0;
    Props m_props;
    Kind m_kind = Kind::None;
    YamlValue m_result;
    int m_resultNode = -1; ///< the node of m_result
    QHash<QString, QString> m_tagMap;
    bool m_hasVersion = false;
    QHash<QString, Anchor> m_anchors;
    std::vector<AnchorChange> m_anchorJournal;
    std::vector<size_t> m_transactions;
    quint64 m_anchorSerial = 0;
    int m_mergeWork = 0;
    std::vector<int> m_documents;
    std::vector<RecursiveAlias> m_recursiveAliases;

    std::vector<YamlNode> m_nodes;
};

} // namespace Cardigan
