#include "autosavecontroller.h"
#include "carddocument.h"
#include "fakefileprompts.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "recoverystore.h"
#include "testsettings.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

#include <unistd.h>

using namespace Cardigan;
using namespace Qt::StringLiterals;

namespace {

const char crashChildFlag[] = "--crash-child";

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

void typeAt(CardDocument &doc, const QString &before, const QString &text)
{
    QTextCursor cursor = doc.textDocument()->find(before);
    QVERIFY2(!cursor.isNull(), qPrintable(before));
    cursor.setPosition(cursor.selectionStart());
    cursor.insertText(text);
}

// What the crash child types, line by line, at the end of the card. New lines take the
// card's own terminator (CRLF here).
QString typedLine(int i)
{
    return u"typed line %1 \u00a0\U0001F917\r\n"_s.arg(i);
}

// A large CRLF card with a BOM: big enough that a recovery write takes a while, so the
// kill often lands in the middle of one.
QByteArray crashCard()
{
    QByteArray bytes = "\xEF\xBB\xBF---\r\nlicense: mit\r\n---\r\n# Model\xC2\xA0"
                       "card\r\n";
    for (int i = 0; bytes.size() < 600'000; ++i) {
        bytes += "Paragraph " + QByteArray::number(i) + " about the model and its data.\r\n";
    }
    return bytes;
}

// The child: opens the card, types a line every millisecond, lets autosave run every few
// milliseconds, and after each entry is written prints how many typed lines the entry on
// disk holds (the write runs on a worker: the text was taken when it began, and typing
// went on meanwhile). It never exits on its own: the test kills it.
int runCrashChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString card = QString::fromLocal8Bit(argv[2]);
    const QString folder = QString::fromLocal8Bit(argv[3]);
    CardDocument doc;
    FileController files(&doc, nullptr, std::make_unique<FakeFilePrompts>(), folder);
    if (!files.openPath(card)) {
        return 2;
    }
    files.autosave()->setInterval(10);
    // The descriptor, not stdout's FILE: stdio would hold the reports back in its buffer.
    QFile out;
    out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
    const qsizetype originalLines = doc.text().count(u'\n');
    const RecoveryStore reader(folder);
    QObject::connect(files.autosave(), &AutosaveController::saved, &app, [&] {
        const QString entry = reader.load(files.autosave()->entryId()).text;
        out.write("saved " + QByteArray::number(entry.count(u'\n') - originalLines) + '\n');
    });
    int typed = 0;
    QTimer typing;
    typing.setInterval(1);
    QObject::connect(&typing, &QTimer::timeout, &app, [&] {
        QTextCursor cursor(doc.textDocument());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(typedLine(typed).chopped(2) + u'\n');
        ++typed;
    });
    typing.start();
    return app.exec();
}

const char saveChildFlag[] = "--save-child";

// The card the save child writes again and again: crashCard() with a revision number.
QByteArray revisionCard(int revision)
{
    QByteArray bytes = crashCard();
    bytes.replace("license: mit\r\n",
                  "license: mit\r\nrevision: " + QByteArray::number(revision) + "\r\n");
    return bytes;
}

// The save child: opens the card and, as fast as it can, sets `revision` to the next
// number and saves through FileController (CardFile::write, QSaveFile), printing each
// revision once it is on disk. It never exits on its own: the test kills it.
int runSaveChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString card = QString::fromLocal8Bit(argv[2]);
    const QString folder = QString::fromLocal8Bit(argv[3]);
    CardDocument doc;
    FileController files(&doc, nullptr, std::make_unique<FakeFilePrompts>(), folder);
    if (!files.openPath(card)) {
        return 2;
    }
    QFile out;
    out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
    int revision = 0;
    QTimer saving;
    QObject::connect(&saving, &QTimer::timeout, &app, [&] {
        ++revision;
        if (!doc.set(*YamlPath::parse(u"revision"_s), QString::number(revision)).changed ||
            !files.save()) {
            app.exit(3);
            return;
        }
        out.write("saved " + QByteArray::number(revision) + '\n');
    });
    saving.start(0);
    return app.exec();
}

} // namespace

