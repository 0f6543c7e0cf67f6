#include "widgetexamplemodel.h"

#include "yamleditplan.h"
#include "yamltree.h"

#include <QFont>
#include <QHash>

#include <functional>

#include <algorithm>

namespace Cardigan {

namespace {

using Seg = YamlPath::Segment;

const QString Widget = QStringLiteral("widget");
const QString Other = QStringLiteral("…");

// Every input key the Hub's widgets read, in the order the table shows them.
const QStringList &inputKeys()
{
    static const QStringList keys = {QStringLiteral("text"),
                                     QStringLiteral("src"),
                                     QStringLiteral("prompt"),
                                     QStringLiteral("context"),
                                     QStringLiteral("candidate_labels"),
                                     QStringLiteral("multi_class"),
                                     QStringLiteral("source_sentence"),
                                     QStringLiteral("sentences"),
                                     QStringLiteral("table"),
                                     QStringLiteral("structured_data"),
                                     QStringLiteral("messages")};
    return keys;
}

// The keys every example may have besides its inputs (`parameters` is edited in the source).
const QStringList &commonKeys()
{
    static const QStringList keys = {QStringLiteral("example_title"), QStringLiteral("group"),
                                     QStringLiteral("output")};
    return keys;
}

// What each task's widget reads (shared/spec/data/widget-inputs.json).
const QHash<QString, QStringList> &taskInputs()
{
    static const QHash<QString, QStringList> map = [] {
        QHash<QString, QStringList> m;
        const QStringList text = {QStringLiteral("text")};
        for (const char *t :
             {"text-classification", "fill-mask", "token-classification", "summarization",
              "translation", "text2text-generation", "text-generation", "feature-extraction",
              "text-to-speech", "text-to-audio", "text-to-image"}) {
            m.insert(QString::fromLatin1(t), text);
        }
        const QStringList src = {QStringLiteral("src")};
        for (const char *t :
             {"automatic-speech-recognition", "audio-to-audio", "audio-classification",
              "voice-activity-detection", "image-classification", "object-detection",
              "image-segmentation", "image-to-text"}) {
            m.insert(QString::fromLatin1(t), src);
        }
        const QStringList srcPrompt = {QStringLiteral("src"), QStringLiteral("prompt")};
        m.insert(QStringLiteral("image-to-image"), srcPrompt);
        m.insert(QStringLiteral("image-to-video"), srcPrompt);
        const QStringList srcText = {QStringLiteral("src"), QStringLiteral("text")};
        m.insert(QStringLiteral("document-question-answering"), srcText);
        m.insert(QStringLiteral("visual-question-answering"), srcText);
        m.insert(QStringLiteral("question-answering"),
                 {QStringLiteral("text"), QStringLiteral("context")});
        m.insert(QStringLiteral("table-question-answering"),
                 {QStringLiteral("text"), QStringLiteral("table")});
        m.insert(QStringLiteral("zero-shot-classification"),
                 {QStringLiteral("text"), QStringLiteral("candidate_labels"),
                  QStringLiteral("multi_class")});
        m.insert(QStringLiteral("zero-shot-image-classification"),
                 {QStringLiteral("src"), QStringLiteral("candidate_labels"),
                  QStringLiteral("multi_class")});
        m.insert(QStringLiteral("sentence-similarity"),
                 {QStringLiteral("source_sentence"), QStringLiteral("sentences")});
        const QStringList tabular = {QStringLiteral("structured_data")};
        m.insert(QStringLiteral("tabular-classification"), tabular);
        m.insert(QStringLiteral("tabular-regression"), tabular);
        return m;
    }();
    return map;
}

QString typeName(const YamlValue &v)
{
    switch (v.type()) {
    case YamlValue::Type::Null:
        return WidgetExampleModel::tr("empty");
    case YamlValue::Type::Bool:
        return WidgetExampleModel::tr("a boolean");
    case YamlValue::Type::Number:
        return WidgetExampleModel::tr("a number");
    case YamlValue::Type::String:
        return WidgetExampleModel::tr("a string");
    case YamlValue::Type::Timestamp:
        return WidgetExampleModel::tr("a date");
    case YamlValue::Type::Sequence:
        return WidgetExampleModel::tr("a list");
    case YamlValue::Type::Mapping:
        return WidgetExampleModel::tr("a mapping");
    }
    return QString();
}

QString scalarText(const YamlValue &v)
{
    switch (v.type()) {
    case YamlValue::Type::String:
    case YamlValue::Type::Timestamp:
        return v.toString();
    case YamlValue::Type::Null:
        return QString();
    default:
        return QString::fromUtf8(v.toJson()).simplified();
    }
}

QString oneLine(const QString &s)
{
    QString out = s;
    out.replace(u'\n', QStringLiteral(" \u23ce "));
    return out.size() > 200 ? out.left(199) + QChar(0x2026) : out;
}

bool isStringList(const YamlValue &v)
{
    if (!v.isSequence()) {
        return false;
    }
    return std::all_of(v.items().begin(), v.items().end(),
                       [](const YamlValue &i) { return i.isString(); });
}

bool isCell(const YamlValue &v)
{
    return v.isString() || v.type() == YamlValue::Type::Number;
}

bool isTable(const YamlValue &v)
{
    if (!v.isMapping() || v.isBinary()) {
        return false;
    }
    for (const YamlValue::Entry &e : v.entries()) {
        if (!e.second.isSequence() ||
            !std::all_of(e.second.items().begin(), e.second.items().end(), isCell)) {
            return false;
        }
    }
    return true;
}

bool onlyStrings(const YamlValue &map, const QStringList &keys)
{
    if (!map.isMapping() || map.isBinary() || map.entries().size() != size_t(keys.size())) {
        return false;
    }
    for (const QString &k : keys) {
        const YamlValue *v = map.find(k);
        if (!v || !v->isString()) {
            return false;
        }
    }
    return true;
}

bool isMessages(const YamlValue &v)
{
    return v.isSequence() && std::all_of(v.items().begin(), v.items().end(), [](const auto &m) {
               return onlyStrings(m, {QStringLiteral("role"), QStringLiteral("content")});
           });
}

bool isScored(const YamlValue &m, const QString &labelKey)
{
    const YamlValue *label = m.isMapping() ? m.find(labelKey) : nullptr;
    const YamlValue *score = m.isMapping() ? m.find(QStringLiteral("score")) : nullptr;
    return label && score && m.entries().size() == 2 && label->isString() &&
           score->type() == YamlValue::Type::Number;
}

bool isOutput(const YamlValue &v)
{
    if (v.isSequence()) {
        return std::all_of(v.items().begin(), v.items().end(),
                           [](const YamlValue &i) { return isScored(i, QStringLiteral("label")); });
    }
    return isScored(v, QStringLiteral("answer")) || onlyStrings(v, {QStringLiteral("text")}) ||
           onlyStrings(v, {QStringLiteral("url")});
}

QString score(const YamlValue &v)
{
    const YamlValue *s = v.find(QStringLiteral("score"));
    return s ? QString::number(s->toNumber(), 'f', 3) : QString();
}

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
    if (!m_document->yaml().ok || tree.root < 0) {
        return -1;
    }
    const YamlNode &root = tree.node(tree.root);
    if (root.kind != YamlNode::Kind::Mapping) {
        return -1;
    }
    // The last one wins, as for merge keys written before a key.
    for (size_t i = root.children.size(); i >= 2; i -= 2) {
        const YamlNode &k = tree.node(root.children[i - 2]);
        if (k.kind == YamlNode::Kind::Scalar && k.text == Widget) {
            return root.children[i - 1];
        }
    }
    return -1;
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
    for (size_t i = e.children.size(); i >= 2; i -= 2) {
        const YamlNode &k = tree.node(e.children[i - 2]);
        if (k.kind == YamlNode::Kind::Scalar && k.text == key) {
            w.keyNode = e.children[i - 2];
            w.valueNode = e.children[i - 1];
            break;
        }
    }
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

QStringList WidgetExampleModel::columnsFor(const YamlValue &meta,
                                           const std::vector<YamlValue> &entries) const
{
    const YamlValue *pipeline =
        meta.isMapping() ? meta.find(QStringLiteral("pipeline_tag")) : nullptr;
    const QString task = pipeline ? pipeline->toString() : QString();
    const YamlValue *tags = meta.isMapping() ? meta.find(QStringLiteral("tags")) : nullptr;
    bool conversational = false;
    if (tags &&
        (task == QLatin1String("text-generation") || task == QLatin1String("image-text-to-text"))) {
        const auto isConv = [](const YamlValue &t) {
            return t.toString() == QLatin1String("conversational");
        };
        conversational =
            isConv(*tags) ||
            (tags->isSequence() && std::any_of(tags->items().begin(), tags->items().end(), isConv));
    }
    QStringList needed;
    const auto it = taskInputs().find(task);
    if (conversational) {
        needed = {QStringLiteral("text"), QStringLiteral("messages")};
    } else if (it != taskInputs().end()) {
        needed = it.value();
    } else {
        needed = inputKeys();
        needed.removeAll(QStringLiteral("prompt"));
    }
    bool other = false;
    for (const YamlValue &e : entries) {
        if (!e.isMapping()) {
            continue;
        }
        for (const YamlValue::Entry &kv : e.entries()) {
            if (inputKeys().contains(kv.first)) {
                needed << kv.first;
            } else if (!commonKeys().contains(kv.first)) {
                other = true;
            }
        }
    }
    QStringList out;
    for (const QString &k : inputKeys()) {
        if (needed.contains(k)) {
            out << k;
        }
    }
    out << commonKeys();
    if (other) {
        out << Other;
    }
    return out;
}

QStringList WidgetExampleModel::rowProblems() const
{
    QStringList out;
    for (int r = 0; r < rowCount(); ++r) {
        QString all;
        for (int c = 0; c < columnCount(); ++c) {
            all += problem(r, c) + u'\x1f';
        }
        out << all;
    }
    return out;
}

void WidgetExampleModel::refresh()
{
    if (m_document->hasYamlError()) {
        // Keep the rows while the source is being fixed; they turn read-only.
        if (rowCount() > 0 && columnCount() > 0) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        }
        m_problems.clear();
        return;
    }
    const YamlValue meta = m_document->metadata();
    const YamlValue *found = meta.isMapping() ? meta.find(Widget) : nullptr;
    const YamlValue widget = found ? *found : YamlValue();
    std::vector<YamlValue> entries;
    if (widget.isSequence()) {
        entries = widget.items();
    }
    updateColumns(columnsFor(meta, entries));
    // Unchanged examples give no signal at all: prefix and suffix cover every row.
    updateRows(entries, m_problems);
    m_widget = widget;
}

void WidgetExampleModel::updateColumns(const QStringList &columns)
{
    if (columns == m_columns) {
        return;
    }
    // Both lists follow one fixed order, so removing what went and inserting what came,
    // in place, turns one into the other.
    for (int c = int(m_columns.size()) - 1; c >= 0; --c) {
        if (!columns.contains(m_columns.at(c))) {
            beginRemoveColumns({}, c, c);
            m_columns.removeAt(c);
            endRemoveColumns();
        }
    }
    for (int c = 0; c < columns.size(); ++c) {
        if (c >= m_columns.size() || m_columns.at(c) != columns.at(c)) {
            beginInsertColumns({}, c, c);
            m_columns.insert(c, columns.at(c));
            endInsertColumns();
        }
    }
}

void WidgetExampleModel::updateRows(const std::vector<YamlValue> &entries,
                                    const QStringList &oldProblems)
{
    const size_t n = m_entries.size();
    const size_t m = entries.size();
    size_t prefix = 0;
    while (prefix < n && prefix < m && m_entries[prefix] == entries[prefix]) {
        ++prefix;
    }
    size_t suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix &&
           m_entries[n - 1 - suffix] == entries[m - 1 - suffix]) {
        ++suffix;
    }
    const size_t oldEnd = n - suffix;
    const size_t newEnd = m - suffix;
    const int lastColumn = columnCount() - 1;
    // One entry moved (moveItem, or a cut and paste in the source): a row move.
    if (n == m && oldEnd - prefix >= 2) {
        const auto equalRange = [](auto a, auto b, auto c) { return std::equal(a, b, c); };
        if (m_entries[prefix] == entries[newEnd - 1] &&
            equalRange(m_entries.begin() + qsizetype(prefix) + 1,
                       m_entries.begin() + qsizetype(oldEnd),
                       entries.begin() + qsizetype(prefix))) {
            beginMoveRows({}, int(prefix), int(prefix), {}, int(newEnd));
            m_entries = entries;
            endMoveRows();
        } else if (m_entries[oldEnd - 1] == entries[prefix] &&
                   equalRange(m_entries.begin() + qsizetype(prefix),
                              m_entries.begin() + qsizetype(oldEnd) - 1,
                              entries.begin() + qsizetype(prefix) + 1)) {
            beginMoveRows({}, int(oldEnd - 1), int(oldEnd - 1), {}, int(prefix));
            m_entries = entries;
            endMoveRows();
        }
    }
    if (m_entries.size() == m && !std::equal(m_entries.begin(), m_entries.end(), entries.begin())) {
        // Same count: the changed middle in place.
        for (size_t i = prefix; i < oldEnd; ++i) {
            m_entries[i] = entries[i];
        }
        if (oldEnd > prefix && lastColumn >= 0) {
            emit dataChanged(index(int(prefix), 0), index(int(oldEnd) - 1, lastColumn));
        }
    } else if (m_entries.size() != m) {
        const size_t common = std::min(oldEnd - prefix, newEnd - prefix);
        for (size_t i = prefix; i < prefix + common; ++i) {
            m_entries[i] = entries[i];
        }
        if (common > 0 && lastColumn >= 0) {
            emit dataChanged(index(int(prefix), 0), index(int(prefix + common) - 1, lastColumn));
        }
        const size_t at = prefix + common;
        if (newEnd > oldEnd) {
            beginInsertRows({}, int(at), int(at + (newEnd - oldEnd)) - 1);
            m_entries.insert(m_entries.begin() + qsizetype(at), entries.begin() + qsizetype(at),
                             entries.begin() + qsizetype(at + (newEnd - oldEnd)));
            endInsertRows();
        } else {
            beginRemoveRows({}, int(at), int(at + (oldEnd - newEnd)) - 1);
            m_entries.erase(m_entries.begin() + qsizetype(at),
                            m_entries.begin() + qsizetype(at + (oldEnd - newEnd)));
            endRemoveRows();
        }
    }
    // Problems can change without the values (a new anchor, the YAML fixed again).
    const QStringList problems = rowProblems();
    for (int r = 0; r < problems.size() && lastColumn >= 0; ++r) {
        if (r >= oldProblems.size() || problems.at(r) != oldProblems.at(r)) {
            emit dataChanged(index(r, 0), index(r, lastColumn));
        }
    }
    m_problems = problems;
}

