#pragma once

#include "reposcan.h"

#include <QString>
#include <QStringList>

namespace Cardigan {

class YamlValue;

/**
 * What the Hub will show for a repository: its tags (split into the card's own and the
 * ones the Hub adds), pipeline_tag and library_name with where each comes from, and the
 * model size line. Derived from a RepoScan and the card, following the Hub's public
 * rules (shared/spec/HUB-METADATA.md section 2); the Hub's own code is private, so
 * file-format tags and file-based library detection are our best reading of it.
 */
struct HubTags
{
    enum class PipelineSource {
        None,
        Explicit,      ///< `pipeline_tag` in the card
        Architectures, ///< config.json `architectures` through transformers' table
        Tags,          ///< a card tag naming a pipeline type (the Hub's order decides)
    };
    enum class LibrarySource {
        None,
        Explicit,     ///< `library_name` in the card
        Tag,          ///< a card tag naming a library
        Files,        ///< files only one library writes (`*.nemo`, `model_index.json`, ...)
        LegacyConfig, ///< config.json => transformers (repos created before Aug 2024 only)
    };

    QStringList fromCard;   ///< the card's `tags`, as written
    QStringList addedByHub; ///< everything else the Hub adds, without the card's tags

    QString pipelineTag;
    PipelineSource pipelineSource = PipelineSource::None;
    QString pipelineDetail; ///< the architecture or tag it came from

    QString libraryName;
    LibrarySource librarySource = LibrarySource::None;
    QString libraryDetail; ///< the tag or file it came from

    qint64 parameters = -1;  ///< -1 when unknown
    QStringList tensorTypes; ///< "BF16", "F32": most parameters first
    QString modelSize;       ///< "124M params · F32", empty when unknown
    QStringList notes;       ///< translated remarks (unknown pipeline tag, ...)

    /// A top-level key the card lacks whose inferred value is worth writing down.
    struct Suggestion
    {
        QString key; ///< "library_name" or "pipeline_tag"
        QString value;
        QString reason; ///< translated
    };
    QList<Suggestion> suggestions;

    /// Everything the Hub would list, card tags first.
    QStringList allTags() const { return fromCard + addedByHub; }

    /// Derives what the Hub shows from @p scan, the card's @p metadata and @p body.
    static HubTags derive(const RepoScan &scan, const YamlValue &metadata, const QString &body);
    /// "124M", "6.74B", "13B", "950": three significant digits, as on model pages.
    static QString formatParameters(qint64 count);
    /// The arXiv ids of the arXiv and Hub paper links in @p body, in order, unique.
    static QStringList arxivIds(const QString &body);
    static QString sourceText(PipelineSource source);
    static QString sourceText(LibrarySource source);
};

} // namespace Cardigan
