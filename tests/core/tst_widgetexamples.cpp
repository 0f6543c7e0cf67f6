#include "carddocument.h"
#include "catalogs.h"
#include "widgetexamples.h"

#include <QtTest>

using namespace Cardigan;
using Widget = WidgetModel::Widget;

namespace {

YamlValue metadataOf(const QString &yaml)
{
    CardDocument doc;
    doc.load(QStringLiteral("---\n") + yaml + QStringLiteral("---\n# Card\n"));
    if (doc.hasYamlError()) {
        qWarning() << doc.yaml().error.reason;
    }
    return doc.metadata();
}

WidgetModel modelOf(const QString &yaml)
{
    return WidgetExamples::build(metadataOf(yaml));
}

// A test example for each task with a widget: its YAML and what the model must read from it.
struct TaskCase
{
    const char *task;
    Widget widget;
    const char *example; // one flow mapping
};

const TaskCase taskCases[] = {
    {"text-classification", Widget::TextClassification,
     "{text: Good film, output: [{label: POS, score: 0.9}, {label: NEG, score: 0.1}]}"},
    {"fill-mask", Widget::FillMask,
     "{text: Paris is the <mask>., output: [{label: capital, score: 0.6}, {label: heart, score: "
     "0.3}]}"},
    {"token-classification", Widget::TokenClassification, "{text: I am Ada from Rome}"},
    {"question-answering", Widget::QuestionAnswering,
     "{text: Who?, context: Ada wrote it., output: {answer: Ada, score: 0.75}}"},
    {"table-question-answering", Widget::TableQuestionAnswering,
     "{text: How many?, table: {Name: [a, b], Count: [1, 2]}}"},
    {"zero-shot-classification", Widget::ZeroShotClassification,
     "{text: I bought shoes, candidate_labels: 'fashion, sport', multi_class: true, "
     "output: [{label: fashion, score: 0.5}, {label: sport, score: 0.25}]}"},
    {"translation", Widget::Text2TextGeneration, "{text: Hello, output: {text: Bonjour}}"},
    {"summarization", Widget::Summarization, "{text: Long text, output: {text: Short}}"},
    {"text2text-generation", Widget::Text2TextGeneration, "{text: Q, output: {text: A}}"},
    {"text-generation", Widget::TextGeneration, "{text: Once upon, output: {text: ' a time'}}"},
    {"sentence-similarity", Widget::SentenceSimilarity,
     "{source_sentence: A cat, sentences: [A dog, A kitten]}"},
    {"feature-extraction", Widget::FeatureExtraction, "{text: Embed me}"},
    {"text-to-speech", Widget::TextToSpeech, "{text: Say this}"},
    {"text-to-audio", Widget::TextToSpeech, "{text: Make a sound}"},
    {"automatic-speech-recognition", Widget::AutomaticSpeechRecognition,
     "{src: audio/a.flac, output: {text: hello world}}"},
    {"audio-to-audio", Widget::AudioToAudio, "{src: audio/a.flac}"},
    {"audio-classification", Widget::AudioClassification,
     "{src: a.wav, output: [{label: dog, score: 0.2}, {label: cat, score: 0.4}]}"},
    {"image-classification", Widget::ImageClassification,
     "{src: images/cat.png, output: [{label: cat, score: 0.99}, {label: dog, score: 0.01}]}"},
    {"object-detection", Widget::ObjectDetection, "{src: images/street.png}"},
    {"image-segmentation", Widget::ImageSegmentation, "{src: images/street.png}"},
    {"image-to-image", Widget::ImageToImage,
     "{src: images/in.png, prompt: make it blue, output: {url: images/out.png}}"},
    {"image-to-text", Widget::ImageToText, "{src: images/cat.png, output: {text: a cat}}"},
    {"text-to-image", Widget::TextToImage, "{text: a tiger, output: {url: images/tiger.png}}"},
    {"document-question-answering", Widget::VisualQuestionAnswering,
     "{src: doc.png, text: Total?, output: [{answer: '42', score: 0.8}, {answer: '24', score: "
     "0.1}]}"},
    {"visual-question-answering", Widget::VisualQuestionAnswering,
     "{src: img.png, text: Colour?, output: [{answer: red, score: 0.3}]}"},
    {"zero-shot-image-classification", Widget::ZeroShotImageClassification,
     "{src: img.png, candidate_labels: 'cat, dog', output: [{label: dog, score: 0.7}, "
     "{label: cat, score: 0.3}]}"},
    {"tabular-classification", Widget::TabularData,
     "{structured_data: {age: [30, 41], job: [nurse, pilot]}}"},
    {"tabular-regression", Widget::TabularData, "{structured_data: {x: [1.5], y: [2]}}"},
};

} // namespace

