#pragma once

#include "reposcan.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace Cardigan {

/**
 * The repository behind the open card: the one place the window keeps the latest
 * RepoScan. MainWindow owns one (MainWindow::repo()); anything that needs the card's
 * folder's files (the Files tab, the widget table's `src` picker) reads scan() and
 * follows scanned().
 *
 * Scans run on a worker thread (QtConcurrent), never on the GUI thread. A scan starts
 * when setFolder() gets a new folder, on rescan(), and half a second after the folder
 * changes on disk (a file added, removed or rewritten: QFileSystemWatcher on the
 * folder, its first subfolders and its files, coalesced). Starting a scan, a new
 * folder or cancel() makes any running one stale: its result is dropped, so scan()
 * is always the newest completed scan of folder(). While a scan runs, progress()
 * reports how many files it has listed.
 *
 * An untitled card has no folder: scan() is then an empty RepoScan (ok false).
 */
class RepoWatcher : public QObject
{
    Q_OBJECT

public:
    explicit RepoWatcher(QObject *parent = nullptr);
    ~RepoWatcher() override;

    /// The repository folder; empty for an untitled card.
    QString folder() const { return m_folder; }
    /// Follows @p folder (scanning it now), or nothing when empty. The same folder again
    /// does nothing: use rescan() to force a new scan.
    void setFolder(const QString &folder);

    /// The latest completed scan of folder(); empty (ok false) before the first one.
    const RepoScan &scan() const { return m_scan; }
    bool hasScan() const { return m_hasScan; }
    bool isScanning() const { return m_running != nullptr; }
    /// Files listed by the running scan so far.
    int filesListed() const { return m_listed; }
    /// Scans that are stale (cancelled or replaced) and still winding down, for tests.
    int staleJobs() const { return m_staleJobs; }

    /// Starts a new scan of folder() now, dropping a running one.
    void rescan();
    /// Stops the running scan; scan() keeps the previous result.
    void cancel();

    /// How long changes on disk are gathered before one rescan.
    void setRescanDelay(int ms);
    /// The file or folder limit of one scan (RepoScanner::Options::maxFiles).
    void setMaxFiles(int files) { m_maxFiles = files; }

signals:
    /// A scan started (also a rescan).
    void scanStarted();
    /// The running scan has listed @p files files.
    void progress(int files);
    /// scan() is new (or empty, when the folder was cleared).
    void scanned();
    /// The running scan was cancelled by the user; scan() is unchanged.
    void scanCancelled();

private:
    void start();
    /// Cancels the running scan and lets it wind down unseen.
    void dropRunning();
    void finished();
    void watch(const RepoScan &scan);
    void unwatch();

    QString m_folder;
    RepoScan m_scan;
    bool m_hasScan = false;
    QFutureWatcher<RepoScan> *m_running = nullptr;
    int m_listed = 0;
    int m_staleJobs = 0;
    int m_maxFiles = 100'000;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_rescanTimer = nullptr;
};

} // namespace Cardigan
