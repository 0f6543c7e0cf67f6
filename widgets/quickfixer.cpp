#include "quickfixer.h"

#include "lintscheduler.h"
#include "logging.h"

#include <algorithm>
#include <cstdlib>

namespace Cardigan {

QuickFixer::QuickFixer(CardDocument *document, LintScheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_scheduler(scheduler)
{}

std::optional<Diagnostic> QuickFixer::current(const Diagnostic &stale)
{
    if (!m_scheduler->isCurrent()) {
        m_scheduler->lintNow();
    }
    // The same finding: same code and message; the nearest one when edits moved it.
    std::optional<Diagnostic> best;
    for (const Diagnostic &d : m_scheduler->diagnostics()) {
        if (d.code != stale.code || d.message != stale.message || !d.fix) {
            continue;
        }
        if (!best || std::abs(d.start - stale.start) < std::abs(best->start - stale.start)) {
            best = d;
        }
    }
    return best;
}

CardDocument::EditResult QuickFixer::apply(const Diagnostic &diagnostic)
{
    if (!m_document || !diagnostic.fix) {
        return {false, false, tr("This problem has no quick fix.")};
    }
    const std::optional<Diagnostic> now = current(diagnostic);
    if (!now) {
        const QString message = tr("The problem is gone: nothing to fix.");
        emit notice(message);
        return {false, false, message};
    }
    const CardDocument::EditResult result = now->fix->apply(*m_document);
    qCInfo(lcDocument) << "quick fix" << now->code << "at line" << now->line
                       << (result.ok ? "applied" : "refused:") << result.message;
    if (result.ok) {
        emit notice(tr("Fixed: %1").arg(now->fix->description));
    } else {
        emit notice(
            tr("The fix \"%1\" was refused: %2").arg(now->fix->description, result.message));
    }
    m_scheduler->lintNow();
    return result;
}

int QuickFixer::fixableCount(const QString &code) const
{
    const QList<Diagnostic> &all = m_scheduler->diagnostics();
    return int(std::count_if(all.begin(), all.end(),
                             [&code](const Diagnostic &d) { return d.code == code && d.fix; }));
}

CardDocument::EditResult QuickFixer::applyAll(const QString &code)
{
    if (!m_document) {
        return {false, false, QString()};
    }
    if (!m_scheduler->isCurrent()) {
        m_scheduler->lintNow();
    }
    QList<Diagnostic> fixes;
    for (const Diagnostic &d : m_scheduler->diagnostics()) {
        if (d.code == code && d.fix) {
            fixes.append(d);
        }
    }
    if (fixes.isEmpty()) {
        const QString message = tr("Nothing to fix of this kind.");
        emit notice(message);
        return {false, false, message};
    }
    // The last one first: a fix changes only the text after its own start, so the offsets
    // (and list indexes) of the fixes before it stay right.
    std::stable_sort(fixes.begin(), fixes.end(),
                     [](const Diagnostic &a, const Diagnostic &b) { return a.start > b.start; });
    CardDocument &doc = *m_document;
    const CardDocument::EditResult result = doc.editGroup([&doc, &fixes] {
        CardDocument::EditResult last{true, false, QString()};
        for (const Diagnostic &d : std::as_const(fixes)) {
            last = d.fix->apply(doc);
            if (!last.ok) {
                return last;
            }
        }
        return last;
    });
    if (result.ok) {
        emit notice(tr("Fixed %n problem(s) of kind %1.", nullptr, int(fixes.size())).arg(code));
    } else {
        emit notice(tr("The fixes of kind %1 were refused, nothing was changed: %2")
                        .arg(code, result.message));
    }
    m_scheduler->lintNow();
    return result;
}

} // namespace Cardigan
