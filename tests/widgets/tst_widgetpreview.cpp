#include "carddocument.h"
#include "widgetpreview.h"
#include "widgetscorebar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextDocument>
#include <QtTest>

using namespace Cardigan;

namespace {

QString card(const QString &yaml)
{
    return QStringLiteral("---\n") + yaml + QStringLiteral("---\n# Model\n");
}

template <typename T>
QList<T *> named(QWidget *root, const char *name)
{
    return root->findChildren<T *>(QLatin1String(name));
}

template <typename T>
T *one(QWidget *root, const char *name)
{
    const QList<T *> all = named<T>(root, name);
    if (all.size() != 1) {
        qWarning() << name << "found" << all.size() << "times";
        return nullptr;
    }
    return all.first();
}

} // namespace

class TestWidgetPreview : public QObject
{
    Q_OBJECT

private slots:
    void textClassification_barsInYamlOrderAndProportional()
    {
        CardDocument doc;
        doc.load(card(
            QStringLiteral("pipeline_tag: text-classification\nwidget:\n- text: What a film\n"
                           "  example_title: Review\n  output:\n  - {label: joy, score: 0.2}\n"
                           "  - {label: anger, score: 0.8}\n  - {label: fear, score: 0.4}\n")));
        WidgetPreview panel(&doc);
        panel.resize(500, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(one<QLabel>(&panel, "widgetTitle")->text(), QStringLiteral("⚡ Inference API"));
        QCOMPARE(one<QLabel>(&panel, "widgetTask")->text(), QStringLiteral("text-classification"));
        QComboBox *examples = one<QComboBox>(&panel, "widgetExamples");
        QCOMPARE(examples->count(), 1);
        QCOMPARE(examples->currentText(), QStringLiteral("Review"));
        QCOMPARE(one<QPlainTextEdit>(&panel, "widgetText")->toPlainText(),
                 QStringLiteral("What a film"));

        const QList<QLabel *> labels = named<QLabel>(&panel, "widgetBarLabel");
        const QList<QLabel *> scores = named<QLabel>(&panel, "widgetBarScore");
        const QList<WidgetScoreBar *> bars = named<WidgetScoreBar>(&panel, "widgetBar");
        QCOMPARE(labels.size(), 3);
        QCOMPARE(labels[0]->text(), QStringLiteral("joy"));
        QCOMPARE(labels[1]->text(), QStringLiteral("anger"));
        QCOMPARE(labels[2]->text(), QStringLiteral("fear"));
        QCOMPARE(scores[1]->text(), QStringLiteral("0.800"));
        QCOMPARE(bars[0]->percent(), 20);
        QCOMPARE(bars[1]->percent(), 80);
        QCOMPARE(bars[2]->percent(), 40);
        // Drawn widths follow the scores: the top bar is 80% of its row, the others in
        // proportion (within a pixel of rounding).
        const int full = bars[1]->width();
        QVERIFY(full > 100);
        QCOMPARE(bars[1]->barWidth(), full * 80 / 100);
        QVERIFY(qAbs(bars[0]->barWidth() * 4 - bars[1]->barWidth()) <= 4);
        QVERIFY(qAbs(bars[2]->barWidth() * 2 - bars[1]->barWidth()) <= 2);
        QVERIFY(named<QLabel>(&panel, "widgetPending").isEmpty());
    }

    void questionAnswering_answerWithScore_andPendingWithoutOutput()
    {
        CardDocument doc;
        doc.load(card(QStringLiteral(
            "pipeline_tag: question-answering\nwidget:\n"
            "- {text: Who wrote it?, context: Ada wrote it., output: {answer: Ada, score: 0.9}}\n"
            "- {text: When?, context: In 1843.}\n")));
        WidgetPreview panel(&doc);
        QCOMPARE(one<QLineEdit>(&panel, "widgetText")->text(), QStringLiteral("Who wrote it?"));
        QCOMPARE(one<QPlainTextEdit>(&panel, "widgetContext")->toPlainText(),
                 QStringLiteral("Ada wrote it."));
        QLabel *answer = one<QLabel>(&panel, "widgetAnswer");
        QVERIFY(answer);
        QCOMPARE(answer->property("answer").toString(), QStringLiteral("Ada"));
        QCOMPARE(answer->property("score").toString(), QStringLiteral("0.900"));

        panel.showExample(1);
        QCOMPARE(panel.currentExample(), 1);
        QCOMPARE(one<QLineEdit>(&panel, "widgetText")->text(), QStringLiteral("When?"));
        QVERIFY(named<QLabel>(&panel, "widgetAnswer").isEmpty());
        QVERIFY(one<QLabel>(&panel, "widgetPending"));
        QCOMPARE(one<QComboBox>(&panel, "widgetExamples")->currentText(),
                 QStringLiteral("Example 2"));
    }

    void zeroShot_labelsAndMultiClass()
    {
        CardDocument doc;
        doc.load(card(QStringLiteral(
            "pipeline_tag: zero-shot-classification\nwidget:\n"
            "- text: New shoes\n  candidate_labels: fashion, sport\n  multi_class: true\n")));
        WidgetPreview panel(&doc);
        QCOMPARE(one<QPlainTextEdit>(&panel, "widgetText")->toPlainText(),
                 QStringLiteral("New shoes"));
        QCOMPARE(one<QLineEdit>(&panel, "widgetCandidateLabels")->text(),
                 QStringLiteral("fashion, sport"));
        QVERIFY(one<QCheckBox>(&panel, "widgetMultiClass")->isChecked());
    }

    void sentenceSimilarity_tableAndTabular()
    {
        CardDocument doc;
        doc.load(card(
            QStringLiteral("pipeline_tag: sentence-similarity\nwidget:\n"
                           "- {source_sentence: A cat, sentences: [A dog, A kitten, A car]}\n")));
        WidgetPreview panel(&doc);
        QCOMPARE(one<QLineEdit>(&panel, "widgetSourceSentence")->text(), QStringLiteral("A cat"));
        const QList<QLineEdit *> sentences = named<QLineEdit>(&panel, "widgetSentence");
        QCOMPARE(sentences.size(), 3);
        QCOMPARE(sentences[2]->text(), QStringLiteral("A car"));

        QVERIFY(doc.set(*YamlPath::parse(QStringLiteral("pipeline_tag")),
                        QStringLiteral("tabular-classification"))
                    .ok);
        QVERIFY(doc.set(*YamlPath::parse(QStringLiteral("widget")),
                        QStringLiteral("[{structured_data: {age: [30, 41], job: [nurse, pilot]}}]"))
                    .ok);
        QTableWidget *table = one<QTableWidget>(&panel, "widgetTable");
        QVERIFY(table);
        QCOMPARE(table->columnCount(), 2);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("job"));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("41"));
        QVERIFY(table->item(1, 0)->flags() & Qt::ItemIsEditable);
    }

    void conversationalAndTextGeneration()
    {
        CardDocument doc;
        doc.load(card(QStringLiteral(
            "pipeline_tag: text-generation\ntags: [conversational]\nwidget:\n"
            "- messages:\n  - {role: user, content: Hi there}\n  output:\n    text: Hello!\n")));
        WidgetPreview panel(&doc);
        const QList<QLabel *> bubbles = named<QLabel>(&panel, "widgetBubble");
        QCOMPARE(bubbles.size(), 2);
        QCOMPARE(bubbles[0]->text(), QStringLiteral("Hi there"));
        QCOMPARE(bubbles[0]->property("role").toString(), QStringLiteral("user"));
        QCOMPARE(bubbles[1]->text(), QStringLiteral("Hello!"));
        QCOMPARE(bubbles[1]->property("role").toString(), QStringLiteral("assistant"));

        // Without the tag: the generation widget, the output continuing the prompt.
        QVERIFY(doc.unset(*YamlPath::parse(QStringLiteral("tags"))).ok);
        QVERIFY(doc.set(*YamlPath::parse(QStringLiteral("widget")),
                        QStringLiteral("[{text: Once upon, output: {text: ' a time'}}]"))
                    .ok);
        QPlainTextEdit *text = one<QPlainTextEdit>(&panel, "widgetText");
        QCOMPARE(text->toPlainText(), QStringLiteral("Once upon a time"));
        QCOMPARE(text->property("generated").toString(), QStringLiteral(" a time"));
        QVERIFY(named<QLabel>(&panel, "widgetOutputText").isEmpty());
    }

    void imageTask_localImageLoadsRemoteNeedsPermission()
    {
        QTemporaryDir dir;
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QDir(dir.path()).mkpath(QStringLiteral("images"));
        QVERIFY(image.save(dir.filePath(QStringLiteral("images/cat.png"))));
        CardDocument doc;
        doc.load(card(QStringLiteral(
            "pipeline_tag: image-classification\nwidget:\n- src: images/cat.png\n"
            "  output: [{label: cat, score: 0.9}]\n- src: https://example.com/dog.png\n")));
        WidgetPreview panel(&doc);
        panel.setCardFolder(dir.path());
        QLabel *shown = one<QLabel>(&panel, "widgetImage");
        QVERIFY(shown);
        QCOMPARE(shown->pixmap().size(), QSize(40, 30));
        QCOMPARE(named<QLabel>(&panel, "widgetBarLabel").size(), 1);

        panel.showExample(1);
        shown = one<QLabel>(&panel, "widgetImage");
        QVERIFY(shown->pixmap().isNull());
        QVERIFY(shown->text().contains(QLatin1String("Remote image not loaded")));
    }

    void noWidget_andInferenceFalse()
    {
        CardDocument doc;
        doc.load(card(QStringLiteral("pipeline_tag: depth-estimation\n")));
        WidgetPreview panel(&doc);
        QVERIFY(one<QLabel>(&panel, "widgetExplanation")
                    ->text()
                    .contains(QLatin1String("no inference widget")));
        QVERIFY(!one<QComboBox>(&panel, "widgetExamples")->isVisibleTo(&panel));

        QVERIFY(doc.set(*YamlPath::parse(QStringLiteral("pipeline_tag")),
                        QStringLiteral("summarization"))
                    .ok);
        QVERIFY(doc.set(*YamlPath::parse(QStringLiteral("inference")), QStringLiteral("false")).ok);
        QVERIFY(doc.set(*YamlPath::parse(QStringLiteral("widget")),
                        QStringLiteral("[{text: a}, {text: b, output: {text: B}}]"))
                    .ok);
        QCOMPARE(one<QLabel>(&panel, "widgetTitle")->text(), QStringLiteral("Inference Examples"));
        QCOMPARE(one<QComboBox>(&panel, "widgetExamples")->count(), 1);
        QCOMPARE(one<QLabel>(&panel, "widgetOutputText")->text(), QStringLiteral("B"));
    }

    void defaults_whenTheCardHasNoWidget()
    {
        CardDocument doc;
        doc.load(card(QStringLiteral("pipeline_tag: fill-mask\nlanguage: en\n")));
        WidgetPreview panel(&doc);
        QComboBox *examples = one<QComboBox>(&panel, "widgetExamples");
        QCOMPARE(examples->count(), 2);
        QCOMPARE(examples->itemText(0), QStringLiteral("Example 1"));
        QVERIFY(one<QLabel>(&panel, "widgetNote")->text().contains(QLatin1String("default")));
        QCOMPARE(one<QPlainTextEdit>(&panel, "widgetText")->toPlainText(),
                 QStringLiteral("Paris is the <mask> of France."));
    }

    void followsMetadata_rebuildsOnlyForItsKeys()
    {
        CardDocument doc;
        doc.load(card(QStringLiteral(
            "license: mit\npipeline_tag: text-classification\nwidget:\n- text: a\n- text: b\n")));
        WidgetPreview panel(&doc);
        const int builds = panel.buildCount();
        QVERIFY(
            doc.set(*YamlPath::parse(QStringLiteral("license")), QStringLiteral("apache-2.0")).ok);
        QVERIFY(doc.set(*YamlPath::parse(QStringLiteral("datasets")), QStringLiteral("[x]")).ok);
        QCOMPARE(panel.buildCount(), builds);
        panel.showExample(1);
        QVERIFY(
            doc.set(*YamlPath::parse(QStringLiteral("widget[0].text")), QStringLiteral("A")).ok);
        QCOMPARE(panel.buildCount(), builds + 1);
        QCOMPARE(panel.currentExample(), 1); // the shown example stays
        QCOMPARE(one<QPlainTextEdit>(&panel, "widgetText")->toPlainText(), QStringLiteral("b"));
        // A YAML error while typing keeps the last widget instead of blanking it.
        QTextCursor c(doc.textDocument());
        c.setPosition(doc.text().indexOf(QLatin1String("license")));
        c.insertText(QStringLiteral("[broken\n"));
        QVERIFY(doc.hasYamlError());
        QCOMPARE(panel.buildCount(), builds + 1);
        QCOMPARE(one<QPlainTextEdit>(&panel, "widgetText")->toPlainText(), QStringLiteral("b"));
    }

    void choosingAnExample_emitsItsIndexInTheCard()
    {
        CardDocument doc;
        doc.load(card(QStringLiteral("pipeline_tag: summarization\ninference: false\nwidget:\n"
                                     "- text: a\n- text: b\n  output: {text: B}\n"
                                     "- text: c\n  output: {text: C}\n")));
        WidgetPreview panel(&doc);
        QSignalSpy chosen(&panel, &WidgetPreview::exampleChosen);
        QComboBox *examples = one<QComboBox>(&panel, "widgetExamples");
        QCOMPARE(examples->count(), 2);
        examples->activated(1); // the user picks "Example 2", the card's widget[2]
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toInt(), 2);
        QCOMPARE(one<QLabel>(&panel, "widgetOutputText")->text(), QStringLiteral("C"));
        panel.showExample(1); // from the table: no echo back
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(one<QLabel>(&panel, "widgetOutputText")->text(), QStringLiteral("B"));
        panel.showExample(0); // not offered (no output with inference off): ignored
        QCOMPARE(panel.currentExample(), 0);
    }

    void groups_chooseTheGroupFirst()
    {
        CardDocument doc;
        doc.load(card(QStringLiteral("pipeline_tag: text-classification\nwidget:\n"
                                     "- {text: a, group: Positive}\n- {text: b, group: Negative}\n"
                                     "- {text: c, group: Negative}\n")));
        WidgetPreview panel(&doc);
        QComboBox *groups = one<QComboBox>(&panel, "widgetGroups");
        QVERIFY(groups->isVisibleTo(&panel));
        QCOMPARE(groups->count(), 2);
        QComboBox *examples = one<QComboBox>(&panel, "widgetExamples");
        QCOMPARE(examples->count(), 1);
        QSignalSpy chosen(&panel, &WidgetPreview::exampleChosen);
        groups->activated(1);
        QCOMPARE(examples->count(), 2);
        QCOMPARE(examples->itemText(1), QStringLiteral("Example 2"));
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toInt(), 1);
    }
};

QTEST_MAIN(TestWidgetPreview)
#include "tst_widgetpreview.moc"
