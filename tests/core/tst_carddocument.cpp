#include "carddocument.h"

#include <QSignalSpy>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QtTest>

using namespace Cardigan;

// Edits on cards full of comments and odd styles: each edit must change exactly the
// expected bytes, and undo must give back the original ones.
class TestCardDocument : public QObject
{
    Q_OBJECT

private:
    static const QString &card()
    {
        static const QString text =
            QStringLiteral("---\n"
                           "# Model card metadata\n"
                           "language:\n"
                           "- en   # English\n"
                           "- fr\n"
                           "license: \"apache-2.0\"  # quoted on purpose\n"
                           "tags: [a, b]\n"
                           "datasets:\n"
                           "  - squad\n"
                           "widget:\n"
                           "- text: Hello   # first\n"
                           "  example_title: Greeting\n"
                           "- text: \"Bye\"\n"
                           "model-index:\n"
                           "- name: m\n"
                           "  results:\n"
                           "  - task:\n"
                           "      type: text-classification\n"
                           "    metrics:\n"
                           "    - type: accuracy\n"
                           "      value: 0.9\n"
                           "    - type: f1\n"
                           "      value: 0.8\n"
                           "---\n"
                           "Body with a\u00a0no-break space and \U0001F389\n");
        return text;
    }

    // Applies one edit to @p original and checks the result is @p expected, then that
    // undo restores @p original byte for byte.
    static void checkEdit(const QString &original, const QString &op, const QString &expected)
    {
        CardDocument doc;
        doc.load(original);
        QCOMPARE(doc.text(), original);
        CardDocument::EditResult r;
        const qsizetype eq = op.indexOf(u'=');
        if (op.startsWith(u'-')) {
            r = doc.unset(*YamlPath::parse(op.mid(1)));
        } else {
            r = doc.set(*YamlPath::parse(op.left(eq)), op.mid(eq + 1));
        }
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(doc.text(), expected);
        QVERIFY(r.changed);
        QCOMPARE(doc.textDocument()->isUndoAvailable(), true);
        doc.textDocument()->undo();
        QCOMPARE(doc.text(), original);
    }