class TestAutosave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void autosave_writesEntryWhileModified_andSaveRemovesIt();
    void autosave_followsLaterEdits();
    void autosave_typingDoesNotPostponeIt();
    void autosave_undoToSavedRemovesEntry();
    void autosave_nothingForUnmodifiedCard();
    void autosave_reportsFailureOnce();
    void background_writesOnAWorker();
    void background_changesDuringAWrite_areWrittenNext();
    void background_saveNowDuringAWrite_holdsTheLatest();
    void background_savingTheCardDuringAWrite_leavesNoEntry();
    void background_closingDuringAWrite_leavesAWholeEntry();
    void offerRecovery_recoverLoadsModifiedCardAtItsPath();
    void offerRecovery_untitled();
    void offerRecovery_discardAndLater();
    void offerRecovery_nothingToOffer();
    void crash_recoveryEntryHoldsEverythingAutosaved();
    void crash_killDuringSaveLeavesOldOrNewFile();

private:
    QString folder() const { return m_dir->filePath(u"recovery"_s); }
    QString cardPath() const { return m_dir->filePath(u"model/README.md"_s); }
    QStringList entryFiles() const
    {
        return QDir(folder()).entryList({u"*.recovery"_s}, QDir::Files);
    }
    // Opens crashCard(): large enough that a write takes a while.
    void openLargeCard();
    QString entryText() const
    {
        return RecoveryStore(folder()).load(m_files->autosave()->entryId()).text;
    }
    // What a crashed session leaves: an entry nobody holds.
    QString crashedEntry(const QString &path, const QString &text, bool bom);

    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CardDocument> m_doc;
    FakeFilePrompts *m_prompts = nullptr;
    std::unique_ptr<FileController> m_files;
};

void TestAutosave::initTestCase()
{
    useTestSettings(u"tst_autosave"_s, m_settings.path());
}

void TestAutosave::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(m_dir->filePath(u"model"_s)));
    QVERIFY(writeBytes(cardPath(), "---\nlicense: mit\n---\nbody\n"));
    m_doc = std::make_unique<CardDocument>();
    auto prompts = std::make_unique<FakeFilePrompts>();
    m_prompts = prompts.get();
    m_files = std::make_unique<FileController>(m_doc.get(), nullptr, std::move(prompts), folder());
    m_files->autosave()->setInterval(20);
}

void TestAutosave::cleanup()
{
    m_files.reset();
    m_doc.reset();
    m_dir.reset();
}

QString TestAutosave::crashedEntry(const QString &path, const QString &text, bool bom)
{
    RecoveryStore crashed(folder());
    const QString id = crashed.claim(path);
    if (!crashed.save(id, path, text, bom)) {
        return {};
    }
    return id; // the store goes away with its lock, as a crashed process's would
}

void TestAutosave::autosave_writesEntryWhileModified_andSaveRemovesIt()
{
    QVERIFY(m_files->openPath(cardPath()));
    QVERIFY(entryFiles().isEmpty());
    typeAt(*m_doc, u"body"_s, u"my "_s);
    QSignalSpy saved(m_files->autosave(), &AutosaveController::saved);
    QVERIFY(saved.wait());
    const QString id = m_files->autosave()->entryId();
    QCOMPARE(entryFiles(), QStringList({id + u".recovery"_s}));
    const RecoveryStore::Recovered entry = RecoveryStore(folder()).load(id);
    QCOMPARE(entry.text, u"---\nlicense: mit\n---\nmy body\n"_s);
    QCOMPARE(entry.originalPath, cardPath());

    QVERIFY(m_files->save());
    QVERIFY(entryFiles().isEmpty());
    QCOMPARE(m_files->autosave()->entryId(), QString());
}

void TestAutosave::autosave_followsLaterEdits()
{
    QVERIFY(m_files->openPath(cardPath()));
    QSignalSpy saved(m_files->autosave(), &AutosaveController::saved);
    typeAt(*m_doc, u"body"_s, u"1 "_s);
    QVERIFY(saved.wait());
    typeAt(*m_doc, u"body"_s, u"2 "_s);
    QVERIFY(saved.wait());
    QCOMPARE(entryFiles().size(), 1);
    QCOMPARE(RecoveryStore(folder()).load(m_files->autosave()->entryId()).text,
             u"---\nlicense: mit\n---\n1 2 body\n"_s);
}

