#include "previewscheduler.h"

#include "carddocument.h"
#include "htmlblocks.h"
#include "markdownrenderer.h"

#include <QDir>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace Cardigan {

PreviewScheduler::PreviewScheduler(CardDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_pause.setObjectName(QStringLiteral("preview pause"));
    m_pause.setSingleShot(true);
    m_pause.setInterval(pauseMs);
    m_maxWait.setObjectName(QStringLiteral("preview max wait"));
    m_maxWait.setSingleShot(true);
    m_maxWait.setInterval(maxWaitMs);
    connect(&m_pause, &QTimer::timeout, this, &PreviewScheduler::start);
    connect(&m_maxWait, &QTimer::timeout, this, &PreviewScheduler::start);
    connect(document, &CardDocument::reparsed, this, &PreviewScheduler::changed);
    m_watcher.setObjectName(QStringLiteral("preview render worker"));
    connect(&m_watcher, &QFutureWatcher<PreviewContent>::finished, this, [this] {
        m_lastBody = m_running;
        m_lastBody.html = m_watcher.result().body;
        m_lastBody.valid = true;
        emit rendered(m_watcher.result());
        // A render asked for (opening a card, a setting) may be slow for reasons of its own
        // (the first in the process loads the catalogues): it may shorten the pause, and
        // only renders of typing lengthen it.
        const int pause = pauseFor(m_renderClock.elapsed());
        if (!m_runningForced || pause < m_pause.interval()) {
            m_pause.setInterval(pause);
        }
        if (m_dirty) {
            start();
        }
    });
}

int PreviewScheduler::pauseFor(qint64 lastRenderMs)
{
    return int(std::clamp<qint64>(2 * lastRenderMs, minPauseMs, pauseMs));
}

void PreviewScheduler::setCardFolder(const QString &folder)
{
    m_folder = folder;
}

void PreviewScheduler::setRepoName(const QString &name)
{
    m_repoName = name;
}

void PreviewScheduler::setAllowRemoteImages(bool allow)
{
    m_allowRemote = allow;
}

void PreviewScheduler::renderNow()
{
    m_forced = true;
    m_dirty = true;
    start();
}

void PreviewScheduler::changed()
{
    m_dirty = true;
    m_pause.start();
    if (!m_maxWait.isActive()) {
        m_maxWait.start();
    }
}

void PreviewScheduler::start()
{
    m_pause.stop();
    m_maxWait.stop();
    if (m_watcher.isRunning()) {
        return; // the finished handler starts again: latest wins
    }
    m_dirty = false;
    m_runningForced = std::exchange(m_forced, false);
    m_renderClock.start();
    // Copies: the worker never touches the document.
    const QString text = m_document->text();
    const FrontMatter fm = m_document->frontMatter();
    const QString body = fm.found ? text.mid(fm.bodyStart) : text;
    const YamlValue metadata = m_document->metadata();
    RenderOptions options;
    if (!m_folder.isEmpty()) {
        options.baseUrl = QUrl::fromLocalFile(QDir(m_folder).absolutePath() + u'/');
    }
    options.allowRemoteImages = m_allowRemote;
    const QString repo = m_repoName;
    m_running = {body, m_folder, m_allowRemote, QString(), false};
    const bool sameBody = m_lastBody.sameInput(m_running);
    const QString bodyHtml = sameBody ? m_lastBody.html : QString();
    m_watcher.setFuture(QtConcurrent::run([body, metadata, options, repo, sameBody, bodyHtml] {
        PreviewContent c;
        c.header = MarkdownRenderer::renderHeader(repo, metadata);
        c.body = sameBody ? bodyHtml : MarkdownRenderer::renderBody(body, options);
        c.blocks = HtmlBlocks::split(c.body);
        c.eval = MarkdownRenderer::renderEvalResults(metadata);
        return c;
    }));
}

} // namespace Cardigan
