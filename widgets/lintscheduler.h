#pragma once

#include "diagnostic.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Cardigan {

class CardDocument;

// Lints the card again once its text has settled: every change restarts a short timer
// (250 ms), so typing is never held up by a lint per keystroke. That lint runs on a
// worker thread, on a snapshot of the card: the largest corpus card takes a few tens of
// milliseconds, which a key pressed meanwhile would otherwise wait for. Its findings are
// shown only when the text has not changed since; otherwise the next pause lints again.
// lintNow() lints at once on the calling thread, for those who need the findings now.
class LintScheduler : public QObject
{
    Q_OBJECT

public:
    explicit LintScheduler(CardDocument *document, QObject *parent = nullptr);
    ~LintScheduler() override;

    // The card's folder, for the checks of repository files it names (widget `src`);
    // empty for an untitled card. Lints again soon when it changes.
    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }

    // The last lint's findings; isCurrent() tells whether the text changed since.
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    bool isCurrent() const { return !m_stale; }
    /// A lint of the current text is due or running.
    bool isPending() const { return m_timer.isActive() || m_running; }

public slots:
    // Lints now (and cancels a pending lint).
    void lintNow();

signals:
    // A lint finished: @p diagnostics belong to the card's current text.
    void linted(const QList<Diagnostic> &diagnostics);

private:
    void lintInBackground();
    void finished();
    void show(const QList<Diagnostic> &diagnostics);

    QPointer<CardDocument> m_document;
    QString m_folder;
    QTimer m_timer;
    QList<Diagnostic> m_diagnostics;
    bool m_stale = true;
    // Each change of the text or the folder, and each lint started, counts: a worker's
    // findings are shown only if nothing happened after it started.
    quint64 m_generation = 0;
    quint64 m_runningGeneration = 0;
    bool m_running = false;
    QFutureWatcher<QList<Diagnostic>> m_watcher;
};

} // namespace Cardigan