YamlPath WidgetExampleModel::entryPath(int row) const
{
    return YamlPath({{Seg::Kind::Key, Widget, 0}, {Seg::Kind::Index, QString(), row}});
}

YamlPath WidgetExampleModel::valuePath(int row, const QString &key) const
{
    return entryPath(row).child({Seg::Kind::Key, key, 0});
}

CardDocument::EditResult WidgetExampleModel::report(const CardDocument::EditResult &result)
{
    if (!result.ok) {
        emit editRefused(result.message);
    }
    return result;
}

CardDocument::EditResult
WidgetExampleModel::applyPlan(const YamlPath &path, const YamlValue *before, const YamlValue &after)
{
    const std::vector<YamlEdit> edits = planYamlEdits(path, before, after);
    const auto run = [this](const YamlEdit &e) {
        return e.value ? m_document->set(e.path, *e.value) : m_document->unset(e.path);
    };
    if (edits.empty()) {
        return {true, false, QString()};
    }
    if (edits.size() == 1) {
        return report(run(edits.front()));
    }
    return report(m_document->editGroup([&] {
        CardDocument::EditResult last{true, false, QString()};
        for (const YamlEdit &e : edits) {
            last = run(e);
            if (!last.ok) {
                break;
            }
        }
        return last;
    }));
}

