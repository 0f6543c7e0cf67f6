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
    , m_textLength(text.size())
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
        out.error.offset = std::min(f.position, m_textLength);
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

} // namespace Cardigan
