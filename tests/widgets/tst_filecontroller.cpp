#include "autosavecontroller.h"
#include "carddocument.h"
#include "fakefileprompts.h"
#include "filecontroller.h"
#include "recentfiles.h"
#include "showchangesdialog.h"
#include "testsettings.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

#include <sys/stat.h>

using namespace Cardigan;
using namespace Qt::StringLiterals;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

quint64 inode(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? quint64(st.st_ino) : 0;
}

void typeAt(CardDocument &doc, const QString &before, const QString &text)
{
    QTextCursor cursor = doc.textDocument()->find(before);
    QVERIFY2(!cursor.isNull(), qPrintable(before));
    cursor.setPosition(cursor.selectionStart());
    cursor.insertText(text);
}

// BOM, CRLF, a no-break space and no final newline: all must survive a save.
const QByteArray crlfCard = "\xEF\xBB\xBF---\r\nlicense: mit\r\n---\r\n# Model\xC2\xA0"
                            "card\r\n\r\nBody text\r\nlast line";

} // namespace

class TestFileController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void open_editSave_isByteIdenticalExceptTheEdit();
    void open_setsPathTitleAndRecent();
    void save_replacesTheFileAtomically();
    void save_untitledAsksForAPath();
    void saveAs_writesTheNewFileAndFollowsIt();
    void saveAs_addsMdSuffix();
    void save_failureOffersSaveAs();
    void save_failureWithoutSaveAsKeepsTheChanges();
    void revert_restoresDisk_andUndoBringsEditsBack();
    void recentFiles_newestFirstAndAtMostTen();
    void recentFiles_dropFilesThatHaveGone();
    void recentFiles_menuOpensAFile();
    void openFolder_opensItsReadme();
    void openFolder_withoutReadme_declined();
    void openFolder_withoutReadme_startsANewCard();
    void open_refusesBadInput_data();
    void open_refusesBadInput();
    void open_missingFileLeavesRecent();
    void open_refusesWhatIsNotAReadableFile();
    void save_readOnlyFolder_offersSaveAs();
    void maybeClose_unmodifiedDoesNotAsk();
    void maybeClose_cancelKeepsEverything();
    void maybeClose_saveWrites();
    void maybeClose_discardRemovesRecovery();
    void newCard_usesTemplateAfterAsking();
    void title_followsPathAndModification();
    void actions_haveStandardShortcuts();
    void dragAndDrop_acceptsCardsAndFolders();
    void showChanges_showsDiskVersusBuffer();
    void showChangesDialog_showsTheDiff();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QStringList filesIn(const QString &folder) const
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::Dirs |
                                      QDir::NoDotAndDotDot);
    }

    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CardDocument> m_doc;
    FakeFilePrompts *m_prompts = nullptr;
    std::unique_ptr<FileController> m_files;
};

void TestFileController::initTestCase()
{
    useTestSettings(u"tst_filecontroller"_s, m_settings.path());
}

void TestFileController::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_doc = std::make_unique<CardDocument>();
    auto prompts = std::make_unique<FakeFilePrompts>();
    m_prompts = prompts.get();
    m_files = std::make_unique<FileController>(m_doc.get(), nullptr, std::move(prompts),
                                               path(u".recovery"_s));
}

void TestFileController::cleanup()
{
    m_files.reset();
    m_doc.reset();
    m_dir.reset();
}

void TestFileController::open_editSave_isByteIdenticalExceptTheEdit()
{
    const QString file = path(u"model/README.md"_s);
    QVERIFY(writeBytes(file, crlfCard));
    QVERIFY(m_files->openPath(file));
    QVERIFY(!m_files->isModified());
    typeAt(*m_doc, u"Body text"_s, u"Very "_s);
    QVERIFY(m_files->isModified());
    QVERIFY(m_files->save());
    QVERIFY(!m_files->isModified());
    QByteArray expected = crlfCard;
    expected.replace("Body text", "Very Body text");
    QCOMPARE(readBytes(file), expected);
    QVERIFY(m_prompts->asked.isEmpty());
}

