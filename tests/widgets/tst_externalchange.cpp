#include "carddocument.h"
#include "externalchangewatcher.h"
#include "fakefileprompts.h"
#include "filecontroller.h"
#include "testsettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Cardigan;
using namespace Qt::StringLiterals;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes in place, as `echo >` or an editor without safe saving does.
bool writeInPlace(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Writes a new file and renames it over the old one, as most editors and git do.
bool writeByRename(const QString &path, const QByteArray &bytes)
{
    const QString temporary = path + u".tmp"_s;
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return false;
    }
    file.close();
    return ::rename(QFile::encodeName(temporary).constData(),
                    QFile::encodeName(path).constData()) == 0;
}

void typeAt(CardDocument &doc, const QString &before, const QString &text)
{
    QTextCursor cursor = doc.textDocument()->find(before);
    QVERIFY2(!cursor.isNull(), qPrintable(before));
    cursor.setPosition(cursor.selectionStart());
    cursor.insertText(text);
}

} // namespace

class TestExternalChange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void noLocalChanges_reloadsSilently_andUndoRestores();
    void editorsThatReplaceTheFile_areSeenEveryTime();
    void localChanges_reloadAnswer_takesTheDiskVersion();
    void localChanges_keepMineAnswer_keepsMine();
    void localChanges_showChangesAnswer_showsTheDiffAndAsksAgain();
    void ownSave_isNotAnExternalChange();
    void sameBytesRewritten_areIgnored();
    void deletedFile_marksModified_andItsReturnClears();
    void unreadableChange_keepsTheBuffer();
    void unnoticedChange_saveAsksBeforeOverwriting();
    void bomChange_reloads();

private:
    QString cardPath() const { return m_dir->filePath(u"model/README.md"_s); }
    void openCard(const QByteArray &bytes);

    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CardDocument> m_doc;
    FakeFilePrompts *m_prompts = nullptr;
    std::unique_ptr<FileController> m_files;
};

void TestExternalChange::initTestCase()
{
    useTestSettings(u"tst_externalchange"_s, m_settings.path());
}

void TestExternalChange::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(m_dir->filePath(u"model"_s)));
    m_doc = std::make_unique<CardDocument>();
    auto prompts = std::make_unique<FakeFilePrompts>();
    m_prompts = prompts.get();
    m_files = std::make_unique<FileController>(m_doc.get(), nullptr, std::move(prompts),
                                               m_dir->filePath(u"recovery"_s));
    m_files->watcher()->setSettleDelay(10);
}

void TestExternalChange::cleanup()
{
    m_files.reset();
    m_doc.reset();
    m_dir.reset();
}

void TestExternalChange::openCard(const QByteArray &bytes)
{
    QVERIFY(writeInPlace(cardPath(), bytes));
    QVERIFY(m_files->openPath(cardPath()));
}

void TestExternalChange::noLocalChanges_reloadsSilently_andUndoRestores()
{
    openCard("---\r\nlicense: mit\r\n---\r\nbody\r\n");
    QSignalSpy notices(m_files.get(), &FileController::notice);
    QVERIFY(writeInPlace(cardPath(), "---\r\nlicense: apache-2.0\r\n---\r\nbody\r\n"));
    QTRY_COMPARE(m_doc->text(), u"---\r\nlicense: apache-2.0\r\n---\r\nbody\r\n"_s);
    QVERIFY(!m_files->isModified());
    QVERIFY(m_prompts->asked.isEmpty());
    QVERIFY(notices.last().first().toString().startsWith(u"Reloaded"_s));
    // The reload is one edit: Undo gives back what was there before.
    m_doc->textDocument()->undo();
    QCOMPARE(m_doc->text(), u"---\r\nlicense: mit\r\n---\r\nbody\r\n"_s);
}

void TestExternalChange::editorsThatReplaceTheFile_areSeenEveryTime()
{
    openCard("one\n");
    QVERIFY(writeByRename(cardPath(), "two\n"));
    QTRY_COMPARE(m_doc->text(), u"two\n"_s);
    // The first rename ended the watch on the old file: the new one must be watched.
    QVERIFY(writeByRename(cardPath(), "three\n"));
    QTRY_COMPARE(m_doc->text(), u"three\n"_s);
    QVERIFY(writeInPlace(cardPath(), "four\n"));
    QTRY_COMPARE(m_doc->text(), u"four\n"_s);
    QVERIFY(m_prompts->asked.isEmpty());
}

void TestExternalChange::localChanges_reloadAnswer_takesTheDiskVersion()
{
    openCard("title\nbody\n");
    typeAt(*m_doc, u"body"_s, u"my "_s);
    m_prompts->conflicts = {FilePrompts::Conflict::Reload};
    QVERIFY(writeByRename(cardPath(), "title\ntheir body\n"));
    QTRY_COMPARE(m_prompts->asked, QStringList({u"askReloadConflict"_s}));
    QCOMPARE(m_doc->text(), u"title\ntheir body\n"_s);
    QVERIFY(!m_files->isModified());
    m_doc->textDocument()->undo();
    QCOMPARE(m_doc->text(), u"title\nmy body\n"_s);
    QCOMPARE(readBytes(cardPath()), QByteArray("title\ntheir body\n"));
}