    static QString replaced(const QString &from, const QString &to)
    {
        QString s = card();
        Q_ASSERT(s.contains(from));
        s.replace(from, to);
        return s;
    }

private slots:
    void load_keepsEveryTerminator_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("lf") << QStringLiteral("a\nb\n");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb\r\n");
        QTest::newRow("lone cr") << QStringLiteral("a\rb\r");
        QTest::newRow("mixed") << QStringLiteral("a\r\nb\nc\rd\r\n\ne");
        QTest::newRow("no final newline") << QStringLiteral("---\nx: 1\n---\nbody");
        QTest::newRow("nbsp and separators")
            << QStringLiteral("a\u00a0b\u2028c\u2029d\nlast\U0001F600");
        QTest::newRow("empty") << QString();
        QTest::newRow("only newline") << QStringLiteral("\r\n");
        QTest::newRow("bom in the middle") << QStringLiteral("a\ufeffb\n");
    }
    void load_keepsEveryTerminator()
    {
        QFETCH(QString, text);
        CardDocument doc;
        doc.load(text, true);
        QCOMPARE(doc.text(), text);
        QVERIFY(doc.hasBom());
        QVERIFY(!doc.textDocument()->isModified());
        QVERIFY(!doc.textDocument()->isUndoAvailable());
    }

    void typing_newLineTakesTheLinesTerminator()
    {
        CardDocument doc;
        doc.load(QStringLiteral("a\nbb\r\ncc\n"));
        QTextCursor c(doc.textDocument());
        c.setPosition(3); // inside "bb"
        c.insertBlock();
        QCOMPARE(doc.text(), QStringLiteral("a\nb\r\nb\r\ncc\n"));
        c.insertText(QStringLiteral("x"));
        QCOMPARE(doc.text(), QStringLiteral("a\nb\r\nxb\r\ncc\n"));
        while (doc.textDocument()->isUndoAvailable()) {
            doc.textDocument()->undo();
        }
        QCOMPARE(doc.text(), QStringLiteral("a\nbb\r\ncc\n"));
    }

    void reparse_followsTyping()
    {
        CardDocument doc;
        doc.load(QStringLiteral("---\nlicense: mit\n---\n"));
        QCOMPARE(doc.metadata().find(QStringLiteral("license"))->toString(), QStringLiteral("mit"));
        QTextCursor c(doc.textDocument());
        c.setPosition(16); // after "mit"
        c.insertText(QStringLiteral("x"));
        QCOMPARE(doc.metadata().find(QStringLiteral("license"))->toString(),
                 QStringLiteral("mitx"));
    }

    void metadataChanged_onlyWhenTheYamlChanges()
    {
        CardDocument doc;
        doc.load(QStringLiteral("---\nlicense: mit\n---\nBody\n"));
        QSignalSpy reparsed(&doc, &CardDocument::reparsed);
        QSignalSpy metadata(&doc, &CardDocument::metadataChanged);
        QTextCursor c(doc.textDocument());
        c.movePosition(QTextCursor::End);
        c.insertText(QStringLiteral("more body"));
        QCOMPARE(reparsed.count(), 1);
        QCOMPARE(metadata.count(), 0);
        c.setPosition(16);
        c.insertText(QStringLiteral("x"));
        QCOMPARE(reparsed.count(), 2);
        QCOMPARE(metadata.count(), 1);
        QCOMPARE(doc.metadata().find(QStringLiteral("license"))->toString(),
                 QStringLiteral("mitx"));
        // Breaking the closing fence removes the front matter: that is a change too.
        c.setPosition(20);
        c.insertText(QStringLiteral("x"));
        QVERIFY(!doc.frontMatter().found);
        QCOMPARE(metadata.count(), 2);
        QVERIFY(doc.metadata().isNull());
    }

    void yamlError_locatedInTheFile()
    {
        CardDocument doc;
        doc.load(QStringLiteral("\n---\na: 1\na: 2\n---\n"));
        QVERIFY(doc.hasYamlError());
        QCOMPARE(doc.yaml().error.reason, QStringLiteral("duplicated mapping key"));
        QCOMPARE(doc.yamlErrorLocation().line, 4);
        QCOMPARE(doc.yamlErrorLocation().column, 1);
        QVERIFY(doc.metadata().isNull());
    }

    void setLicense_keepsQuotesAndComment()
    {
        checkEdit(card(), QStringLiteral("license=mit"),
                  replaced(QStringLiteral("license: \"apache-2.0\""),
                           QStringLiteral("license: \"mit\"")));
    }

    void setLanguage_blockListInPlace()
    {
        checkEdit(card(), QStringLiteral("language=[de, it]"),
                  replaced(QStringLiteral("language:\n- en   # English\n- fr\n"),
                           QStringLiteral("language:\n- de\n- it\n")));
    }

    void setLanguage_norwegianIsQuoted()
    {
        checkEdit(card(), QStringLiteral("language=no"),
                  replaced(QStringLiteral("language:\n- en   # English\n- fr\n"),
                           QStringLiteral("language: \"no\"\n")));
    }

    void unsetTags_removesTheLineOnly()
    {
        checkEdit(card(), QStringLiteral("-tags"),
                  replaced(QStringLiteral("tags: [a, b]\n"), QString()));
    }

    void appendTag_flowList()
    {
        checkEdit(card(), QStringLiteral("tags[+]=c d"),
                  replaced(QStringLiteral("[a, b]"), QStringLiteral("[a, b, c d]")));
    }

    void appendDataset_indentedList()
    {
        checkEdit(card(), QStringLiteral("datasets[+]=glue"),
                  replaced(QStringLiteral("  - squad\n"), QStringLiteral("  - squad\n  - glue\n")));
    }

    void setWidgetTitle_keepsNeighbours()
    {
        checkEdit(card(), QStringLiteral("widget[0].example_title=Hi there"),
                  replaced(QStringLiteral("example_title: Greeting"),
                           QStringLiteral("example_title: Hi there")));
    }

    void addWidgetKey_alignedWithItsMapping()
    {
        checkEdit(card(), QStringLiteral("widget[1].example_title=Farewell"),
                  replaced(QStringLiteral("- text: \"Bye\"\n"),
                           QStringLiteral("- text: \"Bye\"\n  example_title: Farewell\n")));
    }

    void appendWidget_mappingItem()
    {
        checkEdit(card(), QStringLiteral("widget[+]={text: Yo, example_title: C}"),
                  replaced(QStringLiteral("- text: \"Bye\"\n"),
                           QStringLiteral("- text: \"Bye\"\n- text: Yo\n  example_title: C\n")));
    }

    void unsetWidgetItem_removesItsLines()
    {
        checkEdit(card(), QStringLiteral("-widget[0]"),
                  replaced(QStringLiteral("- text: Hello   # first\n  example_title: Greeting\n"),
                           QString()));
    }

    void setMetricValue_deepPath()
    {
        checkEdit(card(), QStringLiteral("model-index[0].results[0].metrics[1].value=0.85"),
                  replaced(QStringLiteral("value: 0.8\n"), QStringLiteral("value: 0.85\n")));
    }

    void setNumber_keepsHowItWasWritten()
    {
        checkEdit(card(), QStringLiteral("model-index[0].results[0].metrics[0].value=20.90"),
                  replaced(QStringLiteral("value: 0.9\n"), QStringLiteral("value: 20.90\n")));
    }

    void addPipelineTag_inHubOrder()
    {
        checkEdit(
            card(), QStringLiteral("pipeline_tag=text-classification"),
            replaced(QStringLiteral("# quoted on purpose\n"),
                     QStringLiteral("# quoted on purpose\npipeline_tag: text-classification\n")));
    }

    void addThumbnail_afterDatasets()
    {
        checkEdit(card(), QStringLiteral("thumbnail=https://example.org/a.png"),
                  replaced(QStringLiteral("widget:\n"),
                           QStringLiteral("thumbnail: https://example.org/a.png\nwidget:\n")));
    }

    void addUnknownKey_beforeWidget()
    {
        checkEdit(
            card(), QStringLiteral("my_key=1:30"),
            replaced(QStringLiteral("widget:\n"), QStringLiteral("my_key: \"1:30\"\nwidget:\n")));
    }

    void addNestedMapping_createsBlocks()
    {
        checkEdit(card(), QStringLiteral("inference.parameters.temperature=0.5"),
                  replaced(QStringLiteral("widget:\n"),
                           QStringLiteral("inference:\n  parameters:\n    temperature: 0.5\n"
                                          "widget:\n")));
    }

    void crlfCard_newLinesUseCrlf()
    {
        const QString original = QStringLiteral("---\r\nlicense: mit\r\ntags:\r\n- a\r\n---\r\n");
        checkEdit(original, QStringLiteral("tags[+]=b"),
                  QStringLiteral("---\r\nlicense: mit\r\ntags:\r\n- a\r\n- b\r\n---\r\n"));
        checkEdit(original, QStringLiteral("language=en"),
                  QStringLiteral("---\r\nlanguage: en\r\nlicense: mit\r\ntags:\r\n- a\r\n---\r\n"));
    }

    void mixedTerminators_untouchedLinesKeepTheirs()
    {
        const QString original = QStringLiteral("---\nlicense: mit\r\ntags:\r- a\n---\nbody\r\n");
        checkEdit(original, QStringLiteral("license=apache-2.0"),
                  QStringLiteral("---\nlicense: apache-2.0\r\ntags:\r- a\n---\nbody\r\n"));
        checkEdit(original, QStringLiteral("-license"),
                  QStringLiteral("---\ntags:\r- a\n---\nbody\r\n"));
    }

    void noFrontMatter_getsOneAtTheTop()
    {
        checkEdit(QStringLiteral("# Title\r\n"), QStringLiteral("license=mit"),
                  QStringLiteral("---\r\nlicense: mit\r\n---\r\n# Title\r\n"));
    }

    void crOnlyCard_refusedWithTheReason()
    {
        const QString original = QStringLiteral("# Title\rtext\r");
        CardDocument doc;
        doc.load(original);
        const CardDocument::EditResult r =
            doc.set(*YamlPath::parse(QStringLiteral("license")), QStringLiteral("mit"));
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("CR")), qPrintable(r.message));
        QCOMPARE(doc.text(), original);
    }

    void emptyBlock_getsTheKey()
    {
        checkEdit(QStringLiteral("---\n---\nbody"), QStringLiteral("license=mit"),
                  QStringLiteral("---\nlicense: mit\n---\nbody"));
        checkEdit(QStringLiteral("---\n\n---\n"), QStringLiteral("license=mit"),
                  QStringLiteral("---\nlicense: mit\n---\n"));
    }

    void unsetLastKey_leavesAnEmptyMapping()
    {
        // The Hub refuses an empty block: an empty mapping stays, and takes keys again.
        checkEdit(QStringLiteral("---\nlicense: mit # c\n---\n"), QStringLiteral("-license"),
                  QStringLiteral("---\n{}\n---\n"));
        checkEdit(QStringLiteral("---\n{}\n---\n"), QStringLiteral("license=mit"),
                  QStringLiteral("---\nlicense: mit\n---\n"));
    }

    void unsetOnlyItem_leavesAnEmptyList()
    {
        checkEdit(QStringLiteral("---\ntags:\n- a\nlicense: mit\n---\n"),
                  QStringLiteral("-tags[0]"), QStringLiteral("---\ntags: []\nlicense: mit\n---\n"));
    }

    void emojiBeforeTheEditPoint()
    {
        checkEdit(QStringLiteral("---\ntitle: \U0001F389\U0001F389\nlicense: mit\n---\n"),
                  QStringLiteral("license=apache-2.0"),
                  QStringLiteral("---\ntitle: \U0001F389\U0001F389\nlicense: apache-2.0\n---\n"));
    }

    void blockScalarNeighbour_untouched()
    {
        const QString original =
            QStringLiteral("---\ndescription: |\n  line one\n\n  line two\nlicense: mit\n---\n");
        checkEdit(original, QStringLiteral("license=cc-by-4.0"),
                  QStringLiteral(
                      "---\ndescription: |\n  line one\n\n  line two\nlicense: cc-by-4.0\n---\n"));
        checkEdit(original, QStringLiteral("description=short"),
                  QStringLiteral("---\ndescription: short\nlicense: mit\n---\n"));
    }

    void unset_missingKeyChangesNothing()
    {
        CardDocument doc;
        doc.load(card());
        const CardDocument::EditResult r = doc.unset(*YamlPath::parse(QStringLiteral("gated")));
        QVERIFY(r.ok);
        QVERIFY(!r.changed);
        QCOMPARE(doc.text(), card());
        QVERIFY(!doc.textDocument()->isUndoAvailable());
    }

    void refuses_brokenYaml()
    {
        const QString original = QStringLiteral("---\na: [\n---\n");
        CardDocument doc;
        doc.load(original);
        const CardDocument::EditResult r =
            doc.set(*YamlPath::parse(QStringLiteral("b")), QStringLiteral("1"));
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("YAML")), qPrintable(r.message));
        QCOMPARE(doc.text(), original);
    }

    void refuses_anchoredValue()
    {
        const QString original = QStringLiteral("---\na: &x 1\nb: *x\n---\n");
        CardDocument doc;
        doc.load(original);
        const CardDocument::EditResult r =
            doc.set(*YamlPath::parse(QStringLiteral("a")), QStringLiteral("2"));
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("anchor")), qPrintable(r.message));
        QCOMPARE(doc.text(), original);
        const CardDocument::EditResult alias =
            doc.set(*YamlPath::parse(QStringLiteral("b")), QStringLiteral("3"));
        QVERIFY2(alias.ok, qPrintable(alias.message));
        QCOMPARE(doc.text(), QStringLiteral("---\na: &x 1\nb: 3\n---\n"));
    }

    void refuses_nonMappingRoot_unclosedFence()
    {
        // A lone "---" with no closing fence is no front matter (as on the Hub). An edit
        // that would make the whole block a list is refused, and so is any edit of a card
        // whose block already is one: the Hub takes only a mapping.
        const QString unclosed = QStringLiteral("---\nbody\n");
        CardDocument doc;
        doc.load(unclosed);
        QVERIFY(!doc.frontMatter().found);
        CardDocument::EditResult r =
            doc.set(*YamlPath::parse(QStringLiteral("[+]")), QStringLiteral("{}"));
        QVERIFY(!r.ok);
        QVERIFY(!r.changed);
        QVERIFY2(r.message.contains(QLatin1String("mapping")), qPrintable(r.message));
        QCOMPARE(doc.text(), unclosed);
        QVERIFY(!doc.textDocument()->isUndoAvailable());

        const QString listRoot = QStringLiteral("---\n- {}\n---\n---\n");
        doc.load(listRoot);
        QVERIFY(doc.metadata().isSequence());
        r = doc.unset(*YamlPath::parse(QStringLiteral("[0]")));
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("mapping")), qPrintable(r.message));
        QCOMPARE(doc.text(), listRoot);
        r = doc.set(*YamlPath::parse(QStringLiteral("[0]")), QStringLiteral("x"));
        QVERIFY(!r.ok);
        QCOMPARE(doc.text(), listRoot);

        // A key still creates a mapping block above the unclosed fence.
        checkEdit(unclosed, QStringLiteral("license=mit"),
                  QStringLiteral("---\nlicense: mit\n---\n---\nbody\n"));
    }

    void refuses_indexPastTheEnd()
    {
        CardDocument doc;
        doc.load(card());
        const CardDocument::EditResult r =
            doc.set(*YamlPath::parse(QStringLiteral("tags[5]")), QStringLiteral("x"));
        QVERIFY(!r.ok);
        QCOMPARE(doc.text(), card());
    }

    void refuses_keyInsideAString()
    {
        CardDocument doc;
        doc.load(card());
        const CardDocument::EditResult r =
            doc.set(*YamlPath::parse(QStringLiteral("license.name")), QStringLiteral("x"));
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("not a mapping")), qPrintable(r.message));
    }

    void oneUndoStepPerEdit()
    {
        CardDocument doc;
        doc.load(card());
        QVERIFY(doc.set(*YamlPath::parse(QStringLiteral("license")), QStringLiteral("mit")).ok);
        QVERIFY(doc.set(*YamlPath::parse(QStringLiteral("tags[+]")), QStringLiteral("c")).ok);
        QVERIFY(doc.unset(*YamlPath::parse(QStringLiteral("datasets"))).ok);
        doc.textDocument()->undo();
        doc.textDocument()->undo();
        QVERIFY(doc.text() != card());
        doc.textDocument()->undo();
        QCOMPARE(doc.text(), card());
        QVERIFY(!doc.textDocument()->isModified());
    }

    void lastChangeTyped_tellsTypingFromEditsUndoAndRedo()
    {
        CardDocument doc;
        doc.load(card());
        QVERIFY(!doc.lastChangeTyped());
        QTextCursor cursor(doc.textDocument());
        cursor.setPosition(doc.documentPosition(card().indexOf(QLatin1String("- fr"))));
        cursor.insertText(QStringLiteral("- de\n"));
        QVERIFY(doc.lastChangeTyped());
        cursor.insertText(QStringLiteral("- it\n"));
        QVERIFY(doc.lastChangeTyped());
        QVERIFY(doc.set(*YamlPath::parse(QStringLiteral("license")), QStringLiteral("mit")).ok);
        QVERIFY(!doc.lastChangeTyped());
        doc.textDocument()->undo();
        QVERIFY(!doc.lastChangeTyped());
        doc.textDocument()->undo();
        QVERIFY(!doc.lastChangeTyped());
        doc.textDocument()->redo();
        QVERIFY(!doc.lastChangeTyped());
        doc.textDocument()->redo(); // the last one: nothing is left to redo
        QVERIFY(!doc.lastChangeTyped());
        doc.textDocument()->undo();
        cursor.insertText(QStringLiteral("y")); // typing after an undo
        QVERIFY(doc.lastChangeTyped());
    }
};

QTEST_GUILESS_MAIN(TestCardDocument)
#include "tst_carddocument.moc"
