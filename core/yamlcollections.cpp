// YamlParser: block and flow collections (js-yaml's readBlockSequence, readBlockMapping
// and readFlowCollection), building values and nodes as they read.

#include "yamlparser.h"

namespace Cardigan {

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
    PendingKey key; // js-yaml's keyTag and keyNode: reset once stored
    // js-yaml keeps the key's position in these and reuses them for a pending explicit key.
    int keyLine = 0;
    qsizetype keyLineStart = 0;
    qsizetype keyPos = 0;
    bool atExplicitKey = false;
    bool detected = false;
    bool allowCompact = false;

    auto pendingKey = [&]() {
        PendingKey k = key;
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
                } else {
                    value = m_result;
                    valueNode = m_resultNode;
                }
            }
            if (!atExplicitKey) {
                PendingKey k = pendingKey();
                if (k.node < 0) {
                    k.node = emptyNode(explicitKeyEnd);
                }
                storePair(map, k, valueNode >= 0 ? valueNode : emptyNode(afterIndicator), value);
                key = PendingKey();
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

} // namespace Cardigan
