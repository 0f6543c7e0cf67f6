#include "repowatcher.h"

#include "synthrepo.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Cardigan;
using namespace SynthRepo;

// RepoWatcher: scans off the GUI thread, drops stale results, follows the disk.
class TestRepoWatcher : public QObject
{
    Q_OBJECT

private slots:
    void setFolder_scansOffTheGuiThread()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("README.md"), "# m\n");
        write(dir.path(), QStringLiteral("config.json"),
              R"({"architectures":["BertForSequenceClassification"]})");
        RepoWatcher repo;
        QSignalSpy scanned(&repo, &RepoWatcher::scanned);
        repo.setFolder(dir.path());
        // setFolder returns at once; the result arrives through the event loop.
        QVERIFY(repo.isScanning());
        QCOMPARE(scanned.count(), 0);
        QVERIFY(!repo.hasScan());
        QVERIFY(scanned.wait());
        QVERIFY(!repo.isScanning());
        QVERIFY(repo.scan().ok);
        QCOMPARE(int(repo.scan().files.size()), 2);
        QCOMPARE(repo.scan().architectures,
                 QStringList{QStringLiteral("BertForSequenceClassification")});
        QCOMPARE(repo.filesListed(), 2);
    }

    void setFolder_sameFolderDoesNotRescan()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("README.md"), "# m\n");
        RepoWatcher repo;
        QSignalSpy started(&repo, &RepoWatcher::scanStarted);
        QSignalSpy scanned(&repo, &RepoWatcher::scanned);
        repo.setFolder(dir.path());
        QVERIFY(scanned.wait());
        repo.setFolder(dir.path() + QStringLiteral("/"));
        QCOMPARE(started.count(), 1);
        QVERIFY(!repo.isScanning());
    }

    void setFolder_emptyClearsTheScan()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("README.md"), "# m\n");
        RepoWatcher repo;
        QSignalSpy scanned(&repo, &RepoWatcher::scanned);
        repo.setFolder(dir.path());
        QVERIFY(scanned.wait());
        repo.setFolder(QString());
        QCOMPARE(scanned.count(), 2);
        QVERIFY(!repo.hasScan());
        QVERIFY(!repo.scan().ok);
        QVERIFY(repo.scan().files.empty());
    }

    void setFolder_newFolderDropsTheRunningScan()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        for (int i = 0; i < 3000; ++i) {
            write(a.path(), QStringLiteral("d%1/f%2").arg(i % 10).arg(i), "x");
        }
        write(b.path(), QStringLiteral("README.md"), "# b\n");
        RepoWatcher repo;
        QSignalSpy scanned(&repo, &RepoWatcher::scanned);
        repo.setFolder(a.path());
        repo.setFolder(b.path());
        QCOMPARE(repo.staleJobs(), 1);
        QVERIFY(scanned.wait());
        // The stale scan of a winds down; its result never shows.
        QTRY_COMPARE(repo.staleJobs(), 0);
        QCOMPARE(scanned.count(), 1);
        QCOMPARE(repo.scan().root, QFileInfo(b.path()).canonicalFilePath());
        QCOMPARE(int(repo.scan().files.size()), 1);
    }

    void cancel_keepsThePreviousScan()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("README.md"), "# m\n");
        RepoWatcher repo;
        QSignalSpy scanned(&repo, &RepoWatcher::scanned);
        QSignalSpy cancelled(&repo, &RepoWatcher::scanCancelled);
        repo.setFolder(dir.path());
        QVERIFY(scanned.wait());
        write(dir.path(), QStringLiteral("new.txt"), "x");
        repo.rescan();
        QVERIFY(repo.isScanning());
        repo.cancel();
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!repo.isScanning());
        QTRY_COMPARE(repo.staleJobs(), 0);
        QCOMPARE(scanned.count(), 1);
        QCOMPARE(int(repo.scan().files.size()), 1); // the scan before new.txt
    }

    void scan_tenThousandFilesReportsProgressAndKeepsTheEventLoopRunning()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("README.md"), "# big\n");
        for (int i = 1; i < 10'000; ++i) {
            write(dir.path(), QStringLiteral("data/d%1/f%2.txt").arg(i / 100).arg(i), "x");
        }
        RepoWatcher repo;
        QSignalSpy scanned(&repo, &RepoWatcher::scanned);
        QList<int> progress;
        connect(&repo, &RepoWatcher::progress, this, [&progress](int files) { progress << files; });
        // Counts the turns of the GUI event loop while the scan runs.
        int turns = 0;
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, this, [&] {
            if (repo.isScanning()) {
                ++turns;
            }
        });
        ticker.start();
        QElapsedTimer timer;
        timer.start();
        repo.setFolder(dir.path());
        const qint64 returnedAfter = timer.elapsed();
        QVERIFY(scanned.wait(30'000));
        qInfo("10,000 files: setFolder returned after %lld ms, scan done after %lld ms; "
              "%d event loop turns and %d progress reports during the scan",
              returnedAfter, timer.elapsed(), turns, int(progress.size()));
        QCOMPARE(int(repo.scan().files.size()), 10'000);
        QVERIFY(turns > 0);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), 10'000);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    }

    void changedFileOnDisk_triggersOneRescan()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("README.md"), "# m\n");
        write(dir.path(), QStringLiteral("config.json"), R"({"architectures":["BertModel"]})");
        RepoWatcher repo;
        repo.setRescanDelay(50);
        QSignalSpy scanned(&repo, &RepoWatcher::scanned);
        repo.setFolder(dir.path());
        QVERIFY(scanned.wait());
        // Rewritten in place: a file change, not a folder change.
        write(dir.path(), QStringLiteral("config.json"),
              R"({"architectures":["GPT2LMHeadModel"]})");
        QTRY_COMPARE(repo.scan().architectures, QStringList{QStringLiteral("GPT2LMHeadModel")});
        QCOMPARE(scanned.count(), 2);
    }

    void addedFileInSubfolder_triggersRescan()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("README.md"), "# m\n");
        write(dir.path(), QStringLiteral("onnx/model.onnx"), "x");
        RepoWatcher repo;
        repo.setRescanDelay(50);
        QSignalSpy scanned(&repo, &RepoWatcher::scanned);
        repo.setFolder(dir.path());
        QVERIFY(scanned.wait());
        QCOMPARE(repo.scan().count(FileFormat::Onnx), 1);
        write(dir.path(), QStringLiteral("onnx/model_quantized.onnx"), "x");
        QTRY_COMPARE(repo.scan().count(FileFormat::Onnx), 2);
    }

    void folderThatDoesNotExist_givesAClearError()
    {
        QTemporaryDir dir;
        RepoWatcher repo;
        QSignalSpy scanned(&repo, &RepoWatcher::scanned);
        repo.setFolder(dir.filePath(QStringLiteral("gone")));
        QVERIFY(scanned.wait());
        QVERIFY(!repo.scan().ok);
        QVERIFY(repo.scan().error.contains(QStringLiteral("not a folder")));
    }
};

QTEST_MAIN(TestRepoWatcher)
#include "tst_repowatcher.moc"
