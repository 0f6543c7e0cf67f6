#include "recoverystore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Cardigan;
using namespace Qt::StringLiterals;

class TestRecoveryStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void defaultFolder_isUnderAppData();
    void save_thenLoad_roundTripsText();
    void save_replacesTheEntry();
    void claim_isStablePerPath();
    void claim_untitledIsUnique();
    void claim_avoidsAnEntryHeldElsewhere();
    void claim_keepsAnEntryWaitingForRecovery();
    void remove_deletesEntryAndLock();
    void entries_skipEntriesHeldByARunningStore();
    void entries_includeEntriesWithAStaleLock();
    void entries_areNewestFirst();
    void entries_skipDamagedFiles();
    void claim_removesLeftoverTemporaryFiles();
    void save_failsWhenFolderCannotBeCreated();
    void load_reportsMissingEntry();

private:
    QString folder() const { return m_dir->filePath(u"recovery"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRecoveryStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRecoveryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestRecoveryStore::defaultFolder_isUnderAppData()
{
    QCOMPARE(RecoveryStore::defaultFolder(),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s);
    QCOMPARE(RecoveryStore().folder(), RecoveryStore::defaultFolder());
}

void TestRecoveryStore::save_thenLoad_roundTripsText()
{
    RecoveryStore store(folder());
    const QString path = m_dir->filePath(u"model/README.md"_s);
    const QString id = store.claim(path);
    QVERIFY(!id.isEmpty());
    const QString text = u"---\r\nlicense: mit\r\n---\r\nno\u00a0break \U0001F917\r\nlast"_s;
    QString error;
    QVERIFY(store.save(id, path, text, true, &error));
    QVERIFY(error.isEmpty());

    RecoveryStore other(folder());
    // Held by `store` (this process is alive), so not offered yet.
    QVERIFY(other.entries().isEmpty());
    store.release(id);
    const QList<RecoveryStore::Entry> entries = other.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].id, id);
    QCOMPARE(entries[0].originalPath, path);
    QVERIFY(entries[0].bom);
    QCOMPARE(entries[0].size, text.toUtf8().size() + 3);
    QVERIFY(qAbs(entries[0].time.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    const RecoveryStore::Recovered recovered = other.load(id);
    QVERIFY2(recovered.ok(), qPrintable(recovered.message));
    QCOMPARE(recovered.text, text);
    QVERIFY(recovered.bom);
    QCOMPARE(recovered.originalPath, path);
}

void TestRecoveryStore::save_replacesTheEntry()
{
    RecoveryStore store(folder());
    const QString id = store.claim(u"/cards/a.md"_s);
    QVERIFY(store.save(id, u"/cards/a.md"_s, u"one"_s, false));
    QVERIFY(store.save(id, u"/cards/a.md"_s, u"two"_s, false));
    store.release(id);
    QCOMPARE(store.entries().size(), 1);
    QCOMPARE(store.load(id).text, u"two"_s);
    QCOMPARE(QDir(folder()).entryList(QDir::Files), QStringList({id + u".recovery"_s}));
}

void TestRecoveryStore::claim_isStablePerPath()
{
    const QString path = m_dir->filePath(u"README.md"_s);
    QString first;
    {
        RecoveryStore store(folder());
        first = store.claim(path);
        QCOMPARE(store.claim(path), first);
        QVERIFY(first != store.claim(m_dir->filePath(u"other.md"_s)));
    }
    // After a crash (or a normal exit) the same file gets the same entry back.
    RecoveryStore again(folder());
    QCOMPARE(again.claim(path), first);
}

void TestRecoveryStore::claim_untitledIsUnique()
{
    RecoveryStore store(folder());
    const QString a = store.claim(QString());
    const QString b = store.claim(QString());
    QVERIFY(!a.isEmpty());
    QVERIFY(a != b);
}

void TestRecoveryStore::claim_avoidsAnEntryHeldElsewhere()
{
    RecoveryStore first(folder());
    RecoveryStore second(folder());
    const QString a = first.claim(u"/cards/README.md"_s);
    const QString b = second.claim(u"/cards/README.md"_s);
    QVERIFY(!b.isEmpty());
    QVERIFY(a != b);
    QVERIFY(b.startsWith(a));
    QVERIFY(!second.adopt(a));
}

void TestRecoveryStore::claim_keepsAnEntryWaitingForRecovery()
{
    QString crashed;
    {
        RecoveryStore store(folder());
        crashed = store.claim(u"/cards/README.md"_s);
        QVERIFY(store.save(crashed, u"/cards/README.md"_s, u"unsaved work"_s, false));
    }
    // The user chose "later" and opens the same card again: a new entry, the old one kept.
    RecoveryStore store(folder());
    const QString id = store.claim(u"/cards/README.md"_s);
    QVERIFY(id != crashed);
    QVERIFY(store.save(id, u"/cards/README.md"_s, u"new work"_s, false));
    QCOMPARE(store.load(crashed).text, u"unsaved work"_s);
}

void TestRecoveryStore::remove_deletesEntryAndLock()
{
    RecoveryStore store(folder());
    const QString id = store.claim(QString());
    QVERIFY(store.save(id, QString(), u"text"_s, false));
    QVERIFY(QFile::exists(folder() + u'/' + id + u".lock"_s));
    QVERIFY(store.remove(id));
    QVERIFY(QDir(folder()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    QVERIFY(store.remove(id)); // nothing left to remove is fine
}

void TestRecoveryStore::entries_skipEntriesHeldByARunningStore()
{
    auto running = std::make_unique<RecoveryStore>(folder());
    const QString id = running->claim(QString());
    QVERIFY(running->save(id, QString(), u"typed"_s, false));
    RecoveryStore starting(folder());
    QVERIFY(starting.entries().isEmpty());
    QVERIFY(!starting.adopt(id));
    running.reset(); // the instance quits without removing: a recovery is due
    QCOMPARE(starting.entries().size(), 1);
    QVERIFY(starting.adopt(id));
}

void TestRecoveryStore::entries_includeEntriesWithAStaleLock()
{
    RecoveryStore store(folder());
    const QString id = store.claim(QString());
    QVERIFY(store.save(id, QString(), u"typed"_s, false));
    store.release(id);
    // The lock of a process that died: QLockFile's format, a pid that cannot exist.
    QFile lock(folder() + u'/' + id + u".lock"_s);
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("4194305\ncardigan\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    RecoveryStore next(folder());
    QCOMPARE(next.entries().size(), 1);
    QVERIFY(next.adopt(id));
}

void TestRecoveryStore::entries_areNewestFirst()
{
    RecoveryStore store(folder());
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        ids << store.claim(u"/cards/%1.md"_s.arg(i));
        QVERIFY(store.save(ids.last(), u"/cards/%1.md"_s.arg(i), u"text"_s, false));
        store.release(ids.last());
    }
    // Give the entries times out of creation order: 1 newest, then 0, then 2.
    const int minutesAgo[] = {10, 5, 20};
    for (int i = 0; i < 3; ++i) {
        QFile file(folder() + u'/' + ids[i] + u".recovery"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        const qsizetype at = bytes.indexOf("\"time\":\"") + 8;
        const QByteArray time = QDateTime::currentDateTimeUtc()
                                    .addSecs(-60 * minutesAgo[i])
                                    .toString(Qt::ISODateWithMs)
                                    .toLatin1();
        bytes.replace(at, bytes.indexOf('"', at) - at, time);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
    }
    const auto entries = store.entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries[0].id, ids[1]);
    QCOMPARE(entries[1].id, ids[0]);
    QCOMPARE(entries[2].id, ids[2]);
}

void TestRecoveryStore::entries_skipDamagedFiles()
{
    RecoveryStore store(folder());
    const QString id = store.claim(u"/cards/a.md"_s);
    QVERIFY(store.save(id, u"/cards/a.md"_s, u"some text"_s, false));
    store.release(id);
    QFile file(folder() + u'/' + id + u".recovery"_s);
    QVERIFY(file.resize(file.size() - 2));
    QFile foreign(folder() + u"/notes.recovery"_s);
    QVERIFY(foreign.open(QIODevice::WriteOnly));
    foreign.write("hello\nworld");
    foreign.close();
    QVERIFY(store.entries().isEmpty());
    QVERIFY(!store.load(id).ok());
    QVERIFY(!store.load(u"notes"_s).ok());
}

void TestRecoveryStore::claim_removesLeftoverTemporaryFiles()
{
    RecoveryStore store(folder());
    const QString id = store.claim(u"/cards/a.md"_s);
    store.release(id);
    // What a process killed inside QSaveFile::commit leaves behind.
    QFile leftover(folder() + u'/' + id + u".recovery.Ab12Cd"_s);
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.write("half");
    leftover.close();
    QCOMPARE(store.claim(u"/cards/a.md"_s), id);
    QVERIFY(!leftover.exists());
}

void TestRecoveryStore::save_failsWhenFolderCannotBeCreated()
{
    QFile blocker(m_dir->filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    RecoveryStore store(m_dir->filePath(u"file/recovery"_s));
    QCOMPARE(store.claim(QString()), QString());
    QString error;
    QVERIFY(!store.save(u"untitled-x"_s, QString(), u"text"_s, false, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(store.entries().isEmpty());
}

void TestRecoveryStore::load_reportsMissingEntry()
{
    RecoveryStore store(folder());
    const RecoveryStore::Recovered recovered = store.load(u"card-nothing"_s);
    QVERIFY(!recovered.ok());
    QVERIFY(recovered.message.contains(u"card-nothing"_s));
}

QTEST_GUILESS_MAIN(TestRecoveryStore)
#include "tst_recoverystore.moc"
