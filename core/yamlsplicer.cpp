#include "yamlsplicer.h"

#include "blockscalar.h"
#include "tr.h"
#include "yaml11.h"

#include <QRegularExpression>

namespace Cardigan {

namespace {

const QStringList &hubOrder()
{
    static const QStringList order = {
        QStringLiteral("language"),
        QStringLiteral("license"),
        QStringLiteral("license_name"),
        QStringLiteral("license_link"),
        QStringLiteral("library_name"),
        QStringLiteral("pipeline_tag"),
        QStringLiteral("tags"),
        QStringLiteral("datasets"),
        QStringLiteral("metrics"),
        QStringLiteral("base_model"),
        QStringLiteral("base_model_relation"),
        QStringLiteral("new_version"),
        QStringLiteral("thumbnail"),
        QStringLiteral("inference"),
        QStringLiteral("co2_eq_emissions"),
        QStringLiteral("gated"),
        QStringLiteral("extra_gated_prompt"),
        QStringLiteral("extra_gated_heading"),
        QStringLiteral("extra_gated_description"),
        QStringLiteral("extra_gated_button_content"),
        QStringLiteral("extra_gated_fields"),
        QStringLiteral("extra_gated_eu_disallowed"),
        QStringLiteral("instance_prompt"),
        QString(), // unknown keys
        QStringLiteral("widget"),
        QStringLiteral("model-index"),
    };
    return order;
}

bool isBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

QString describe(const YamlValue &v)
{
    switch (v.type()) {
    case YamlValue::Type::Sequence:
        return Tr::tr("a list");
    case YamlValue::Type::Mapping:
        return Tr::tr("a mapping");
    case YamlValue::Type::String:
        return Tr::tr("a string");
    case YamlValue::Type::Number:
        return Tr::tr("a number");
    case YamlValue::Type::Bool:
        return Tr::tr("a boolean");
    case YamlValue::Type::Timestamp:
        return Tr::tr("a date");
    case YamlValue::Type::Null:
        return Tr::tr("null");
    }
    return QString();
}

} // namespace

int hubKeyRank(const QString &key)
{
    const qsizetype i = hubOrder().indexOf(key);
    return int(i >= 0 ? i : hubOrder().indexOf(QString()));
}

YamlSplicer::YamlSplicer(const QString &card, const FrontMatter &fm, const YamlReadResult &yaml)
    : m_card(card)
    , m_fm(fm)
    , m_yaml(yaml)
{
    if (fm.found && yaml.ok) {
        m_writer = YamlWriter(YamlStyleGuide::detect(yaml.tree, fm.yaml(card)));
    }
    const qsizetype eol = card.indexOf(QRegularExpression(QStringLiteral("[\r\n]")));
    m_defaultEol = eol < 0 ? QStringLiteral("\n") : terminatorAt(eol);
}

SpliceResult YamlSplicer::refuse(const QString &why)
{
    SpliceResult r;
    r.status = SpliceResult::Status::Refused;
    r.reason = why;
    return r;
}

SpliceResult YamlSplicer::ok(qsizetype start, qsizetype end, const QString &text) const
{
    SpliceResult r;
    r.status = QStringView(m_card).mid(start, end - start) == text ? SpliceResult::Status::Unchanged
                                                                   : SpliceResult::Status::Ok;
    r.splice = {start, end, text};
    return r;
}

qsizetype YamlSplicer::lineStart(qsizetype pos) const
{
    while (pos > 0 && !isBreak(m_card.at(pos - 1))) {
        --pos;
    }
    return pos;
}

qsizetype YamlSplicer::lineEnd(qsizetype pos) const
{
    while (pos < m_card.size() && !isBreak(m_card.at(pos))) {
        ++pos;
    }
    return pos;
}

QString YamlSplicer::terminatorAt(qsizetype pos) const
{
    if (pos < m_card.size() && m_card.at(pos) == u'\r') {
        return pos + 1 < m_card.size() && m_card.at(pos + 1) == u'\n' ? QStringLiteral("\r\n")
                                                                      : QStringLiteral("\r");
    }
    if (pos < m_card.size() && m_card.at(pos) == u'\n') {
        return QStringLiteral("\n");
    }
    return m_defaultEol;
}

QString YamlSplicer::terminatorBefore(qsizetype pos) const
{
    if (pos >= 2 && m_card.at(pos - 2) == u'\r' && m_card.at(pos - 1) == u'\n') {
        return QStringLiteral("\r\n");
    }
    if (pos >= 1 && isBreak(m_card.at(pos - 1))) {
        return QString(m_card.at(pos - 1));
    }
    return m_defaultEol;
}

bool YamlSplicer::firstOnLine(qsizetype pos) const
{
    for (qsizetype i = lineStart(pos); i < pos; ++i) {
        if (!isBlank(m_card.at(i))) {
            return false;
        }
    }
    return true;
}

bool YamlSplicer::inFlow(int node) const
{
    for (int p = m_yaml.tree.node(node).parent; p >= 0; p = m_yaml.tree.node(p).parent) {
        const YamlStyle s = m_yaml.tree.node(p).style;
        if (s == YamlStyle::FlowMapping || s == YamlStyle::FlowSequence) {
            return true;
        }
    }
    return false;
}

// The ':' of a mapping value or the '-' of a block sequence item, as a card offset.
qsizetype YamlSplicer::indicatorBefore(int node, QChar indicator) const
{
    const YamlTree &tree = m_yaml.tree;
    const YamlNode &n = tree.node(node);
    if (n.parent < 0) {
        return -1;
    }
    const YamlNode &p = tree.node(n.parent);
    if (indicator == u':') {
        size_t i = 1;
        while (i < p.children.size() && p.children[i] != node) {
            i += 2;
        }
        if (i >= p.children.size()) {
            return -1;
        }
        qsizetype pos = abs(tree.node(p.children[i - 1]).end);
        while (pos < m_card.size()) {
            const QChar c = m_card.at(pos);
            if (c == u':') {
                return pos;
            }
            if (c == u'#') {
                pos = lineEnd(pos);
            } else if (isBlank(c) || isBreak(c)) {
                ++pos;
            } else {
                return -1;
            }
        }
        return -1;
    }
    qsizetype pos = abs(n.start) - 1;
    while (pos >= m_fm.yamlStart && (isBlank(m_card.at(pos)) || isBreak(m_card.at(pos)))) {
        --pos;
    }
    return pos >= m_fm.yamlStart && m_card.at(pos) == u'-' ? pos : -1;
}

YamlSplicer::Walk YamlSplicer::walk(const YamlPath &path) const
{
    const YamlTree &tree = m_yaml.tree;
    Walk w;
    w.node = tree.root;
    while (w.depth < path.size()) {
        const YamlNode &n = tree.node(w.node);
        const YamlPath::Segment &seg = path.at(w.depth);
        const QString here =
            YamlPath(std::vector<YamlPath::Segment>(path.segments().begin(),
                                                    path.segments().begin() + w.depth + 1))
                .toString();
        if (n.kind == YamlNode::Kind::Alias) {
            w.error =
                Tr::tr("%1 goes through an alias (*%2): edit it in the source").arg(here, n.text);
            return w;
        }
        if (seg.kind == YamlPath::Segment::Kind::Key) {
            if (n.kind != YamlNode::Kind::Mapping) {
                return w;
            }
            bool found = false;
            for (size_t i = 0; i + 1 < n.children.size(); i += 2) {
                if (yamlKeyString(tree.node(n.children[i]).value) == seg.key) {
                    w.node = n.children[i + 1];
                    found = true;
                    break;
                }
            }
            if (!found) {
                if (n.value.find(seg.key)) {
                    w.error =
                        Tr::tr("%1 comes from a merge key (<<): edit it in the source").arg(here);
                }
                return w;
            }
        } else {
            if (n.kind != YamlNode::Kind::Sequence || seg.kind != YamlPath::Segment::Kind::Index ||
                seg.index >= qsizetype(n.children.size())) {
                return w;
            }
            w.node = n.children[size_t(seg.index)];
        }
        ++w.depth;
    }
    return w;
}

SpliceResult YamlSplicer::set(const YamlPath &path, const YamlValue &value,
                              const QString &sourceText) const
{
    if (path.isEmpty()) {
        return refuse(Tr::tr("no path given"));
    }
    QString error;
    if (!m_fm.found || (m_yaml.ok && m_yaml.tree.root < 0)) {
        const auto root = yamlWithValue(YamlValue(), path, value, &error);
        return root ? createBlock(*root) : refuse(error);
    }
    if (!m_yaml.ok) {
        return refuse(Tr::tr("the metadata has a YAML error (%1): fix it in the source first")
                          .arg(m_yaml.error.reason));
    }
    const Walk w = walk(path);
    if (!w.error.isEmpty()) {
        return refuse(w.error);
    }
    if (w.depth == path.size()) {
        return replaceNode(w.node, value, sourceText);
    }
    const YamlNode &n = m_yaml.tree.node(w.node);
    const YamlPath::Segment &seg = path.at(w.depth);
    const YamlPath rest(std::vector<YamlPath::Segment>(path.segments().begin() + w.depth + 1,
                                                       path.segments().end()));
    const QString here = YamlPath(std::vector<YamlPath::Segment>(path.segments().begin(),
                                                                 path.segments().begin() + w.depth))
                             .toString();
    if (seg.kind == YamlPath::Segment::Kind::Key && n.kind == YamlNode::Kind::Mapping) {
        const auto v = yamlWithValue(YamlValue(), rest, value, &error);
        return v ? addKey(w.node, seg.key, *v) : refuse(error);
    }
    if (seg.kind != YamlPath::Segment::Kind::Key && n.kind == YamlNode::Kind::Sequence) {
        const qsizetype size = qsizetype(n.children.size());
        if (seg.kind == YamlPath::Segment::Kind::Index && seg.index > size) {
            return refuse(Tr::tr("%1 has %n item(s); index %2 is past the end", nullptr, int(size))
                              .arg(here)
                              .arg(seg.index));
        }
        const auto v = yamlWithValue(YamlValue(), rest, value, &error);
        return v ? appendItem(w.node, *v) : refuse(error);
    }
    if (n.value.isNull()) {
        const YamlPath remaining(std::vector<YamlPath::Segment>(path.segments().begin() + w.depth,
                                                                path.segments().end()));
        const auto v = yamlWithValue(YamlValue(), remaining, value, &error);
        return v ? replaceNode(w.node, *v, QString()) : refuse(error);
    }
    return refuse(Tr::tr("%1 is %2, not %3")
                      .arg(here.isEmpty() ? Tr::tr("the metadata") : here, describe(n.value),
                           seg.kind == YamlPath::Segment::Kind::Key ? Tr::tr("a mapping")
                                                                    : Tr::tr("a list")));
}

QString YamlSplicer::inlineText(const YamlValue &v, bool flow, int oldNode,
                                const QString &sourceText) const
{
    if (v.isSequence() || v.isMapping()) {
        return m_writer.flow(v);
    }
    const YamlStyle old = oldNode >= 0 ? m_yaml.tree.node(oldNode).style : YamlStyle::Empty;
    if (v.isString()) {
        // An edited value keeps its quotes: `license: "mit"` stays double-quoted.
        if (old == YamlStyle::SingleQuoted || old == YamlStyle::DoubleQuoted) {
            const QString s = v.toString();
            const QString single = YamlWriter::singleQuoted(s);
            if (old == YamlStyle::SingleQuoted && m_writer.scalar(v, flow, u'\'') == single) {
                return single;
            }
            if (old == YamlStyle::SingleQuoted && YamlWriter::isPlainSafe(s, flow)) {
                return single;
            }
            return YamlWriter::doubleQuoted(s);
        }
        return m_writer.scalar(v, flow);
    }
    if (!sourceText.isEmpty()) {
        const auto asYaml11 = Yaml11::construct(sourceText);
        if (asYaml11 && *asYaml11 == v) {
            return sourceText;
        }
    }
    return m_writer.scalar(v, flow);
}

SpliceResult YamlSplicer::replaceNode(int node, const YamlValue &value,
                                      const QString &sourceText) const
{
    const YamlTree &tree = m_yaml.tree;
    const YamlNode &n = tree.node(node);
    if (!n.anchor.isEmpty()) {
        return refuse(Tr::tr("the value is anchored (&%1) and may be used elsewhere: edit it in "
                             "the source")
                          .arg(n.anchor));
    }
    const qsizetype start = abs(n.start);
    const qsizetype end = abs(n.end);
    if (value.isString() && value.toString().contains(u'\n') &&
        (n.style == YamlStyle::Literal || n.style == YamlStyle::Folded)) {
        // An edited multi-line text keeps its block style, or is refused with the reason;
        // a text of one line is written as one.
        QString why;
        const qsizetype header = abs(n.contentStart);
        const auto text = BlockScalar::rewrite(m_card, header, end, value.toString(),
                                               terminatorAt(lineEnd(header)), &why);
        return text ? ok(header, end, *text) : refuse(why + Tr::tr(": edit it in the source"));
    }
    if (inFlow(node)) {
        return ok(start, end, inlineText(value, true, node, sourceText));
    }
    const int parent = n.parent;
    const bool inSequence = parent >= 0 && tree.node(parent).kind == YamlNode::Kind::Sequence;
    const qsizetype indicator = parent < 0 ? -1 : indicatorBefore(node, inSequence ? u'-' : u':');
    if (parent >= 0 && indicator < 0) {
        return refuse(Tr::tr("this value is written in a way Cardigan cannot edit safely: edit "
                             "it in the source"));
    }
    const bool wasFlow = n.style == YamlStyle::FlowMapping || n.style == YamlStyle::FlowSequence;
    const bool oneLine =
        m_writer.isInline(value) || (wasFlow && (value.isMapping() || value.isSequence()));
    if (oneLine) {
        const QString text = inlineText(value, false, node, sourceText);
        if (parent < 0) {
            return ok(start, end, text);
        }
        if (n.style == YamlStyle::Empty) {
            return ok(start, end, u' ' + text);
        }
        if (lineStart(start) == lineStart(indicator)) {
            return ok(start, end, text);
        }
        // The old value began on a later line: keep a comment on the indicator's line.
        const QString comment =
            m_card.mid(indicator + 1, lineEnd(indicator) - indicator - 1).trimmed();
        return ok(indicator + 1, end,
                  u' ' + text + (comment.startsWith(u'#') ? u' ' + comment : QString()));
    }
    const QString eol = terminatorAt(lineEnd(parent < 0 ? start : indicator));
    if (parent < 0) {
        return ok(start, end, m_writer.block(value, 0).join(eol));
    }
    if (inSequence) {
        const int col = column(indicator);
        return ok(indicator, end, m_writer.item(value, col).join(eol).mid(col));
    }
    // A mapping value: reuse the old collection's column when it was a block of its own.
    const bool sameShape = (n.style == YamlStyle::BlockMapping && value.isMapping()) ||
                           (n.style == YamlStyle::BlockSequence && value.isSequence());
    int col = 0;
    if (sameShape && lineStart(start) != lineStart(indicator)) {
        col = column(abs(n.contentStart));
    } else {
        // The key of this value: the child before it in its parent.
        const YamlNode &p = tree.node(parent);
        int keyNode = -1;
        for (size_t i = 1; i < p.children.size(); i += 2) {
            if (p.children[i] == node) {
                keyNode = p.children[i - 1];
            }
        }
        const int kc = keyNode >= 0 ? column(abs(tree.node(keyNode).start)) : 0;
        col = kc +
              (value.isMapping() ? m_writer.guide().indentStep : m_writer.guide().sequenceIndent);
    }
    QString comment;
    if (lineStart(start) != lineStart(indicator)) {
        const QString c = m_card.mid(indicator + 1, lineEnd(indicator) - indicator - 1).trimmed();
        if (c.startsWith(u'#')) {
            comment = u' ' + c;
        }
    }
    return ok(indicator + 1, end, comment + eol + m_writer.block(value, col).join(eol));
}

SpliceResult YamlSplicer::addKey(int mapping, const QString &key, const YamlValue &value) const
{
    const YamlTree &tree = m_yaml.tree;
    const YamlNode &m = tree.node(mapping);
    if (m.style == YamlStyle::FlowMapping && m.parent < 0 && m.children.empty()) {
        // "{}" left by removing the last key: the block becomes a block mapping again.
        const QString eol = terminatorAt(lineEnd(abs(m.end)));
        return ok(abs(m.start), abs(m.end),
                  m_writer.block(YamlValue::mapping({{key, value}}), 0).join(eol));
    }
    if (m.style == YamlStyle::FlowMapping) {
        return addToFlow(mapping, m_writer.scalar(YamlValue::string(key), true) +
                                      QLatin1String(": ") + m_writer.flow(value));
    }
    if (m.style != YamlStyle::BlockMapping || m.children.empty()) {
        return refuse(Tr::tr("this mapping is written in a way Cardigan cannot extend safely: "
                             "edit it in the source"));
    }
    const int col = column(abs(tree.node(m.children[0]).start));
    const QStringList lines = m_writer.entry(key, value, col);

    // At the top level, follow the Hub's usual order when the block already does.
    int before = -1;                        // key node to insert before
    int after = int(m.children.size()) - 2; // index of the key whose entry we follow
    if (m.parent < 0) {
        std::vector<int> ranks;
        bool ordered = true;
        const int unknown = hubKeyRank(QString());
        for (size_t i = 0; i < m.children.size(); i += 2) {
            const int r = hubKeyRank(yamlKeyString(tree.node(m.children[i]).value));
            if (r != unknown) {
                ordered = ordered && (ranks.empty() || ranks.back() <= r);
                ranks.push_back(r);
            }
        }
        const int rank = hubKeyRank(key);
        if (ordered && rank == unknown) {
            for (size_t i = 0; i < m.children.size(); i += 2) {
                if (hubKeyRank(yamlKeyString(tree.node(m.children[i]).value)) > unknown) {
                    before = m.children[i];
                    break;
                }
            }
        } else if (ordered) {
            after = -1;
            for (size_t i = 0; i < m.children.size(); i += 2) {
                const int r = hubKeyRank(yamlKeyString(tree.node(m.children[i]).value));
                if (r != unknown && r <= rank) {
                    after = int(i);
                }
            }
            if (after < 0) {
                before = m.children[0];
            }
        }
    }
    if (before >= 0) {
        qsizetype pos = lineStart(abs(tree.node(before).start));
        // Comment lines right above a key belong to it: go above them.
        while (pos > m_fm.yamlStart) {
            const qsizetype prev = lineStart(pos - terminatorBefore(pos).size());
            const QString line = m_card.mid(prev, pos - prev).trimmed();
            if (!line.startsWith(u'#') || column(prev + m_card.mid(prev).indexOf(u'#')) != col) {
                break;
            }
            pos = prev;
        }
        const QString eol = terminatorBefore(pos);
        return ok(pos, pos, lines.join(eol) + eol);
    }
    const qsizetype pos = lineEnd(abs(tree.node(m.children[size_t(after) + 1]).end));
    const QString eol = terminatorAt(pos);
    return ok(pos, pos, eol + lines.join(eol));
}

// A new last entry of [a, b] or {a: 1}, right after the last one or the bracket.
SpliceResult YamlSplicer::addToFlow(int collection, const QString &text) const
{
    const YamlNode &c = m_yaml.tree.node(collection);
    if (c.children.empty()) {
        const qsizetype bracket = abs(c.contentStart);
        return ok(bracket + 1, bracket + 1, text);
    }
    const qsizetype after = abs(m_yaml.tree.node(c.children.back()).end);
    return ok(after, after, QLatin1String(", ") + text);
}

SpliceResult YamlSplicer::appendItem(int sequence, const YamlValue &value) const
{
    const YamlTree &tree = m_yaml.tree;
    const YamlNode &s = tree.node(sequence);
    if (s.style == YamlStyle::FlowSequence) {
        return addToFlow(sequence, m_writer.flow(value));
    }
    if (s.style != YamlStyle::BlockSequence || s.children.empty()) {
        return refuse(Tr::tr("this list is written in a way Cardigan cannot extend safely: edit "
                             "it in the source"));
    }
    const qsizetype dash = indicatorBefore(s.children[0], u'-');
    if (dash < 0) {
        return refuse(Tr::tr("this list is written in a way Cardigan cannot extend safely: edit "
                             "it in the source"));
    }
    const QStringList lines = m_writer.item(value, column(dash));
    const qsizetype pos = lineEnd(abs(tree.node(s.children.back()).end));
    const QString eol = terminatorAt(pos);
    return ok(pos, pos, eol + lines.join(eol));
}

SpliceResult YamlSplicer::createBlock(const YamlValue &root) const
{
    if (!m_fm.found) {
        if (m_defaultEol == QLatin1String("\r")) {
            return refuse(Tr::tr("this card ends its lines with CR alone, and the Hub finds no "
                                 "metadata in such a file: change its line endings to LF or "
                                 "CRLF first"));
        }
        const QString eol = m_defaultEol;
        const QString text = QLatin1String("---") + eol + m_writer.block(root, 0).join(eol) + eol +
                             QLatin1String("---") + eol;
        return ok(0, 0, text);
    }
    // An empty block, or one with only comments.
    const QString eol = terminatorAt(m_fm.yamlEnd);
    const QString lines = m_writer.block(root, 0).join(eol);
    if (m_fm.yamlLength() == 0 && m_fm.yamlStart > m_fm.openStart + 3) {
        return ok(m_fm.yamlStart, m_fm.yamlStart, lines);
    }
    return ok(m_fm.yamlEnd, m_fm.yamlEnd, eol + lines);
}

} // namespace Cardigan
