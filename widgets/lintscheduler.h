#pragma once

#include "diagnostic.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Cardigan {

class CardDocument;

// Lints the card again once its text has settled: every change restarts a short timer
// (250 ms), so typing is never held up by a lint per keystroke. The linter runs on the
// GUI thread: it is a single linear pass (the largest corpus card takes a few tens of
// milliseconds, see tst_lintscheduler), cheaper than copying the card to another thread.
class LintScheduler : public QObject
{
    Q_OBJECT

public:
    explicit LintScheduler(CardDocument *document, QObject *parent = nullptr);

    // The card's folder, for the checks of repository files it names (widget `src`);
    // empty for an untitled card. Lints again soon when it changes.
    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }

    // The last lint's findings; isCurrent() tells whether the text changed since.
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    bool isCurrent() const { return !m_stale; }
    bool isPending() const { return m_timer.isActive(); }

public slots:
    // Lints now (and cancels a pending lint).
    void lintNow();

signals:
    // A lint finished: @p diagnostics belong to the card's current text.
    void linted(const QList<Diagnostic> &diagnostics);

private:
    QPointer<CardDocument> m_document;
    QString m_folder;
    QTimer m_timer;
    QList<Diagnostic> m_diagnostics;
    bool m_stale = true;
};

} // namespace Cardigan
