#include "evaldetail.h"

#include "carddocument.h"
#include "evalyaml.h"
#include "pipelinepicker.h"
#include "yamlreader.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Cardigan {

namespace {

// What a line edit can show and give back unchanged: a one-line scalar.
QString unfaithful(const YamlValue &v)
{
    switch (v.type()) {
    case YamlValue::Type::Null:
    case YamlValue::Type::Bool:
    case YamlValue::Type::Number:
        return QString();
    case YamlValue::Type::String:
        return v.toString().contains(u'\n') ? EvalDetail::tr("it spans several lines") : QString();
    default:
        return EvalDetail::tr("it is %1").arg(EvalYaml::typeName(v));
    }
}

} // namespace

EvalDetail::EvalDetail(CardDocument *document, Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_kind(kind)
    , m_form(new QFormLayout)
    , m_note(new QLabel(this))
{
    m_note->setObjectName(QStringLiteral("detail-note"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::RichText);
    m_note->setVisible(false);
    connect(m_note, &QLabel::linkActivated, this, [this](const QString &link) {
        const auto path = YamlPath::parse(link);
        emit showInSource(EvalYaml::lineOf(*m_document, path ? *path : m_base));
    });
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addLayout(m_form);
    layout->addStretch(1);

    if (kind == Kind::Result) {
        addSection(tr("Task"));
        m_taskPicker = new PipelinePicker;
        m_taskPicker->setObjectName(QStringLiteral("task.type"));
        m_taskPicker->setAccessibleName(tr("Task type"));
        m_taskPicker->setToolTip(tr("task.type: the task the results measure (required)"));
        m_form->addRow(tr("T&ype"), m_taskPicker);
        connect(m_taskPicker, &PipelinePicker::chosen, this,
                [this](const QString &id) { commit(QStringLiteral("task.type"), id); });
        addField(QStringLiteral("task.name"), tr("Na&me"),
                 tr("A pretty name, e.g. Text Classification"), false);
        addSection(tr("Dataset"));
        addField(QStringLiteral("dataset.type"), tr("&Id"), tr("Required: a dataset id, org/name"),
                 true);
        addField(QStringLiteral("dataset.name"), tr("N&ame"), tr("Required: a pretty name"), true);
        addField(QStringLiteral("dataset.config"), tr("&Config"), tr("Optional subset"), false);
        addField(QStringLiteral("dataset.split"), tr("&Split"), tr("Optional, e.g. test"), false);
        addField(QStringLiteral("dataset.revision"), tr("&Revision"), tr("Optional git sha"),
                 false);
        addField(QStringLiteral("dataset.args"), tr("Ar&guments"), QString(), false, true);
        addSection(tr("Source"));
        addField(QStringLiteral("source.name"), tr("Sour&ce name"), tr("Optional, e.g. a paper"),
                 false);
        addField(QStringLiteral("source.url"), tr("Source &URL"),
                 tr("Required when there is a source"), false);
    } else {
        addField(QStringLiteral("type"), tr("&Type"), tr("Required: a metric id, e.g. accuracy"),
                 true);
        addField(QStringLiteral("value"), tr("&Value"), tr("Required: a number or text"), true);
        addField(QStringLiteral("name"), tr("&Name"), tr("Optional pretty name"), false);
        addField(QStringLiteral("config"), tr("&Config"), tr("Optional"), false);
        addField(QStringLiteral("verified"), tr("Verified"), QString(), false, true);
        addField(QStringLiteral("args"), tr("Ar&guments"), QString(), false, true);
    }
}

void EvalDetail::addSection(const QString &title)
{
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    m_form->addRow(label);
}

void EvalDetail::addField(const QString &key, const QString &label, const QString &placeholder,
                          bool required, bool alwaysReadOnly)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(key);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(QString(label).remove(u'&'));
    edit->setToolTip(key);
    edit->setReadOnly(alwaysReadOnly);
    edit->setClearButtonEnabled(!alwaysReadOnly && !required);
    m_form->addRow(label, edit);
    m_fields.push_back({key, required, alwaysReadOnly, edit});
    connect(edit, &QLineEdit::editingFinished, this, [this, key, edit] {
        // editingFinished also comes when the focus leaves an untouched field.
        if (edit->isModified() && !edit->isReadOnly()) {
            edit->setModified(false);
            commit(key, edit->text());
        }
    });
}

QLineEdit *EvalDetail::lineEdit(const QString &key) const
{
    for (const Field &f : m_fields) {
        if (f.key == key) {
            return f.edit;
        }
    }
    return nullptr;
}

YamlValue EvalDetail::current() const
{
    const YamlValue *v = yamlValueAt(m_document->metadata(), m_base);
    return v ? *v : YamlValue();
}

void EvalDetail::showItem(const YamlPath &base, const QString &problem)
{
    m_base = base;
    m_problem = problem;
    const YamlValue item = current();
    const YamlTree &tree = m_document->yaml().tree;
    QStringList readOnly;
    for (const Field &f : m_fields) {
        const YamlValue *v = EvalYaml::find(item, f.key);
        const YamlPath path = EvalYaml::child(base, f.key);
        QString why = v ? unfaithful(*v) : QString();
        if (v && why.isEmpty()) {
            const int node = EvalYaml::nodeAt(*m_document, path);
            why = node < 0 ? tr("it comes from a merge key (<<)")
                           : EvalYaml::subtreeProblem(tree, node);
        }
        if (!why.isEmpty() && !f.alwaysReadOnly) {
            readOnly << tr("%1 (%2)").arg(f.key, why);
        }
        const QSignalBlocker blocker(f.edit);
        const QString text = v ? EvalYaml::displayText(*m_document, path, *v) : QString();
        if (f.edit->text() != text) {
            f.edit->setText(text);
            f.edit->setCursorPosition(0);
        }
        f.edit->setModified(false);
        f.edit->setReadOnly(f.alwaysReadOnly || !problem.isEmpty() || !why.isEmpty());
        if (f.alwaysReadOnly) {
            m_form->setRowVisible(f.edit, v != nullptr);
        }
    }
    if (m_taskPicker) {
        const YamlValue *type = EvalYaml::find(item, QStringLiteral("task.type"));
        m_taskPicker->setValue(type && type->isString() ? type->toString() : QString());
        const QString why = type && !type->isString() && !type->isNull()
                                ? tr("it is %1").arg(EvalYaml::typeName(*type))
                                : QString();
        if (!why.isEmpty()) {
            readOnly << tr("task.type (%1)").arg(why);
        }
        m_taskPicker->setEnabled(problem.isEmpty() && why.isEmpty());
    }
    QStringList notes;
    if (!problem.isEmpty()) {
        notes << tr("Read-only here: %1. <a href=\"%2\">Show in source</a>")
                     .arg(problem.toHtmlEscaped(), base.toString().toHtmlEscaped());
    } else if (!readOnly.isEmpty()) {
        notes << tr("Read-only here: %1. <a href=\"%2\">Show in source</a>")
                     .arg(readOnly.join(QStringLiteral(", ")).toHtmlEscaped(),
                          base.toString().toHtmlEscaped());
    }
    const YamlValue *verified = EvalYaml::find(item, QStringLiteral("verified"));
    if (m_kind == Kind::Metric && verified && verified->type() == YamlValue::Type::Bool &&
        verified->toBool()) {
        notes << tr("Computed and signed by Hugging Face (verifyToken): a changed value is no "
                    "longer verified.");
    }
    if (!m_message.isEmpty()) {
        notes << m_message.toHtmlEscaped();
        m_message.clear();
    }
    m_note->setText(notes.join(QStringLiteral("<br>")));
    m_note->setVisible(!notes.isEmpty());
}

void EvalDetail::refused(const QString &message)
{
    // Put the card's value back into the field, then say why it stayed.
    m_message = tr("Not changed: %1").arg(message);
    showItem(m_base, m_problem);
}

void EvalDetail::commit(const QString &key, const QString &text)
{
    const YamlPath path = EvalYaml::child(m_base, key);
    const YamlValue item = current();
    const YamlValue *old = EvalYaml::find(item, key);
    const QString typed = text.trimmed();
    if (typed.isEmpty()) {
        if (!old) {
            return;
        }
        bool required = key == QLatin1String("task.type");
        for (const Field &f : m_fields) {
            required = required || (f.key == key && f.required);
        }
        if (required) {
            refused(tr("%1 is required by the Hub; write another value instead").arg(key));
            return;
        }
        const CardDocument::EditResult result = m_document->unset(path);
        if (!result.ok) {
            refused(result.message);
        }
        return;
    }
    CardDocument::EditResult result;
    if (key == QLatin1String("value") && !(old && old->isString())) {
        // A number stays a number, written as typed (`20.90`); anything else is text.
        const YamlReadResult parsed = YamlReader::read(typed);
        const bool number = parsed.ok && parsed.tree.root >= 0 &&
                            parsed.tree.node(parsed.tree.root).kind == YamlNode::Kind::Scalar &&
                            parsed.tree.node(parsed.tree.root).style == YamlStyle::Plain &&
                            parsed.tree.value().type() == YamlValue::Type::Number;
        const bool boolean = old && old->type() == YamlValue::Type::Bool && parsed.ok &&
                             parsed.tree.value().type() == YamlValue::Type::Bool;
        result = number || boolean ? m_document->set(path, typed)
                                   : m_document->set(path, YamlValue::string(typed));
    } else {
        result = m_document->set(path, YamlValue::string(typed));
    }
    if (!result.ok) {
        refused(result.message);
    }
}

} // namespace Cardigan
