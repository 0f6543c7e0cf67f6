#include "widgetexamplemodel.h"

#include "examplevalues.h"
#include "yamltree.h"

#include <QFont>
#include <QHash>

#include <algorithm>
#include <functional>

namespace Cardigan {

using namespace ExampleValues;

namespace {

const QString Widget = QStringLiteral("widget");
const QString Other = QStringLiteral("…");

} // namespace

bool WidgetExampleModel::isOurs(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.row() < rowCount() &&
           index.column() < columnCount();
}

QString WidgetExampleModel::otherKey()
{
    return Other;
}

WidgetExampleModel::WidgetExampleModel(CardDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &CardDocument::metadataChanged, this, &WidgetExampleModel::refresh);
    refresh();
}

int WidgetExampleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int WidgetExampleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString WidgetExampleModel::key(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column) : QString();
}

int WidgetExampleModel::columnOf(const QString &key) const
{
    return int(m_columns.indexOf(key));
}

YamlValue WidgetExampleModel::entry(int row) const
{
    return row >= 0 && size_t(row) < m_entries.size() ? m_entries[size_t(row)] : YamlValue();
}

YamlValue WidgetExampleModel::value(int row, const QString &key) const
{
    const YamlValue e = entry(row);
    const YamlValue *v = e.isMapping() ? e.find(key) : nullptr;
    return v ? *v : YamlValue();
}

bool WidgetExampleModel::hasValue(int row, const QString &key) const
{
    const YamlValue e = entry(row);
    return e.isMapping() && e.find(key);
}

WidgetExampleModel::Kind WidgetExampleModel::kind(const QModelIndex &index) const
{
    const QString k = key(index.column());
    if (k == Other) {
        return Kind::Other;
    }
    if (k == QLatin1String("multi_class")) {
        return Kind::Bool;
    }
    if (k == QLatin1String("sentences")) {
        return Kind::List;
    }
    if (k == QLatin1String("candidate_labels")) {
        return value(index.row(), k).isSequence() ? Kind::List : Kind::Text;
    }
    if (k == QLatin1String("table") || k == QLatin1String("structured_data")) {
        return Kind::Table;
    }
    if (k == QLatin1String("messages")) {
        return Kind::Messages;
    }
    if (k == QLatin1String("output")) {
        return Kind::Output;
    }
    return Kind::Text;
}

QVariant WidgetExampleModel::data(const QModelIndex &index, int role) const
{
    if (!isOurs(index)) {
        return {};
    }
    const int row = index.row();
    const QString k = key(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        const YamlValue e = entry(row);
        if (!e.isMapping()) {
            return index.column() == 0 ? oneLine(scalarText(e)) : QString();
        }
        if (k == Other) {
            QStringList others;
            for (const YamlValue::Entry &kv : e.entries()) {
                if (!inputKeys().contains(kv.first) && !commonKeys().contains(kv.first)) {
                    others << kv.first;
                }
            }
            return others.join(QStringLiteral(", "));
        }
        return displayText(value(row, k), k);
    }
    case Qt::EditRole: {
        const YamlValue v = value(row, k);
        if (kind(index) == Kind::Bool) {
            return v.type() == YamlValue::Type::Bool ? QVariant(v.toBool()) : QVariant();
        }
        return kind(index) == Kind::Text ? QVariant(scalarText(v)) : QVariant();
    }
    case Qt::ToolTipRole: {
        const QString p = problem(row, index.column());
        if (!p.isEmpty()) {
            return tr("Read-only here: %1. Edit it in the source.").arg(p);
        }
        const YamlValue v = value(row, k);
        return v.isString() ? v.toString() : QVariant();
    }
    case Qt::FontRole: {
        // Read-only values look it, beside the tooltip that says why.
        if (problem(row, index.column()).isEmpty()) {
            return {};
        }
        QFont font;
        font.setItalic(true);
        return font;
    }
    case ProblemRole:
        return problem(row, index.column());
    case LineRole:
        return lineOf(row, index.column());
    case KeyRole:
        return k;
    default:
        return {};
    }
}

QVariant WidgetExampleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    }
    const QString k = key(section);
    if (role == Qt::ToolTipRole) {
        return k == Other ? tr("Keys the table has no column for") : k;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    static const QHash<QString, const char *> names = {
        {QStringLiteral("text"), QT_TR_NOOP("Text")},
        {QStringLiteral("src"), QT_TR_NOOP("File (src)")},
        {QStringLiteral("prompt"), QT_TR_NOOP("Prompt")},
        {QStringLiteral("context"), QT_TR_NOOP("Context")},
        {QStringLiteral("candidate_labels"), QT_TR_NOOP("Candidate labels")},
        {QStringLiteral("multi_class"), QT_TR_NOOP("Multi-class")},
        {QStringLiteral("source_sentence"), QT_TR_NOOP("Source sentence")},
        {QStringLiteral("sentences"), QT_TR_NOOP("Sentences")},
        {QStringLiteral("table"), QT_TR_NOOP("Table")},
        {QStringLiteral("structured_data"), QT_TR_NOOP("Structured data")},
        {QStringLiteral("messages"), QT_TR_NOOP("Messages")},
        {QStringLiteral("example_title"), QT_TR_NOOP("Title")},
        {QStringLiteral("group"), QT_TR_NOOP("Group")},
        {QStringLiteral("output"), QT_TR_NOOP("Output")},
        {Other, QT_TR_NOOP("Other keys")},
    };
    const auto it = names.find(k);
    return it == names.end() ? QVariant(k) : QVariant(tr(it.value()));
}