class TestWidgetExamples : public QObject
{
    Q_OBJECT

private slots:
    void everyTaskWithAWidget_isCovered()
    {
        QStringList covered;
        for (const TaskCase &c : taskCases) {
            covered << QLatin1String(c.task);
        }
        covered << QStringLiteral("reinforcement-learning");
        covered.sort();
        QCOMPARE(WidgetExamples::tasksWithWidget(), covered);
    }

    void everyTask_readsItsInputsAndOutput_data()
    {
        QTest::addColumn<QString>("task");
        QTest::addColumn<int>("widget");
        QTest::addColumn<QString>("example");
        for (const TaskCase &c : taskCases) {
            QTest::newRow(c.task) << QString::fromLatin1(c.task) << int(c.widget)
                                  << QString::fromLatin1(c.example);
        }
    }

    void everyTask_readsItsInputsAndOutput()
    {
        QFETCH(QString, task);
        QFETCH(int, widget);
        QFETCH(QString, example);
        const WidgetModel m =
            modelOf(QStringLiteral("pipeline_tag: %1\nwidget:\n- %2\n").arg(task, example));
        QCOMPARE(int(m.widget), widget);
        QCOMPARE(m.pipelineTag, task);
        QVERIFY2(m.problems.isEmpty(), qPrintable(m.problems.join(u'\n')));
        QCOMPARE(m.examples.size(), 1);
        const WidgetExample &ex = m.examples[0];
        QCOMPARE(ex.sourceIndex, 0);
        QCOMPARE(ex.title, QStringLiteral("Example 1"));
        // Every input the catalogue requires is filled.
        for (const QString &input : Catalogs::instance().widgetTasks.value(task).inputs) {
            if (input == QLatin1String("text")) {
                QVERIFY(!ex.text.isEmpty());
            } else if (input == QLatin1String("context")) {
                QCOMPARE(ex.context, QStringLiteral("Ada wrote it."));
            } else if (input == QLatin1String("candidate_labels")) {
                QVERIFY(ex.candidateLabels.contains(QLatin1String(", ")));
            } else if (input == QLatin1String("source_sentence")) {
                QCOMPARE(ex.sourceSentence, QStringLiteral("A cat"));
            } else if (input == QLatin1String("sentences")) {
                QCOMPARE(ex.sentences, (QStringList{"A dog", "A kitten"}));
            } else if (input == QLatin1String("table") ||
                       input == QLatin1String("structured_data")) {
                QVERIFY(!ex.table.isEmpty());
                QVERIFY(!ex.table.rows.isEmpty());
                for (const QStringList &row : ex.table.rows) {
                    QCOMPARE(row.size(), ex.table.columns.size());
                }
            } else if (input == QLatin1String("src")) {
                QVERIFY(!ex.src.isEmpty());
            } else {
                QFAIL(qPrintable(QStringLiteral("untested input %1").arg(input)));
            }
        }
        // The output has the kind the catalogue names, bars in YAML order.
        const QString kind = Catalogs::instance().widgetTasks.value(task).output;
        if (example.contains(QLatin1String("output"))) {
            const QHash<QString, WidgetOutput::Kind> kinds = {
                {QStringLiteral("labels"), WidgetOutput::Kind::Labels},
                {QStringLiteral("answers"), WidgetOutput::Kind::Labels},
                {QStringLiteral("answer_score"), WidgetOutput::Kind::AnswerScore},
                {QStringLiteral("text"), WidgetOutput::Kind::Text},
                {QStringLiteral("url"), WidgetOutput::Kind::Url}};
            QCOMPARE(int(ex.output.kind), int(kinds.value(kind)));
        } else {
            QCOMPARE(int(ex.output.kind), int(WidgetOutput::Kind::None));
        }
        if (ex.output.kind == WidgetOutput::Kind::Labels) {
            double largest = 0;
            for (const WidgetBar &b : ex.output.bars) {
                largest = std::max(largest, b.score);
                QVERIFY(example.indexOf(b.label) >= 0);
            }
            for (int i = 0; i + 1 < ex.output.bars.size(); ++i) { // YAML order kept
                const qsizetype output = example.indexOf(QLatin1String("output"));
                QVERIFY(example.indexOf(ex.output.bars[i].label, output) <
                        example.indexOf(ex.output.bars[i + 1].label, output));
            }
            for (const WidgetBar &b : ex.output.bars) {
                QCOMPARE(b.percent, int(std::ceil(b.score / largest * 80)));
            }
        }
    }

