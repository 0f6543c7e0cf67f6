#include "lintscheduler.h"

#include "carddocument.h"
#include "cardlinter.h"
#include "logging.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Cardigan {

LintScheduler::LintScheduler(CardDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_timer.setObjectName(QStringLiteral("lint pause"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &LintScheduler::lintInBackground);
    m_watcher.setObjectName(QStringLiteral("lint worker"));
    connect(&m_watcher, &QFutureWatcher<QList<Diagnostic>>::finished, this,
            &LintScheduler::finished);
    connect(document, &CardDocument::reparsed, this, [this] {
        ++m_generation;
        m_stale = true;
        m_timer.start();
    });
    m_timer.start();
}

void LintScheduler::setFolder(const QString &folder)
{
    if (folder == m_folder) {
        return;
    }
    m_folder = folder;
    ++m_generation;
    m_stale = true;
    m_timer.start();
}

LintScheduler::~LintScheduler()
{
    // The worker holds its own snapshot; only its result needs waiting for.
    m_watcher.waitForFinished();
}

void LintScheduler::lintNow()
{
    m_timer.stop();
    if (!m_document) {
        return;
    }
    // A worker's findings, when it ends, are of no use now.
    ++m_generation;
    QElapsedTimer clock;
    clock.start();
    const QList<Diagnostic> diagnostics = CardLinter::lint(*m_document, m_folder);
    qCDebug(lcDocument) << "linted" << m_document->text().size() << "characters in"
                        << clock.elapsed() << "ms:" << diagnostics.size() << "diagnostics";
    show(diagnostics);
}

void LintScheduler::lintInBackground()
{
    if (!m_document) {
        return;
    }
    if (m_running) {
        // One worker at a time: this one's findings will be old, and finished() starts
        // the next.
        return;
    }
    m_running = true;
    m_runningGeneration = m_generation;
    m_watcher.setFuture(QtConcurrent::run([card = m_document->snapshot(), folder = m_folder] {
        QElapsedTimer clock;
        clock.start();
        QList<Diagnostic> diagnostics = CardLinter::lint(card, folder);
        qCDebug(lcDocument) << "linted" << card.text.size() << "characters in the background in"
                            << clock.elapsed() << "ms:" << diagnostics.size() << "diagnostics";
        return diagnostics;
    }));
}

void LintScheduler::finished()
{
    m_running = false;
    if (m_runningGeneration == m_generation) {
        show(m_watcher.result());
    } else if (m_stale && !m_timer.isActive()) {
        // The text changed while the worker ran and its pause is over already.
        lintInBackground();
    }
}

void LintScheduler::show(const QList<Diagnostic> &diagnostics)
{
    m_diagnostics = diagnostics;
    m_stale = false;
    emit linted(m_diagnostics);
}

} // namespace Cardigan
