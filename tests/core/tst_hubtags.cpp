#include "hubtags.h"

#include "carddocument.h"
#include "repocatalog.h"

#include <QtTest>

using namespace Cardigan;

namespace {

YamlValue metadata(const QString &yaml)
{
    CardDocument doc;
    doc.load(QStringLiteral("---\n") + yaml + QStringLiteral("\n---\n"));
    return doc.metadata();
}

RepoScan scanWith(const QStringList &paths)
{
    RepoScan s;
    s.ok = true;
    for (const QString &p : paths) {
        RepoFile f;
        f.path = p;
        s.files.push_back(f);
    }
    std::sort(s.files.begin(), s.files.end(),
              [](const RepoFile &a, const RepoFile &b) { return a.path < b.path; });
    for (RepoFile &f : s.files) {
        if (f.path.endsWith(QLatin1String(".nemo"))) {
            f.format = FileFormat::Nemo;
        } else if (f.path.endsWith(QLatin1String(".safetensors"))) {
            f.format = FileFormat::Safetensors;
        } else if (f.path.endsWith(QLatin1String(".gguf"))) {
            f.format = FileFormat::Gguf;
        } else if (f.path == QLatin1String("pytorch_model.bin")) {
            f.format = FileFormat::PyTorch;
        }
    }
    s.hasConfig = s.file(QStringLiteral("config.json")) != nullptr;
    return s;
}

} // namespace

class TestHubTags : public QObject
{
    Q_OBJECT

private slots:
    void catalogue_loaded()
    {
        const RepoCatalog &c = RepoCatalog::instance();
        QVERIFY(c.architectureCount() > 1000);
        QCOMPARE(c.pipelineForArchitecture(QStringLiteral("BertForMaskedLM")),
                 QStringLiteral("fill-mask"));
        QCOMPARE(c.library(QStringLiteral("Transformers")), QStringLiteral("transformers"));
        QCOMPARE(c.pipelineOrder(QStringLiteral("text-classification")), 0);
        QVERIFY(c.isPipeline(QStringLiteral("text-generation")));
    }

    void legacyConfig_architecturesGivePipeline()
    {
        RepoScan s =
            scanWith({QStringLiteral("config.json"), QStringLiteral("README.md"),
                      QStringLiteral("pytorch_model.bin"), QStringLiteral("model.safetensors")});
        s.architectures = {QStringLiteral("NotAClass"), QStringLiteral("GPT2LMHeadModel")};
        s.modelType = QStringLiteral("gpt2");
        const HubTags t =
            HubTags::derive(s, metadata(QStringLiteral("license: mit\ntags: [exbert]")), QString());
        QCOMPARE(t.libraryName, QStringLiteral("transformers"));
        QCOMPARE(t.librarySource, HubTags::LibrarySource::LegacyConfig);
        QCOMPARE(t.pipelineTag, QStringLiteral("text-generation"));
        QCOMPARE(t.pipelineSource, HubTags::PipelineSource::Architectures);
        QCOMPARE(t.pipelineDetail, QStringLiteral("GPT2LMHeadModel"));
        QCOMPARE(t.fromCard, QStringList{QStringLiteral("exbert")});
        QCOMPARE(t.addedByHub,
                 (QStringList{QStringLiteral("transformers"), QStringLiteral("pytorch"),
                              QStringLiteral("safetensors"), QStringLiteral("gpt2"),
                              QStringLiteral("text-generation"), QStringLiteral("license:mit"),
                              QStringLiteral("region:us")}));
        QVERIFY(!t.notes.isEmpty()); // legacy detection only for old repositories
        QCOMPARE(t.suggestions.size(), 2);
        QCOMPARE(t.suggestions[0].key, QStringLiteral("library_name"));
        QCOMPARE(t.suggestions[0].value, QStringLiteral("transformers"));
        QCOMPARE(t.suggestions[1].key, QStringLiteral("pipeline_tag"));
        QCOMPARE(t.suggestions[1].value, QStringLiteral("text-generation"));
    }

    void explicitValuesWin()
    {
        RepoScan s = scanWith({QStringLiteral("config.json"), QStringLiteral("x.nemo")});
        s.architectures = {QStringLiteral("GPT2LMHeadModel")};
        const HubTags t = HubTags::derive(
            s,
            metadata(QStringLiteral("library_name: keras\npipeline_tag: text-classification\n"
                                    "tags: [nemo, fill-mask]")),
            QString());
        QCOMPARE(t.libraryName, QStringLiteral("keras"));
        QCOMPARE(t.librarySource, HubTags::LibrarySource::Explicit);
        QCOMPARE(t.pipelineTag, QStringLiteral("text-classification"));
        QCOMPARE(t.pipelineSource, HubTags::PipelineSource::Explicit);
        QVERIFY(t.notes.isEmpty());
        QVERIFY(t.suggestions.isEmpty()); // nothing to write down: both are explicit
    }

