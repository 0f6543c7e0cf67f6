// YamlParser: node properties (tags, anchors) and aliases.

#include "yamlparser.h"

#include "yamljs.h"

#include <QRegularExpression>

namespace Cardigan {

bool YamlParser::readTagProperty()
{
    char16_t ch = cur();
    if (ch != u'!') {
        return false;
    }
    if (m_props.hasTag) {
        fail(QStringLiteral("duplication of a tag property"));
    }
    const qsizetype tagStart = m_pos;
    bool isVerbatim = false;
    bool isNamed = false;
    QString handle;
    ch = at(++m_pos);
    if (ch == u'<') {
        isVerbatim = true;
        ch = at(++m_pos);
    } else if (ch == u'!') {
        isNamed = true;
        handle = QStringLiteral("!!");
        ch = at(++m_pos);
    } else {
        handle = QStringLiteral("!");
    }

    qsizetype from = m_pos;
    QString name;
    if (isVerbatim) {
        do {
            ch = at(++m_pos);
        } while (ch != 0 && ch != u'>');
        if (m_pos >= m_size) {
            fail(QStringLiteral("unexpected end of the stream within a verbatim tag"));
        }
        name = m_input.mid(from, m_pos - from);
        ch = at(++m_pos);
    } else {
        static const QRegularExpression handlePattern(QStringLiteral("^(?:!|!!|![0-9A-Za-z-]+!)$"));
        while (ch != 0 && !isWsOrEol(ch)) {
            if (ch == u'!') {
                if (isNamed) {
                    fail(QStringLiteral("tag suffix cannot contain exclamation marks"));
                }
                handle = m_input.mid(from - 1, m_pos + 1 - (from - 1));
                if (!handlePattern.match(handle).hasMatch()) {
                    fail(QStringLiteral("named tag handle cannot contain such characters"));
                }
                isNamed = true;
                from = m_pos + 1;
            }
            ch = at(++m_pos);
        }
        name = m_input.mid(from, m_pos - from);
        for (QChar c : name) {
            if (isFlowIndicator(c.unicode())) {
                fail(QStringLiteral("tag suffix cannot contain flow indicator characters"));
            }
        }
    }

    static const QRegularExpression uriPattern(
        QStringLiteral(
            "^(?:!|[^,\\[\\]{}])(?:%[0-9a-f]{2}|[0-9a-z\\-#;/?:@&=+$,_.!~*'()\\[\\]])*$"),
        QRegularExpression::CaseInsensitiveOption);
    if (!name.isEmpty() && !uriPattern.match(name).hasMatch()) {
        fail(QStringLiteral("tag name cannot contain such characters: ") + name);
    }
    QString decoded;
    if (!Js::decodeUriComponent(name, &decoded)) {
        fail(QStringLiteral("tag name is malformed: ") + name);
    }

    QString tag;
    if (isVerbatim) {
        tag = decoded;
    } else if (m_tagMap.contains(handle)) {
        tag = m_tagMap.value(handle) + decoded;
    } else if (handle == u"!") {
        tag = u'!' + decoded;
    } else if (handle == u"!!") {
        tag = QStringLiteral("tag:yaml.org,2002:") + decoded;
    } else {
        fail(QStringLiteral("undeclared tag handle \"%1\"").arg(handle));
    }
    m_props.hasTag = true;
    m_props.tag = tag;
    m_props.tagText = m_input.mid(tagStart, m_pos - tagStart);
    return true;
}

bool YamlParser::readAnchorProperty()
{
    char16_t ch = cur();
    if (ch != u'&') {
        return false;
    }
    if (m_props.hasAnchor) {
        fail(QStringLiteral("duplication of an anchor property"));
    }
    ch = at(++m_pos);
    const qsizetype from = m_pos;
    while (ch != 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
        ch = at(++m_pos);
    }
    if (m_pos == from) {
        fail(QStringLiteral("name of an anchor node must contain at least one character"));
    }
    m_props.hasAnchor = true;
    m_props.anchor = m_input.mid(from, m_pos - from);
    return true;
}

bool YamlParser::readAlias()
{
    char16_t ch = cur();
    if (ch != u'*') {
        return false;
    }
    const qsizetype start = m_pos;
    ch = at(++m_pos);
    const qsizetype from = m_pos;
    while (ch != 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
        ch = at(++m_pos);
    }
    if (m_pos == from) {
        fail(QStringLiteral("name of an alias node must contain at least one character"));
    }
    const QString name = m_input.mid(from, m_pos - from);
    const auto it = m_anchors.constFind(name);
    if (it == m_anchors.cend()) {
        fail(QStringLiteral("unidentified alias \"%1\"").arg(name));
    }
    if (it->inProgress) {
        // js-yaml hands out its unfinished JS object here and reads on: merges and keys see
        // what it holds so far. Snapshot that; checkCycles() decides at the end whether
        // the cycle js-yaml built survives into the result.
        m_result = it->partialEntries
                       ? YamlValue::mapping(*it->partialEntries)
                       : YamlValue::sequence(it->partialItems ? *it->partialItems
                                                              : std::vector<YamlValue>());
        m_recursiveAliases.push_back(
            {m_result,
             Failure{QStringLiteral("recursive alias \"%1\" is not supported").arg(name), m_pos,
                     m_line, m_lineStart},
             it->serial, false, std::nullopt});
    } else {
        m_result = it->value;
    }
    m_resultNode = newNode(YamlNode::Kind::Alias, YamlStyle::Alias, start, m_pos);
    YamlNode &n = node(m_resultNode);
    n.text = name;
    n.target = it->node;
    n.value = m_result;
    skipSeparationSpace(true);
    return true;
}

} // namespace Cardigan
