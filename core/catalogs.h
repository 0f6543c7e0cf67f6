#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Cardigan {

/**
 * The Hub's catalogues (license ids, ISO 639 codes, pipeline tags, library ids), loaded
 * once from the resources embedded in cardigan_core (resources/catalogs/, trimmed copies
 * of shared/spec/data). Safe to call from any thread after the first call returns.
 */
class Catalogs
{
public:
    static const Catalogs &instance();

    QStringList licenses; ///< in the Hub's order
    QSet<QString> licenseSet;
    QSet<QString> languages; ///< ISO 639-1, 639-2/B and 639-3 codes
    QSet<QString> iso6391;
    /// ISO 639-1 code by English name in lowercase ("english" -> "en"), for suggestions.
    QHash<QString, QString> languageByName;
    QSet<QString> pipelines;
    QSet<QString> libraries;

    /// What the Hub's widget for a task reads from a `widget:` example.
    struct WidgetTask
    {
        QStringList inputs; ///< required input fields (`text`, `src`, `context`, ...)
        QString output;     ///< example output kind: labels, answer_score, answers, text, url
    };
    QHash<QString, WidgetTask> widgetTasks;

private:
    Catalogs();
};

} // namespace Cardigan
