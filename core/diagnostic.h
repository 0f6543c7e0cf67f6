#pragma once

#include "carddocument.h"
#include "yamlpath.h"
#include "yamlsplicer.h"

#include <QString>

#include <optional>

namespace Cardigan {

/**
 * A quick fix: one edit of the card, applied as one undo step. Metadata edits go through
 * CardDocument::set / unset, so they are verified splices; text edits (quoting a scalar,
 * rewriting math in the body) are raw splices in card text offsets.
 */
struct Fix
{
    enum class Kind { Set, Unset, Splice, RemoveBom };

    Kind kind = Kind::Splice;
    QString description; ///< what the fix does, for a menu ("Change to "mit"")
    YamlPath path;       ///< Set, Unset
    QString valueText;   ///< Set: YAML 1.2 flow text
    Splice splice;       ///< Splice

    static Fix set(const QString &description, const YamlPath &path, const QString &valueText);
    static Fix unset(const QString &description, const YamlPath &path);
    static Fix replace(const QString &description, const Splice &splice);
    /// Removes the byte order mark (a flag of the card, not text): CardDocument::setBom.
    static Fix removeBom(const QString &description);

    /// Applies the fix to @p doc. A raw splice is always applied (ok, changed).
    CardDocument::EditResult apply(CardDocument &doc) const;
};

/// One finding of the linter, at an exact place of the card.
struct Diagnostic
{
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    QString code;        ///< stable id ("license-unknown"), for filters, tests and docs
    QString message;     ///< translated, one sentence, names the key like the Hub does
    qsizetype start = 0; ///< card text offsets [start, end); start == end marks a point
    qsizetype end = 0;
    int line = 1; ///< 1-based place of start in the card, as CardDocument::locationOf
    int column = 1;
    std::optional<Fix> fix;

    /// "error", "warning" or "info" (not translated: machine formats use it).
    static QString severityName(Severity s);
};

} // namespace Cardigan
