#include "evalyaml.h"

#include "carddocument.h"
#include "yamltree.h"

#include <QCoreApplication>

namespace Cardigan {

namespace EvalYaml {

namespace {

using Kind = YamlPath::Segment::Kind;

QString tr(const char *text)
{
    return QCoreApplication::translate("Cardigan::EvalYaml", text);
}

bool present(const YamlValue *v)
{
    return v && !v->isNull() && !(v->isString() && v->toString().trimmed().isEmpty());
}

int resolved(const YamlTree &tree, int node)
{
    // Bounded: an alias always points to a node read before it.
    for (int guard = 0; node >= 0 && guard < 64; ++guard) {
        const YamlNode &n = tree.node(node);
        if (n.kind != YamlNode::Kind::Alias) {
            return node;
        }
        node = n.target;
    }
    return -1;
}

} // namespace

YamlPath child(const YamlPath &base, const QString &field)
{
    YamlPath out = base;
    if (!field.isEmpty()) {
        for (const QString &key : field.split(u'.')) {
            out = out.child({Kind::Key, key, 0});
        }
    }
    return out;
}

YamlPath path(int model, int result, int metric, const QString &field)
{
    YamlPath p({{Kind::Key, QStringLiteral("model-index"), 0}});
    if (model >= 0) {
        p = p.child({Kind::Index, QString(), model});
        if (result >= 0) {
            p = p.child({Kind::Key, QStringLiteral("results"), 0})
                    .child({Kind::Index, QString(), result});
            if (metric >= 0) {
                p = p.child({Kind::Key, QStringLiteral("metrics"), 0})
                        .child({Kind::Index, QString(), metric});
            }
        }
    }
    return child(p, field);
}

int nodeAt(const CardDocument &doc, const YamlPath &path)
{
    if (!doc.yaml().ok || doc.hasYamlError() || !doc.frontMatter().found) {
        return -1;
    }
    const YamlTree &tree = doc.yaml().tree;
    int node = resolved(tree, tree.root);
    const auto &segments = path.segments();
    for (size_t i = 0; i < segments.size(); ++i) {
        const YamlPath::Segment &s = segments[i];
        if (node < 0) {
            return -1;
        }
        const YamlNode &n = tree.node(node);
        int next = -1;
        if (s.kind == Kind::Key && n.kind == YamlNode::Kind::Mapping) {
            next = tree.valueOf(node, s.key);
        } else if (s.kind == Kind::Index && n.kind == YamlNode::Kind::Sequence &&
                   s.index < qsizetype(n.children.size())) {
            next = n.children[size_t(s.index)];
        }
        // The last step answers with the node as written, an alias included.
        node = i + 1 == segments.size() ? next : resolved(tree, next);
    }
    return node;
}

QString ownProblem(const YamlTree &tree, int node)
{
    if (node < 0) {
        return QString();
    }
    const YamlNode &n = tree.node(node);
    if (n.kind == YamlNode::Kind::Alias) {
        return tr("it is an alias (*%1) of a value written elsewhere").arg(n.text);
    }
    if (!n.anchor.isEmpty()) {
        return tr("it has an anchor (&%1) that other values may use").arg(n.anchor);
    }
    if (!n.tag.isEmpty()) {
        return tr("it has a tag (%1)").arg(n.tag);
    }
    return QString();
}

QString subtreeProblem(const YamlTree &tree, int node)
{
    if (node < 0) {
        return QString();
    }
    if (const QString p = ownProblem(tree, node); !p.isEmpty()) {
        return p;
    }
    const YamlNode &n = tree.node(node);
    for (size_t i = 0; i < n.children.size(); ++i) {
        if (n.kind == YamlNode::Kind::Mapping && i % 2 == 0) {
            const YamlNode &k = tree.node(n.children[i]);
            if (k.kind == YamlNode::Kind::Scalar && k.text == QLatin1String("<<") &&
                k.style == YamlStyle::Plain) {
                return tr("it uses a merge key (<<)");
            }
            if (k.kind != YamlNode::Kind::Scalar) {
                return tr("it has a key that is not a plain value");
            }
        }
        if (const QString p = subtreeProblem(tree, n.children[i]); !p.isEmpty()) {
            return p;
        }
    }
    return QString();
}

QString pathProblem(const CardDocument &doc, const YamlPath &path)
{
    const YamlTree &tree = doc.yaml().tree;
    for (qsizetype i = 1; i <= path.size(); ++i) {
        std::vector<YamlPath::Segment> head(path.segments().begin(), path.segments().begin() + i);
        const int node = nodeAt(doc, YamlPath(head));
        if (node < 0) {
            return QString();
        }
        if (const QString p = ownProblem(tree, node); !p.isEmpty()) {
            return p;
        }
        if (tree.node(node).kind == YamlNode::Kind::Alias) {
            return QString();
        }
    }
    return QString();
}

int lineOf(const CardDocument &doc, int node)
{
    const qsizetype start = node >= 0 ? doc.yaml().tree.node(node).start : 0;
    return doc.locationOf(doc.frontMatter().yamlStart + start).line;
}

int lineOf(const CardDocument &doc, const YamlPath &path)
{
    for (YamlPath p = path; !p.isEmpty(); p = p.parent()) {
        const int node = nodeAt(doc, p);
        if (node >= 0) {
            return lineOf(doc, node);
        }
    }
    return lineOf(doc, -1);
}

QString displayText(const CardDocument &doc, const YamlPath &path, const YamlValue &value)
{
    switch (value.type()) {
    case YamlValue::Type::Null:
        return QString();
    case YamlValue::Type::String:
        return value.toString();
    case YamlValue::Type::Number: {
        const int node = nodeAt(doc, path);
        if (node >= 0) {
            const YamlNode &n = doc.yaml().tree.node(node);
            if (n.kind == YamlNode::Kind::Scalar && n.style == YamlStyle::Plain) {
                return n.text;
            }
        }
        break;
    }
    default:
        break;
    }
    return QString::fromUtf8(value.toJson()).simplified();
}

QString typeName(const YamlValue &v)
{
    switch (v.type()) {
    case YamlValue::Type::Null:
        return tr("empty");
    case YamlValue::Type::Bool:
        return tr("a boolean");
    case YamlValue::Type::Number:
        return tr("a number");
    case YamlValue::Type::String:
        return tr("a string");
    case YamlValue::Type::Timestamp:
        return tr("a date");
    case YamlValue::Type::Sequence:
        return tr("a list");
    case YamlValue::Type::Mapping:
        return tr("a mapping");
    }
    return QString();
}

const YamlValue *find(const YamlValue &value, const QString &field)
{
    const YamlValue *v = &value;
    for (const QString &key : field.split(u'.')) {
        if (!v->isMapping()) {
            return nullptr;
        }
        v = v->find(key);
        if (!v) {
            return nullptr;
        }
    }
    return v;
}

QStringList missingInResult(const YamlValue &result)
{
    QStringList out;
    for (const char *field : {"task.type", "dataset.type", "dataset.name"}) {
        if (!present(find(result, QLatin1String(field)))) {
            out << QLatin1String(field);
        }
    }
    const YamlValue *metrics = find(result, QStringLiteral("metrics"));
    if (!metrics || !metrics->isSequence() || metrics->items().empty()) {
        out << QStringLiteral("metrics");
    }
    return out;
}

QStringList missingInMetric(const YamlValue &metric)
{
    QStringList out;
    for (const char *field : {"type", "value"}) {
        if (!present(find(metric, QLatin1String(field)))) {
            out << QLatin1String(field);
        }
    }
    return out;
}

} // namespace EvalYaml

} // namespace Cardigan
