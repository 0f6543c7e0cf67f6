#include "repofilepicker.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Cardigan;
using namespace Qt::StringLiterals;

class TestRepoFilePicker : public QObject
{
    Q_OBJECT

private:
    static void touch(const QString &path)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }

private slots:
    void cleanup() { RepoFilePicker::setChooserForTests({}); }

    void relativePath_insideWithSlashes()
    {
        QTemporaryDir repo;
        QVERIFY(QDir(repo.path()).mkpath(u"a/b"_s));
        touch(repo.filePath(u"a/b/c.png"_s));
        touch(repo.filePath(u"LICENSE"_s));
        QString error;
        QCOMPARE(RepoFilePicker::relativePath(repo.path(), repo.filePath(u"a/b/c.png"_s), &error),
                 u"a/b/c.png"_s);
        QCOMPARE(RepoFilePicker::relativePath(repo.path(), repo.filePath(u"LICENSE"_s), &error),
                 u"LICENSE"_s);
        QVERIFY(error.isEmpty());
        // The folder given through a path with "..": still the same folder.
        QCOMPARE(RepoFilePicker::relativePath(repo.path() + u"/a/.."_s, repo.filePath(u"LICENSE"_s),
                                              &error),
                 u"LICENSE"_s);
    }

    void relativePath_refusesOutsideAndNonFiles()
    {
        QTemporaryDir parent;
        QVERIFY(QDir(parent.path()).mkpath(u"repo"_s));
        QVERIFY(QDir(parent.path()).mkpath(u"repo-other"_s));
        touch(parent.filePath(u"repo-other/x"_s));
        touch(parent.filePath(u"outside.txt"_s));
        const QString repo = parent.filePath(u"repo"_s);
        QString error;
        QVERIFY(RepoFilePicker::relativePath(repo, parent.filePath(u"outside.txt"_s), &error)
                    .isEmpty());
        QVERIFY2(error.contains(u"outside"_s), qPrintable(error));
        // A sibling whose name starts like the folder is outside too.
        error.clear();
        QVERIFY(RepoFilePicker::relativePath(repo, parent.filePath(u"repo-other/x"_s), &error)
                    .isEmpty());
        QVERIFY(error.contains(u"outside"_s));
        error.clear();
        QVERIFY(RepoFilePicker::relativePath(repo, repo, &error).isEmpty());
        QVERIFY(error.contains(u"not a file"_s));
        error.clear();
        QVERIFY(RepoFilePicker::relativePath(QString(), parent.filePath(u"outside.txt"_s), &error)
                    .isEmpty());
        QVERIFY(error.contains(u"save"_s));
    }

    void relativePath_linkedFolderOutsideIsRefused()
    {
        QTemporaryDir parent;
        QVERIFY(QDir(parent.path()).mkpath(u"repo"_s));
        QVERIFY(QDir(parent.path()).mkpath(u"elsewhere"_s));
        touch(parent.filePath(u"elsewhere/secret"_s));
        if (!QFile::link(parent.filePath(u"elsewhere"_s), parent.filePath(u"repo/link"_s))) {
            QSKIP("this file system cannot make symbolic links");
        }
        QString error;
        // The folder of the file is resolved: a linked folder that leads out is outside.
        QVERIFY(RepoFilePicker::relativePath(parent.filePath(u"repo"_s),
                                             parent.filePath(u"repo/link/secret"_s), &error)
                    .isEmpty());
        QVERIFY(error.contains(u"outside"_s));
    }

    void pick_usesTheChooserAndReportsRefusals()
    {
        QTemporaryDir repo;
        touch(repo.filePath(u"README.md"_s));
        QString title;
        QString filter;
        RepoFilePicker::setChooserForTests(
            [&](const QString &, const QString &t, const QString &f) {
                title = t;
                filter = f;
                return repo.filePath(u"README.md"_s);
            });
        QString error;
        QCOMPARE(RepoFilePicker::pick(nullptr, repo.path(), u"Pick"_s, u"*.md"_s, &error),
                 u"README.md"_s);
        QCOMPARE(title, u"Pick"_s);
        QCOMPARE(filter, u"*.md"_s);
        RepoFilePicker::setChooserForTests(
            [](const QString &, const QString &, const QString &) { return QString(); });
        QVERIFY(RepoFilePicker::pick(nullptr, repo.path(), u"Pick"_s, {}, &error).isEmpty());
        QVERIFY(error.isEmpty()); // cancelled: no message
    }
};

QTEST_MAIN(TestRepoFilePicker)
#include "tst_repofilepicker.moc"