void TestAutosave::autosave_typingDoesNotPostponeIt()
{
    QVERIFY(m_files->openPath(cardPath()));
    m_files->autosave()->setInterval(200);
    // A keystroke every 10 ms for a second. Were the timer restarted by each keystroke, no
    // entry would be written before the typing stops.
    int typed = 0;
    QTimer typing;
    typing.setInterval(10);
    connect(&typing, &QTimer::timeout, this, [&] {
        typeAt(*m_doc, u"body"_s, u"b"_s);
        if (++typed == 100) {
            typing.stop();
        }
    });
    typing.start();
    QSignalSpy saved(m_files->autosave(), &AutosaveController::saved);
    QVERIFY(saved.wait(5000));
    QVERIFY2(typed < 100, qPrintable(QString::number(typed)));
    typing.stop();
}

void TestAutosave::autosave_undoToSavedRemovesEntry()
{
    QVERIFY(m_files->openPath(cardPath()));
    typeAt(*m_doc, u"body"_s, u"x"_s);
    QVERIFY(m_files->autosave()->saveNow());
    QCOMPARE(entryFiles().size(), 1);
    m_doc->textDocument()->undo();
    QVERIFY(!m_files->isModified());
    QVERIFY(entryFiles().isEmpty());
}

void TestAutosave::autosave_nothingForUnmodifiedCard()
{
    QVERIFY(m_files->openPath(cardPath()));
    QVERIFY(m_files->autosave()->saveNow());
    QVERIFY(!m_files->autosave()->hasPendingSave());
    QVERIFY(entryFiles().isEmpty());
}

void TestAutosave::autosave_reportsFailureOnce()
{
    // The recovery folder cannot be created: a file is in the way.
    QVERIFY(writeBytes(folder(), "in the way"));
    QVERIFY(m_files->openPath(cardPath()));
    QSignalSpy failed(m_files->autosave(), &AutosaveController::failed);
    QSignalSpy notices(m_files.get(), &FileController::notice);
    for (int attempt = 0; attempt < 2; ++attempt) {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot create the recovery"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot write recovery entry"_s));
        typeAt(*m_doc, u"body"_s, u"x"_s);
        QVERIFY(!m_files->autosave()->saveNow());
    }
    QCOMPARE(failed.size(), 1);
    QVERIFY(notices.last().first().toString().contains(u"recovery"_s));
}