CardDocument::EditResult WidgetExampleModel::setValue(int row, const QString &key,
                                                      const YamlValue &value)
{
    const int column = columnOf(key);
    const QString p = column >= 0 ? problem(row, column) : listProblem();
    if (!p.isEmpty() || !entry(row).isMapping()) {
        return report({false, false,
                       tr("%1; nothing was changed: edit it in the source")
                           .arg(p.isEmpty() ? tr("the example is not a mapping") : p)});
    }
    const YamlValue e = entry(row);
    return applyPlan(valuePath(row, key), e.find(key), value);
}

CardDocument::EditResult WidgetExampleModel::unsetValue(int row, const QString &key)
{
    const int column = columnOf(key);
    if (const QString p = column >= 0 ? problem(row, column) : listProblem(); !p.isEmpty()) {
        return report({false, false, tr("%1; nothing was changed: edit it in the source").arg(p)});
    }
    return report(m_document->unset(valuePath(row, key)));
}

CardDocument::EditResult WidgetExampleModel::addRow()
{
    if (const QString p = listProblem(); !p.isEmpty()) {
        return report({false, false, tr("%1; nothing was changed: edit it in the source").arg(p)});
    }
    // The task's first one-line input, empty: what the user fills in first.
    QString first = QStringLiteral("text");
    for (const QString &k : m_columns) {
        if (k == QLatin1String("text") || k == QLatin1String("src") ||
            k == QLatin1String("source_sentence")) {
            first = k;
            break;
        }
    }
    const YamlValue example = YamlValue::mapping({{first, YamlValue::string(QString())}});
    const YamlValue meta = m_document->metadata();
    const YamlValue *widget = meta.isMapping() ? meta.find(Widget) : nullptr;
    if (!widget || widget->isNull()) {
        return report(m_document->set(YamlPath({{Seg::Kind::Key, Widget, 0}}),
                                      YamlValue::sequence({example})));
    }
    return report(m_document->set(
        YamlPath({{Seg::Kind::Key, Widget, 0}, {Seg::Kind::Append, QString(), 0}}), example));
}

