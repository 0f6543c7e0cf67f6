#include "yamlparser.h"

#include "yamljs.h"

#include <QRegularExpression>

#include <optional>

namespace Cardigan {

// js-yaml's loader is the specification here: the functions below keep its order of
// attempts and its position bookkeeping (m_pos, m_line, m_lineStart, m_lineIndent,
// m_firstTabInLine) exactly, because error marks and even accepted documents depend on
// them. What is ours: building immutable values instead of mutating JS objects, the node
// tree with spans, and the guards against deep nesting and alias bombs.

YamlParser::YamlParser(const QString &text)
    : m_input(text)
{
    // js-yaml appends a line break when the text does not end with one, and strips a BOM.
    // We keep the BOM and start after it, so that offsets stay those of the caller's text.
    if (!m_input.isEmpty() && !isEol(m_input.back().unicode())) {
        m_input.append(u'\n');
    }
    m_s = reinterpret_cast<const char16_t *>(m_input.constData());
    m_size = m_input.size();
    // Cards run at about one node per dozen characters. Reserving more than that is free
    // (pages nobody touches are never faulted in), growing the vector is not.
    m_nodes.reserve(size_t(m_size / 4 + 16));
    if (m_size > 0 && m_s[0] == 0xfeff) {
        m_pos = m_lineStart = 1;
    }
}

void YamlParser::fail(const QString &reason) const
{
    throw Failure{reason, m_pos, m_line, m_lineStart};
}

YamlParser::Snapshot YamlParser::snapshot() const
{
    return Snapshot{m_pos,   m_lineStart, m_lineIndent, m_firstTabInLine, m_line,
                    m_props, m_kind,      m_result,     m_resultNode};
}

void YamlParser::restore(const Snapshot &s)
{
    m_pos = s.position;
    m_lineStart = s.lineStart;
    m_lineIndent = s.lineIndent;
    m_firstTabInLine = s.firstTabInLine;
    m_line = s.line;
    m_props = s.props;
    m_kind = s.kind;
    m_result = s.result;
    m_resultNode = s.resultNode;
}

YamlReadResult YamlParser::parse()
{
    YamlReadResult out;
    const qsizetype textLength = m_input.size() - (m_input.size() > 0 ? 1 : 0);
    std::vector<qsizetype> documentStarts;
    try {
        const qsizetype nul = m_input.indexOf(QChar(u'\0'));
        if (nul >= 0) {
            m_pos = nul;
            fail(QStringLiteral("null byte is not allowed in input"));
        }
        while (cur() == u' ') {
            ++m_lineIndent;
            ++m_pos;
        }
        while (m_pos < m_size - 1) {
            documentStarts.push_back(m_pos);
            readDocument();
        }
        if (m_documents.size() > 1) {
            // js-yaml's load() throws this without a mark: point at the second document.
            m_pos = documentStarts[1];
            m_line = int(QStringView(m_input).left(m_pos).count(u'\n'));
            m_lineStart = m_input.lastIndexOf(u'\n', m_pos - 1) + 1;
            fail(QStringLiteral("expected a single document in the stream, but found more"));
        }
        out.tree = buildTree(m_documents.empty() ? -1 : m_documents.front());
        checkCycles(out.tree.value());
        out.ok = true;
    } catch (const Failure &f) {
        out.ok = false;
        out.error.reason = f.reason;
        out.error.line = f.line;
        out.error.column = int(f.position - f.lineStart);
        out.error.offset = std::min(f.position, std::max<qsizetype>(textLength, 0));
    }
    return out;
}

// ---------------------------------------------------------------------------------------
// Lines and separation

void YamlParser::readLineBreak()
{
    const char16_t ch = cur();
    if (ch == u'\n') {
        ++m_pos;
    } else if (ch == u'\r') {
        ++m_pos;
        if (cur() == u'\n') {
            ++m_pos;
        }
    } else {
        fail(QStringLiteral("a line break is expected"));
    }
    ++m_line;
    m_lineStart = m_pos;
    m_firstTabInLine = -1;
}

int YamlParser::skipSeparationSpace(bool allowComments)
{
    int lineBreaks = 0;
    char16_t ch = cur();
    while (ch != 0) {
        while (isWhiteSpace(ch)) {
            if (ch == u'\t' && m_firstTabInLine == -1) {
                m_firstTabInLine = m_pos;
            }
            ch = at(++m_pos);
        }
        if (allowComments && ch == u'#') {
            do {
                ch = at(++m_pos);
            } while (ch != u'\n' && ch != u'\r' && ch != 0);
        }
        if (!isEol(ch)) {
            break;
        }
        readLineBreak();
        ch = cur();
        ++lineBreaks;
        m_lineIndent = 0;
        while (ch == u' ') {
            ++m_lineIndent;
            ch = at(++m_pos);
        }
    }
    return lineBreaks;
}

bool YamlParser::testDocumentSeparator() const
{
    // The caller has checked that m_pos is at a line start.
    const char16_t ch = cur();
    if ((ch == u'-' || ch == u'.') && at(m_pos + 1) == ch && at(m_pos + 2) == ch) {
        const char16_t next = at(m_pos + 3);
        return next == 0 || isWsOrEol(next);
    }
    return false;
}

// ---------------------------------------------------------------------------------------
// Documents

void YamlParser::readDirective(bool *hasDirectives)
{
    *hasDirectives = true;
    char16_t ch = at(++m_pos);
    qsizetype from = m_pos;
    while (ch != 0 && !isWsOrEol(ch)) {
        ch = at(++m_pos);
    }
    const QString name = m_input.mid(from, m_pos - from);
    QStringList args;
    if (name.isEmpty()) {
        fail(QStringLiteral("directive name must not be less than one character in length"));
    }
    while (ch != 0) {
        while (isWhiteSpace(ch)) {
            ch = at(++m_pos);
        }
        if (ch == u'#') {
            do {
                ch = at(++m_pos);
            } while (ch != 0 && !isEol(ch));
            break;
        }
        if (isEol(ch)) {
            break;
        }
        from = m_pos;
        while (ch != 0 && !isWsOrEol(ch)) {
            ch = at(++m_pos);
        }
        args << m_input.mid(from, m_pos - from);
    }
    if (ch != 0) {
        readLineBreak();
    }

    if (name == u"YAML") {
        if (m_hasVersion) {
            fail(QStringLiteral("duplication of %YAML directive"));
        }
        if (args.size() != 1) {
            fail(QStringLiteral("YAML directive accepts exactly one argument"));
        }
        static const QRegularExpression version(QStringLiteral("^([0-9]+)\\.([0-9]+)$"));
        const QRegularExpressionMatch m = version.match(args.front());
        if (!m.hasMatch()) {
            fail(QStringLiteral("ill-formed argument of the YAML directive"));
        }
        if (m.captured(1).toDouble() != 1) {
            fail(QStringLiteral("unacceptable YAML version of the document"));
        }
        m_hasVersion = true;
    } else if (name == u"TAG") {
        if (args.size() != 2) {
            fail(QStringLiteral("TAG directive accepts exactly two arguments"));
        }
        const QString handle = args.at(0);
        const QString prefix = args.at(1);
        static const QRegularExpression handlePattern(QStringLiteral("^(?:!|!!|![0-9A-Za-z-]+!)$"));
        if (!handlePattern.match(handle).hasMatch()) {
            fail(QStringLiteral("ill-formed tag handle (first argument) of the TAG directive"));
        }
        if (m_tagMap.contains(handle)) {
            fail(QStringLiteral("there is a previously declared suffix for \"%1\" tag handle")
                     .arg(handle));
        }
        static const QRegularExpression uriPattern(
            QStringLiteral(
                "^(?:!|[^,\\[\\]{}])(?:%[0-9a-f]{2}|[0-9a-z\\-#;/?:@&=+$,_.!~*'()\\[\\]])*$"),
            QRegularExpression::CaseInsensitiveOption);
        if (!uriPattern.match(prefix).hasMatch()) {
            fail(QStringLiteral("ill-formed tag prefix (second argument) of the TAG directive"));
        }
        QString decoded;
        if (!Js::decodeUriComponent(prefix, &decoded)) {
            fail(QStringLiteral("tag prefix is malformed: ") + prefix);
        }
        m_tagMap.insert(handle, decoded);
    }
    // Other directives only warn in js-yaml, and the Hub ignores warnings.
}

void YamlParser::readDocument()
{
    bool hasDirectives = false;
    m_hasVersion = false;
    m_tagMap.clear();
    m_anchors.clear();

    while (cur() != 0) {
        skipSeparationSpace(true);
        if (m_lineIndent > 0 || cur() != u'%') {
            break;
        }
        readDirective(&hasDirectives);
    }

    skipSeparationSpace(true);
    if (m_lineIndent == 0 && cur() == u'-' && at(m_pos + 1) == u'-' && at(m_pos + 2) == u'-') {
        m_pos += 3;
        skipSeparationSpace(true);
    } else if (hasDirectives) {
        fail(QStringLiteral("directives end mark is expected"));
    }

    const bool hasRoot = composeNode(m_lineIndent - 1, Context::BlockOut, false, true);
    m_documents.push_back(hasRoot ? m_resultNode : -1);
    skipSeparationSpace(true);

    if (m_pos == m_lineStart && testDocumentSeparator()) {
        if (cur() == u'.') {
            m_pos += 3;
            skipSeparationSpace(true);
        }
        return;
    }
    if (m_pos < m_size - 1) {
        fail(QStringLiteral("end of the stream or a document separator is expected"));
    }
}

// ---------------------------------------------------------------------------------------
// Nodes

bool YamlParser::composeNode(qsizetype parentIndent, Context context, bool allowToSeek,
                             bool allowCompact)
{
    if (m_depth >= jsMaxDepth) {
        fail(QStringLiteral("nesting exceeded maxDepth (%1)").arg(jsMaxDepth));
    }
    ++m_depth;

    m_props = Props();
    m_kind = Kind::None;
    m_result = YamlValue();
    m_resultNode = -1;

    const bool allowBlockStyles = context == Context::BlockOut || context == Context::BlockIn;
    bool allowBlockCollections = allowBlockStyles;
    int indentStatus = 1; // 1: deeper than the parent, 0: same, -1: shallower
    bool atNewLine = false;
    bool hasContent = false;
    std::optional<Snapshot> propertyStart;
    qsizetype propsStart = -1;
    qsizetype propsEnd = -1;

    auto updateIndentStatus = [&]() {
        if (m_lineIndent > parentIndent) {
            indentStatus = 1;
        } else if (m_lineIndent == parentIndent) {
            indentStatus = 0;
        } else {
            indentStatus = -1;
        }
    };

    if (allowToSeek && skipSeparationSpace(true)) {
        atNewLine = true;
        updateIndentStatus();
    }

    if (indentStatus == 1) {
        for (;;) {
            const char16_t ch = cur();
            if (ch != u'!' && ch != u'&') {
                break;
            }
            // A second tag or anchor after a line break starts the first key of a nested
            // block mapping (`!!map\n  !!str key: value`).
            if (atNewLine &&
                ((ch == u'!' && m_props.hasTag) || (ch == u'&' && m_props.hasAnchor))) {
                break;
            }
            const Snapshot before = snapshot();
            if (!readTagProperty() && !readAnchorProperty()) {
                break;
            }
            if (!propertyStart) {
                propertyStart = before;
                propsStart = before.position;
            }
            propsEnd = m_pos;
            if (skipSeparationSpace(true)) {
                atNewLine = true;
                allowBlockCollections = allowBlockStyles;
                updateIndentStatus();
            } else {
                allowBlockCollections = false;
            }
        }
    }

    if (allowBlockCollections) {
        allowBlockCollections = atNewLine || allowCompact;
    }

    if (indentStatus == 1 || context == Context::BlockOut) {
        const bool flowContext = context == Context::FlowIn || context == Context::FlowOut;
        const qsizetype flowIndent = flowContext ? parentIndent : parentIndent + 1;
        const qsizetype blockIndent = m_pos - m_lineStart;

        if (indentStatus == 1) {
            if ((allowBlockCollections &&
                 (readBlockSequence(blockIndent) || readBlockMapping(blockIndent, flowIndent))) ||
                readFlowCollection(flowIndent)) {
                hasContent = true;
            } else {
                const char16_t ch = cur();
                if (propertyStart && allowBlockStyles && !allowBlockCollections && ch != u'|' &&
                    ch != u'>' &&
                    tryReadBlockMappingFromProperty(
                        *propertyStart, propertyStart->position - propertyStart->lineStart,
                        flowIndent)) {
                    hasContent = true;
                } else if ((allowBlockStyles && readBlockScalar(flowIndent)) ||
                           readSingleQuotedScalar(flowIndent) ||
                           readDoubleQuotedScalar(flowIndent)) {
                    hasContent = true;
                } else if (readAlias()) {
                    hasContent = true;
                    if (m_props.hasTag || m_props.hasAnchor) {
                        fail(QStringLiteral("alias node should not have any properties"));
                    }
                } else if (readPlainScalar(flowIndent, context == Context::FlowIn)) {
                    hasContent = true;
                    if (!m_props.hasTag) {
                        m_props.hasTag = true;
                        m_props.tag = QStringLiteral("?");
                    }
                }
                if (m_props.hasAnchor) {
                    storeAnchor(m_props.anchor, m_result, hasContent ? m_resultNode : -1);
                }
            }
        } else if (indentStatus == 0) {
            // Block sequences may sit at their parent's indentation (`key:\n- a`).
            hasContent = allowBlockCollections && readBlockSequence(blockIndent);
        }
    }

    int node = hasContent ? m_resultNode : -1;
    const bool hasProps = m_props.hasAnchor || (m_props.hasTag && !m_props.tagText.isEmpty());
    if (node < 0 && hasProps && propsStart >= 0) {
        node = newNode(YamlNode::Kind::Scalar, YamlStyle::Empty, propsEnd, propsEnd);
    }
    if (node >= 0 && hasProps && propsStart >= 0) {
        YamlNode &n = this->node(node);
        n.start = propsStart;
        n.tag = m_props.tagText;
        n.anchor = m_props.hasAnchor ? m_props.anchor : QString();
    }

    resolveTag(node);

    if (node >= 0) {
        this->node(node).value = m_result;
    }
    m_resultNode = node;
    --m_depth;
    return m_props.hasTag || m_props.hasAnchor || hasContent;
}

bool YamlParser::tryReadBlockMappingFromProperty(const Snapshot &propertyStart,
                                                 qsizetype nodeIndent, qsizetype flowIndent)
{
    // `- &a key: value`: the properties belong to the first key, not to this node.
    const Snapshot fallback = snapshot();
    const size_t nodeCount = m_nodes.size();
    const size_t recursiveAliasCount = m_recursiveAliases.size();
    beginAnchorTransaction();
    restore(propertyStart);
    m_props = Props();
    m_kind = Kind::None;
    m_result = YamlValue();
    m_resultNode = -1;
    if (readBlockMapping(nodeIndent, flowIndent) && m_kind == Kind::Mapping) {
        commitAnchorTransaction();
        return true;
    }
    rollbackAnchorTransaction();
    restore(fallback);
    m_nodes.resize(nodeCount);
    m_recursiveAliases.resize(recursiveAliasCount);
    return false;
}

// ---------------------------------------------------------------------------------------
// Block collections

bool YamlParser::readBlockSequence(qsizetype nodeIndent)
{
    const Props props = m_props;
    // A tab before the token on this line: not a block collection (a flow one may follow).
    if (m_firstTabInLine != -1) {
        return false;
    }
    quint64 serial = 0;
    if (props.hasAnchor) {
        serial = storeAnchor(props.anchor, YamlValue::sequence({}), -1, true);
    }
    const qsizetype start = m_pos;
    std::vector<YamlValue> items;
    std::vector<int> children;
    bool detected = false;
    if (props.hasAnchor) {
        m_anchors[props.anchor].partialItems = &items;
    }
    char16_t ch = cur();

    while (ch != 0) {
        if (m_firstTabInLine != -1) {
            m_pos = m_firstTabInLine;
            fail(QStringLiteral("tab characters must not be used in indentation"));
        }
        if (ch != u'-' || !isWsOrEol(at(m_pos + 1))) {
            break;
        }
        detected = true;
        ++m_pos;
        const qsizetype afterDash = m_pos;

        if (skipSeparationSpace(true) && m_lineIndent <= nodeIndent) {
            items.emplace_back();
            children.push_back(emptyNode(afterDash));
            ch = cur();
            continue;
        }

        const int line = m_line;
        const bool composed = composeNode(nodeIndent, Context::BlockIn, false, true);
        items.push_back(m_result);
        children.push_back(composed ? m_resultNode : emptyNode(afterDash));
        skipSeparationSpace(true);
        ch = cur();

        if ((m_line == line || m_lineIndent > nodeIndent) && ch != 0) {
            fail(QStringLiteral("bad indentation of a sequence entry"));
        } else if (m_lineIndent < nodeIndent) {
            break;
        }
    }

    if (!detected) {
        if (props.hasAnchor) {
            settleAnchor(props.anchor, serial, YamlValue::sequence({}), -1, false);
        }
        return false;
    }
    const int n = newNode(YamlNode::Kind::Sequence, YamlStyle::BlockSequence, start,
                          node(children.back()).end);
    node(n).children = std::move(children);
    m_props = props;
    m_kind = Kind::Sequence;
    m_result = finishSequence(std::move(items), n);
    m_resultNode = n;
    if (props.hasAnchor) {
        settleAnchor(props.anchor, serial, m_result, n, true);
    }
    return true;
}

bool YamlParser::readBlockMapping(qsizetype nodeIndent, qsizetype flowIndent)
{
    const Props props = m_props;
    if (m_firstTabInLine != -1) {
        return false;
    }
    quint64 serial = 0;
    if (props.hasAnchor) {
        serial = storeAnchor(props.anchor, YamlValue::mapping({}), -1, true);
    }
    auto giveUp = [&]() {
        if (props.hasAnchor) {
            settleAnchor(props.anchor, serial, YamlValue::mapping({}), -1, false);
        }
    };

    const qsizetype start = m_pos;
    MappingBuilder map;
    if (props.hasAnchor) {
        m_anchors[props.anchor].partialEntries = &map.entries;
    }
    PendingKey key;
    bool hasKey = false; // js-yaml's keyNode/keyTag are set
    // js-yaml keeps the key's position in these and reuses them for a pending explicit key.
    int keyLine = 0;
    qsizetype keyLineStart = 0;
    qsizetype keyPos = 0;
    bool atExplicitKey = false;
    bool detected = false;
    bool allowCompact = false;

    auto pendingKey = [&]() {
        PendingKey k = key;
        if (!hasKey) {
            k = PendingKey();
        }
        k.line = keyLine;
        k.lineStart = keyLineStart;
        k.position = keyPos;
        return k;
    };
    // An explicit key without ':' has a null value; its Empty node sits after the key.
    auto storeExplicitKeyAlone = [&](qsizetype keyIndicatorEnd) {
        PendingKey k = pendingKey();
        if (k.node < 0) {
            k.node = emptyNode(keyIndicatorEnd);
        }
        storePair(map, k, emptyNode(node(k.node).end), YamlValue());
        key = PendingKey();
        hasKey = false;
    };
    qsizetype explicitKeyEnd = start;

    char16_t ch = cur();
    while (ch != 0) {
        if (!atExplicitKey && m_firstTabInLine != -1) {
            m_pos = m_firstTabInLine;
            fail(QStringLiteral("tab characters must not be used in indentation"));
        }
        const char16_t following = at(m_pos + 1);
        const int line = m_line;

        if ((ch == u'?' || ch == u':') && isWsOrEol(following)) {
            // Explicit notation: "? key" and ": value" as separate blocks.
            if (ch == u'?') {
                if (atExplicitKey) {
                    storeExplicitKeyAlone(explicitKeyEnd);
                }
                detected = true;
                atExplicitKey = true;
                allowCompact = true;
                explicitKeyEnd = m_pos + 1;
            } else if (atExplicitKey) {
                atExplicitKey = false;
                allowCompact = true;
            } else {
                fail(QStringLiteral("incomplete explicit mapping pair; a key node is missed; "
                                    "or followed by a non-tabulated empty line"));
            }
            m_pos += 1;
            ch = following;
        } else {
            // Implicit notation: a flow-style key on one line, ':' and the value.
            keyLine = m_line;
            keyLineStart = m_lineStart;
            keyPos = m_pos;
            if (!composeNode(flowIndent, Context::FlowOut, false, true)) {
                break;
            }
            if (m_line == line) {
                ch = cur();
                while (isWhiteSpace(ch)) {
                    ch = at(++m_pos);
                }
                if (ch == u':') {
                    ch = at(++m_pos);
                    if (!isWsOrEol(ch)) {
                        fail(QStringLiteral("a whitespace character is expected after the "
                                            "key-value separator within a block mapping"));
                    }
                    const PendingKey implicitKey{
                        m_resultNode,
                        m_props.hasTag &&
                            m_props.tag == YamlScalar::tagOf(YamlScalar::TypeId::Merge),
                        m_result,
                        0,
                        0,
                        0};
                    if (atExplicitKey) {
                        storeExplicitKeyAlone(explicitKeyEnd);
                    }
                    detected = true;
                    atExplicitKey = false;
                    allowCompact = false;
                    key = implicitKey;
                    hasKey = true;
                } else if (detected) {
                    fail(
                        QStringLiteral("can not read an implicit mapping pair; a colon is missed"));
                } else {
                    m_props = props;
                    giveUp();
                    return true; // keep what composeNode read: it is this node
                }
            } else if (detected) {
                fail(QStringLiteral("can not read a block mapping entry; a multiline key may not "
                                    "be an implicit key"));
            } else {
                m_props = props;
                giveUp();
                return true; // keep what composeNode read: it is this node
            }
        }

        // Common to both notations: the explicit key's node, or the value.
        if (m_line == line || m_lineIndent > nodeIndent) {
            if (atExplicitKey) {
                keyLine = m_line;
                keyLineStart = m_lineStart;
                keyPos = m_pos;
            }
            const qsizetype afterIndicator = m_pos;
            int valueNode = -1;
            YamlValue value;
            if (composeNode(nodeIndent, Context::BlockOut, true, allowCompact)) {
                if (atExplicitKey) {
                    key.value = m_result;
                    key.node = m_resultNode;
                    hasKey = true;
                } else {
                    value = m_result;
                    valueNode = m_resultNode;
                }
            }
            if (atExplicitKey && key.node < 0) {
                explicitKeyEnd = afterIndicator;
            }
            if (!atExplicitKey) {
                PendingKey k = pendingKey();
                if (k.node < 0) {
                    k.node = emptyNode(explicitKeyEnd);
                }
                storePair(map, k, valueNode >= 0 ? valueNode : emptyNode(afterIndicator), value);
                key = PendingKey();
                hasKey = false;
            }
            skipSeparationSpace(true);
            ch = cur();
        }

        if ((m_line == line || m_lineIndent > nodeIndent) && ch != 0) {
            fail(QStringLiteral("bad indentation of a mapping entry"));
        } else if (m_lineIndent < nodeIndent) {
            break;
        }
    }

    if (atExplicitKey) {
        storeExplicitKeyAlone(explicitKeyEnd);
    }
    if (!detected) {
        giveUp();
        return false;
    }
    const int n = newNode(YamlNode::Kind::Mapping, YamlStyle::BlockMapping, start,
                          node(map.children.back()).end);
    m_props = props;
    m_kind = Kind::Mapping;
    m_result = finishMapping(map, n);
    m_resultNode = n;
    if (props.hasAnchor) {
        settleAnchor(props.anchor, serial, m_result, n, true);
    }
    return true;
}

// ---------------------------------------------------------------------------------------
// Flow collections

bool YamlParser::readFlowCollection(qsizetype nodeIndent)
{
    const Props props = m_props;
    char16_t ch = cur();
    char16_t terminator = 0;
    bool isMapping = false;
    if (ch == u'[') {
        terminator = u']';
    } else if (ch == u'{') {
        terminator = u'}';
        isMapping = true;
    } else {
        return false;
    }
    quint64 serial = 0;
    if (props.hasAnchor) {
        serial = storeAnchor(
            props.anchor, isMapping ? YamlValue::mapping({}) : YamlValue::sequence({}), -1, true);
    }
    const qsizetype start = m_pos;
    MappingBuilder map;
    std::vector<YamlValue> items;
    std::vector<int> children;
    bool readNext = true;
    if (props.hasAnchor) {
        if (isMapping) {
            m_anchors[props.anchor].partialEntries = &map.entries;
        } else {
            m_anchors[props.anchor].partialItems = &items;
        }
    }

    ch = at(++m_pos);
    while (ch != 0) {
        skipSeparationSpace(true);
        ch = cur();
        if (ch == terminator) {
            ++m_pos;
            const int n =
                newNode(isMapping ? YamlNode::Kind::Mapping : YamlNode::Kind::Sequence,
                        isMapping ? YamlStyle::FlowMapping : YamlStyle::FlowSequence, start, m_pos);
            m_props = props;
            if (isMapping) {
                m_kind = Kind::Mapping;
                m_result = finishMapping(map, n);
            } else {
                node(n).children = std::move(children);
                m_kind = Kind::Sequence;
                m_result = finishSequence(std::move(items), n);
            }
            m_resultNode = n;
            if (props.hasAnchor) {
                settleAnchor(props.anchor, serial, m_result, n, true);
            }
            return true;
        }
        if (!readNext) {
            fail(QStringLiteral("missed comma between flow collection entries"));
        }
        if (ch == u',') {
            // "flow collection entries can never be completely empty" (YAML 1.2, 7.4)
            fail(QStringLiteral("expected the node content, but found ','"));
        }

        const qsizetype entryStart = m_pos;
        bool isPair = false;
        bool isExplicitPair = false;
        qsizetype keyEmptyAt = m_pos;
        if (ch == u'?' && isWsOrEol(at(m_pos + 1))) {
            isPair = isExplicitPair = true;
            ++m_pos;
            keyEmptyAt = m_pos;
            skipSeparationSpace(true);
        }

        PendingKey key;
        key.line = m_line;
        key.lineStart = m_lineStart;
        key.position = m_pos;
        if (!isExplicitPair) {
            keyEmptyAt = m_pos;
        }
        const bool composedKey = composeNode(nodeIndent, Context::FlowIn, false, true);
        key.isMerge = m_props.hasTag && m_props.tag == YamlScalar::tagOf(YamlScalar::TypeId::Merge);
        key.value = m_result;
        key.node = composedKey ? m_resultNode : emptyNode(keyEmptyAt);
        skipSeparationSpace(true);
        ch = cur();

        int valueNode = -1;
        YamlValue value;
        if ((isExplicitPair || m_line == key.line) && ch == u':') {
            isPair = true;
            ch = at(++m_pos);
            const qsizetype afterColon = m_pos;
            skipSeparationSpace(true);
            const bool composed = composeNode(nodeIndent, Context::FlowIn, false, true);
            value = m_result;
            valueNode = composed ? m_resultNode : emptyNode(afterColon);
        }
        if (valueNode < 0 && (isMapping || isPair)) {
            valueNode = emptyNode(node(key.node).end);
        }

        if (isMapping) {
            storePair(map, key, valueNode, value);
        } else if (isPair) {
            // `[a: 1]` is a sequence of one single-pair mapping.
            MappingBuilder pair;
            storePair(pair, key, valueNode, value);
            const int n = newNode(YamlNode::Kind::Mapping, YamlStyle::FlowMapping, entryStart,
                                  node(valueNode).end);
            items.push_back(finishMapping(pair, n));
            node(n).value = items.back();
            children.push_back(n);
        } else {
            items.push_back(key.value);
            children.push_back(key.node);
        }

        skipSeparationSpace(true);
        ch = cur();
        if (ch == u',') {
            readNext = true;
            ch = at(++m_pos);
        } else {
            readNext = false;
        }
    }
    fail(QStringLiteral("unexpected end of the stream within a flow collection"));
}

// ---------------------------------------------------------------------------------------
// Tree

void YamlParser::checkCycles(const YamlValue &root) const
{
    if (m_recursiveAliases.empty()) {
        return;
    }
    // checkSize() bounded the expanded size, so a plain walk is affordable.
    const Failure *first = nullptr;
    size_t firstIndex = m_recursiveAliases.size();
    std::vector<const YamlValue *> stack{&root};
    while (!stack.empty()) {
        const YamlValue *v = stack.back();
        stack.pop_back();
        for (size_t i = 0; i < firstIndex; ++i) {
            const RecursiveAlias &r = m_recursiveAliases[i];
            if (!r.abandoned && v->sharesDataWith(r.snapshot)) {
                first = &r.where;
                firstIndex = i;
                break;
            }
        }
        for (const YamlValue &item : v->items()) {
            stack.push_back(&item);
        }
        for (const YamlValue::Entry &e : v->entries()) {
            stack.push_back(&e.second);
        }
    }
    if (first) {
        throw *first;
    }
}

int YamlParser::newNode(YamlNode::Kind kind, YamlStyle style, qsizetype start, qsizetype end)
{
    YamlNode n;
    n.kind = kind;
    n.style = style;
    n.start = n.contentStart = start;
    n.end = end;
    m_nodes.push_back(std::move(n));
    return int(m_nodes.size() - 1);
}

int YamlParser::emptyNode(qsizetype position)
{
    return newNode(YamlNode::Kind::Scalar, YamlStyle::Empty, position, position);
}

YamlTree YamlParser::buildTree(int root)
{
    // Nodes were made children first, and failed attempts left orphans: renumber the
    // reachable ones in document order, a parent before its children. The permutation is
    // applied in place: a second node vector would cost as much as the parse.
    YamlTree tree;
    if (root < 0) {
        m_nodes.clear();
        return tree;
    }
    const qsizetype textLength = m_input.size() - (m_input.size() > 0 ? 1 : 0);
    const size_t count = m_nodes.size();
    std::vector<int> newIndex(count, -1);
    int reachable = 0;
    std::vector<int> stack{root};
    while (!stack.empty()) {
        const int i = stack.back();
        stack.pop_back();
        if (newIndex[size_t(i)] >= 0) {
            continue;
        }
        newIndex[size_t(i)] = reachable++;
        const std::vector<int> &children = m_nodes[size_t(i)].children;
        for (auto it = children.rbegin(); it != children.rend(); ++it) {
            stack.push_back(*it);
        }
    }
    for (YamlNode &n : m_nodes) {
        for (int &child : n.children) {
            child = newIndex[size_t(child)];
        }
        if (n.target >= 0) {
            n.target = newIndex[size_t(n.target)];
        }
        // The appended line break is not the caller's text.
        n.end = std::min(n.end, textLength);
        n.start = std::min(n.start, n.end);
        n.contentStart = std::min(std::max(n.contentStart, n.start), n.end);
    }
    // Orphans go after the reachable nodes, then away.
    int next = reachable;
    for (int &target : newIndex) {
        if (target < 0) {
            target = next++;
        }
    }
    for (size_t i = 0; i < count; ++i) {
        while (newIndex[i] != int(i)) {
            const size_t j = size_t(newIndex[i]);
            std::swap(m_nodes[i], m_nodes[j]);
            std::swap(newIndex[i], newIndex[j]);
        }
    }
    m_nodes.resize(size_t(reachable));
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        for (int child : m_nodes[i].children) {
            m_nodes[size_t(child)].parent = int(i);
        }
    }
    tree.nodes = std::move(m_nodes);
    tree.root = 0;
    return tree;
}

} // namespace Cardigan
