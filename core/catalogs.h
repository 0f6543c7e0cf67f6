#pragma once

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
    QSet<QString> pipelines;
    QSet<QString> libraries;

private:
    Catalogs();
};

} // namespace Cardigan