    void unknownExplicitValuesNoted()
    {
        const HubTags t = HubTags::derive(
            scanWith({}), metadata(QStringLiteral("library_name: nolib\npipeline_tag: nope")),
            QString());
        QCOMPARE(t.libraryName, QStringLiteral("nolib"));
        QCOMPARE(t.notes.size(), 2);
    }

    void library_fromTagThenFilesThenConfig()
    {
        const RepoScan s = scanWith({QStringLiteral("config.json"), QStringLiteral("asr.nemo")});
        HubTags t =
            HubTags::derive(s, metadata(QStringLiteral("tags: [audio, SpeechBrain]")), QString());
        QCOMPARE(t.libraryName, QStringLiteral("speechbrain"));
        QCOMPARE(t.librarySource, HubTags::LibrarySource::Tag);
        QCOMPARE(t.libraryDetail, QStringLiteral("SpeechBrain"));
        t = HubTags::derive(s, metadata(QStringLiteral("tags: [audio]")), QString());
        QCOMPARE(t.libraryName, QStringLiteral("nemo"));
        QCOMPARE(t.librarySource, HubTags::LibrarySource::Files);
        QCOMPARE(t.libraryDetail, QStringLiteral("*.nemo"));
        t = HubTags::derive(
            scanWith({QStringLiteral("model_index.json"), QStringLiteral("config.json")}),
            YamlValue(), QString());
        QCOMPARE(t.libraryName, QStringLiteral("diffusers"));
        t = HubTags::derive(scanWith({QStringLiteral("README.md")}), YamlValue(), QString());
        QVERIFY(t.libraryName.isEmpty());
        QCOMPARE(t.librarySource, HubTags::LibrarySource::None);
    }

    void pipeline_fromTagsInHubOrder()
    {
        const HubTags t = HubTags::derive(
            scanWith({}), metadata(QStringLiteral("tags: [fill-mask, foo, text-classification]")),
            QString());
        QCOMPARE(t.pipelineTag, QStringLiteral("text-classification"));
        QCOMPARE(t.pipelineSource, HubTags::PipelineSource::Tags);
        QVERIFY(!t.addedByHub.contains(QStringLiteral("text-classification"))); // already there
    }

    void pipeline_architecturesOnlyForTransformers()
    {
        RepoScan s = scanWith({QStringLiteral("config.json")});
        s.architectures = {QStringLiteral("BertModel")};
        const HubTags t =
            HubTags::derive(s,
                            metadata(QStringLiteral("library_name: sentence-transformers\n"
                                                    "tags: [sentence-similarity]")),
                            QString());
        QCOMPARE(t.pipelineTag, QStringLiteral("sentence-similarity"));
        QCOMPARE(t.pipelineSource, HubTags::PipelineSource::Tags);
    }

    void derivedTags_fromMetadataAndBody()
    {
        const QString body = QStringLiteral(
            "See [the paper](https://arxiv.org/abs/2106.09685v2) and "
            "https://arxiv.org/pdf/1810.04805.pdf, again arxiv.org/abs/2106.09685, "
            "https://huggingface.co/papers/2307.09288 and arxiv.org/abs/hep-th/9901001. "
            "Not a link: arXiv 1234.5678.");
        const HubTags t = HubTags::derive(
            scanWith({}),
            metadata(QStringLiteral("language: [en, fr]\nlicense: apache-2.0\n"
                                    "datasets: [org/data, other]\nbase_model: org/base\n"
                                    "base_model_relation: quantized\ntags: [en, custom]")),
            body);
        QCOMPARE(t.fromCard, (QStringList{QStringLiteral("en"), QStringLiteral("custom")}));
        QCOMPARE(
            t.addedByHub,
            (QStringList{QStringLiteral("fr"), QStringLiteral("dataset:org/data"),
                         QStringLiteral("dataset:other"), QStringLiteral("base_model:org/base"),
                         QStringLiteral("base_model:quantized:org/base"),
                         QStringLiteral("arxiv:2106.09685"), QStringLiteral("arxiv:1810.04805"),
                         QStringLiteral("arxiv:2307.09288"), QStringLiteral("arxiv:hep-th/9901001"),
                         QStringLiteral("license:apache-2.0"), QStringLiteral("region:us")}));
    }