void TestAutosave::openLargeCard()
{
    QVERIFY(writeBytes(cardPath(), crashCard()));
    QVERIFY(m_files->openPath(cardPath()));
    // Only the calls below write: no timer in between.
    m_files->autosave()->setInterval(60'000);
}

void TestAutosave::background_writesOnAWorker()
{
    openLargeCard();
    typeAt(*m_doc, u"Paragraph 0"_s, u"Edited. "_s);
    QSignalSpy saved(m_files->autosave(), &AutosaveController::saved);
    m_files->autosave()->saveInBackground();
    // Not written on this thread: the call has returned and the write is still under way.
    QCOMPARE(saved.count(), 0);
    QVERIFY(m_files->autosave()->hasPendingSave());
    QVERIFY(saved.wait());
    QVERIFY(!m_files->autosave()->hasPendingSave());
    QCOMPARE(entryText(), m_doc->text());
    // Nothing changed since: nothing more to write.
    m_files->autosave()->saveInBackground();
    QVERIFY(!m_files->autosave()->hasPendingSave());
}

void TestAutosave::background_changesDuringAWrite_areWrittenNext()
{
    openLargeCard();
    QSignalSpy saved(m_files->autosave(), &AutosaveController::saved);
    typeAt(*m_doc, u"Paragraph 0"_s, u"1 "_s);
    m_files->autosave()->saveInBackground();
    typeAt(*m_doc, u"Paragraph 0"_s, u"2 "_s);
    m_files->autosave()->saveInBackground();
    QTRY_COMPARE(saved.count(), 2);
    QVERIFY(!m_files->autosave()->hasPendingSave());
    QVERIFY(entryText().contains(u"1 2 Paragraph 0"_s));
    QCOMPARE(entryText(), m_doc->text());
}

void TestAutosave::background_saveNowDuringAWrite_holdsTheLatest()
{
    openLargeCard();
    typeAt(*m_doc, u"Paragraph 0"_s, u"1 "_s);
    m_files->autosave()->saveInBackground();
    typeAt(*m_doc, u"Paragraph 0"_s, u"2 "_s);
    QVERIFY(m_files->autosave()->saveNow());
    QCOMPARE(entryText(), m_doc->text());
    QVERIFY(!m_files->autosave()->hasPendingSave());
    // The earlier write's end, when its signal comes, changes nothing.
    QTest::qWait(100);
    QCOMPARE(entryText(), m_doc->text());
    QCOMPARE(entryFiles().size(), 1);
}

void TestAutosave::background_savingTheCardDuringAWrite_leavesNoEntry()
{
    openLargeCard();
    typeAt(*m_doc, u"Paragraph 0"_s, u"Edited. "_s);
    m_files->autosave()->saveInBackground();
    QVERIFY(m_files->save());
    QVERIFY(entryFiles().isEmpty());
    QCOMPARE(m_files->autosave()->entryId(), QString());
    QTest::qWait(100);
    QVERIFY(entryFiles().isEmpty());
    QVERIFY(!m_files->autosave()->hasPendingSave());
}

void TestAutosave::background_closingDuringAWrite_leavesAWholeEntry()
{
    openLargeCard();
    typeAt(*m_doc, u"Paragraph 0"_s, u"Edited. "_s);
    const QString text = m_doc->text();
    m_files->autosave()->saveInBackground();
    const QString id = m_files->autosave()->entryId();
    m_files.reset(); // as a window closed with the card kept for recovery
    QCOMPARE(entryFiles(), QStringList({id + u".recovery"_s}));
    QCOMPARE(RecoveryStore(folder()).load(id).text, text);
}

void TestAutosave::offerRecovery_recoverLoadsModifiedCardAtItsPath()
{
    const QString text = u"---\r\nlicense: mit\r\n---\r\nunsaved\u00a0work\r\n"_s;
    const QString id = crashedEntry(cardPath(), text, true);
    QVERIFY(!id.isEmpty());
    m_prompts->recoveries = {FilePrompts::Recovery::Recover};
    QSignalSpy modified(m_files.get(), &FileController::modifiedChanged);
    QVERIFY(m_files->offerRecovery());
    QCOMPARE(m_prompts->asked, QStringList({u"askRecover"_s}));
    QCOMPARE(m_doc->text(), text);
    QVERIFY(m_doc->hasBom());
    QVERIFY(m_files->isModified());
    QCOMPARE(modified.last().first().toBool(), true);
    QCOMPARE(m_files->path(), cardPath());
    QCOMPARE(m_files->autosave()->entryId(), id);

    // Autosave continues the same entry; saving writes the card and removes it.
    QSignalSpy saved(m_files->autosave(), &AutosaveController::saved);
    typeAt(*m_doc, u"unsaved"_s, u"more "_s);
    QVERIFY(saved.wait());
    QCOMPARE(entryFiles(), QStringList({id + u".recovery"_s}));
    QVERIFY(m_files->save());
    QCOMPARE(m_prompts->asked, QStringList({u"askRecover"_s})); // no "overwrite?"
    QVERIFY(entryFiles().isEmpty());
    QFile file(cardPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
             "\xEF\xBB\xBF---\r\nlicense: mit\r\n---\r\nmore unsaved\xC2\xA0work\r\n");
}

void TestAutosave::offerRecovery_untitled()
{
    QVERIFY(!crashedEntry(QString(), u"draft\n"_s, false).isEmpty());
    m_prompts->recoveries = {FilePrompts::Recovery::Recover};
    QVERIFY(m_files->offerRecovery());
    QCOMPARE(m_doc->text(), u"draft\n"_s);
    QCOMPARE(m_files->path(), QString());
    QVERIFY(m_files->isModified());
    m_prompts->savePaths = {m_dir->filePath(u"draft.md"_s)};
    QVERIFY(m_files->save());
    QVERIFY(entryFiles().isEmpty());
}

void TestAutosave::offerRecovery_discardAndLater()
{
    const QString discarded = crashedEntry(m_dir->filePath(u"a.md"_s), u"a\n"_s, false);
    const QString later = crashedEntry(m_dir->filePath(u"b.md"_s), u"b\n"_s, false);
    QVERIFY(!discarded.isEmpty() && !later.isEmpty());
    // Newest first; make "later" the older one by answering in whatever order is asked.
    const auto entries = m_files->recoveryStore()->entries();
    QCOMPARE(entries.size(), 2);
    for (const auto &entry : entries) {
        m_prompts->recoveries << (entry.id == discarded ? FilePrompts::Recovery::Discard
                                                        : FilePrompts::Recovery::Later);
    }
    QVERIFY(!m_files->offerRecovery());
    QCOMPARE(m_prompts->asked.size(), 2);
    QCOMPARE(entryFiles(), QStringList({later + u".recovery"_s}));
    QCOMPARE(m_files->path(), QString());
    QVERIFY(!m_files->isModified());
}

void TestAutosave::offerRecovery_nothingToOffer()
{
    QVERIFY(!m_files->offerRecovery());
    QVERIFY(m_prompts->asked.isEmpty());
}

void TestAutosave::crash_recoveryEntryHoldsEverythingAutosaved()
{
    const QByteArray bytes = crashCard();
    QVERIFY(writeBytes(cardPath(), bytes));
    const QString original = QString::fromUtf8(bytes.mid(3));
    QRandomGenerator random(1234);
    QString firstRecovered; // round 0's entry, whose text was just checked line by line
    for (int round = 0; round < 8; ++round) {
        const QString roundFolder = m_dir->filePath(u"recovery-%1"_s.arg(round));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        int lastReported = -1;
        int reports = 0;
        connect(&child, &QProcess::readyReadStandardOutput, &child, [&] {
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                if (!line.startsWith("saved ") || child.state() != QProcess::Running) {
                    continue;
                }
                lastReported = line.mid(6).toInt();
                if (++reports == 1) {
                    // At any moment from here: between entries, or in the middle of one.
                    QTimer::singleShot(random.bounded(200), &child, [&] { child.kill(); });
                }
            }
        });
        QSignalSpy finished(&child, &QProcess::finished);
        child.start(QCoreApplication::applicationFilePath(),
                    {QString::fromLatin1(crashChildFlag), cardPath(), roundFolder});
        QVERIFY(child.waitForStarted());
        QVERIFY(finished.wait(60'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY(lastReported > 0);

        // The killed child's lock is stale: its entry is offered, whole.
        RecoveryStore store(roundFolder);
        const QList<RecoveryStore::Entry> entries = store.entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].originalPath, cardPath());
        const RecoveryStore::Recovered recovered = store.load(entries[0].id);
        QVERIFY2(recovered.ok(), qPrintable(recovered.message));
        QVERIFY(recovered.bom);
        QVERIFY(recovered.text.startsWith(original));
        QString rest = recovered.text.mid(original.size());
        int lines = 0;
        while (!rest.isEmpty()) {
            const QString expected = typedLine(lines);
            QVERIFY2(rest.startsWith(expected), qPrintable(rest.left(80)));
            rest.remove(0, expected.size());
            ++lines;
        }
        qInfo("round %d: killed after %d entries; the last reported held %d lines, the "
              "recovered one holds %d",
              round, reports, lastReported, lines);
        QVERIFY(lines >= lastReported);
        if (round == 0) {
            firstRecovered = recovered.text;
        }
    }

    // And a fresh window offers it, as the app does when it starts, and the card it then
    // shows is exactly the autosaved text: the card as opened plus every line typed before
    // the last autosave, unsaved, at the card's path; the file on disk is untouched.
    auto *prompts = new FakeFilePrompts;
    prompts->recoveries = {FilePrompts::Recovery::Recover};
    MainWindow window(std::unique_ptr<FilePrompts>(prompts), m_dir->filePath(u"recovery-0"_s));
    window.show();
    QVERIFY(window.files()->offerRecovery());
    QCOMPARE(prompts->asked, QStringList{u"askRecover"_s});
    QVERIFY(firstRecovered.size() > original.size());
    QCOMPARE(window.document()->text(), firstRecovered);
    QVERIFY(window.document()->hasBom());
    QVERIFY(window.files()->isModified());
    QCOMPARE(window.files()->path(), cardPath());
    QFile onDisk(cardPath());
    QVERIFY(onDisk.open(QIODevice::ReadOnly));
    QCOMPARE(onDisk.readAll(), bytes);
}

