#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Cardigan {

/**
 * The facts the repository scan needs, loaded once from the embedded catalogues
 * (resources/catalogs/repo-*.json): transformers model class -> pipeline tag, the
 * libraries the Hub knows (library_name values), the pipeline types in the Hub's
 * order of preference.
 */
class RepoCatalog
{
public:
    static const RepoCatalog &instance();

    /// The pipeline tag of a transformers model class ("BertForMaskedLM" -> "fill-mask").
    QString pipelineForArchitecture(const QString &modelClass) const;
    /// The library id @p name names (exact, else case-insensitively), or empty.
    QString library(const QString &name) const;
    bool isPipeline(const QString &tag) const { return m_pipelineOrder.contains(tag); }
    /// Position in the Hub's PIPELINE_DATA order (lower is preferred); -1 when unknown.
    int pipelineOrder(const QString &tag) const { return m_pipelineOrder.value(tag, -1); }
    qsizetype architectureCount() const { return m_architectures.size(); }

private:
    RepoCatalog();

    QHash<QString, QString> m_architectures;
    QHash<QString, QString> m_librariesByLowerId;
    QHash<QString, int> m_pipelineOrder;
};

} // namespace Cardigan