void TestFileController::open_setsPathTitleAndRecent()
{
    const QString file = path(u"bert-base/README.md"_s);
    QVERIFY(writeBytes(file, "# Bert\n"));
    QSignalSpy titles(m_files.get(), &FileController::titleChanged);
    QSignalSpy loaded(m_files.get(), &FileController::documentLoaded);
    QVERIFY(m_files->openPath(file));
    QCOMPARE(m_files->path(), QFileInfo(file).absoluteFilePath());
    QCOMPARE(m_doc->text(), u"# Bert\n"_s);
    QCOMPARE(m_files->displayName(), u"bert-base/README.md"_s);
    QCOMPARE(titles.last().first().toString(), u"bert-base/README.md[*] \u2014 Cardigan"_s);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(m_files->recentFiles()->files(), QStringList({m_files->path()}));
    // A fresh document: nothing to undo.
    QVERIFY(!m_doc->textDocument()->isUndoAvailable());
}

void TestFileController::save_replacesTheFileAtomically()
{
    const QString file = path(u"README.md"_s);
    QVERIFY(writeBytes(file, "old\n"));
    QVERIFY(m_files->openPath(file));
    const quint64 before = inode(file);
    typeAt(*m_doc, u"old"_s, u"new "_s);
    QVERIFY(m_files->save());
    QCOMPARE(readBytes(file), QByteArray("new old\n"));
    // Written to a new file renamed over the old one, never in place, and nothing left over.
    QVERIFY(inode(file) != before);
    QCOMPARE(filesIn(m_dir->path()), QStringList({u"README.md"_s}));
}

void TestFileController::save_untitledAsksForAPath()
{
    m_doc->load(u"# New\n"_s);
    QVERIFY(!m_files->save()); // the fake cancels the dialog
    QCOMPARE(m_prompts->asked, QStringList({u"getSavePath"_s}));
    QCOMPARE(m_prompts->lastSuggestedPath, QDir::home().filePath(u"README.md"_s));
    QCOMPARE(m_files->path(), QString());

    m_prompts->savePaths = {path(u"new/README.md"_s)};
    QDir().mkpath(path(u"new"_s));
    QVERIFY(m_files->save());
    QCOMPARE(readBytes(path(u"new/README.md"_s)), QByteArray("# New\n"));
    QCOMPARE(m_files->path(), path(u"new/README.md"_s));
}

void TestFileController::saveAs_writesTheNewFileAndFollowsIt()
{
    const QString first = path(u"a/README.md"_s);
    const QString second = path(u"b/README.md"_s);
    QVERIFY(writeBytes(first, "a\r\n"));
    QDir().mkpath(path(u"b"_s));
    QVERIFY(m_files->openPath(first));
    typeAt(*m_doc, u"a"_s, u"b"_s);
    QSignalSpy paths(m_files.get(), &FileController::pathChanged);
    m_prompts->savePaths = {second};
    QVERIFY(m_files->saveAs());
    QCOMPARE(m_prompts->lastSuggestedPath, QFileInfo(first).absoluteFilePath());
    QCOMPARE(readBytes(second), QByteArray("ba\r\n"));
    QCOMPARE(readBytes(first), QByteArray("a\r\n"));
    QCOMPARE(m_files->path(), second);
    QCOMPARE(paths.size(), 1);
    QCOMPARE(m_files->displayName(), u"b/README.md"_s);
    QCOMPARE(m_files->recentFiles()->files(), QStringList({second, first}));
    QVERIFY(!m_files->isModified());
}

void TestFileController::saveAs_addsMdSuffix()
{
    m_doc->load(u"x\n"_s);
    m_prompts->savePaths = {path(u"card"_s)};
    QVERIFY(m_files->saveAs());
    QCOMPARE(m_files->path(), path(u"card.md"_s));
    QVERIFY(QFile::exists(path(u"card.md"_s)));
}

void TestFileController::save_failureOffersSaveAs()
{
    // The folder the card lives in turns into a file: the target cannot be written (this
    // works as root too, where permission bits would not stop a write).
    const QString file = path(u"model/README.md"_s);
    QVERIFY(writeBytes(file, "card\n"));
    QVERIFY(m_files->openPath(file));
    typeAt(*m_doc, u"card"_s, u"my "_s);
    QVERIFY(QDir().rename(path(u"model"_s), path(u"moved"_s)));
    QVERIFY(writeBytes(path(u"model"_s), "not a folder"));

    m_prompts->saveElsewhere = true;
    m_prompts->savePaths = {path(u"elsewhere.md"_s)};
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot write .*Not a directory"_s));
    QVERIFY(m_files->save());
    QCOMPARE(m_prompts->asked, QStringList({u"askSaveElsewhere"_s, u"getSavePath"_s}));
    QVERIFY(m_prompts->errors.first().contains(u"README.md"_s));
    QCOMPARE(readBytes(path(u"elsewhere.md"_s)), QByteArray("my card\n"));
    QCOMPARE(readBytes(path(u"model"_s)), QByteArray("not a folder"));
    QCOMPARE(readBytes(path(u"moved/README.md"_s)), QByteArray("card\n"));
}

