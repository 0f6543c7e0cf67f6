#include "evalresultsmodel.h"

#include "carddocument.h"
#include "evalyaml.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

namespace Cardigan {

namespace {

QString stringAt(const YamlValue &v, const char *field)
{
    const YamlValue *found = EvalYaml::find(v, QLatin1String(field));
    if (!found || found->isNull()) {
        return QString();
    }
    return found->isString() ? found->toString() : QString::fromUtf8(found->toJson()).simplified();
}

QString firstOf(const QString &a, const QString &b)
{
    return a.trimmed().isEmpty() ? b : a;
}

} // namespace

EvalResultsModel::EvalResultsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

std::vector<EvalResultsModel::Result> EvalResultsModel::read(const CardDocument &doc,
                                                             int model) const
{
    std::vector<Result> out;
    const YamlValue meta = doc.metadata();
    const YamlValue *index = meta.isMapping() ? meta.find(QStringLiteral("model-index")) : nullptr;
    if (model < 0 || !index || !index->isSequence() || model >= int(index->items().size())) {
        return out;
    }
    const YamlValue &entry = index->items()[size_t(model)];
    const YamlValue *results = EvalYaml::find(entry, QStringLiteral("results"));
    if (!results || !results->isSequence()) {
        return out;
    }
    out.reserve(results->items().size());
    for (int r = 0; r < int(results->items().size()); ++r) {
        Result result;
        result.value = results->items()[size_t(r)];
        result.problem = EvalYaml::pathProblem(doc, EvalYaml::path(model, r));
        if (result.problem.isEmpty() && !result.value.isMapping()) {
            result.problem = tr("it is %1, not a mapping").arg(EvalYaml::typeName(result.value));
        }
        const YamlValue *metrics = EvalYaml::find(result.value, QStringLiteral("metrics"));
        if (metrics && metrics->isSequence()) {
            for (int k = 0; k < int(metrics->items().size()); ++k) {
                Metric metric;
                metric.value = metrics->items()[size_t(k)];
                metric.problem = EvalYaml::pathProblem(doc, EvalYaml::path(model, r, k));
                if (metric.problem.isEmpty() && !metric.value.isMapping()) {
                    metric.problem =
                        tr("it is %1, not a mapping").arg(EvalYaml::typeName(metric.value));
                }
                if (const YamlValue *v = EvalYaml::find(metric.value, QStringLiteral("value"))) {
                    metric.valueText = EvalYaml::displayText(
                        doc, EvalYaml::path(model, r, k, QStringLiteral("value")), *v);
                }
                result.metrics.push_back(std::move(metric));
            }
        }
        out.push_back(std::move(result));
    }
    return out;
}

void EvalResultsModel::update(const CardDocument &doc, int model)
{
    std::vector<Result> fresh = read(doc, model);
    if (model == m_model && updateResults(std::move(fresh))) {
        return;
    }
    // updateResults() gave up: read again, as it may have taken some rows already.
    fresh = read(doc, model);
    beginResetModel();
    m_model = model;
    m_results = std::move(fresh);
    for (Result &r : m_results) {
        r.id = m_nextId++;
    }
    endResetModel();
}

bool EvalResultsModel::updateResults(std::vector<Result> fresh)
{
    const size_t n = m_results.size();
    const size_t nn = fresh.size();
    if (nn == n) {
        for (size_t i = 0; i < n; ++i) {
            Result &old = m_results[i];
            const bool changed = old.value != fresh[i].value || old.problem != fresh[i].problem;
            old.value = fresh[i].value;
            old.problem = fresh[i].problem;
            if (changed) {
                emit dataChanged(resultIndex(int(i), 0), resultIndex(int(i), ColumnCount - 1));
            }
            if (!updateMetrics(int(i), std::move(fresh[i].metrics))) {
                return false;
            }
        }
        return true;
    }
    if (nn + 1 != n && nn != n + 1) {
        return false;
    }
    // One result added or removed, everything else as it was.
    const bool insert = nn > n;
    const std::vector<Result> &longer = insert ? fresh : m_results;
    const std::vector<Result> &shorter = insert ? m_results : fresh;
    size_t at = 0;
    while (at < shorter.size() && shorter[at].sameContent(longer[at])) {
        ++at;
    }
    for (size_t i = at; i < shorter.size(); ++i) {
        if (!shorter[i].sameContent(longer[i + 1])) {
            return false;
        }
    }
    if (insert) {
        beginInsertRows(QModelIndex(), int(at), int(at));
        fresh[at].id = m_nextId++;
        m_results.insert(m_results.begin() + qsizetype(at), std::move(fresh[at]));
        endInsertRows();
    } else {
        beginRemoveRows(QModelIndex(), int(at), int(at));
        m_results.erase(m_results.begin() + qsizetype(at));
        endRemoveRows();
    }
    return true;
}

bool EvalResultsModel::updateMetrics(int row, std::vector<Metric> fresh)
{
    std::vector<Metric> &old = m_results[size_t(row)].metrics;
    const size_t n = old.size();
    const size_t nn = fresh.size();
    if (nn == n) {
        for (size_t k = 0; k < n; ++k) {
            if (!(old[k] == fresh[k])) {
                old[k] = std::move(fresh[k]);
                emit dataChanged(metricIndex(row, int(k), 0),
                                 metricIndex(row, int(k), ColumnCount - 1));
            }
        }
        return true;
    }
    if (nn + 1 != n && nn != n + 1) {
        return false;
    }
    const bool insert = nn > n;
    const std::vector<Metric> &longer = insert ? fresh : old;
    const std::vector<Metric> &shorter = insert ? old : fresh;
    size_t at = 0;
    while (at < shorter.size() && shorter[at] == longer[at]) {
        ++at;
    }
    for (size_t k = at; k < shorter.size(); ++k) {
        if (!(shorter[k] == longer[k + 1])) {
            return false;
        }
    }
    const QModelIndex parent = resultIndex(row);
    if (insert) {
        beginInsertRows(parent, int(at), int(at));
        old.insert(old.begin() + qsizetype(at), std::move(fresh[at]));
        endInsertRows();
    } else {
        beginRemoveRows(parent, int(at), int(at));
        old.erase(old.begin() + qsizetype(at));
        endRemoveRows();
    }
    return true;
}

int EvalResultsModel::rowOfId(quintptr id) const
{
    for (size_t i = 0; i < m_results.size(); ++i) {
        if (m_results[i].id == id) {
            return int(i);
        }
    }
    return -1;
}

bool EvalResultsModel::isMetric(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() != 0;
}

int EvalResultsModel::resultRow(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return -1;
    }
    return isMetric(index) ? rowOfId(index.internalId()) : index.row();
}