    void labels_keepYamlOrderAndScaleToTheLargest()
    {
        const WidgetModel m = modelOf(
            QStringLiteral("pipeline_tag: text-classification\nwidget:\n- text: x\n  output:\n"
                           "  - {label: low, score: 0.1}\n  - {label: top, score: 0.5}\n"
                           "  - {label: mid, score: 0.25}\n  - {label: zero, score: 0}\n"));
        const QList<WidgetBar> &bars = m.examples.at(0).output.bars;
        QCOMPARE(bars.size(), 4);
        QCOMPARE(bars[0].label, QStringLiteral("low"));
        QCOMPARE(bars[1].label, QStringLiteral("top"));
        QCOMPARE(bars[2].label, QStringLiteral("mid"));
        QCOMPARE(bars[0].percent, 16); // ceil(0.1 / 0.5 * 80)
        QCOMPARE(bars[1].percent, 80);
        QCOMPARE(bars[2].percent, 40);
        QCOMPARE(bars[3].percent, 0);
        QCOMPARE(bars[0].scoreText(), QStringLiteral("0.100"));
        QCOMPARE(bars[3].scoreText(), QStringLiteral("0.000"));
    }

    void titlesAndGroups()
    {
        const WidgetModel m = modelOf(QStringLiteral(
            "pipeline_tag: text-classification\nwidget:\n- text: a\n  example_title: First\n"
            "- text: b\n- text: c\n  group: Other\n- text: d\n  group: Other\n"));
        QCOMPARE(m.groups, (QStringList{"Group 1", "Other"}));
        QCOMPARE(m.examples.size(), 4);
        QCOMPARE(m.examples[0].title, QStringLiteral("First"));
        QCOMPARE(m.examples[1].title, QStringLiteral("Example 2"));
        QCOMPARE(m.examples[2].title, QStringLiteral("Example 1"));
        QCOMPARE(m.examples[3].title, QStringLiteral("Example 2"));
        QCOMPARE(m.examples[3].group, QStringLiteral("Other"));
    }

    void invalidExamples_areSkippedWithAReason()
    {
        const WidgetModel m = modelOf(
            QStringLiteral("pipeline_tag: question-answering\nwidget:\n- text: Who?\n- just text\n"
                           "- {text: Who?, context: Me, output: {answer: Me}}\n"));
        QCOMPARE(m.examples.size(), 1);
        QCOMPARE(m.examples[0].sourceIndex, 2);
        QCOMPARE(int(m.examples[0].output.kind), int(WidgetOutput::Kind::None));
        QCOMPARE(m.problems.size(), 3);
        QVERIFY(m.problems[0].contains(QLatin1String("\"context\"")));
        QVERIFY(m.problems[1].contains(QLatin1String("widget[1]")));
        QVERIFY(m.problems[2].contains(QLatin1String("answer")));
        QCOMPARE(m.exampleForSource(2), 0);
        QCOMPARE(m.exampleForSource(0), -1);
    }

    void inferenceFalse_keepsOnlyExamplesWithOutputs()
    {
        const WidgetModel m = modelOf(QStringLiteral(
            "pipeline_tag: text-generation\ninference: false\nwidget:\n- text: no output\n"
            "- text: Hi\n  output:\n    text: ' there'\n"));
        QCOMPARE(m.title, QStringLiteral("Inference Examples"));
        QVERIFY(m.inferenceDisabled);
        QCOMPARE(m.examples.size(), 1);
        QCOMPARE(m.examples[0].sourceIndex, 1);
        QVERIFY(m.appendsOutput());
        const WidgetModel none = modelOf(QStringLiteral(
            "pipeline_tag: text-generation\ninference: false\nwidget:\n- text: a\n"));
        QVERIFY(none.examples.isEmpty());
        QVERIFY(none.explanation.contains(QLatin1String("inference: false")));
        QCOMPARE(modelOf(QStringLiteral("pipeline_tag: fill-mask\n")).title,
                 QStringLiteral("⚡ Inference API"));
    }