void TestExternalChange::localChanges_keepMineAnswer_keepsMine()
{
    openCard("title\nbody\n");
    typeAt(*m_doc, u"body"_s, u"my "_s);
    m_prompts->conflicts = {FilePrompts::Conflict::KeepMine};
    QVERIFY(writeByRename(cardPath(), "title\ntheir body\n"));
    QTRY_COMPARE(m_prompts->asked, QStringList({u"askReloadConflict"_s}));
    QCOMPARE(m_doc->text(), u"title\nmy body\n"_s);
    QVERIFY(m_files->isModified());
    QCOMPARE(readBytes(cardPath()), QByteArray("title\ntheir body\n"));
    // The user has seen the other version and chose theirs: saving does not ask again.
    QVERIFY(m_files->save());
    QCOMPARE(m_prompts->asked, QStringList({u"askReloadConflict"_s}));
    QCOMPARE(readBytes(cardPath()), QByteArray("title\nmy body\n"));
}

void TestExternalChange::localChanges_showChangesAnswer_showsTheDiffAndAsksAgain()
{
    openCard("title\nbody\n");
    typeAt(*m_doc, u"body"_s, u"my "_s);
    m_prompts->conflicts = {FilePrompts::Conflict::ShowChanges, FilePrompts::Conflict::KeepMine};
    QVERIFY(writeInPlace(cardPath(), "title\ntheir body\n"));
    QTRY_COMPARE(m_prompts->asked.size(), 3);
    QCOMPARE(m_prompts->asked,
             QStringList({u"askReloadConflict"_s, u"showChanges"_s, u"askReloadConflict"_s}));
    QCOMPARE(m_prompts->diffs.first(), u"--- README.md (on disk)\n"
                                       "+++ README.md (in Cardigan)\n"
                                       "@@ -1,2 +1,2 @@\n"
                                       " title\n"
                                       "-their body\n"
                                       "+my body\n"_s);
    QCOMPARE(m_doc->text(), u"title\nmy body\n"_s);
}

void TestExternalChange::ownSave_isNotAnExternalChange()
{
    openCard("card\n");
    QSignalSpy checked(m_files->watcher(), &ExternalChangeWatcher::checked);
    QSignalSpy notices(m_files.get(), &FileController::notice);
    for (int round = 0; round < 3; ++round) {
        typeAt(*m_doc, u"card"_s, u"x"_s);
        QVERIFY(m_files->save());
        // Our save replaced the file: the watcher looks, and must find nothing new.
        QVERIFY(checked.wait());
        QVERIFY(m_prompts->asked.isEmpty());
        QVERIFY(!m_files->isModified());
    }
    for (const QList<QVariant> &notice : notices) {
        QVERIFY2(notice.first().toString().startsWith(u"Saved"_s),
                 qPrintable(notice.first().toString()));
    }
    QCOMPARE(readBytes(cardPath()), QByteArray("xxxcard\n"));
}

void TestExternalChange::sameBytesRewritten_areIgnored()
{
    openCard("card\n");
    typeAt(*m_doc, u"card"_s, u"local "_s);
    QSignalSpy checked(m_files->watcher(), &ExternalChangeWatcher::checked);
    QVERIFY(writeByRename(cardPath(), "card\n")); // `touch`, a no-op save, git checkout
    QVERIFY(checked.wait());
    QVERIFY(m_prompts->asked.isEmpty());
    QCOMPARE(m_doc->text(), u"local card\n"_s);
}

void TestExternalChange::deletedFile_marksModified_andItsReturnClears()
{
    openCard("card\n");
    QSignalSpy notices(m_files.get(), &FileController::notice);
    QVERIFY(QFile::remove(cardPath()));
    QTRY_VERIFY(m_files->isModified());
    QVERIFY(notices.last().first().toString().contains(u"deleted"_s));
    QCOMPARE(m_doc->text(), u"card\n"_s);
    // Back with the same bytes (a branch switch and back): in sync again.
    QVERIFY(writeByRename(cardPath(), "card\n"));
    QTRY_VERIFY(!m_files->isModified());
    QVERIFY(m_prompts->asked.isEmpty());
}

void TestExternalChange::unreadableChange_keepsTheBuffer()
{
    openCard("card\n");
    QSignalSpy notices(m_files.get(), &FileController::notice);
    QVERIFY(writeInPlace(cardPath(), "caf\xE9\n"));
    QTRY_VERIFY(m_files->isModified());
    QVERIFY(notices.last().first().toString().contains(u"UTF-8"_s));
    QCOMPARE(m_doc->text(), u"card\n"_s);
    QVERIFY(m_prompts->asked.isEmpty());
}

void TestExternalChange::unnoticedChange_saveAsksBeforeOverwriting()
{
    openCard("card\n");
    // Events never settle during this test: only the check at save time can see it.
    m_files->watcher()->setSettleDelay(60'000);
    QVERIFY(writeInPlace(cardPath(), "their card\n"));
    typeAt(*m_doc, u"card"_s, u"my "_s);
    m_prompts->overwrite = false;
    QVERIFY(!m_files->save());
    QCOMPARE(m_prompts->asked, QStringList({u"askOverwrite"_s}));
    QCOMPARE(readBytes(cardPath()), QByteArray("their card\n"));
    QVERIFY(m_files->isModified());
    m_prompts->overwrite = true;
    QVERIFY(m_files->save());
    QCOMPARE(readBytes(cardPath()), QByteArray("my card\n"));
}

void TestExternalChange::bomChange_reloads()
{
    openCard("card\n");
    QVERIFY(writeInPlace(cardPath(), "\xEF\xBB\xBF"
                                     "card\n"));
    QTRY_VERIFY(m_doc->hasBom());
    QCOMPARE(m_doc->text(), u"card\n"_s);
    QVERIFY(!m_files->isModified());
}

QTEST_MAIN(TestExternalChange)
#include "tst_externalchange.moc"