    void derivedTags_singleValuesAndMerges()
    {
        const HubTags t = HubTags::derive(
            scanWith({}),
            metadata(QStringLiteral("language: de\ndatasets: one\nbase_model: [a/x, b/y]\n"
                                    "base_model_relation: merge")),
            QString());
        QVERIFY(t.fromCard.isEmpty());
        QCOMPARE(
            t.addedByHub,
            (QStringList{QStringLiteral("de"), QStringLiteral("dataset:one"),
                         QStringLiteral("base_model:a/x"), QStringLiteral("base_model:merge:a/x"),
                         QStringLiteral("base_model:b/y"), QStringLiteral("base_model:merge:b/y"),
                         QStringLiteral("region:us")}));
        // Without a known relation only the plain form.
        const HubTags u = HubTags::derive(
            scanWith({}), metadata(QStringLiteral("base_model: a/x\nbase_model_relation: odd")),
            QString());
        QCOMPARE(u.addedByHub,
                 (QStringList{QStringLiteral("base_model:a/x"), QStringLiteral("region:us")}));
    }

    void modelSize_fromSafetensors()
    {
        RepoScan s = scanWith({QStringLiteral("model.safetensors")});
        s.safetensorsRead = 1;
        s.safetensorsParameters = 124'439'808;
        s.parametersByDtype = {{QStringLiteral("F32"), 124'439'808}};
        HubTags t = HubTags::derive(s, YamlValue(), QString());
        QCOMPARE(t.parameters, 124'439'808);
        QCOMPARE(t.modelSize, QStringLiteral("124M params · F32"));
        s.safetensorsParameters = 6'738'415'616 + 1000;
        s.parametersByDtype = {{QStringLiteral("F32"), 1000},
                               {QStringLiteral("BF16"), 6'738'415'616}};
        s.safetensorsUnread = 1;
        t = HubTags::derive(s, YamlValue(), QString());
        QCOMPARE(t.tensorTypes, (QStringList{QStringLiteral("BF16"), QStringLiteral("F32")}));
        QCOMPARE(t.modelSize, QStringLiteral("6.74B params · BF16 · F32"));
        QCOMPARE(t.notes.size(), 1); // partial count
    }

    void modelSize_fromGgufWithoutSafetensors()
    {
        RepoScan s = scanWith({QStringLiteral("m.gguf")});
        RepoGguf g;
        g.path = QStringLiteral("m.gguf");
        g.header.architecture = QStringLiteral("llama");
        g.header.parameters = 7'241'732'096;
        s.gguf.push_back(g);
        const HubTags t = HubTags::derive(s, YamlValue(), QString());
        QCOMPARE(t.modelSize, QStringLiteral("7.24B params · llama"));
        QCOMPARE(t.libraryName, QStringLiteral("gguf"));
        QVERIFY(t.addedByHub.contains(QStringLiteral("gguf")));
    }

    void formatParameters_data()
    {
        QTest::addColumn<qint64>("count");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << QStringLiteral("0");
        QTest::newRow("950") << qint64(950) << QStringLiteral("950");
        QTest::newRow("999") << qint64(999) << QStringLiteral("999");
        QTest::newRow("1000") << qint64(1000) << QStringLiteral("1K");
        QTest::newRow("82.1M") << qint64(82'118'400) << QStringLiteral("82.1M");
        QTest::newRow("124M") << qint64(124'439'808) << QStringLiteral("124M");
        QTest::newRow("999.6M") << qint64(999'600'000) << QStringLiteral("1B");
        QTest::newRow("1.54B") << qint64(1'543'714'304) << QStringLiteral("1.54B");
        QTest::newRow("13B") << qint64(13'015'864'320) << QStringLiteral("13B");
        QTest::newRow("70.6B") << qint64(70'553'706'496) << QStringLiteral("70.6B");
        QTest::newRow("1.2T") << qint64(1'200'000'000'000) << QStringLiteral("1.2T");
    }
    void formatParameters()
    {
        QFETCH(qint64, count);
        QFETCH(QString, text);
        QCOMPARE(HubTags::formatParameters(count), text);
    }
};

QTEST_GUILESS_MAIN(TestHubTags)
#include "tst_hubtags.moc"
