#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace Cardigan {

/**
 * Display names for the Hub's catalogues (license full names, language names, pipeline
 * names grouped by modality, library pretty names), loaded once from the resources
 * embedded in cardigan_core (resources/catalogs/names-*.json, trimmed copies of
 * shared/spec/data). Which values are valid is Catalogs' business; this is for showing.
 */
class CatalogNames
{
public:
    struct Entry
    {
        QString id;
        QString name;
        QString group; ///< pipelines: the modality id; empty otherwise
    };

    static const CatalogNames &instance();

    std::vector<Entry> licenses;   ///< in the Hub's order
    std::vector<Entry> languages;  ///< ISO 639-1 first, then the other ISO 639-3 codes
    std::vector<Entry> modalities; ///< id and label, in the Hub's order
    std::vector<Entry> pipelines;  ///< in the Hub's order, group = modality id
    std::vector<Entry> libraries;  ///< in the catalogue's order

    /// The name for @p id, or an empty string when the catalogue has none.
    QString licenseName(const QString &id) const { return m_license.value(id); }
    QString languageName(const QString &code) const { return m_language.value(code); }
    QString pipelineName(const QString &id) const { return m_pipeline.value(id); }
    QString libraryName(const QString &id) const { return m_library.value(id); }

private:
    CatalogNames();

    QHash<QString, QString> m_license;
    QHash<QString, QString> m_language;
    QHash<QString, QString> m_pipeline;
    QHash<QString, QString> m_library;
};

} // namespace Cardigan