void TestFileController::save_failureWithoutSaveAsKeepsTheChanges()
{
    const QString file = path(u"model/README.md"_s);
    QVERIFY(writeBytes(file, "card\n"));
    QVERIFY(m_files->openPath(file));
    typeAt(*m_doc, u"card"_s, u"my "_s);
    QVERIFY(QDir().rename(path(u"model"_s), path(u"moved"_s)));
    QVERIFY(writeBytes(path(u"model"_s), "not a folder"));
    const QStringList before = filesIn(m_dir->path());

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot write .*Not a directory"_s));
    QVERIFY(!m_files->save());
    QCOMPARE(m_prompts->asked, QStringList({u"askSaveElsewhere"_s}));
    QVERIFY(m_files->isModified());
    QCOMPARE(m_files->path(), QFileInfo(file).absoluteFilePath());
    QCOMPARE(filesIn(m_dir->path()), before);
}

void TestFileController::revert_restoresDisk_andUndoBringsEditsBack()
{
    const QString file = path(u"README.md"_s);
    QVERIFY(writeBytes(file, "one\r\ntwo\r\nthree\r\n"));
    QVERIFY(m_files->openPath(file));
    typeAt(*m_doc, u"two"_s, u"2 "_s);
    const QString edited = m_doc->text();
    QVERIFY(m_files->revert());
    QCOMPARE(m_doc->text(), u"one\r\ntwo\r\nthree\r\n"_s);
    QVERIFY(!m_files->isModified());
    m_doc->textDocument()->undo();
    QCOMPARE(m_doc->text(), edited);
    QVERIFY(m_files->isModified());
}

void TestFileController::recentFiles_newestFirstAndAtMostTen()
{
    QStringList opened;
    for (int i = 0; i < 12; ++i) {
        const QString file = path(u"card%1.md"_s.arg(i));
        QVERIFY(writeBytes(file, "x\n"));
        QVERIFY(m_files->openPath(file));
        opened.prepend(file);
    }
    QCOMPARE(m_files->recentFiles()->files(), opened.mid(0, RecentFiles::maxCount));
    QVERIFY(m_files->openPath(path(u"card5.md"_s)));
    QCOMPARE(m_files->recentFiles()->files().first(), path(u"card5.md"_s));
    QCOMPARE(m_files->recentFiles()->files().count(path(u"card5.md"_s)), 1);
    QCOMPARE(m_files->recentFiles()->files().size(), RecentFiles::maxCount);
}

void TestFileController::recentFiles_dropFilesThatHaveGone()
{
    for (const QString &name : {u"a.md"_s, u"b.md"_s, u"c.md"_s}) {
        QVERIFY(writeBytes(path(name), "x\n"));
        QVERIFY(m_files->openPath(path(name)));
    }
    QVERIFY(QFile::remove(path(u"b.md"_s)));
    QCOMPARE(m_files->recentFiles()->files(), QStringList({path(u"c.md"_s), path(u"a.md"_s)}));
    QCOMPARE(QSettings().value(u"recentFiles"_s).toStringList().size(), 2);
    QMenu *menu = m_files->recentFilesMenu();
    emit menu->aboutToShow();
    QStringList texts;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator()) {
            texts << action->text();
        }
    }
    QCOMPARE(texts, QStringList({u"&1 c.md"_s, u"&2 a.md"_s, u"&Clear Menu"_s}));
}

void TestFileController::recentFiles_menuOpensAFile()
{
    QVERIFY(writeBytes(path(u"a.md"_s), "a\n"));
    QVERIFY(writeBytes(path(u"b.md"_s), "b\n"));
    QVERIFY(m_files->openPath(path(u"a.md"_s)));
    QVERIFY(m_files->openPath(path(u"b.md"_s)));
    QMenu *menu = m_files->recentFilesMenu();
    emit menu->aboutToShow();
    QAction *second = menu->actions().at(1);
    QCOMPARE(second->data().toString(), path(u"a.md"_s));
    second->trigger();
    QCOMPARE(m_files->path(), path(u"a.md"_s));
    QCOMPARE(m_doc->text(), u"a\n"_s);
}