int EvalResultsModel::metricRow(const QModelIndex &index) const
{
    return isMetric(index) ? index.row() : -1;
}

QModelIndex EvalResultsModel::resultIndex(int result, int column) const
{
    return index(result, column);
}

QModelIndex EvalResultsModel::metricIndex(int result, int metric, int column) const
{
    return index(metric, column, resultIndex(result));
}

YamlPath EvalResultsModel::path(const QModelIndex &index) const
{
    return EvalYaml::path(m_model, resultRow(index), metricRow(index));
}

QModelIndex EvalResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) {
        return {};
    }
    if (!parent.isValid()) {
        return row < int(m_results.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    }
    if (isMetric(parent) || parent.model() != this || parent.row() >= int(m_results.size())) {
        return {};
    }
    const Result &r = m_results[size_t(parent.row())];
    return row < int(r.metrics.size()) ? createIndex(row, column, r.id) : QModelIndex();
}

QModelIndex EvalResultsModel::parent(const QModelIndex &child) const
{
    if (!isMetric(child)) {
        return {};
    }
    const int row = rowOfId(child.internalId());
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int EvalResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_results.size());
    }
    if (isMetric(parent) || parent.column() != 0 || parent.row() >= int(m_results.size())) {
        return 0;
    }
    return int(m_results[size_t(parent.row())].metrics.size());
}

int EvalResultsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant EvalResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return section == NameColumn ? tr("Result / metric") : tr("Value");
}

QVariant EvalResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (isMetric(index)) {
        const int row = rowOfId(index.internalId());
        if (row < 0) {
            return {};
        }
        return metricData(m_results[size_t(row)].metrics[size_t(index.row())], index.column(),
                          role);
    }
    return resultData(m_results[size_t(index.row())], index.column(), role);
}

QVariant EvalResultsModel::resultData(const Result &r, int column, int role) const
{
    const QStringList missing =
        r.value.isMapping() ? EvalYaml::missingInResult(r.value) : QStringList();
    switch (role) {
    case Qt::DisplayRole:
        if (!r.value.isMapping()) {
            return column == NameColumn ? tr("(%1)").arg(EvalYaml::typeName(r.value)) : QString();
        }
        if (column == NameColumn) {
            const QString task =
                firstOf(stringAt(r.value, "task.name"), stringAt(r.value, "task.type"));
            const QString dataset =
                firstOf(stringAt(r.value, "dataset.name"), stringAt(r.value, "dataset.type"));
            if (task.isEmpty() && dataset.isEmpty()) {
                return tr("New result");
            }
            QString text = dataset.isEmpty() ? task : tr("%1 on %2").arg(task, dataset);
            // Results of one dataset often differ only in their config or split.
            QStringList part;
            for (const char *field : {"dataset.config", "dataset.split"}) {
                if (const QString v = stringAt(r.value, field); !v.trimmed().isEmpty()) {
                    part << v;
                }
            }
            return part.isEmpty() ? text : tr("%1 (%2)").arg(text, part.join(QStringLiteral(", ")));
        }
        return r.metrics.size() == 1 ? tr("1 metric") : tr("%1 metrics").arg(r.metrics.size());
    case Qt::ToolTipRole:
        // The whole name: the view elides it, and results often differ only at the end.
        return markData(role, column, r.problem, missing,
                        {resultData(r, NameColumn, Qt::DisplayRole).toString()});
    default:
        return markData(role, column, r.problem, missing, {});
    }
}

QVariant EvalResultsModel::metricData(const Metric &m, int column, int role) const
{
    const QStringList missing =
        m.value.isMapping() ? EvalYaml::missingInMetric(m.value) : QStringList();
    switch (role) {
    case Qt::DisplayRole:
        if (!m.value.isMapping()) {
            return column == NameColumn ? tr("(%1)").arg(EvalYaml::typeName(m.value)) : QString();
        }
        if (column == NameColumn) {
            const QString name = firstOf(stringAt(m.value, "name"), stringAt(m.value, "type"));
            return name.isEmpty() ? tr("New metric") : name;
        }
        return m.valueText;
    case Qt::ToolTipRole:
        return markData(role, column, m.problem, missing,
                        m.value.isMapping()
                            ? QStringList{tr("Metric %1").arg(stringAt(m.value, "type"))}
                            : QStringList());
    default:
        return markData(role, column, m.problem, missing, {});
    }
}

QVariant EvalResultsModel::markData(int role, int column, const QString &problem,
                                    const QStringList &missing, QStringList tooltip)
{
    switch (role) {
    case Qt::ToolTipRole:
        if (!problem.isEmpty()) {
            tooltip << tr("Read-only here: %1.").arg(problem);
        }
        if (!missing.isEmpty()) {
            tooltip << tr("Incomplete: the Hub needs %1.").arg(missing.join(QStringLiteral(", ")));
        }
        return tooltip.join(u'\n');
    case Qt::DecorationRole:
        if (column == NameColumn && !missing.isEmpty()) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::FontRole:
        if (!problem.isEmpty()) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case ProblemRole:
        return problem;
    case MissingRole:
        return missing;
    default:
        return {};
    }
}

} // namespace Cardigan
