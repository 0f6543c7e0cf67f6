#include "co2group.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Cardigan {

namespace {

const QString Co2 = QStringLiteral("co2_eq_emissions");
const QString Emissions = QStringLiteral("emissions");

} // namespace

Co2Group::Co2Group(CardDocument *doc, QWidget *parent)
    : FormSection(doc, tr("CO\u2082 emissions"), parent)
    , m_note(makeNote(QStringLiteral("co2-note")))
{
    auto *form = new QFormLayout(body());
    form->setContentsMargins(12, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_note);
    const struct
    {
        QString key;
        QString label;
        QString placeholder;
    } fields[] = {
        {Emissions, tr("Emissi&ons (g CO₂eq)"), tr("A number of grams, e.g. 1250.5")},
        {QStringLiteral("source"), tr("Sour&ce"), tr("How it was measured: CodeCarbon, a paper")},
        {QStringLiteral("training_type"), tr("Training type"), tr("pre-training or fine-tuning")},
        {QStringLiteral("geographical_location"), tr("Location"),
         tr("Where it was trained, e.g. Ohio, USA")},
        {QStringLiteral("hardware_used"), tr("Hardware"), tr("e.g. 8 x A100 40GB")},
    };
    for (const auto &spec : fields) {
        Field f;
        f.key = spec.key;
        f.edit = new QLineEdit;
        f.edit->setObjectName(QStringLiteral("co2-") + spec.key);
        f.edit->setPlaceholderText(spec.placeholder);
        f.edit->setClearButtonEnabled(true);
        f.edit->setAccessibleName(QString(spec.label).remove(u'&'));
        f.note = makeNote(QStringLiteral("co2-") + spec.key + QStringLiteral("-note"));
        auto *box = new QWidget;
        auto *vbox = new QVBoxLayout(box);
        vbox->setContentsMargins(0, 0, 0, 0);
        vbox->setSpacing(2);
        vbox->addWidget(f.edit);
        vbox->addWidget(f.note);
        auto *label = new QLabel(spec.label);
        label->setBuddy(f.edit);
        label->setToolTip(Co2 + u'.' + spec.key);
        form->addRow(label, box);
        m_fields.push_back(f);
    }
    for (const Field &f : m_fields) {
        QLineEdit *edit = f.edit;
        const QString key = f.key;
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, key] {
            // editingFinished also comes when the focus leaves an untouched field.
            if (!edit->isModified()) {
                return;
            }
            edit->setModified(false);
            for (const Field &g : m_fields) {
                if (g.key == key) {
                    commit(g, edit->text());
                }
            }
        });
    }
}

QStringList Co2Group::keys() const
{
    return {Co2};
}

void Co2Group::refreshSection(const YamlValue &meta)
{
    const YamlValue *value = meta.isMapping() ? meta.find(Co2) : nullptr;
    const YamlPath at = path({Co2});
    QString problem = problemAt(at);
    const bool number = value && value->type() == YamlValue::Type::Number;
    if (problem.isEmpty() && value && !value->isNull() && !number && !value->isMapping()) {
        problem = tr("it is %1, not a number or a mapping").arg(formTypeName(*value));
    }
    if (!problem.isEmpty()) {
        showProblem(m_note, problem, at);
    } else {
        QStringList others;
        if (value && value->isMapping()) {
            for (const YamlValue::Entry &e : value->entries()) {
                bool known = false;
                for (const Field &f : m_fields) {
                    known = known || f.key == e.first;
                }
                if (!known) {
                    others << e.first;
                }
            }
        }
        QString text = number ? tr("Written as a bare number of grams; filling another field "
                                   "writes the mapping.")
                              : QString();
        if (!others.isEmpty()) {
            text = tr("Also in the mapping, kept as written: %1. <a href=\"%2\">Edit in source</a>")
                       .arg(others.join(QLatin1String(", ")).toHtmlEscaped())
                       .arg(lineOf(nodeAt(at)));
        }
        m_note->setText(text);
        m_note->setVisible(!text.isEmpty());
    }
    for (const Field &f : m_fields) {
        const YamlValue *v = number                        ? (f.key == Emissions ? value : nullptr)
                             : value && value->isMapping() ? value->find(f.key)
                                                           : nullptr;
        QString why = problem;
        if (why.isEmpty() && v && !v->isNull()) {
            const YamlPath p = number ? at : path({Co2, f.key});
            why = problemAt(p);
            if (why.isEmpty() && f.key == Emissions && v->type() != YamlValue::Type::Number) {
                why = tr("it is %1, not a number").arg(formTypeName(*v));
            }
            if (why.isEmpty() && f.key != Emissions) {
                why = textProblem(p, v, false);
            }
        }
        {
            const QSignalBlocker blocker(f.edit);
            const QString text = v ? formScalarText(*v) : QString();
            if (f.edit->text() != text) {
                f.edit->setText(text);
            }
            f.edit->setModified(false);
        }
        f.edit->setReadOnly(!why.isEmpty());
        if (why == problem && !problem.isEmpty()) {
            f.note->setVisible(false);
        } else {
            showProblem(f.note, why, path({Co2, f.key}));
        }
    }
}

void Co2Group::commit(const Field &f, const QString &text)
{
    const QString t = text.trimmed();
    const YamlValue meta = document()->metadata();
    const YamlValue *value = meta.isMapping() ? meta.find(Co2) : nullptr;
    const bool number = value && value->type() == YamlValue::Type::Number;
    std::optional<YamlValue> newValue;
    if (!t.isEmpty() && f.key == Emissions) {
        QString why;
        newValue = formNumber(t, &why);
        if (!newValue) {
            // The field keeps what was typed, so it can be corrected.
            f.note->setText(tr("Not changed: %1").arg(why.toHtmlEscaped()));
            f.note->setVisible(true);
            return;
        }
    } else if (!t.isEmpty()) {
        newValue = YamlValue::string(t);
    }
    CardDocument::EditResult r;
    if (number && f.key == Emissions) {
        // A bare number stays one.
        r = newValue ? document()->set(path({Co2}), *newValue, t) : document()->unset(path({Co2}));
    } else if (number) {
        if (!newValue) {
            return;
        }
        // Another field: the number becomes the mapping's emissions.
        r = document()->set(path({Co2}),
                            YamlValue::mapping({{Emissions, *value}, {f.key, *newValue}}));
    } else if (newValue) {
        r = document()->set(path({Co2, f.key}), *newValue, f.key == Emissions ? t : QString());
    } else {
        const bool present = value && value->isMapping() && value->find(f.key);
        r = present ? document()->unset(path({Co2, f.key}))
                    : CardDocument::EditResult{true, false, QString()};
    }
    report(f.note, r);
}

} // namespace Cardigan