Qt::ItemFlags WidgetExampleModel::flags(const QModelIndex &index) const
{
    if (!isOurs(index)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Kind k = kind(index);
    if ((k == Kind::Text || k == Kind::Bool) && problem(index.row(), index.column()).isEmpty()) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool WidgetExampleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isOurs(index) || !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    const int row = index.row();
    const QString k = key(index.column());
    if (kind(index) == Kind::Bool) {
        if (!value.isValid()) {
            return !hasValue(row, k) || unsetValue(row, k).ok;
        }
        return setValue(row, k, YamlValue::boolean(value.toBool())).ok;
    }
    const QString text = value.toString();
    if (text.isEmpty()) {
        return !hasValue(row, k) || unsetValue(row, k).ok;
    }
    if (hasValue(row, k) && this->value(row, k).isString() &&
        this->value(row, k).toString() == text) {
        return true;
    }
    return setValue(row, k, YamlValue::string(text)).ok;
}

QString WidgetExampleModel::displayText(const YamlValue &v, const QString &key) const
{
    if (v.isNull()) {
        return QString();
    }
    if (key == QLatin1String("output") && isOutput(v)) {
        if (v.isSequence()) {
            QStringList parts;
            for (const YamlValue &i : v.items()) {
                parts << i.find(QStringLiteral("label"))->toString() + u' ' + score(i);
            }
            return oneLine(parts.join(QStringLiteral(", ")));
        }
        if (const YamlValue *a = v.find(QStringLiteral("answer"))) {
            return oneLine(tr("%1 (score %2)").arg(a->toString(), score(v)));
        }
        if (const YamlValue *t = v.find(QStringLiteral("text"))) {
            return oneLine(t->toString());
        }
        return oneLine(v.find(QStringLiteral("url"))->toString());
    }
    if (isTable(v) && !v.entries().empty()) {
        size_t rows = 0;
        for (const YamlValue::Entry &e : v.entries()) {
            rows = std::max(rows, e.second.items().size());
        }
        const int columns = int(v.entries().size());
        return tr("%1 × %2: %3")
            .arg(columns == 1 ? tr("1 column") : tr("%1 columns").arg(columns),
                 rows == 1 ? tr("1 row") : tr("%1 rows").arg(rows), [&v] {
                     QStringList cols;
                     for (const YamlValue::Entry &e : v.entries()) {
                         cols << e.first;
                     }
                     return oneLine(cols.join(QStringLiteral(", ")));
                 }());
    }
    if (isMessages(v)) {
        QStringList parts;
        for (const YamlValue &m : v.items()) {
            parts << m.find(QStringLiteral("role"))->toString() + QStringLiteral(": ") +
                         m.find(QStringLiteral("content"))->toString();
        }
        return oneLine(parts.join(QStringLiteral(" | ")));
    }
    if (isStringList(v)) {
        QStringList parts;
        for (const YamlValue &i : v.items()) {
            parts << i.toString();
        }
        return oneLine(parts.join(QStringLiteral("; ")));
    }
    return oneLine(scalarText(v));
}

int WidgetExampleModel::widgetNode() const
{
    const YamlTree &tree = m_document->yaml().tree;
    return m_document->yaml().ok ? tree.valueOf(tree.root, Widget) : -1;
}

WidgetExampleModel::Where WidgetExampleModel::where(int row, const QString &key) const
{
    Where w;
    const int list = widgetNode();
    const YamlTree &tree = m_document->yaml().tree;
    if (list < 0 || tree.node(list).kind != YamlNode::Kind::Sequence ||
        row >= int(tree.node(list).children.size()) || row < 0) {
        return w;
    }
    w.entryNode = tree.node(list).children[size_t(row)];
    const YamlNode &e = tree.node(w.entryNode);
    if (e.kind != YamlNode::Kind::Mapping || key.isEmpty()) {
        return w;
    }
    w.valueNode = tree.valueOf(w.entryNode, key, &w.keyNode);
    return w;
}

int WidgetExampleModel::lineOfNode(int node) const
{
    const qsizetype start = node >= 0 ? m_document->yaml().tree.node(node).start : 0;
    return m_document->locationOf(m_document->frontMatter().yamlStart + start).line;
}

int WidgetExampleModel::listLine() const
{
    const int node = widgetNode();
    if (node >= 0) {
        // The `widget:` key's line: the node before the value in the root mapping.
        const YamlTree &tree = m_document->yaml().tree;
        const std::vector<int> &kids = tree.node(tree.root).children;
        const auto it = std::find(kids.begin(), kids.end(), node);
        return lineOfNode(it != kids.begin() && it != kids.end() ? *(it - 1) : node);
    }
    return lineOfNode(-1);
}

int WidgetExampleModel::lineOf(int row, int column) const
{
    const Where w = where(row, key(column));
    if (w.keyNode >= 0) {
        return lineOfNode(w.keyNode);
    }
    return w.entryNode >= 0 ? lineOfNode(w.entryNode) : listLine();
}

QString WidgetExampleModel::listProblem() const
{
    if (m_document->hasYamlError()) {
        return tr("the YAML does not parse");
    }
    const YamlValue meta = m_document->metadata();
    if (!meta.isNull() && !meta.isMapping()) {
        return tr("the metadata is %1, not a mapping").arg(typeName(meta));
    }
    const YamlValue *widget = meta.isMapping() ? meta.find(Widget) : nullptr;
    if (!widget) {
        return QString();
    }
    const int node = widgetNode();
    if (node < 0) {
        return tr("`widget` comes from a merge key (<<)");
    }
    const YamlNode &n = m_document->yaml().tree.node(node);
    if (n.kind == YamlNode::Kind::Alias) {
        return tr("`widget` is an alias (*%1)").arg(n.text);
    }
    if (!n.anchor.isEmpty()) {
        return tr("`widget` has an anchor (&%1) that other values may use").arg(n.anchor);
    }
    if (!n.tag.isEmpty()) {
        return tr("`widget` has a tag (%1)").arg(n.tag);
    }
    if (!widget->isNull() && !widget->isSequence()) {
        return tr("`widget` is %1, not a list").arg(typeName(*widget));
    }
    return QString();
}

QString WidgetExampleModel::problem(int row, int column) const
{
    if (const QString p = listProblem(); !p.isEmpty()) {
        return p;
    }
    const QString k = key(column);
    const Where w = where(row, k);
    const YamlTree &tree = m_document->yaml().tree;
    // Anything inside a value that an edit could break: aliases, anchors, tags.
    std::function<QString(int)> nodeProblem = [&](int n) -> QString {
        const YamlNode &yn = tree.node(n);
        if (yn.kind == YamlNode::Kind::Alias) {
            return tr("it holds an alias (*%1)").arg(yn.text);
        }
        if (!yn.anchor.isEmpty()) {
            return tr("it has an anchor (&%1) that other values may use").arg(yn.anchor);
        }
        if (!yn.tag.isEmpty()) {
            return tr("it has a tag (%1)").arg(yn.tag);
        }
        for (int child : yn.children) {
            if (QString p = nodeProblem(child); !p.isEmpty()) {
                return p;
            }
        }
        return QString();
    };
    if (w.entryNode < 0) {
        return tr("the example has no text of its own");
    }
    const YamlNode &en = tree.node(w.entryNode);
    if (en.kind == YamlNode::Kind::Alias) {
        return tr("the example is an alias (*%1)").arg(en.text);
    }
    if (!en.anchor.isEmpty() || !en.tag.isEmpty()) {
        return tr("the example has an anchor or a tag");
    }
    const YamlValue e = entry(row);
    if (!e.isMapping()) {
        return tr("the example is %1, not a mapping").arg(typeName(e));
    }
    if (k == Other) {
        return tr("keys without a column are edited in the source");
    }
    const YamlValue *v = e.find(k);
    if (!v) {
        return QString();
    }
    if (w.valueNode < 0) {
        return tr("the value comes from a merge key (<<)");
    }
    if (const QString p = nodeProblem(w.valueNode); !p.isEmpty()) {
        return p;
    }
    if (v->isNull()) {
        return QString();
    }
    const Kind kd = kind(index(row, column));
    switch (kd) {
    case Kind::Text:
        return v->isString() ? QString() : tr("it is %1, not a string").arg(typeName(*v));
    case Kind::Bool:
        return v->type() == YamlValue::Type::Bool
                   ? QString()
                   : tr("it is %1, not true or false").arg(typeName(*v));
    case Kind::List:
        return isStringList(*v) ? QString() : tr("it is not a list of strings");
    case Kind::Table:
        return isTable(*v) ? QString()
                           : tr("it is not a mapping of columns to lists of strings or numbers");
    case Kind::Messages:
        return isMessages(*v) ? QString() : tr("it is not a list of {role, content} messages");
    case Kind::Output:
        return isOutput(*v) ? QString()
                            : tr("it is not one of the Hub's output shapes (labels with "
                                 "scores, answer with score, text, url)");
    case Kind::Other:
        break;
    }
    return QString();
}

} // namespace Cardigan
