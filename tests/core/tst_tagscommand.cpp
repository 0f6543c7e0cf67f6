#include "cli.h"
#include "clirun.h"

#include "synthrepo.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Cardigan;
using namespace SynthRepo;

class TestTagsCommand : public QObject
{
    Q_OBJECT

    using Run = CliRun;
    static Run run(const QStringList &args) { return runCli(args); }

    // A small transformers repository: card, config, one safetensors file, one big
    // file outside LFS.
    static void makeRepo(const QString &root)
    {
        write(root, QStringLiteral("README.md"),
              "---\nlicense: mit\nlanguage: en\ntags: [exbert]\n---\n"
              "# Model\nFrom https://arxiv.org/abs/1706.03762.\n");
        write(root, QStringLiteral("config.json"),
              R"({"architectures":["BertForSequenceClassification"],"model_type":"bert"})");
        write(root, QStringLiteral(".gitattributes"), "*.safetensors filter=lfs\n");
        const QByteArray json = R"({"w":{"dtype":"F32","shape":[3,4],"data_offsets":[0,48]}})";
        safetensors(root, QStringLiteral("model.safetensors"), json, 48);
        sparse(root, QStringLiteral("vocab.big"), 20 * 1024 * 1024);
    }

private slots:
    void isCommand() { QVERIFY(Cli::isCommand({QStringLiteral("tags"), QStringLiteral(".")})); }

    void text_summarisesTheRepository()
    {
        QTemporaryDir dir;
        makeRepo(dir.path());
        const Run r = run({QStringLiteral("tags"), dir.path()});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("Tags from the card: exbert\n")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Tags added by the Hub: transformers, safetensors, "
                                            "bert, text-classification, en, arxiv:1706.03762, "
                                            "license:mit, region:us\n")));
        QVERIFY(out.contains(
            QStringLiteral("pipeline_tag: text-classification (config.json architectures: "
                           "BertForSequenceClassification)\n")));
        QVERIFY(out.contains(QStringLiteral("library_name: transformers (legacy: config.json)\n")));
        QVERIFY(out.contains(QStringLiteral("Suggestion: set library_name: transformers")));
        QVERIFY(out.contains(QStringLiteral("Suggestion: set pipeline_tag: text-classification")));
        QVERIFY(out.contains(QStringLiteral("Formats: safetensors 1\n")));
        QVERIFY(out.contains(QStringLiteral("Model size: 12 params · F32\n")));
        QVERIFY(out.contains(QStringLiteral("Warning: vocab.big: 20.0 MB and not tracked by LFS")));
    }

    void json_isMachineReadable()
    {
        QTemporaryDir dir;
        makeRepo(dir.path());
        const Run r = run({QStringLiteral("tags"), QStringLiteral("--json"), dir.path()});
        QCOMPARE(r.code, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QLatin1String("tags"))[QLatin1String("card")].toArray().size(), 1);
        QVERIFY(o.value(QLatin1String("tags"))[QLatin1String("hub")].toArray().contains(
            QStringLiteral("license:mit")));
        const QJsonObject pipeline = o.value(QLatin1String("pipeline_tag")).toObject();
        QCOMPARE(pipeline.value(QLatin1String("value")).toString(),
                 QStringLiteral("text-classification"));
        QCOMPARE(pipeline.value(QLatin1String("source")).toString(),
                 QStringLiteral("architectures"));
        const QJsonObject library = o.value(QLatin1String("library_name")).toObject();
        QCOMPARE(library.value(QLatin1String("source")).toString(),
                 QStringLiteral("legacy-config"));
        QCOMPARE(o.value(QLatin1String("parameters")).toDouble(), 12.0);
        QCOMPARE(o.value(QLatin1String("formats"))[QLatin1String("safetensors")].toInt(), 1);
        const QJsonArray warnings = o.value(QLatin1String("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings[0][QLatin1String("kind")].toString(), QStringLiteral("not-in-lfs"));
        QCOMPARE(warnings[0][QLatin1String("path")].toString(), QStringLiteral("vocab.big"));
        QVERIFY(o.value(QLatin1String("bytes_read")).toDouble() > 0);
        QCOMPARE(o.value(QLatin1String("suggestions")).toArray().size(), 2);
    }

    void noReadme_stillScans()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("asr.nemo"), "x");
        const Run r = run({QStringLiteral("tags"), dir.path()});
        QCOMPARE(r.code, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(
            out.contains(QStringLiteral("library_name: nemo (the repository's files: *.nemo)")));
        QVERIFY(out.contains(QStringLiteral("Warning: no README.md")));
        QVERIFY(out.contains(QStringLiteral("pipeline_tag: (none)")));
    }

    void yamlError_warnsAndContinues()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("README.md"), "---\na: 1\na: 2\n---\n");
        const Run r = run({QStringLiteral("tags"), dir.path()});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains("YAML error"));
    }

    void usageAndIoErrors()
    {
        QTemporaryDir dir;
        QCOMPARE(run({QStringLiteral("tags")}).code, 2);
        QCOMPARE(run({QStringLiteral("tags"), dir.path(), dir.path()}).code, 2);
        QCOMPARE(run({QStringLiteral("tags"), QStringLiteral("--bogus")}).code, 2);
        const Run missing = run({QStringLiteral("tags"), dir.filePath(QStringLiteral("nope"))});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains("not a folder"));
        write(dir.path(), QStringLiteral("README.md"), QByteArray("\xff\xfe bad", 7));
        const Run bad = run({QStringLiteral("tags"), dir.path()});
        QCOMPARE(bad.code, 2);
        QVERIFY(!bad.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTagsCommand)
#include "tst_tagscommand.moc"
