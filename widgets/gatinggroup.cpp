#include "gatinggroup.h"

#include "gatedfieldsmodel.h"
#include "multilineedit.h"
#include "tableeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace Cardigan {

namespace {

const QString Gated = QStringLiteral("gated");
const QString EuDisallowed = QStringLiteral("extra_gated_eu_disallowed");
const QString Fields = QStringLiteral("extra_gated_fields");
const QString Prompt = QStringLiteral("extra_gated_prompt");
const QString Heading = QStringLiteral("extra_gated_heading");
const QString Description = QStringLiteral("extra_gated_description");
const QString Button = QStringLiteral("extra_gated_button_content");

// A combo box item's value as YAML flow text: "" for not set.
YamlValue choiceValue(const QString &data)
{
    if (data == QLatin1String("true") || data == QLatin1String("false")) {
        return YamlValue::boolean(data == QLatin1String("true"));
    }
    return YamlValue::string(data);
}

QString choiceData(const YamlValue &v)
{
    return v.type() == YamlValue::Type::Bool
               ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
               : v.toString();
}

} // namespace

GatingGroup::GatingGroup(CardDocument *doc, QWidget *parent)
    : FormSection(doc, tr("Gating"), parent)
    , m_model(new GatedFieldsModel(this))
    , m_table(new TableEditor(m_model, Fields, tr("Gate form fields"), GatedFieldsModel::types(),
                              false))
    , m_tableNote(makeNote(Fields + QStringLiteral("-note")))
{
    auto *form = new QFormLayout(body());
    form->setContentsMargins(12, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto addChoice = [this, form](const QString &key, const QString &label,
                                  const QList<std::pair<QString, QString>> &items) {
        Choice c;
        c.key = key;
        c.box = new QComboBox;
        c.box->setObjectName(key);
        c.box->setAccessibleName(QString(label).remove(u'&'));
        for (const auto &item : items) {
            c.box->addItem(item.first, item.second);
        }
        c.note = makeNote(key + QStringLiteral("-note"));
        auto *l = new QLabel(label);
        l->setBuddy(c.box);
        l->setToolTip(key);
        form->addRow(l, box(c.box, c.note));
        m_choices.push_back(c);
    };
    auto addText = [this, form](const QString &key, const QString &label, bool multiLine,
                                const QString &placeholder) {
        Text t;
        t.key = key;
        QWidget *editor = nullptr;
        if (multiLine) {
            t.block = new MultiLineEdit;
            t.block->setPlaceholderText(placeholder);
            editor = t.block;
        } else {
            t.line = new QLineEdit;
            t.line->setPlaceholderText(placeholder);
            t.line->setClearButtonEnabled(true);
            editor = t.line;
        }
        editor->setObjectName(key);
        editor->setAccessibleName(QString(label).remove(u'&'));
        t.note = makeNote(key + QStringLiteral("-note"));
        auto *l = new QLabel(label);
        l->setBuddy(editor);
        l->setToolTip(key);
        form->addRow(l, box(editor, t.note));
        m_texts.push_back(t);
    };

    addChoice(Gated, tr("Gated"),
              {{tr("Not set (repository settings decide)"), QString()},
               {tr("Off (false)"), QStringLiteral("false")},
               {tr("Automatic approval (auto)"), QStringLiteral("auto")},
               {tr("Manual approval (manual)"), QStringLiteral("manual")},
               {tr("On (true)"), QStringLiteral("true")}});
    addText(Heading, tr("Heading"), false, tr("The gate's title"));
    addText(Prompt, tr("Prompt"), true, tr("The text shown on the access form"));
    addText(Description, tr("Description"), true, tr("A description above the form"));
    addText(Button, tr("Button"), false, tr("The submit button's text"));
    addChoice(EuDisallowed, tr("E&U disallowed"),
              {{tr("Not set"), QString()},
               {tr("Yes: refuse access from the EU (true)"), QStringLiteral("true")},
               {tr("No (false)"), QStringLiteral("false")}});
    auto *fieldsLabel = new QLabel(tr("Form fields"));
    fieldsLabel->setBuddy(m_table->view());
    fieldsLabel->setToolTip(Fields);
    form->addRow(fieldsLabel, box(m_table, m_tableNote));

    for (size_t i = 0; i < m_choices.size(); ++i) {
        connect(m_choices[i].box, &QComboBox::activated, this,
                [this, i](int index) { commitChoice(m_choices[i], index); });
    }
    for (size_t i = 0; i < m_texts.size(); ++i) {
        if (m_texts[i].line) {
            QLineEdit *line = m_texts[i].line;
            connect(line, &QLineEdit::editingFinished, this, [this, i, line] {
                if (line->isModified()) {
                    line->setModified(false);
                    commitText(m_texts[i]);
                }
            });
        } else {
            connect(m_texts[i].block, &MultiLineEdit::editingFinished, this,
                    [this, i] { commitText(m_texts[i]); });
        }
    }
    m_model->setCommitter([this](const QString &key, const KeyValueTableModel::Edit &e) {
        std::vector<YamlPath::Segment> segments{{YamlPath::Segment::Kind::Key, Fields, 0},
                                                {YamlPath::Segment::Kind::Key, key, 0}};
        for (const QString &sub : e.subKeys) {
            segments.push_back({YamlPath::Segment::Kind::Key, sub, 0});
        }
        return report(m_tableNote, document()->set(YamlPath(segments), e.value));
    });
    connect(m_model, &KeyValueTableModel::refused, this, [this](const QString &why) {
        m_tableNote->setText(tr("Not changed: %1").arg(why.toHtmlEscaped()));
        m_tableNote->setVisible(true);
    });
    connect(m_table, &TableEditor::addRequested, this,
            [this](const QString &name, int type, const QString &) { addField(name, type); });
    connect(m_table, &TableEditor::removeRequested, this, [this](const QString &key) {
        report(m_tableNote, document()->unset(path({Fields, key})));
    });
}

QStringList GatingGroup::keys() const
{
    return {Gated, Heading, Prompt, Description, Button, EuDisallowed, Fields};
}

QWidget *GatingGroup::box(QWidget *editor, QLabel *note)
{
    auto *w = new QWidget;
    auto *vbox = new QVBoxLayout(w);
    vbox->setContentsMargins(0, 0, 0, 0);
    vbox->setSpacing(2);
    vbox->addWidget(editor);
    vbox->addWidget(note);
    return w;
}

void GatingGroup::refreshSection(const YamlValue &meta)
{
    for (Choice &c : m_choices) {
        refreshChoice(c, meta);
    }
    for (Text &t : m_texts) {
        refreshText(t, meta);
    }
    const YamlValue *fields = meta.isMapping() ? meta.find(Fields) : nullptr;
    QString problem = problemAt(path({Fields}));
    if (problem.isEmpty() && fields && !fields->isNull() && !fields->isMapping()) {
        // The Hub refuses it: "extra_gated_fields" must be of type object.
        problem = tr("it is %1, not a mapping (the Hub refuses it)").arg(formTypeName(*fields));
    }
    std::vector<KeyValueTableModel::Row> rows;
    if (fields && fields->isMapping()) {
        for (const YamlValue::Entry &e : fields->entries()) {
            QString why = problem.isEmpty() ? problemAt(path({Fields, e.first})) : problem;
            if (why.isEmpty()) {
                why = GatedFieldsModel::shapeProblem(e.second);
            }
            if (why.isEmpty() && e.second.isMapping()) {
                why = problemAt(path({Fields, e.first, QStringLiteral("options")}));
            }
            rows.push_back({e.first, e.second, why});
        }
    }
    m_model->setRows(std::move(rows));
    m_table->setReadOnly(!problem.isEmpty());
    QStringList readOnly;
    for (const KeyValueTableModel::Row &row : m_model->rows()) {
        if (!row.problem.isEmpty() && row.problem != problem) {
            readOnly << tr("%1 (%2)").arg(row.key, row.problem);
        }
    }
    if (!problem.isEmpty()) {
        showProblem(m_tableNote, problem, path({Fields}));
    } else if (!readOnly.isEmpty()) {
        m_tableNote->setText(tr("Read-only here: %1. <a href=\"%2\">Edit in source</a>")
                                 .arg(readOnly.join(QLatin1String("; ")).toHtmlEscaped())
                                 .arg(lineOf(nodeAt(path({Fields})))));
        m_tableNote->setVisible(true);
    } else {
        showProblem(m_tableNote, QString(), path({Fields}));
    }
}

void GatingGroup::refreshChoice(Choice &c, const YamlValue &meta)
{
    const YamlValue *value = meta.isMapping() ? meta.find(c.key) : nullptr;
    QString why = problemAt(path({c.key}));
    const QString data = value && !value->isNull() ? choiceData(*value) : QString();
    int index = c.box->findData(data);
    const bool known =
        index >= 0 &&
        (!value || value->isNull() || value->type() == YamlValue::Type::Bool ||
         (value->isString() && !data.isEmpty() && data != u"true" && data != u"false"));
    if (why.isEmpty() && value && !value->isNull() && !known) {
        why = tr("it is %1 (%2), not one of the choices")
                  .arg(formTypeName(*value), formScalarText(*value));
    }
    const QSignalBlocker blocker(c.box);
    // A value outside the choices is shown as it is (and stays: the box is read-only).
    const int shown = c.box->findData(QStringLiteral("\u0001shown"));
    if (shown >= 0) {
        c.box->removeItem(shown);
    }
    if (!why.isEmpty() && value) {
        c.box->addItem(formScalarText(*value), QStringLiteral("\u0001shown"));
        index = c.box->count() - 1;
    }
    c.box->setCurrentIndex(index);
    c.box->setEnabled(why.isEmpty());
    showProblem(c.note, why, path({c.key}));
}

void GatingGroup::refreshText(Text &t, const YamlValue &meta)
{
    const YamlValue *value = meta.isMapping() ? meta.find(t.key) : nullptr;
    const YamlPath at = path({t.key});
    const QString why = textProblem(at, value, t.block != nullptr);
    QString text = value ? formScalarText(*value) : QString();
    // A block scalar's final line break is not shown; it is written back with the text.
    const int node = nodeAt(at);
    const YamlStyle style = node >= 0 ? document()->yaml().tree.node(node).style : YamlStyle::Empty;
    t.trailingBreak = why.isEmpty() && value && value->isString() && text.endsWith(u'\n') &&
                      !text.endsWith(QLatin1String("\n\n")) &&
                      (style == YamlStyle::Literal || style == YamlStyle::Folded);
    if (t.trailingBreak) {
        text.chop(1);
    }
    if (t.line) {
        const QSignalBlocker blocker(t.line);
        if (t.line->text() != text) {
            t.line->setText(text);
        }
        t.line->setModified(false);
        t.line->setReadOnly(!why.isEmpty());
    } else {
        t.block->setValueText(text);
        t.block->setReadOnly(!why.isEmpty());
    }
    showProblem(t.note, why, at);
}

void GatingGroup::commitChoice(const Choice &c, int index)
{
    const QString data = c.box->itemData(index).toString();
    const YamlValue meta = document()->metadata();
    const bool present = meta.isMapping() && meta.find(c.key);
    if (data.isEmpty()) {
        report(c.note, present ? document()->unset(path({c.key}))
                               : CardDocument::EditResult{true, false, QString()});
        return;
    }
    report(c.note, document()->set(path({c.key}), choiceValue(data)));
}

void GatingGroup::commitText(const Text &t)
{
    QString text = t.line ? t.line->text().trimmed() : t.block->valueText();
    const YamlValue meta = document()->metadata();
    const YamlValue *old = meta.isMapping() ? meta.find(t.key) : nullptr;
    if (text.trimmed().isEmpty()) {
        report(t.note, old ? document()->unset(path({t.key}))
                           : CardDocument::EditResult{true, false, QString()});
        return;
    }
    if (t.trailingBreak) {
        text += u'\n';
    }
    if (old && old->isString() && old->toString() == text) {
        return;
    }
    report(t.note, document()->set(path({t.key}), YamlValue::string(text)));
}

void GatingGroup::addField(const QString &name, int typeIndex)
{
    if (name.isEmpty()) {
        return;
    }
    if (m_model->rowOf(name) >= 0) {
        m_tableNote->setText(
            tr("Not added: there is a field \"%1\" already.").arg(name.toHtmlEscaped()));
        m_tableNote->setVisible(true);
        return;
    }
    const QString type = GatedFieldsModel::types().value(typeIndex);
    const YamlValue value =
        type == QLatin1String("select")
            ? YamlValue::mapping({{QStringLiteral("type"), YamlValue::string(type)},
                                  {QStringLiteral("options"), YamlValue::sequence({})}})
            : YamlValue::string(type);
    if (report(m_tableNote, document()->set(path({Fields, name}), value))) {
        m_table->clearNewEntry();
    }
}

} // namespace Cardigan
