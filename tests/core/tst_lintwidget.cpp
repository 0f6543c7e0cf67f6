#include "carddocument.h"
#include "cardlinter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Cardigan;

namespace {

const QString fullBody = QStringLiteral("# Model\n\n## Intended uses\n\n## Limitations\n\n"
                                        "## Training data\n\n## Evaluation\n");

QString card(const QString &yaml)
{
    return QStringLiteral("---\n") + yaml + QStringLiteral("---\n") + fullBody;
}

} // namespace

class TestLintWidget : public QObject
{
    Q_OBJECT

    CardDocument m_doc;
    QTemporaryDir m_dir;

    QList<Diagnostic> lint(const QString &yaml, const QString &folder = QString())
    {
        m_doc.load(card(yaml));
        return CardLinter::lint(m_doc, folder);
    }
    static QString codes(const QList<Diagnostic> &all)
    {
        QStringList out;
        for (const Diagnostic &d : all) {
            out.append(d.code);
        }
        return out.join(u',');
    }

private slots:
    void widget_validExamplesPass()
    {
        const QList<Diagnostic> all =
            lint("pipeline_tag: text-classification\nwidget:\n- text: I love it\n"
                 "  example_title: Positive\n  output:\n  - label: POSITIVE\n    score: 0.9\n"
                 "- text: Meh\n");
        QVERIFY2(all.isEmpty(), qPrintable(codes(all)));
        QVERIFY(lint("widget:\n").isEmpty());
    }

    void widget_mustBeListOfMappings()
    {
        QList<Diagnostic> all = lint("widget: hello\n");
        QCOMPARE(codes(all), QStringLiteral("widget-type"));
        QCOMPARE(all[0].line, 2);
        QCOMPARE(all[0].column, 9);
        all = lint("widget:\n- text: a\n- just a string\n");
        QCOMPARE(codes(all), QStringLiteral("widget-type"));
        QCOMPARE(all[0].line, 4);
        QCOMPARE(all[0].column, 3);
        QVERIFY(all[0].message.contains(QLatin1String("\"widget[1]\"")));
    }

    void widget_inputsOfTheTaskRequired()
    {
        QList<Diagnostic> all = lint("pipeline_tag: question-answering\nwidget:\n"
                                     "- text: Where?\n  example_title: Q\n");
        QCOMPARE(codes(all), QStringLiteral("widget-input-missing"));
        QCOMPARE(all[0].line, 4);
        QCOMPARE(all[0].column, 3);
        QCOMPARE(all[0].end - all[0].start, 4); // the example's first key only
        QVERIFY(all[0].message.contains(QLatin1String("\"context\"")));
        // Chat examples give messages instead of text.
        all = lint("pipeline_tag: text-generation\nwidget:\n- messages:\n"
                   "  - role: user\n    content: Hi\n");
        QVERIFY2(all.isEmpty(), qPrintable(codes(all)));
        // No known task: no input rule.
        QVERIFY(lint("widget:\n- example_title: x\n").isEmpty());
    }

    void widget_outputShapeChecked()
    {
        QList<Diagnostic> all = lint("pipeline_tag: text-classification\nwidget:\n- text: a\n"
                                     "  output:\n    label: X\n");
        QCOMPARE(codes(all), QStringLiteral("widget-output"));
        QCOMPARE(all[0].line, 6);
        QCOMPARE(all[0].column, 5);
        QVERIFY(all[0].message.contains(QLatin1String("\"widget[0].output\"")));
        all = lint("pipeline_tag: question-answering\nwidget:\n- text: a\n  context: b\n"
                   "  output: {answer: x, score: '0.5'}\n");
        QCOMPARE(codes(all), QStringLiteral("widget-output"));
        QCOMPARE(all[0].column, 11);
        all = lint("pipeline_tag: automatic-speech-recognition\nwidget:\n"
                   "- src: https://x/a.flac\n  output: {text: hello}\n");
        QVERIFY2(all.isEmpty(), qPrintable(codes(all)));
    }

    void widget_relativeFilesMustExist()
    {
        QFile f(m_dir.filePath(QStringLiteral("sample.flac")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString yaml = QStringLiteral(
            "pipeline_tag: automatic-speech-recognition\nwidget:\n- src: sample.flac\n"
            "- src: missing.flac\n- src: https://example.com/a.flac\n");
        QList<Diagnostic> all = lint(yaml, m_dir.path());
        QCOMPARE(codes(all), QStringLiteral("widget-file-missing"));
        QCOMPARE(all[0].line, 5);
        QCOMPARE(all[0].column, 8);
        QVERIFY(all[0].message.contains(QLatin1String("missing.flac")));
        QVERIFY(lint(yaml).isEmpty()); // without a folder, files are not checked
        all = lint("pipeline_tag: text-to-image\nwidget:\n- text: a cat\n"
                   "  output: {url: images/cat.png}\n",
                   m_dir.path());
        QCOMPARE(codes(all), QStringLiteral("widget-file-missing"));
        QVERIFY(all[0].message.contains(QLatin1String("\"widget[0].output.url\"")));
    }
};

QTEST_GUILESS_MAIN(TestLintWidget)
#include "tst_lintwidget.moc"
