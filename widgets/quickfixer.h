#pragma once

#include "carddocument.h"
#include "diagnostic.h"

#include <QObject>
#include <QPointer>

namespace Cardigan {

class LintScheduler;

// Applies the linter's quick fixes. A fix is planned on the text it was linted from, so
// when the card changed since, it lints again first and takes the same finding from the
// fresh list (or reports that the problem is gone). Each fix is one undo step (Fix::apply);
// "all of this kind" is one undo step too (CardDocument::editGroup). After a fix the card
// is linted at once, so the problem leaves the panel and the source without a pause.
class QuickFixer : public QObject
{
    Q_OBJECT

public:
    QuickFixer(CardDocument *document, LintScheduler *scheduler, QObject *parent = nullptr);

    // Applies the fix of @p diagnostic. A refusal (or a vanished problem) is reported
    // through notice() and returned.
    CardDocument::EditResult apply(const Diagnostic &diagnostic);
    // Applies every fix of diagnostics with @p code as one undo step: all or none.
    CardDocument::EditResult applyAll(const QString &code);
    // How many current diagnostics with @p code have a fix.
    int fixableCount(const QString &code) const;

signals:
    // What happened, for the status bar: a fix done, refused (with the reason), or moot.
    void notice(const QString &message);

private:
    // The current diagnostic that is @p stale, linting again when the text changed.
    std::optional<Diagnostic> current(const Diagnostic &stale);

    QPointer<CardDocument> m_document;
    LintScheduler *m_scheduler;
};

} // namespace Cardigan
