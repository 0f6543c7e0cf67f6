#include "evalresultseditor.h"

#include "carddocument.h"
#include "evalresultsmodel.h"
#include "evalyaml.h"

#include <QLineEdit>
#include <QSignalBlocker>
#include <QTreeView>

// The editor's edits: each is one CardDocument::set, unset or moveItem.

namespace Cardigan {

namespace {

using Kind = YamlPath::Segment::Kind;

QString firstString(const YamlValue *v)
{
    if (!v) {
        return QString();
    }
    if (v->isString()) {
        return v->toString();
    }
    if (v->isSequence() && !v->items().empty() && v->items().front().isString()) {
        return v->items().front().toString();
    }
    return QString();
}

} // namespace

void EvalResultsEditor::commitName()
{
    if (!m_name->isModified() || m_name->isReadOnly()) {
        return;
    }
    m_name->setModified(false);
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        // The Hub requires a name: put the card's back.
        const YamlValue *old = yamlValueAt(m_document->metadata(),
                                           EvalYaml::path(m_entry, -1, -1, QStringLiteral("name")));
        const QSignalBlocker blocker(m_name);
        m_name->setText(old && old->isString() ? old->toString() : QString());
        report(tr("Model name"), false, tr("the Hub requires a name"));
        return;
    }
    const CardDocument::EditResult r = m_document->set(
        EvalYaml::path(m_entry, -1, -1, QStringLiteral("name")), YamlValue::string(name));
    report(tr("Model name"), r.ok, r.message);
}

YamlValue EvalResultsEditor::newMetric(int result) const
{
    // The card's own `metrics:` ids are the likely ones; one this result lacks first.
    const YamlValue meta = m_document->metadata();
    const YamlValue *cardMetrics =
        meta.isMapping() ? meta.find(QStringLiteral("metrics")) : nullptr;
    QStringList used;
    if (result >= 0) {
        const YamlValue *r = yamlValueAt(meta, EvalYaml::path(m_entry, result));
        const YamlValue *metrics = r ? EvalYaml::find(*r, QStringLiteral("metrics")) : nullptr;
        if (metrics && metrics->isSequence()) {
            for (const YamlValue &m : metrics->items()) {
                if (const YamlValue *t = EvalYaml::find(m, QStringLiteral("type"))) {
                    used << t->toString();
                }
            }
        }
    }
    QString type;
    if (cardMetrics && cardMetrics->isSequence()) {
        for (const YamlValue &m : cardMetrics->items()) {
            if (m.isString() && !used.contains(m.toString())) {
                type = m.toString();
                break;
            }
        }
    } else {
        type = firstString(cardMetrics);
    }
    return YamlValue::mapping({{QStringLiteral("type"), YamlValue::string(type)},
                               {QStringLiteral("value"), YamlValue::string(QString())}});
}

YamlValue EvalResultsEditor::newResult() const
{
    // Filled from the card where it says: its pipeline tag and first dataset.
    const YamlValue meta = m_document->metadata();
    const QString task =
        meta.isMapping() ? firstString(meta.find(QStringLiteral("pipeline_tag"))) : QString();
    const QString dataset =
        meta.isMapping() ? firstString(meta.find(QStringLiteral("datasets"))) : QString();
    using E = YamlValue::Entry;
    return YamlValue::mapping(
        {E{QStringLiteral("task"),
           YamlValue::mapping({{QStringLiteral("type"), YamlValue::string(task)}})},
         E{QStringLiteral("dataset"),
           YamlValue::mapping({{QStringLiteral("type"), YamlValue::string(dataset)},
                               {QStringLiteral("name"), YamlValue::string(dataset)}})},
         E{QStringLiteral("metrics"), YamlValue::sequence({newMetric(-1)})}});
}

void EvalResultsEditor::addEvaluationResults()
{
    const YamlValue entry =
        YamlValue::mapping({{QStringLiteral("name"), YamlValue::string(suggestedModelName())},
                            {QStringLiteral("results"), YamlValue::sequence({newResult()})}});
    const CardDocument::EditResult r =
        m_document->set(EvalYaml::path(-1), YamlValue::sequence({entry}));
    report(tr("Add evaluation results"), r.ok, r.message);
    if (r.ok && m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->resultIndex(0));
    }
}

void EvalResultsEditor::addResult()
{
    if (m_readOnly) {
        return;
    }
    const YamlValue *entry = yamlValueAt(m_document->metadata(), EvalYaml::path(m_entry));
    const YamlValue *results = entry ? EvalYaml::find(*entry, QStringLiteral("results")) : nullptr;
    const YamlPath path = EvalYaml::child(EvalYaml::path(m_entry), QStringLiteral("results"));
    const CardDocument::EditResult r =
        results && results->isSequence()
            ? m_document->set(path.child({Kind::Append, QString(), 0}), newResult())
            : m_document->set(path, YamlValue::sequence({newResult()}));
    report(tr("Add result"), r.ok, r.message);
    if (r.ok && m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->resultIndex(m_model->rowCount() - 1));
    }
}

void EvalResultsEditor::addMetric()
{
    const int result = m_model->resultRow(m_view->currentIndex());
    if (m_readOnly || result < 0) {
        return;
    }
    const YamlValue *value = yamlValueAt(m_document->metadata(), EvalYaml::path(m_entry, result));
    const YamlValue *metrics = value ? EvalYaml::find(*value, QStringLiteral("metrics")) : nullptr;
    const YamlPath path =
        EvalYaml::child(EvalYaml::path(m_entry, result), QStringLiteral("metrics"));
    const CardDocument::EditResult r =
        metrics && metrics->isSequence()
            ? m_document->set(path.child({Kind::Append, QString(), 0}), newMetric(result))
            : m_document->set(path, YamlValue::sequence({newMetric(result)}));
    report(tr("Add metric"), r.ok, r.message);
    const int count = m_model->rowCount(m_model->resultIndex(result));
    if (r.ok && count > 0) {
        m_view->expand(m_model->resultIndex(result));
        m_view->setCurrentIndex(m_model->metricIndex(result, count - 1));
    }
}

void EvalResultsEditor::removeCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (m_readOnly || !current.isValid()) {
        return;
    }
    const bool metric = m_model->isMetric(current);
    const int result = m_model->resultRow(current);
    const int row = current.row();
    const CardDocument::EditResult r = m_document->unset(m_model->path(current));
    report(metric ? tr("Remove metric") : tr("Remove result"), r.ok, r.message);
    if (!r.ok) {
        return;
    }
    // The neighbour takes the selection, so Remove can be pressed again.
    const QModelIndex parent = metric ? m_model->resultIndex(result) : QModelIndex();
    const int count = m_model->rowCount(parent);
    m_view->setCurrentIndex(count > 0 ? m_model->index(std::min(row, count - 1), 0, parent)
                                      : parent);
}

void EvalResultsEditor::moveCurrent(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    if (m_readOnly || !current.isValid()) {
        return;
    }
    const QModelIndex parent = current.parent();
    const int from = current.row();
    const int to = from + delta;
    if (to < 0 || to >= m_model->rowCount(parent)) {
        return;
    }
    // Only the item's own lines move (with the comments right above it): one undo step.
    const CardDocument::EditResult r =
        m_document->moveItem(m_model->path(current).parent(), from, to);
    report(tr("Move"), r.ok, r.message);
    if (r.ok) {
        m_view->setCurrentIndex(m_model->index(to, 0, parent));
    }
}

} // namespace Cardigan
