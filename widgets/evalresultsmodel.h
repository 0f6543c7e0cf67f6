#pragma once

#include "yamlpath.h"
#include "yamlvalue.h"

#include <QAbstractItemModel>

#include <vector>

namespace Cardigan {

class CardDocument;

/**
 * The results of one `model-index` entry as a tree: a row per result, its metrics as
 * children; two columns (what it is, its value). It only shows: the editor writes
 * through CardDocument. update() follows a new read of the card with the smallest model
 * change (values changed in place, one row inserted or removed) so that selections and
 * open editors survive; only other changes reset it.
 */
class EvalResultsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, ColumnCount };
    enum Role {
        /// Why the item cannot be edited in place (an alias, an anchor, not a mapping).
        ProblemRole = Qt::UserRole + 1,
        /// The Hub's required fields the item lacks, as dotted keys (QStringList).
        MissingRole,
    };

    explicit EvalResultsModel(QObject *parent = nullptr);

    /// Shows the results of `model-index[model]` as @p doc holds them now; model -1, or
    /// an entry without a list of results, shows nothing.
    void update(const CardDocument &doc, int model);
    int modelEntry() const { return m_model; }

    bool isMetric(const QModelIndex &index) const;
    /// The result row of @p index (a result or one of its metrics), or -1.
    int resultRow(const QModelIndex &index) const;
    /// The metric row of @p index, or -1 for a result.
    int metricRow(const QModelIndex &index) const;
    QModelIndex resultIndex(int result, int column = 0) const;
    QModelIndex metricIndex(int result, int metric, int column = 0) const;
    /// `model-index[m].results[r]` or `...results[r].metrics[k]`.
    YamlPath path(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Metric
    {
        YamlValue value;
        QString valueText;
        QString problem;
        bool operator==(const Metric &o) const
        {
            return value == o.value && valueText == o.valueText && problem == o.problem;
        }
    };
    struct Result
    {
        quintptr id = 0; ///< stable while the row lives: its metrics' internal id
        YamlValue value;
        QString problem;
        std::vector<Metric> metrics;
        bool sameContent(const Result &o) const
        {
            return value == o.value && problem == o.problem && metrics == o.metrics;
        }
    };

    std::vector<Result> read(const CardDocument &doc, int model) const;
    /// Brings m_results[row]'s metrics to @p metrics; false when only a reset can.
    bool updateMetrics(int row, std::vector<Metric> metrics);
    bool updateResults(std::vector<Result> results);
    int rowOfId(quintptr id) const;
    QVariant resultData(const Result &r, int column, int role) const;
    QVariant metricData(const Metric &m, int column, int role) const;
    /// The roles a result and a metric answer alike: the tooltip (@p tooltip first, then
    /// why it is read-only and what the Hub still needs), the warning icon, italics.
    static QVariant markData(int role, int column, const QString &problem,
                             const QStringList &missing, QStringList tooltip);

    std::vector<Result> m_results;
    int m_model = -1;
    quintptr m_nextId = 1;
};

} // namespace Cardigan