CardDocument::EditResult WidgetExampleModel::removeExample(int row)
{
    if (const QString p = listProblem(); !p.isEmpty()) {
        return report({false, false, tr("%1; nothing was changed: edit it in the source").arg(p)});
    }
    return report(m_document->unset(entryPath(row)));
}

CardDocument::EditResult WidgetExampleModel::duplicateRow(int row)
{
    if (const QString p = problem(row, 0); !p.isEmpty() || row < 0 || row >= rowCount()) {
        return report({false, false, tr("%1; nothing was changed: edit it in the source").arg(p)});
    }
    const YamlValue copy = entry(row);
    const int last = rowCount();
    return report(m_document->editGroup([&] {
        const CardDocument::EditResult added = m_document->set(
            YamlPath({{Seg::Kind::Key, Widget, 0}, {Seg::Kind::Append, QString(), 0}}), copy);
        if (!added.ok || row + 1 == last) {
            return added;
        }
        return m_document->moveItem(YamlPath({{Seg::Kind::Key, Widget, 0}}), last, row + 1);
    }));
}

CardDocument::EditResult WidgetExampleModel::moveExample(int from, int to)
{
    if (const QString p = listProblem(); !p.isEmpty()) {
        return report({false, false, tr("%1; nothing was changed: edit it in the source").arg(p)});
    }
    return report(m_document->moveItem(YamlPath({{Seg::Kind::Key, Widget, 0}}), from, to));
}

} // namespace Cardigan