void TestFileController::openFolder_opensItsReadme()
{
    QVERIFY(writeBytes(path(u"gpt2/README.md"_s), "# GPT-2\n"));
    QVERIFY(writeBytes(path(u"gpt2/config.json"_s), "{}"));
    m_prompts->openFolder = path(u"gpt2"_s);
    QVERIFY(m_files->openFolder());
    QCOMPARE(m_files->path(), path(u"gpt2/README.md"_s));
    QCOMPARE(m_doc->text(), u"# GPT-2\n"_s);
    QVERIFY(m_files->openFolderAction()->isEnabled());
}

void TestFileController::openFolder_withoutReadme_declined()
{
    QVERIFY(QDir().mkpath(path(u"empty"_s)));
    m_doc->load(u"current\n"_s);
    QVERIFY(!m_files->openPath(path(u"empty"_s)));
    QCOMPARE(m_prompts->asked, QStringList({u"askCreateReadme"_s}));
    QCOMPARE(m_doc->text(), u"current\n"_s);
    QVERIFY(filesIn(path(u"empty"_s)).isEmpty());
}

void TestFileController::openFolder_withoutReadme_startsANewCard()
{
    QVERIFY(QDir().mkpath(path(u"empty"_s)));
    m_prompts->createReadme = true;
    m_files->setNewCardTemplate(u"---\nlicense: mit\n---\n"_s);
    QVERIFY(m_files->openPath(path(u"empty"_s)));
    QCOMPARE(m_files->path(), path(u"empty/README.md"_s));
    QCOMPARE(m_doc->text(), u"---\nlicense: mit\n---\n"_s);
    QVERIFY(filesIn(path(u"empty"_s)).isEmpty()); // nothing written yet
    QVERIFY(m_files->save());
    QCOMPARE(readBytes(path(u"empty/README.md"_s)), QByteArray("---\nlicense: mit\n---\n"));
    QCOMPARE(m_prompts->asked, QStringList({u"askCreateReadme"_s}));
}

void TestFileController::open_refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("Latin-1") << QByteArray("caf\xE9\n") << u"not valid UTF-8"_s;
    QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0", 6) << u"binary"_s;
    QTest::newRow("truncated UTF-8") << QByteArray("ok \xE2\x82") << u"not valid UTF-8"_s;
}

void TestFileController::open_refusesBadInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QVERIFY(writeBytes(path(u"good.md"_s), "good\n"));
    QVERIFY(m_files->openPath(path(u"good.md"_s)));
    typeAt(*m_doc, u"good"_s, u"very "_s);
    QVERIFY(writeBytes(path(u"bad.md"_s), bytes));
    const QStringList before = filesIn(m_dir->path());

    QVERIFY(!m_files->openPath(path(u"bad.md"_s)));
    QCOMPARE(m_prompts->asked, QStringList({u"showError"_s})); // not even "save changes?"
    QVERIFY2(m_prompts->errors.first().contains(reason), qPrintable(m_prompts->errors.first()));
    QVERIFY(m_prompts->errors.first().contains(u"bad.md"_s));
    QCOMPARE(m_doc->text(), u"very good\n"_s);
    QCOMPARE(m_files->path(), path(u"good.md"_s));
    QCOMPARE(readBytes(path(u"bad.md"_s)), bytes);
    QCOMPARE(readBytes(path(u"good.md"_s)), QByteArray("good\n"));
    QCOMPARE(filesIn(m_dir->path()), before);
}

void TestFileController::open_missingFileLeavesRecent()
{
    QVERIFY(writeBytes(path(u"a.md"_s), "a\n"));
    QVERIFY(m_files->openPath(path(u"a.md"_s)));
    m_files->recentFiles()->add(path(u"gone.md"_s)); // as if it existed once
    QVERIFY(!m_files->openPath(path(u"gone.md"_s)));
    QVERIFY(m_prompts->errors.first().contains(u"does not exist"_s));
    QCOMPARE(m_files->recentFiles()->files(), QStringList({path(u"a.md"_s)}));
    QCOMPARE(m_files->path(), path(u"a.md"_s));
}

void TestFileController::open_refusesWhatIsNotAReadableFile()
{
    // A FIFO would block a naive reader forever.
    const QString fifo = path(u"pipe.md"_s);
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QVERIFY(!m_files->openPath(fifo));
    QVERIFY2(m_prompts->errors.last().contains(u"not a regular file"_s),
             qPrintable(m_prompts->errors.last()));

    const QString locked = path(u"locked.md"_s);
    QVERIFY(writeBytes(locked, "secret\n"));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
    if (QFileInfo(locked).isReadable()) {
        QSKIP("running as root: permission bits do not stop reading");
    }
    QVERIFY(!m_files->openPath(locked));
    QVERIFY(m_prompts->errors.last().contains(u"cannot be read"_s));
    QCOMPARE(m_files->path(), QString());
}