// kill -9 at random moments while a child saves a 600 KB card over and over: the file on
// disk is always one whole revision (the last one reported saved, or the one after it,
// whose rename may have landed), never a partial write; so is any file a kill leaves
// beside it.
void TestAutosave::crash_killDuringSaveLeavesOldOrNewFile()
{
    QVERIFY(writeBytes(cardPath(), revisionCard(0)));
    const QStringList filesBefore = QDir(m_dir->filePath(u"model"_s)).entryList(QDir::Files);
    const QRegularExpression revisionLine(u"\\nrevision: (\\d+)\\r\\n"_s);
    QRandomGenerator random(4321);
    int midSave = 0;
    int strays = 0;
    for (int round = 0; round < 25; ++round) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        int lastReported = 0;
        bool armed = false;
        connect(&child, &QProcess::readyReadStandardOutput, &child, [&] {
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                if (!line.startsWith("saved ") || child.state() != QProcess::Running) {
                    continue;
                }
                lastReported = line.mid(6).toInt();
                if (!armed) {
                    armed = true;
                    QTimer::singleShot(random.bounded(150), &child, [&] { child.kill(); });
                }
            }
        });
        QSignalSpy finished(&child, &QProcess::finished);
        child.start(
            QCoreApplication::applicationFilePath(),
            {QString::fromLatin1(saveChildFlag), cardPath(), m_dir->filePath(u"save-recovery"_s)});
        QVERIFY(child.waitForStarted());
        QVERIFY(finished.wait(60'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY(lastReported > 0);

        QFile f(cardPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray onDisk = f.readAll();
        const QRegularExpressionMatch m = revisionLine.match(QString::fromLatin1(onDisk.left(200)));
        QVERIFY2(m.hasMatch(), onDisk.left(200).constData());
        const int revision = m.captured(1).toInt();
        QVERIFY2(revision == lastReported || revision == lastReported + 1,
                 qPrintable(
                     u"revision %1 on disk, %2 reported saved"_s.arg(revision).arg(lastReported)));
        QVERIFY2(onDisk == revisionCard(revision), "the file on disk is not a whole revision");
        midSave += revision != lastReported;
        qInfo("round %d: killed after %d saves; the file holds revision %d", round, lastReported,
              revision);
        // QSaveFile writes an unnamed temporary file (O_TMPFILE) and, once it is whole,
        // gives it a name and renames it over the card: a kill between those two calls
        // leaves it beside the card. Such a file is a whole revision too, never a partial
        // write; it is counted and removed.
        const QDir model(m_dir->filePath(u"model"_s));
        for (const QString &name : model.entryList(QDir::Files)) {
            if (filesBefore.contains(name)) {
                continue;
            }
            QFile stray(model.filePath(name));
            QVERIFY(stray.open(QIODevice::ReadOnly));
            const QByteArray bytes = stray.readAll();
            const QRegularExpressionMatch sm =
                revisionLine.match(QString::fromLatin1(bytes.left(200)));
            QVERIFY2(sm.hasMatch() && bytes == revisionCard(sm.captured(1).toInt()),
                     qPrintable(u"%1 beside the card is not a whole revision"_s.arg(name)));
            stray.close();
            QVERIFY(QFile::remove(model.filePath(name)));
            ++strays;
        }
        QVERIFY(writeBytes(cardPath(), revisionCard(0)));
    }
    qInfo("%d of 25 kills landed after a save's rename but before its report; %d left a whole "
          "temporary file beside the card",
          midSave, strays);
    QCOMPARE(QDir(m_dir->filePath(u"model"_s)).entryList(QDir::Files), filesBefore);
}

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], crashChildFlag) == 0) {
        return runCrashChild(argc, argv);
    }
    if (argc == 4 && qstrcmp(argv[1], saveChildFlag) == 0) {
        return runSaveChild(argc, argv);
    }
    QApplication app(argc, argv);
    TestAutosave test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_autosave.moc"