    void noWidget_usesTheDefaultsForTheCardsLanguage()
    {
        const WidgetModel fr = modelOf(QStringLiteral("pipeline_tag: fill-mask\nlanguage: fr\n"));
        QVERIFY(fr.defaults);
        QCOMPARE(fr.defaultsLanguage, QStringLiteral("fr"));
        QCOMPARE(fr.examples.size(), WidgetExamples::defaultInputs("fr", "fill-mask").size());
        QVERIFY(!fr.examples.isEmpty());
        QVERIFY(fr.examples[0].text.contains(QLatin1String("<mask>")));
        QCOMPARE(fr.examples[0].sourceIndex, -1);

        const WidgetModel qa =
            modelOf(QStringLiteral("pipeline_tag: question-answering\nlanguage: [de, en]\n"));
        QCOMPARE(qa.defaultsLanguage, QStringLiteral("de"));
        QVERIFY(!qa.examples[0].context.isEmpty());

        // No defaults in that language for the task: the English ones.
        const WidgetModel tc =
            modelOf(QStringLiteral("pipeline_tag: text-classification\nlanguage: de\n"));
        QCOMPARE(tc.defaultsLanguage, QStringLiteral("en"));
        QCOMPARE(tc.examples[0].text, QStringLiteral("I like you. I love you"));

        const WidgetModel table =
            modelOf(QStringLiteral("pipeline_tag: table-question-answering\n"));
        QCOMPARE(table.examples[0].table.columns.first(), QStringLiteral("Repository"));
        QCOMPARE(table.examples[0].table.rows.at(0).at(1), QStringLiteral("36542"));

        const WidgetModel image = modelOf(QStringLiteral("pipeline_tag: image-classification\n"));
        QVERIFY(image.examples.isEmpty());
        QVERIFY(!image.explanation.isEmpty());
    }

    void conversational_fromTagAndMessages()
    {
        const WidgetModel m = modelOf(QStringLiteral(
            "pipeline_tag: text-generation\ntags: [conversational]\nwidget:\n"
            "- messages:\n  - {role: system, content: Be brief}\n  - {role: user, content: Hi}\n"
            "  output:\n    text: Hello!\n- text: What is 2+2?\n"));
        QCOMPARE(int(m.widget), int(Widget::Conversational));
        QCOMPARE(m.examples.size(), 2);
        QCOMPARE(m.examples[0].messages.size(), 2);
        QCOMPARE(m.examples[0].messages[0].role, QStringLiteral("system"));
        QCOMPARE(m.examples[0].output.text, QStringLiteral("Hello!"));
        QCOMPARE(m.examples[1].text, QStringLiteral("What is 2+2?"));
        QCOMPARE(int(WidgetExamples::widgetFor("image-text-to-text", true)),
                 int(Widget::Conversational));
        QCOMPARE(int(WidgetExamples::widgetFor("image-text-to-text", false)), int(Widget::None));
    }

    void noTaskOrNoWidget_explains()
    {
        const WidgetModel none = modelOf(QStringLiteral("license: mit\n"));
        QVERIFY(!none.hasWidget());
        QVERIFY(none.explanation.contains(QLatin1String("pipeline_tag")));
        const WidgetModel depth = modelOf(QStringLiteral("pipeline_tag: depth-estimation\n"));
        QVERIFY(!depth.hasWidget());
        QVERIFY(depth.explanation.contains(QLatin1String("depth-estimation")));
        const WidgetModel rl = modelOf(QStringLiteral("pipeline_tag: reinforcement-learning\n"));
        QVERIFY(rl.explanation.contains(QLatin1String("replay.mp4")));
        // The inferred task serves when the card names none.
        const WidgetModel inferred = WidgetExamples::build(
            metadataOf(QStringLiteral("license: mit\n")), QStringLiteral("fill-mask"));
        QVERIFY(inferred.inferred);
        QCOMPARE(int(inferred.widget), int(Widget::FillMask));
    }

    void inputsKey_ignoresOtherKeys()
    {
        const WidgetInputs a =
            WidgetInputs::from(metadataOf(QStringLiteral("license: mit\npipeline_tag: x\n")));
        const WidgetInputs b = WidgetInputs::from(
            metadataOf(QStringLiteral("license: apache-2.0\npipeline_tag: x\ndatasets: [d]\n")));
        const WidgetInputs c =
            WidgetInputs::from(metadataOf(QStringLiteral("license: mit\npipeline_tag: y\n")));
        QVERIFY(a == b);
        QVERIFY(a != c);
    }
};

QTEST_GUILESS_MAIN(TestWidgetExamples)
#include "tst_widgetexamples.moc"
