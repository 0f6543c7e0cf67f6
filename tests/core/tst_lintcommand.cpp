#include "cli.h"
#include "clirun.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Cardigan;

namespace {

const QByteArray body = "# M\n\n## Uses\n\n## Limitations\n\n## Training data\n\n## Evaluation\n";
const QByteArray badLicense = "---\ntags: [a]\nlicense: MIT\n---\n" + body;
const QByteArray warnOnly = "---\nlibrary_name: my-lib\n---\n" + body;
const QByteArray clean = "---\nlicense: mit\n---\n" + body;

} // namespace

class TestLintCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }
    struct Run
    {
        int code;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args)
    {
        const CliRun r = runCli(QStringList{QStringLiteral("lint")} + args);
        return {r.code, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
    }

private slots:
    void lint_isACommand()
    {
        QVERIFY(Cli::isCommand({QStringLiteral("lint"), QStringLiteral("x")}));
        QVERIFY(Cli::usage().contains(QLatin1String("cardigan lint")));
    }

    void text_errorsExitOne()
    {
        const QString path = write(QStringLiteral("a.md"), badLicense);
        const Run r = run({path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.startsWith(path + QStringLiteral(":3:10: error: ")), qPrintable(r.out));
        QVERIFY(r.out.trimmed().endsWith(QLatin1String("[license-unknown]")));
        QCOMPARE(r.out.count(u'\n'), 1);
        QVERIFY(r.err.isEmpty());
    }

    void text_warningsOnlyExitZero()
    {
        const Run r = run({write(QStringLiteral("w.md"), warnOnly)});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String(":2:15: warning: ")));
        QVERIFY(r.out.contains(QLatin1String("[library-unknown]")));
        const Run c = run({write(QStringLiteral("c.md"), clean)});
        QCOMPARE(c.code, 0);
        QVERIFY(c.out.isEmpty());
    }

    void folder_lintsItsReadme()
    {
        const QString file = write(QStringLiteral("repo/README.md"), badLicense);
        const Run r = run({m_dir.filePath(QStringLiteral("repo"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.startsWith(QDir::cleanPath(file) + u':') || r.out.startsWith(file + u':'),
                 qPrintable(r.out));
        QDir().mkpath(m_dir.filePath(QStringLiteral("empty")));
        const Run e = run({m_dir.filePath(QStringLiteral("empty"))});
        QCOMPARE(e.code, 2);
        QVERIFY(e.err.contains(QLatin1String("README.md")));
    }

    void manyFiles_errorInOneExitsOne()
    {
        const Run r = run(
            {write(QStringLiteral("c2.md"), clean), write(QStringLiteral("b2.md"), badLicense)});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QLatin1String("b2.md:3:10")));
    }

    void json_isAnArrayOfObjects()
    {
        const QString path = write(QStringLiteral("j.md"), badLicense);
        const Run r = run({QStringLiteral("--format"), QStringLiteral("json"), path});
        QCOMPARE(r.code, 1);
        const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(a.size(), 1);
        const QJsonObject o = a[0].toObject();
        QCOMPARE(o.value("file").toString(), path);
        QCOMPARE(o.value("line").toInt(), 3);
        QCOMPARE(o.value("column").toInt(), 10);
        QCOMPARE(o.value("endLine").toInt(), 3);
        QCOMPARE(o.value("endColumn").toInt(), 13);
        QCOMPARE(o.value("severity").toString(), QStringLiteral("error"));
        QCOMPARE(o.value("code").toString(), QStringLiteral("license-unknown"));
        QVERIFY(o.value("message").toString().contains(QLatin1String("mit")));
        QCOMPARE(o.value("fix").toString(), QStringLiteral("Change to \"mit\""));
        const Run c = run({QStringLiteral("--format=json"), write(QStringLiteral("c3.md"), clean)});
        QCOMPARE(c.code, 0);
        QCOMPARE(QJsonDocument::fromJson(c.out.toUtf8()).array().size(), 0);
    }

    void github_printsWorkflowAnnotations()
    {
        const QString path = write(QStringLiteral("g.md"), badLicense);
        const Run r = run({QStringLiteral("--format"), QStringLiteral("github"), path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.startsWith(QStringLiteral("::error file=%1,line=3,col=10,endLine=3,"
                                                 "endColumn=13,title=license-unknown::")
                                      .arg(path)),
                 qPrintable(r.out));
        const Run w = run({QStringLiteral("--format=github"),
                           write(QStringLiteral("n.md"), "---\na: 1\n---\n# x\n")});
        QCOMPARE(w.code, 0);
        QVERIFY(w.out.startsWith(QLatin1String("::notice file=")));
        QVERIFY(w.out.contains(QLatin1String("title=section-missing::")));
    }

    void usageAndIoErrors_exitTwo()
    {
        QCOMPARE(run({}).code, 2);
        QCOMPARE(run({QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("a")}).code,
                 2);
        QCOMPARE(run({QStringLiteral("--format")}).code, 2);
        QCOMPARE(run({QStringLiteral("--bogus"), QStringLiteral("a")}).code, 2);
        const Run missing = run({m_dir.filePath(QStringLiteral("nope.md"))});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(QLatin1String("nope.md")));
        // An unreadable file among good ones: still an I/O error, the others still linted.
        const Run mixed =
            run({write(QStringLiteral("b4.md"), badLicense), m_dir.filePath(QStringLiteral("x"))});
        QCOMPARE(mixed.code, 2);
        QVERIFY(mixed.out.contains(QLatin1String("license-unknown")));
    }
};

QTEST_GUILESS_MAIN(TestLintCommand)
#include "tst_lintcommand.moc"
