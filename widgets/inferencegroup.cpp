#include "inferencegroup.h"

#include "parametertablemodel.h"
#include "tableeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>

namespace Cardigan {

namespace {

const QString Inference = QStringLiteral("inference");
const QString Parameters = QStringLiteral("parameters");
// The combo box's states; "mapping" is shown, never chosen.
const QString Unset = QStringLiteral("unset");
const QString On = QStringLiteral("true");
const QString Off = QStringLiteral("false");
const QString Mapping = QStringLiteral("mapping");

} // namespace

InferenceGroup::InferenceGroup(CardDocument *doc, QWidget *parent)
    : FormSection(doc, tr("Inference"), parent)
    , m_state(new QComboBox)
    , m_note(makeNote(QStringLiteral("inference-note")))
    , m_model(new ParameterTableModel(this))
    , m_table(new TableEditor(m_model, QStringLiteral("inference-parameters"),
                              tr("Inference parameters"), ParameterTableModel::typeNames(), true))
    , m_tableNote(makeNote(QStringLiteral("inference-parameters-note")))
{
    m_state->setObjectName(Inference);
    m_state->setAccessibleName(tr("Inference widget and API"));
    m_state->addItem(tr("Not set (the Hub's default: on)"), Unset);
    m_state->addItem(tr("On (inference: true)"), On);
    m_state->addItem(tr("Off (inference: false)"), Off);
    m_state->addItem(tr("On, with default parameters"), Mapping);
    connect(m_state, &QComboBox::activated, this,
            [this](int index) { choose(m_state->itemData(index).toString()); });

    auto *form = new QFormLayout(body());
    form->setContentsMargins(12, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *stateLabel = new QLabel(tr("&Inference"));
    stateLabel->setBuddy(m_state);
    stateLabel->setToolTip(Inference);
    form->addRow(stateLabel, m_state);
    form->addRow(m_note);
    auto *paramsLabel = new QLabel(tr("Parameters"));
    paramsLabel->setBuddy(m_table->view());
    paramsLabel->setToolTip(QStringLiteral("inference.parameters"));
    form->addRow(paramsLabel, m_table);
    form->addRow(m_tableNote);

    m_model->setCommitter([this](const QString &key, const KeyValueTableModel::Edit &e) {
        return commitParameter(key, e.value, e.sourceText);
    });
    connect(m_model, &KeyValueTableModel::refused, this, [this](const QString &why) {
        m_tableNote->setText(tr("Not changed: %1").arg(why.toHtmlEscaped()));
        m_tableNote->setVisible(true);
    });
    connect(m_table, &TableEditor::addRequested, this, &InferenceGroup::addParameter);
    connect(m_table, &TableEditor::removeRequested, this, &InferenceGroup::removeParameter);
}

QStringList InferenceGroup::keys() const
{
    return {Inference};
}

void InferenceGroup::refreshSection(const YamlValue &meta)
{
    const YamlValue *value = meta.isMapping() ? meta.find(Inference) : nullptr;
    const YamlPath at = path({Inference});
    QString problem = problemAt(at);
    if (problem.isEmpty() && value && !value->isNull() && value->type() != YamlValue::Type::Bool &&
        !value->isMapping()) {
        problem = tr("it is %1, not true, false or a mapping").arg(formTypeName(*value));
    }
    const QString state = !value || value->isNull()                ? Unset
                          : value->type() == YamlValue::Type::Bool ? (value->toBool() ? On : Off)
                                                                   : Mapping;
    {
        const QSignalBlocker blocker(m_state);
        m_state->setCurrentIndex(m_state->findData(state));
    }
    m_state->setEnabled(problem.isEmpty());
    showProblem(m_note, problem, at);

    // The parameters: a row per entry, read-only where the form cannot show it as written.
    const YamlValue *params =
        value && value->isMapping() && problem.isEmpty() ? value->find(Parameters) : nullptr;
    QString tableProblem = problem;
    const YamlPath paramsPath = path({Inference, Parameters});
    if (tableProblem.isEmpty() && state == Off) {
        tableProblem = tr("inference is off");
    }
    if (tableProblem.isEmpty() && params) {
        tableProblem = problemAt(paramsPath);
        if (tableProblem.isEmpty() && !params->isNull() && !params->isMapping()) {
            tableProblem = tr("the parameters are %1, not a mapping").arg(formTypeName(*params));
        }
    }
    std::vector<KeyValueTableModel::Row> rows;
    if (params && params->isMapping()) {
        for (const YamlValue::Entry &e : params->entries()) {
            QString why = tableProblem.isEmpty() ? problemAt(path({Inference, Parameters, e.first}))
                                                 : tableProblem;
            const YamlValue::Type t = e.second.type();
            if (why.isEmpty() && t != YamlValue::Type::Number && t != YamlValue::Type::Bool &&
                t != YamlValue::Type::String) {
                why = tr("it is %1").arg(formTypeName(e.second));
            }
            if (why.isEmpty() && t == YamlValue::Type::String &&
                e.second.toString().contains(u'\n')) {
                why = tr("it spans several lines");
            }
            rows.push_back({e.first, e.second, why});
        }
    }
    m_model->setRows(std::move(rows));
    m_table->setReadOnly(!tableProblem.isEmpty());
    if (state == Off && problem.isEmpty()) {
        m_tableNote->setText(tr("Inference is off: turn it on to give default parameters."));
        m_tableNote->setVisible(true);
    } else {
        showProblem(m_tableNote, tableProblem == problem ? QString() : tableProblem, paramsPath);
    }
}

void InferenceGroup::choose(const QString &state)
{
    const YamlValue meta = document()->metadata();
    const YamlValue *value = meta.isMapping() ? meta.find(Inference) : nullptr;
    const bool hadParameters = value && value->isMapping();
    CardDocument::EditResult r;
    if (state == Unset) {
        r = value ? document()->unset(path({Inference}))
                  : CardDocument::EditResult{true, false, QString()};
    } else if (state == On || state == Off) {
        r = document()->set(path({Inference}), YamlValue::boolean(state == On));
    } else {
        // "With parameters" comes from adding one; choosing it alone changes nothing.
        refresh();
        return;
    }
    if (report(m_note, r) && hadParameters && r.changed) {
        // Not silent: the parameters went with the mapping, and Undo brings them back.
        m_note->setText(tr("The parameters were removed with the mapping; Undo (Ctrl+Z) "
                           "brings them back."));
        m_note->setVisible(true);
    }
}

void InferenceGroup::addParameter(const QString &name, int typeIndex, const QString &valueText)
{
    if (name.isEmpty()) {
        return;
    }
    if (m_model->rowOf(name) >= 0) {
        m_tableNote->setText(
            tr("Not added: there is a parameter \"%1\" already.").arg(name.toHtmlEscaped()));
        m_tableNote->setVisible(true);
        return;
    }
    const KeyValueTableModel::Edit e = ParameterTableModel::typed(typeIndex, valueText);
    if (!e.ok) {
        m_tableNote->setText(tr("Not added: %1").arg(e.error.toHtmlEscaped()));
        m_tableNote->setVisible(true);
        return;
    }
    if (commitParameter(name, e.value, e.sourceText)) {
        m_table->clearNewEntry();
    }
}

void InferenceGroup::removeParameter(const QString &name)
{
    report(m_tableNote, document()->unset(path({Inference, Parameters, name})));
}

bool InferenceGroup::commitParameter(const QString &name, const YamlValue &value,
                                     const QString &source)
{
    const YamlValue meta = document()->metadata();
    const YamlValue *inference = meta.isMapping() ? meta.find(Inference) : nullptr;
    if (inference && inference->type() == YamlValue::Type::Bool) {
        if (!inference->toBool()) {
            return report(m_tableNote, {false, false, tr("inference is off")});
        }
        // `inference: true` becomes the mapping, which means on as well.
        const YamlValue mapping =
            YamlValue::mapping({{Parameters, YamlValue::mapping({{name, value}})}});
        return report(m_tableNote, document()->set(path({Inference}), mapping));
    }
    return report(m_tableNote, document()->set(path({Inference, Parameters, name}), value, source));
}

} // namespace Cardigan
