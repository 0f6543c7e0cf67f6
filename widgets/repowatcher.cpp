#include "repowatcher.h"

#include "logging.h"
#include "reposcanner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QPromise>
#include <QSet>
#include <QTimer>
#include <QtConcurrent>

namespace Cardigan {

namespace {

// inotify watches are a shared, limited resource: watch the top of big trees only.
constexpr int maxWatchedFolders = 64;
constexpr int maxWatchedFiles = 256;

} // namespace

RepoWatcher::RepoWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_rescanTimer(new QTimer(this))
{
    m_rescanTimer->setSingleShot(true);
    m_rescanTimer->setInterval(500);
    connect(m_rescanTimer, &QTimer::timeout, this, [this] {
        qCDebug(lcRepo) << "changed on disk, rescanning" << m_folder;
        rescan();
    });
    // Saving the card, a git pull, a download: many events, one rescan once they settle.
    auto changed = [this] {
        if (!m_folder.isEmpty()) {
            m_rescanTimer->start();
        }
    };
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
}

RepoWatcher::~RepoWatcher()
{
    // A running scan finishes on its pool thread and its result is dropped with the
    // watchers; it holds nothing of ours.
    dropRunning();
}

void RepoWatcher::setFolder(const QString &folder)
{
    const QString clean = folder.isEmpty() ? QString() : QDir::cleanPath(folder);
    if (clean == m_folder && (m_hasScan || isScanning() || clean.isEmpty())) {
        return;
    }
    m_folder = clean;
    m_rescanTimer->stop();
    unwatch();
    if (m_folder.isEmpty()) {
        dropRunning();
        m_scan = RepoScan();
        m_hasScan = false;
        emit scanned();
        return;
    }
    // The old folder's files say nothing about the new one.
    m_scan = RepoScan();
    m_hasScan = false;
    start();
}

void RepoWatcher::rescan()
{
    if (!m_folder.isEmpty()) {
        m_rescanTimer->stop();
        start();
    }
}

void RepoWatcher::cancel()
{
    if (!m_running) {
        return;
    }
    dropRunning();
    emit scanCancelled();
}

void RepoWatcher::setRescanDelay(int ms)
{
    m_rescanTimer->setInterval(ms);
}

void RepoWatcher::dropRunning()
{
    if (!m_running) {
        return;
    }
    QFutureWatcher<RepoScan> *old = m_running;
    m_running = nullptr;
    ++m_staleJobs;
    old->disconnect(this);
    connect(old, &QFutureWatcherBase::finished, this, [this, old] {
        --m_staleJobs;
        old->deleteLater();
    });
    old->cancel();
}

void RepoWatcher::start()
{
    dropRunning();
    m_listed = 0;
    auto *running = new QFutureWatcher<RepoScan>(this);
    running->setObjectName(QStringLiteral("repository scan"));
    m_running = running;
    connect(running, &QFutureWatcherBase::progressValueChanged, this, [this](int files) {
        m_listed = files;
        emit progress(files);
    });
    connect(running, &QFutureWatcherBase::finished, this, &RepoWatcher::finished);
    RepoScanner::Options options;
    options.maxFiles = m_maxFiles;
    const QString folder = m_folder;
    running->setFuture(QtConcurrent::run([folder, options](QPromise<RepoScan> &promise) mutable {
        QElapsedTimer timer;
        timer.start();
        promise.setProgressRange(0, 0);
        options.progress = [&promise](int files) {
            // Qt delivers at most 25 of these a second to the GUI thread.
            promise.setProgressValue(files);
            return !promise.isCanceled();
        };
        RepoScan scan = RepoScanner::scan(folder, options);
        if (!scan.cancelled) {
            qCDebug(lcRepo) << "scan thread:" << scan.files.size() << "files in" << timer.elapsed()
                            << "ms";
            promise.addResult(std::move(scan));
        }
    }));
    emit scanStarted();
}

void RepoWatcher::finished()
{
    QFutureWatcher<RepoScan> *running = m_running;
    m_running = nullptr;
    if (!running) {
        return;
    }
    running->deleteLater();
    const QFuture<RepoScan> future = running->future();
    if (future.isCanceled() || future.resultCount() == 0) {
        return;
    }
    m_scan = future.result();
    m_hasScan = true;
    m_listed = int(m_scan.files.size());
    emit progress(m_listed);
    watch(m_scan);
    emit scanned();
}

void RepoWatcher::watch(const RepoScan &scan)
{
    unwatch();
    if (!scan.ok) {
        return;
    }
    QStringList folders{scan.root};
    QStringList files;
    QSet<QString> seen;
    const QDir root(scan.root);
    for (const RepoFile &f : scan.files) {
        const qsizetype slash = f.path.indexOf(u'/');
        if (slash < 0) {
            if (files.size() < maxWatchedFiles && !f.symlink) {
                files << root.filePath(f.path);
            }
        } else if (folders.size() < maxWatchedFolders) {
            const QString top = f.path.left(slash);
            if (!seen.contains(top)) {
                seen.insert(top);
                folders << root.filePath(top);
            }
        }
    }
    m_watcher->addPaths(folders);
    if (!files.isEmpty()) {
        m_watcher->addPaths(files);
    }
}

void RepoWatcher::unwatch()
{
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty()) {
        m_watcher->removePaths(watched);
    }
}

} // namespace Cardigan
