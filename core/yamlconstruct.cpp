// YamlParser: building values the way js-yaml's storeMappingPair, mergeMappings and
// composeNode's tag resolution do, the anchor table with js-yaml's transactions, and
// the final tree.

#include "yamlparser.h"

namespace Cardigan {

namespace {

QString kindName(YamlScalar::NodeKind kind)
{
    switch (kind) {
    case YamlScalar::NodeKind::Scalar:
        return QStringLiteral("scalar");
    case YamlScalar::NodeKind::Sequence:
        return QStringLiteral("sequence");
    case YamlScalar::NodeKind::Mapping:
        return QStringLiteral("mapping");
    case YamlScalar::NodeKind::None:
        break;
    }
    return QStringLiteral("null");
}

} // namespace

QString YamlParser::keyString(const YamlValue &key) const
{
    // A JS object's keys are strings: js-yaml applies String() to the key, after refusing
    // nested arrays (whose String() can explode through aliases).
    if (key.isSequence()) {
        for (const YamlValue &item : key.items()) {
            if (item.isSequence()) {
                fail(QStringLiteral("nested arrays are not supported inside keys"));
            }
        }
    }
    return YamlScalar::jsString(key);
}

void YamlParser::setEntry(MappingBuilder &map, const QString &key, const YamlValue &value)
{
    const auto it = map.index.constFind(key);
    if (it != map.index.cend()) {
        map.entries[size_t(*it)].second = value; // a JS property keeps its place
        return;
    }
    map.index.insert(key, qsizetype(map.entries.size()));
    map.entries.emplace_back(key, value);
}

void YamlParser::chargeMergeWork()
{
    if (++m_mergeWork > jsMaxMergeKeys) {
        fail(QStringLiteral("merge keys exceeded maxTotalMergeKeys (%1)").arg(jsMaxMergeKeys));
    }
}

void YamlParser::mergeInto(MappingBuilder &map, const YamlValue &mergeSource)
{
    // A recursive alias's JS object is live: merged now, it has what it holds now.
    YamlValue source = mergeSource;
    for (const RecursiveAlias &r : m_recursiveAliases) {
        if (mergeSource.sharesDataWith(r.snapshot)) {
            if (r.completed) {
                source = *r.completed;
            } else {
                for (const Anchor &a : m_anchors) {
                    if (a.serial == r.serial && a.inProgress) {
                        if (a.partialEntries) {
                            source = YamlValue::mapping(*a.partialEntries);
                        } else if (a.partialItems) {
                            source = YamlValue::sequence(*a.partialItems);
                        }
                    }
                }
            }
            break;
        }
    }
    // common.isObject: arrays, Uint8Arrays and Dates are objects too.
    const YamlValue::Type type = source.type();
    if (type != YamlValue::Type::Mapping && type != YamlValue::Type::Sequence &&
        type != YamlValue::Type::Timestamp) {
        fail(QStringLiteral("cannot merge mappings; the provided source object is unacceptable"));
    }
    chargeMergeWork();
    auto mergeOne = [&](const QString &key, const YamlValue &value) {
        chargeMergeWork();
        if (!map.index.contains(key)) {
            setEntry(map, key, value);
            map.overridable.insert(key);
        }
    };
    if (type == YamlValue::Type::Mapping) {
        for (const YamlValue::Entry &e : source.entries()) {
            mergeOne(e.first, e.second);
        }
    } else if (type == YamlValue::Type::Sequence) {
        const std::vector<YamlValue> &items = source.items();
        for (size_t i = 0; i < items.size(); ++i) {
            mergeOne(QString::number(i), items[i]);
        }
    }
}

void YamlParser::storePair(MappingBuilder &map, const PendingKey &key, int valueNode,
                           const YamlValue &value)
{
    const QString name = keyString(key.value);
    map.children.push_back(key.node);
    map.children.push_back(valueNode);

    if (key.isMerge) {
        if (value.isSequence()) {
            if (value.items().size() > 100) {
                fail(QStringLiteral("abnormal merge sequence size"));
            }
            for (const YamlValue &source : value.items()) {
                mergeInto(map, source);
            }
        } else {
            mergeInto(map, value);
        }
        return;
    }
    if (!map.overridable.contains(name) && map.index.contains(name)) {
        // js-yaml moves the mark to the key, but a 0 there is "unset" to it (JS falsiness).
        if (key.line) {
            m_line = key.line;
        }
        if (key.lineStart) {
            m_lineStart = key.lineStart;
        }
        if (key.position) {
            m_pos = key.position;
        }
        fail(QStringLiteral("duplicated mapping key"));
    }
    setEntry(map, name, value);
    map.overridable.remove(name);
}

void YamlParser::checkSize(const YamlValue &value) const
{
    if (value.depth() > YamlReader::maxDepth) {
        fail(QStringLiteral("nesting deeper than %1 levels").arg(YamlReader::maxDepth));
    }
    const qsizetype size = value.expandedSize(YamlReader::maxExpansion + 1);
    if (size > YamlReader::maxExpansion && size > qsizetype(m_nodes.size())) {
        fail(QStringLiteral("aliases expand to more than %1 values").arg(YamlReader::maxExpansion));
    }
}

YamlValue YamlParser::finishMapping(MappingBuilder &map, int node)
{
    this->node(node).children = std::move(map.children);
    YamlValue value = YamlValue::mapping(std::move(map.entries));
    checkSize(value);
    this->node(node).value = value;
    return value;
}

YamlValue YamlParser::finishSequence(std::vector<YamlValue> items, int node)
{
    YamlValue value = YamlValue::sequence(std::move(items));
    checkSize(value);
    this->node(node).value = value;
    return value;
}

void YamlParser::resolveTag(int node)
{
    using YamlScalar::Resolution;
    if (!m_props.hasTag) {
        if (m_props.hasAnchor) {
            storeAnchor(m_props.anchor, m_result, node);
        }
        return;
    }
    if (m_props.tag == u"?") {
        // Implicit resolution; only plain scalars get '?' unless written as !<?>.
        if (!m_result.isNull() && m_kind != Kind::Scalar) {
            fail(QStringLiteral("unacceptable node kind for !<?> tag; it should be \"scalar\", "
                                "not \"%1\"")
                     .arg(kindName(m_kind)));
        }
        const Resolution r = YamlScalar::resolveImplicit(m_result);
        if (r.status == Resolution::Status::ScriptError) {
            fail(r.message);
        }
        if (r.status == Resolution::Status::Resolved) {
            m_result = r.value;
            m_props.tag = YamlScalar::tagOf(r.type);
            if (m_props.hasAnchor) {
                storeAnchor(m_props.anchor, m_result, node);
            }
        }
        return;
    }
    if (m_props.tag == u"!") {
        return; // the non-specific tag: the value stays as read
    }
    YamlScalar::TypeId type;
    Kind typeKind = Kind::None;
    if (!YamlScalar::lookup(m_props.tag, m_kind, &type, &typeKind)) {
        fail(QStringLiteral("unknown tag !<%1>").arg(m_props.tag));
    }
    // Reachable when a key-less readBlockMapping hands back a tagged empty node.
    if (!m_result.isNull() && typeKind != m_kind) {
        fail(QStringLiteral("unacceptable node kind for !<%1> tag; it should be \"%2\", not \"%3\"")
                 .arg(m_props.tag, kindName(typeKind), kindName(m_kind)));
    }
    const Resolution r = YamlScalar::resolveExplicit(type, m_result);
    if (r.status == Resolution::Status::ScriptError) {
        fail(r.message);
    }
    if (r.status != Resolution::Status::Resolved) {
        fail(QStringLiteral("cannot resolve a node with !<%1> explicit tag").arg(m_props.tag));
    }
    m_result = r.value;
    if (m_props.hasAnchor) {
        storeAnchor(m_props.anchor, m_result, node);
    }
}

// ---------------------------------------------------------------------------------------
// Anchors. js-yaml stores a collection's anchor before reading it (its JS object fills in
// later) and again when the node is done; we store a placeholder marked in progress and
// settle it when the collection is complete. Transactions undo the anchors of a failed
// tryReadBlockMappingFromProperty attempt.

quint64 YamlParser::storeAnchor(const QString &name, const YamlValue &value, int node,
                                bool inProgress)
{
    if (!m_transactions.empty()) {
        const auto it = m_anchors.constFind(name);
        const bool existed = it != m_anchors.cend();
        m_anchorJournal.push_back({name, existed, existed ? *it : Anchor()});
    }
    Anchor a;
    a.value = value;
    a.node = node;
    a.serial = ++m_anchorSerial;
    a.inProgress = inProgress;
    m_anchors.insert(name, a);
    return a.serial;
}

void YamlParser::settleAnchor(const QString &name, quint64 serial, const YamlValue &value, int node,
                              bool completed)
{
    for (RecursiveAlias &r : m_recursiveAliases) {
        if (r.serial == serial) {
            if (completed) {
                r.completed = value;
            } else {
                r.abandoned = true; // js-yaml's object stays as it was, never refers to itself
            }
        }
    }
    const auto it = m_anchors.find(name);
    if (it != m_anchors.end() && it->serial == serial) {
        if (!m_transactions.empty()) {
            m_anchorJournal.push_back({name, true, *it});
        }
        it->value = value;
        it->node = node;
        it->inProgress = false;
        it->partialItems = nullptr;
        it->partialEntries = nullptr;
    }
}

void YamlParser::beginAnchorTransaction()
{
    m_transactions.push_back(m_anchorJournal.size());
}

void YamlParser::commitAnchorTransaction()
{
    // The changes stay journaled while an outer transaction may still roll them back.
    m_transactions.pop_back();
    if (m_transactions.empty()) {
        m_anchorJournal.clear();
    }
}

void YamlParser::rollbackAnchorTransaction()
{
    const size_t mark = m_transactions.back();
    m_transactions.pop_back();
    while (m_anchorJournal.size() > mark) {
        const AnchorChange &change = m_anchorJournal.back();
        if (change.existed) {
            m_anchors[change.name] = change.previous;
        } else {
            m_anchors.remove(change.name);
        }
        m_anchorJournal.pop_back();
    }
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
        n.end = std::min(n.end, m_textLength);
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
