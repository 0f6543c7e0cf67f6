#include "formsection.h"

#include "yamlreader.h"
#include "yamlwriter.h"

#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace Cardigan {

QString formTypeName(const YamlValue &v)
{
    switch (v.type()) {
    case YamlValue::Type::Null:
        return FormSection::tr("empty");
    case YamlValue::Type::Bool:
        return FormSection::tr("a boolean");
    case YamlValue::Type::Number:
        return FormSection::tr("a number");
    case YamlValue::Type::String:
        return FormSection::tr("a string");
    case YamlValue::Type::Timestamp:
        return FormSection::tr("a date");
    case YamlValue::Type::Sequence:
        return FormSection::tr("a list");
    case YamlValue::Type::Mapping:
        return FormSection::tr("a mapping");
    }
    return QString();
}

std::optional<YamlValue> formNumber(const QString &text, QString *why)
{
    const QString t = text.trimmed();
    const YamlReadResult read = YamlReader::read(t);
    const bool plain = read.ok && read.tree.root >= 0 &&
                       read.tree.node(read.tree.root).style == YamlStyle::Plain &&
                       read.tree.node(read.tree.root).tag.isEmpty();
    const YamlValue v = plain ? read.tree.value() : YamlValue();
    if (t.isEmpty() || v.type() != YamlValue::Type::Number || !std::isfinite(v.toNumber())) {
        if (why) {
            *why = FormSection::tr("\"%1\" is not a number: write digits, e.g. 12 or 0.5").arg(t);
        }
        return std::nullopt;
    }
    return v;
}

QString formScalarText(const YamlValue &v)
{
    switch (v.type()) {
    case YamlValue::Type::Null:
        return QString();
    case YamlValue::Type::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case YamlValue::Type::Number:
        return YamlWriter::number(v.toNumber(), v.isIntegral());
    case YamlValue::Type::String:
    case YamlValue::Type::Timestamp:
        return v.toString();
    case YamlValue::Type::Sequence:
    case YamlValue::Type::Mapping:
        return QString::fromUtf8(v.toJson()).simplified();
    }
    return QString();
}

FormSection::FormSection(CardDocument *document, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_header(new QToolButton(this))
    , m_body(new QWidget(this))
{
    setAccessibleName(title);
    m_header->setText(title);
    m_header->setAccessibleName(tr("Show or hide %1").arg(title));
    m_header->setCheckable(true);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setAutoRaise(true);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_body);
    connect(m_header, &QToolButton::clicked, this, [this](bool on) {
        m_userToggled = true;
        setExpanded(on);
    });
    setExpanded(false);
}

bool FormSection::isExpanded() const
{
    return m_header->isChecked();
}

void FormSection::setExpanded(bool expanded)
{
    m_header->setChecked(expanded);
    m_header->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
}

void FormSection::refresh()
{
    const YamlValue meta = m_document->hasYamlError() ? YamlValue() : m_document->metadata();
    if (m_document->hasYamlError()) {
        // Keep what is shown: the form is read-only until the YAML parses again.
        return;
    }
    if (!m_userToggled && meta.isMapping()) {
        bool present = false;
        for (const QString &key : keys()) {
            present = present || meta.find(key);
        }
        if (present) {
            setExpanded(true);
        }
    }
    refreshSection(meta.isMapping() ? meta : YamlValue());
}

YamlPath FormSection::path(std::initializer_list<QString> keys)
{
    std::vector<YamlPath::Segment> segments;
    for (const QString &k : keys) {
        segments.push_back({YamlPath::Segment::Kind::Key, k, 0});
    }
    return YamlPath(std::move(segments));
}

int FormSection::nodeAt(const YamlPath &p) const
{
    const YamlReadResult &yaml = m_document->yaml();
    if (!yaml.ok || yaml.tree.root < 0) {
        return -1;
    }
    const YamlTree &tree = yaml.tree;
    int node = tree.root;
    for (const YamlPath::Segment &seg : p.segments()) {
        const YamlNode &n = tree.node(node);
        int next = -1;
        if (seg.kind == YamlPath::Segment::Kind::Key && n.kind == YamlNode::Kind::Mapping) {
            next = tree.valueOf(node, seg.key);
        } else if (seg.kind == YamlPath::Segment::Kind::Index &&
                   n.kind == YamlNode::Kind::Sequence && seg.index >= 0 &&
                   size_t(seg.index) < n.children.size()) {
            next = n.children[size_t(seg.index)];
        }
        if (next < 0) {
            return -1;
        }
        node = next;
    }
    return node;
}

int FormSection::lineOf(int node) const
{
    const qsizetype start = node >= 0 ? m_document->yaml().tree.node(node).start : 0;
    return m_document->locationOf(m_document->frontMatter().yamlStart + start).line;
}

QString FormSection::problemAt(const YamlPath &p) const
{
    if (!yamlValueAt(m_document->metadata(), p)) {
        return QString();
    }
    // Every step of the way: an edit inside an anchored mapping changes its aliases too.
    for (qsizetype len = 1; len <= p.size(); ++len) {
        const YamlPath prefix(
            std::vector<YamlPath::Segment>(p.segments().begin(), p.segments().begin() + len));
        const int node = nodeAt(prefix);
        if (node < 0) {
            return tr("the value comes from a merge key (<<) or an alias");
        }
        const YamlNode &n = m_document->yaml().tree.node(node);
        if (n.kind == YamlNode::Kind::Alias) {
            return tr("it is an alias (*%1)").arg(n.text);
        }
        if (!n.anchor.isEmpty()) {
            return tr("it has an anchor (&%1) that other values may use").arg(n.anchor);
        }
        if (!n.tag.isEmpty()) {
            return tr("it has a tag (%1)").arg(n.tag);
        }
    }
    return QString();
}

QString FormSection::textProblem(const YamlPath &p, const YamlValue *value, bool multiLine) const
{
    if (!value || value->isNull()) {
        return QString();
    }
    if (const QString why = problemAt(p); !why.isEmpty()) {
        return why;
    }
    if (!value->isString()) {
        return tr("it is %1, not a string").arg(formTypeName(*value));
    }
    if (!multiLine && value->toString().contains(u'\n')) {
        return tr("it spans several lines");
    }
    return QString();
}

QLabel *FormSection::makeNote(const QString &name)
{
    auto *note = new QLabel;
    note->setObjectName(name);
    note->setWordWrap(true);
    note->setTextFormat(Qt::RichText);
    note->setVisible(false);
    connect(note, &QLabel::linkActivated, this,
            [this](const QString &link) { emit showInSource(link.toInt()); });
    return note;
}

void FormSection::showProblem(QLabel *note, const QString &why, const YamlPath &p)
{
    if (why.isEmpty()) {
        note->clear();
        note->setVisible(false);
        return;
    }
    int node = nodeAt(p);
    for (YamlPath up = p.parent(); node < 0 && !up.isEmpty(); up = up.parent()) {
        node = nodeAt(up);
    }
    note->setText(tr("Read-only here: %1. <a href=\"%2\">Edit in source</a>")
                      .arg(why.toHtmlEscaped())
                      .arg(lineOf(node)));
    note->setVisible(true);
}

bool FormSection::report(QLabel *note, const CardDocument::EditResult &result)
{
    if (result.ok) {
        return true;
    }
    // Put the card's values back, then say why the edit was not made.
    refresh();
    note->setText(tr("Not changed: %1").arg(result.message.toHtmlEscaped()));
    note->setVisible(true);
    return false;
}

} // namespace Cardigan