void TestFileController::save_readOnlyFolder_offersSaveAs()
{
    const QString file = path(u"ro/README.md"_s);
    QVERIFY(writeBytes(file, "card\n"));
    QVERIFY(m_files->openPath(file));
    typeAt(*m_doc, u"card"_s, u"my "_s);
    QVERIFY(QFile::setPermissions(path(u"ro"_s), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(path(u"ro"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner);
    });
    if (QFileInfo(path(u"ro"_s)).isWritable()) {
        QSKIP("running as root: permission bits do not stop writing (see save_failure*)");
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot write"_s));
    m_prompts->saveElsewhere = true;
    m_prompts->savePaths = {path(u"copy.md"_s)};
    QVERIFY(m_files->save());
    QCOMPARE(m_prompts->asked, QStringList({u"askSaveElsewhere"_s, u"getSavePath"_s}));
    QCOMPARE(readBytes(file), QByteArray("card\n"));
    QCOMPARE(readBytes(path(u"copy.md"_s)), QByteArray("my card\n"));
}

void TestFileController::maybeClose_unmodifiedDoesNotAsk()
{
    m_doc->load(u"x\n"_s);
    QVERIFY(m_files->maybeClose());
    QVERIFY(m_prompts->asked.isEmpty());
}

void TestFileController::maybeClose_cancelKeepsEverything()
{
    QVERIFY(writeBytes(path(u"a.md"_s), "a\n"));
    QVERIFY(m_files->openPath(path(u"a.md"_s)));
    typeAt(*m_doc, u"a"_s, u"b"_s);
    m_prompts->saveChanges = FilePrompts::SaveChanges::Cancel;
    QVERIFY(!m_files->maybeClose());
    QVERIFY(!m_files->newCard());
    QCOMPARE(m_doc->text(), u"ba\n"_s);
    QVERIFY(m_files->isModified());
    QCOMPARE(readBytes(path(u"a.md"_s)), QByteArray("a\n"));
}

void TestFileController::maybeClose_saveWrites()
{
    QVERIFY(writeBytes(path(u"a.md"_s), "a\n"));
    QVERIFY(m_files->openPath(path(u"a.md"_s)));
    typeAt(*m_doc, u"a"_s, u"b"_s);
    m_prompts->saveChanges = FilePrompts::SaveChanges::Save;
    QVERIFY(m_files->maybeClose());
    QCOMPARE(readBytes(path(u"a.md"_s)), QByteArray("ba\n"));
}

void TestFileController::maybeClose_discardRemovesRecovery()
{
    QVERIFY(writeBytes(path(u"a.md"_s), "a\n"));
    QVERIFY(m_files->openPath(path(u"a.md"_s)));
    typeAt(*m_doc, u"a"_s, u"b"_s);
    QVERIFY(m_files->autosave()->saveNow());
    QCOMPARE(QDir(path(u".recovery"_s)).entryList({u"*.recovery"_s}).size(), 1);
    m_prompts->saveChanges = FilePrompts::SaveChanges::Discard;
    QVERIFY(m_files->maybeClose());
    QVERIFY(QDir(path(u".recovery"_s)).entryList({u"*.recovery"_s}).isEmpty());
    QCOMPARE(readBytes(path(u"a.md"_s)), QByteArray("a\n"));
}

void TestFileController::newCard_usesTemplateAfterAsking()
{
    QVERIFY(writeBytes(path(u"a.md"_s), "a\n"));
    QVERIFY(m_files->openPath(path(u"a.md"_s)));
    typeAt(*m_doc, u"a"_s, u"b"_s);
    m_files->setNewCardTemplate(u"---\nlicense: \n---\n"_s);
    m_prompts->saveChanges = FilePrompts::SaveChanges::Discard;
    QVERIFY(m_files->newCard());
    QCOMPARE(m_prompts->asked, QStringList({u"askSaveChanges"_s}));
    QCOMPARE(m_doc->text(), u"---\nlicense: \n---\n"_s);
    QCOMPARE(m_files->path(), QString());
    QCOMPARE(m_files->displayName(), u"Untitled"_s);
    QVERIFY(!m_files->revertAction()->isEnabled());
    QCOMPARE(readBytes(path(u"a.md"_s)), QByteArray("a\n"));
}

void TestFileController::title_followsPathAndModification()
{
    QCOMPARE(m_files->windowTitle(), u"Untitled[*] \u2014 Cardigan"_s);
    QVERIFY(writeBytes(path(u"notes.md"_s), "n\n"));
    QSignalSpy modified(m_files.get(), &FileController::modifiedChanged);
    QVERIFY(m_files->openPath(path(u"notes.md"_s)));
    QCOMPARE(m_files->windowTitle(), u"notes.md[*] \u2014 Cardigan"_s);
    QCOMPARE(modified.last().first().toBool(), false);
    typeAt(*m_doc, u"n"_s, u"x"_s);
    QCOMPARE(modified.last().first().toBool(), true);
    QVERIFY(m_files->save());
    QCOMPARE(modified.last().first().toBool(), false);
}

void TestFileController::actions_haveStandardShortcuts()
{
    QCOMPARE(m_files->newAction()->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(m_files->openAction()->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(m_files->saveAction()->shortcut(), QKeySequence(QKeySequence::Save));
    QCOMPARE(m_files->saveAsAction()->shortcut(), QKeySequence(QKeySequence::SaveAs));
    QVERIFY(!m_files->openFolderAction()->shortcut().isEmpty());

    QVERIFY(writeBytes(path(u"a.md"_s), "a\n"));
    m_prompts->openPath = path(u"a.md"_s);
    m_files->openAction()->trigger();
    QCOMPARE(m_files->path(), path(u"a.md"_s));
    QVERIFY(m_files->revertAction()->isEnabled());
    QVERIFY(m_files->showChangesAction()->isEnabled());
}

void TestFileController::dragAndDrop_acceptsCardsAndFolders()
{
    QVERIFY(writeBytes(path(u"card.md"_s), "c\n"));
    QVERIFY(writeBytes(path(u"notes.txt"_s), "t\n"));
    QVERIFY(writeBytes(path(u"repo/README.md"_s), "r\n"));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path(u"notes.txt"_s))});
    QVERIFY(!FileController::canOpen(&data));
    data.setUrls({QUrl(u"https://huggingface.co/gpt2/README.md"_s)});
    QVERIFY(!FileController::canOpen(&data));
    data.setText(u"plain text"_s);
    data.setUrls({});
    QVERIFY(!FileController::canOpen(&data));
    QVERIFY(!FileController::canOpen(nullptr));

    data.setUrls(
        {QUrl::fromLocalFile(path(u"notes.txt"_s)), QUrl::fromLocalFile(path(u"card.md"_s))});
    QVERIFY(FileController::canOpen(&data));
    QVERIFY(m_files->openDropped(&data));
    QCOMPARE(m_files->path(), path(u"card.md"_s));

    data.setUrls({QUrl::fromLocalFile(path(u"repo"_s))});
    QVERIFY(FileController::canOpen(&data));
    QVERIFY(m_files->openDropped(&data));
    QCOMPARE(m_files->path(), path(u"repo/README.md"_s));
}

void TestFileController::showChanges_showsDiskVersusBuffer()
{
    QVERIFY(writeBytes(path(u"README.md"_s), "---\nlicense: mit\n---\nbody\n"));
    QVERIFY(m_files->openPath(path(u"README.md"_s)));
    typeAt(*m_doc, u"body"_s, u"new "_s);
    m_files->showChangesAction()->trigger();
    QCOMPARE(m_prompts->diffs.size(), 1);
    QCOMPARE(m_prompts->diffs.first(), u"--- README.md (on disk)\n"
                                       "+++ README.md (in Cardigan)\n"
                                       "@@ -1,4 +1,4 @@\n"
                                       " ---\n license: mit\n ---\n"
                                       "-body\n"
                                       "+new body\n"_s);
}

void TestFileController::showChangesDialog_showsTheDiff()
{
    ShowChangesDialog dialog;
    dialog.setDiff(u"--- a\n+++ b\n@@ -1 +1 @@\n-x\n+y\n"_s);
    QCOMPARE(dialog.diff(), u"--- a\n+++ b\n@@ -1 +1 @@\n-x\n+y\n"_s);
    dialog.setDiff(QString());
    QCOMPARE(dialog.diff(), u"No differences."_s);
}

QTEST_MAIN(TestFileController)
#include "tst_filecontroller.moc"
