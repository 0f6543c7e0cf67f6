#include "cli.h"
#include "clirun.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Cardigan;

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }
    using Run = CliRun;
    static Run run(const QStringList &args) { return runCli(args); }

private slots:
    void isCommand()
    {
        QVERIFY(Cli::isCommand({QStringLiteral("meta"), QStringLiteral("x")}));
        QVERIFY(!Cli::isCommand({QStringLiteral("README.md")}));
        QVERIFY(!Cli::isCommand({}));
    }

    void meta_printsTypedJson()
    {
        const QString path =
            write(QStringLiteral("a.md"),
                  "---\nlicense: mit\nlanguage: no\nv: 010\nn: .nan\nd: 2024-01-05\n"
                  "---\n# x\n");
        const Run r = run({QStringLiteral("meta"), path});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        QCOMPARE(r.out, QByteArray("{\n \"d\": {\n  \"$timestamp\": \"2024-01-05T00:00:00.000Z\"\n"
                                   " },\n \"language\": \"no\",\n \"license\": \"mit\",\n"
                                   " \"n\": {\n  \"$float\": \"nan\"\n },\n \"v\": 10\n}\n"));
    }

    void meta_noFrontMatterIsNull()
    {
        const Run r = run({QStringLiteral("meta"), write(QStringLiteral("b.md"), "# only\n")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("null\n"));
    }

    void meta_yamlErrorNamesTheFileLine()
    {
        const QString path =
            write(QStringLiteral("c.md"), "\n\n---\nlicense: mit\nlicense: x\n---\n");
        const Run r = run({QStringLiteral("meta"), path});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains((path + QStringLiteral(":5:1: duplicated mapping key")).toUtf8()),
                 r.err.constData());
    }

    void meta_ioErrors()
    {
        Run r = run({QStringLiteral("meta"), m_dir.filePath(QStringLiteral("missing.md"))});
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
        r = run({QStringLiteral("meta"), write(QStringLiteral("bad.md"), "a\xff")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("offset 1"));
        r = run({QStringLiteral("meta")});
        QCOMPARE(r.code, 2);
    }

    void setStdout_noAssignmentIsByteIdentical()
    {
        const QByteArray bytes("\xEF\xBB\xBF---\r\nlicense: mit # c\n---\rbody\xC2\xA0");
        const QString path = write(QStringLiteral("d.md"), bytes);
        const Run r = run({QStringLiteral("set"), path, QStringLiteral("--stdout")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, bytes);
    }

    void set_inPlace()
    {
        const QString path =
            write(QStringLiteral("e.md"), "---\nlicense: mit # c\ntags:\n- a\n---\n");
        const Run r = run({QStringLiteral("set"), path, QStringLiteral("license=apache-2.0"),
                           QStringLiteral("tags[+]=b")});
        QCOMPARE(r.code, 0);
        QCOMPARE(read(path), QByteArray("---\nlicense: apache-2.0 # c\ntags:\n- a\n- b\n---\n"));
    }

    void unset_toStdoutLeavesTheFile()
    {
        const QByteArray bytes("---\nlicense: mit\ntags: [a]\n---\n");
        const QString path = write(QStringLiteral("f.md"), bytes);
        const Run r = run(
            {QStringLiteral("unset"), path, QStringLiteral("tags"), QStringLiteral("--stdout")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("---\nlicense: mit\n---\n"));
        QCOMPARE(read(path), bytes);
    }

    void refused_exitsOneAndWritesNothing()
    {
        const QByteArray bytes("---\nlicense: mit\n---\n");
        const QString path = write(QStringLiteral("g.md"), bytes);
        const Run r = run({QStringLiteral("set"), path, QStringLiteral("license.x=1")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("refused"));
        QCOMPARE(read(path), bytes);
        // All or nothing: a later refusal keeps the earlier assignment from landing.
        const Run r2 =
            run({QStringLiteral("set"), path, QStringLiteral("a=1"), QStringLiteral("tags[3]=x")});
        QCOMPARE(r2.code, 1);
        QCOMPARE(read(path), bytes);
    }

    void usageErrors_exitTwo()
    {
        const QString path = write(QStringLiteral("h.md"), "---\na: 1\n---\n");
        QCOMPARE(run({QStringLiteral("set"), path, QStringLiteral("novalue")}).code, 2);
        QCOMPARE(run({QStringLiteral("set"), path, QStringLiteral("a..b=1")}).code, 2);
        QCOMPARE(run({QStringLiteral("unset"), path}).code, 2);
        QCOMPARE(run({QStringLiteral("set"), path, QStringLiteral("--bogus")}).code, 2);
        QCOMPARE(read(path), QByteArray("---\na: 1\n---\n"));
    }

    void setValue_invalidYamlIsRefused()
    {
        const QString path = write(QStringLiteral("i.md"), "---\na: 1\n---\n");
        const Run r = run({QStringLiteral("set"), path, QStringLiteral("a=[1, 2")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("not a YAML value"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
