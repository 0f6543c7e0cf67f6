#include "carddocument.h"

#include <QSignalSpy>
#include <QTextDocument>
#include <QtTest>

using namespace Cardigan;

// CardDocument::moveItem and CardDocument::editGroup on cards full of comments and odd
// styles: the exact text after each operation, one undo step that gives back the bytes,
// and groups that are kept whole or not at all.
class TestEditGroup : public QObject
{
    Q_OBJECT

private:
    static const QString &card()
    {
        static const QString text = QStringLiteral("---\n"
                                                   "# Model card metadata\n"
                                                   "language:\n"
                                                   "- en   # English\n"
                                                   "# French next\n"
                                                   "- fr\n"
                                                   "- de\n"
                                                   "license: mit\n"
                                                   "tags: [a, b,   c]  # flow\n"
                                                   "datasets:\n"
                                                   "  - squad\n"
                                                   "\n"
                                                   "  - glue   # GLUE\n"
                                                   "  - 'imdb'\n"
                                                   "widget:\n"
                                                   "# first example\n"
                                                   "- text: Hello   # first\n"
                                                   "  example_title: Greeting\n"
                                                   "  # about the greeting\n"
                                                   "- text: \"Bye\"\n"
                                                   "  example_title: Bye\n"
                                                   "model-index:\n"
                                                   "- name: m\n"
                                                   "  results:\n"
                                                   "  - task: {type: text-classification}\n"
                                                   "    metrics:\n"
                                                   "    - type: accuracy\n"
                                                   "      value: 0.9\n"
                                                   "    - {type: f1, value: 0.8}\n"
                                                   "---\n"
                                                   "Body\n");
        return text;
    }

    static QString replaced(const QString &original, const QString &from, const QString &to)
    {
        QString s = original;
        Q_ASSERT(s.count(from) == 1);
        s.replace(from, to);
        return s;
    }

    static YamlPath path(const QString &text) { return *YamlPath::parse(text); }

private slots:
    void moveItem_exactText_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("sequence");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QString>("expected");

        const QString c = card();
        QTest::newRow("indentless, last first")
            << c << "language" << 2 << 0
            << replaced(c, "- en   # English\n# French next\n- fr\n- de\n",
                        "- de\n- en   # English\n# French next\n- fr\n");
        QTest::newRow("comment above goes along")
            << c << "language" << 1 << 0
            << replaced(c, "- en   # English\n# French next\n- fr\n",
                        "# French next\n- fr\n- en   # English\n");
        QTest::newRow("first last") << c << "language" << 0 << 2
                                    << replaced(c, "- en   # English\n# French next\n- fr\n- de\n",
                                                "# French next\n- fr\n- de\n- en   # English\n");
        QTest::newRow("indented, blank line stays")
            << c << "datasets" << 2 << 0
            << replaced(c, "  - squad\n\n  - glue   # GLUE\n  - 'imdb'\n",
                        "  - 'imdb'\n  - squad\n\n  - glue   # GLUE\n");
        QTest::newRow("indented, first last")
            << c << "datasets" << 0 << 2
            << replaced(c, "  - squad\n\n  - glue   # GLUE\n  - 'imdb'\n",
                        "\n  - glue   # GLUE\n  - 'imdb'\n  - squad\n");
        QTest::newRow("flow, first last")
            << c << "tags" << 0 << 2 << replaced(c, "[a, b,   c]", "[b,   c, a]");
        QTest::newRow("flow, last first")
            << c << "tags" << 2 << 0 << replaced(c, "[a, b,   c]", "[c,   a, b]");
        QTest::newRow("flow, middle")
            << c << "tags" << 1 << 0 << replaced(c, "[a, b,   c]", "[b, a,   c]");
        const QString widgetsMoved = replaced(
            c,
            "# first example\n- text: Hello   # first\n  example_title: Greeting\n"
            "  # about the greeting\n- text: \"Bye\"\n  example_title: Bye\n",
            "- text: \"Bye\"\n  example_title: Bye\n# first example\n- text: Hello   # first\n"
            "  example_title: Greeting\n  # about the greeting\n");
        QTest::newRow("mappings up") << c << "widget" << 1 << 0 << widgetsMoved;
        QTest::newRow("mappings down") << c << "widget" << 0 << 1 << widgetsMoved;
        QTest::newRow("nested, last item of the block")
            << c << "model-index[0].results[0].metrics" << 1 << 0
            << replaced(c, "    - type: accuracy\n      value: 0.9\n    - {type: f1, value: 0.8}\n",
                        "    - {type: f1, value: 0.8}\n    - type: accuracy\n      value: 0.9\n");

        const QString crlf = QStringLiteral("---\r\ntags:\r\n- a\r\n- b\n- c\r\n---\r\nBody\r\n");
        QTest::newRow("mixed terminators stay with their lines")
            << crlf << "tags" << 2 << 0
            << QStringLiteral("---\r\ntags:\r\n- c\r\n- a\r\n- b\n---\r\nBody\r\n");
        QTest::newRow("mixed terminators, down")
            << crlf << "tags" << 1 << 2
            << QStringLiteral("---\r\ntags:\r\n- a\r\n- c\r\n- b\n---\r\nBody\r\n");
        const QString noFinal = QStringLiteral("---\ntags:\n- a\n- b\n---");
        QTest::newRow("no final newline, up")
            << noFinal << "tags" << 1 << 0 << QStringLiteral("---\ntags:\n- b\n- a\n---");
        QTest::newRow("no final newline, down")
            << noFinal << "tags" << 0 << 1 << QStringLiteral("---\ntags:\n- b\n- a\n---");
        const QString multiLineFlow =
            QStringLiteral("---\ntags: [\n  a,\n  b,  # bee\n  c\n]\n---\n");
        QTest::newRow("multi-line flow")
            << multiLineFlow << "tags" << 2 << 0
            << QStringLiteral("---\ntags: [\n  c,  # bee\n  a,\n  b\n]\n---\n");
        const QString root = QStringLiteral("---\n- x\n- y\n---\n");
        QTest::newRow("root sequence")
            << root << "" << 1 << 0 << QStringLiteral("---\n- y\n- x\n---\n");
    }

    void moveItem_exactText()
    {
        QFETCH(QString, original);
        QFETCH(QString, sequence);
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QString, expected);
        CardDocument doc;
        doc.load(original);
        QSignalSpy metadata(&doc, &CardDocument::metadataChanged);
        const auto r = doc.moveItem(sequence.isEmpty() ? YamlPath() : path(sequence), from, to);
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(r.changed);
        QCOMPARE(doc.text(), expected);
        QCOMPARE(metadata.count(), 1);
        doc.textDocument()->undo();
        QCOMPARE(doc.text(), original);
        QVERIFY(!doc.textDocument()->isUndoAvailable());
        doc.textDocument()->redo();
        QCOMPARE(doc.text(), expected);
    }

    void moveItem_sameIndex_changesNothing()
    {
        CardDocument doc;
        doc.load(card());
        const auto r = doc.moveItem(path("language"), 1, 1);
        QVERIFY(r.ok);
        QVERIFY(!r.changed);
        QCOMPARE(doc.text(), card());
        QVERIFY(!doc.textDocument()->isUndoAvailable());
    }

    void moveItem_refusesWithReason_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("sequence");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QString>("reason");

        QTest::newRow("past the end") << card() << "language" << 3 << 0 << "has 3 item";
        QTest::newRow("negative") << card() << "language" << 0 << -1 << "has 3 item";
        QTest::newRow("not a list") << card() << "license" << 0 << 1 << "is not a list";
        QTest::newRow("missing") << card() << "metrics" << 0 << 1 << "is not set";
        const QString anchored = QStringLiteral("---\nbase: &b [a, b]\nother: *b\n---\n");
        QTest::newRow("anchored") << anchored << "base" << 0 << 1 << "anchored (&b)";
        QTest::newRow("alias") << anchored << "other" << 0 << 1 << "alias (*b)";
        QTest::newRow("compact nested") << QStringLiteral("---\nl:\n- - a\n  - b\n---\n") << "l[0]"
                                        << 1 << 0 << "cannot reorder safely";
        // Keep chomping takes the blank line below into the value: it would not move along.
        QTest::newRow("verified") << QStringLiteral("---\nt:\n- |+\n  a\n\n- b\n---\n") << "t" << 0
                                  << 1 << "would change more than the value asked for";
        QTest::newRow("broken yaml")
            << QStringLiteral("---\nt: [a, b\n---\n") << "t" << 0 << 1 << "YAML error";
    }

    void moveItem_refusesWithReason()
    {
        QFETCH(QString, original);
        QFETCH(QString, sequence);
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QString, reason);
        CardDocument doc;
        doc.load(original);
        const auto r = doc.moveItem(path(sequence), from, to);
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(reason), qPrintable(r.message));
        QCOMPARE(doc.text(), original);
        QVERIFY(!doc.textDocument()->isUndoAvailable());
        QVERIFY(!doc.textDocument()->isRedoAvailable());
    }

    void editGroup_isOneUndoStep()
    {
        CardDocument doc;
        doc.load(card());
        QSignalSpy metadata(&doc, &CardDocument::metadataChanged);
        QSignalSpy reparsed(&doc, &CardDocument::reparsed);
        int seenInside = -1;
        const auto r = doc.editGroup([&] {
            doc.set(path("license"), QStringLiteral("apache-2.0"));
            doc.set(path("tags[+]"), QStringLiteral("d"));
            doc.moveItem(path("widget"), 1, 0);
            const auto last = doc.set(path("widget[0].example_title"), QStringLiteral("Farewell"));
            seenInside = int(metadata.count() + reparsed.count());
            return last;
        });
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(r.changed);
        QCOMPARE(seenInside, 0);
        QCOMPARE(metadata.count(), 1);
        QCOMPARE(reparsed.count(), 1);
        QString expected = replaced(card(), "license: mit", "license: apache-2.0");
        expected = replaced(expected, "[a, b,   c]", "[a, b,   c, d]");
        expected = replaced(
            expected,
            "# first example\n- text: Hello   # first\n  example_title: Greeting\n"
            "  # about the greeting\n- text: \"Bye\"\n  example_title: Bye\n",
            "- text: \"Bye\"\n  example_title: Farewell\n# first example\n- text: Hello   # first\n"
            "  example_title: Greeting\n  # about the greeting\n");
        QCOMPARE(doc.text(), expected);
        doc.textDocument()->undo();
        QCOMPARE(doc.text(), card());
        QVERIFY(!doc.textDocument()->isUndoAvailable());
        doc.textDocument()->redo();
        QCOMPARE(doc.text(), expected);
    }

    void editGroup_refusedStep_leavesBytesAndUndoStack()
    {
        CardDocument doc;
        doc.load(card());
        // One edit before the group: it must stay, and stay the only undo step.
        QVERIFY(doc.set(path("license"), QStringLiteral("apache-2.0")).ok);
        const QString before = doc.text();
        const int stepsBefore = doc.textDocument()->availableUndoSteps();
        QSignalSpy metadata(&doc, &CardDocument::metadataChanged);
        bool laterRan = false;
        const auto r = doc.editGroup([&] {
            doc.set(path("tags[+]"), QStringLiteral("d"));
            doc.moveItem(path("language"), 2, 0);
            const auto refused = doc.set(path("language[7]"), QStringLiteral("it"));
            // After a refusal the rest of the group does nothing.
            const auto after = doc.unset(path("license"));
            laterRan = after.ok;
            return CardDocument::EditResult{true, true, QString()};
        });
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("past the end")), qPrintable(r.message));
        QVERIFY(!laterRan);
        QCOMPARE(doc.text(), before);
        QCOMPARE(doc.textDocument()->availableUndoSteps(), stepsBefore);
        QVERIFY(!doc.textDocument()->isRedoAvailable());
        QVERIFY(metadata.count() <= 1);
        QCOMPARE(doc.metadata().find("license")->toString(), QStringLiteral("apache-2.0"));
        doc.textDocument()->undo();
        QCOMPARE(doc.text(), card());
        QVERIFY(!doc.textDocument()->isUndoAvailable());
    }

    void editGroup_failedVerification_undoesEarlierSteps()
    {
        const QString original = QStringLiteral("---\nname: x\nt:\n- |+\n  a\n\n- b\n---\n");
        CardDocument doc;
        doc.load(original);
        const auto r = doc.editGroup([&] {
            doc.set(path("name"), QStringLiteral("y"));
            return doc.moveItem(path("t"), 0, 1);
        });
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("more than")), qPrintable(r.message));
        QCOMPARE(doc.text(), original);
        QVERIFY(!doc.textDocument()->isUndoAvailable());
        QVERIFY(!doc.textDocument()->isRedoAvailable());
    }

    void editGroup_nestedGroupJoinsOuter()
    {
        CardDocument doc;
        doc.load(card());
        const auto ok = doc.editGroup([&] {
            doc.set(path("license"), QStringLiteral("apache-2.0"));
            return doc.editGroup([&] { return doc.moveItem(path("language"), 0, 1); });
        });
        QVERIFY2(ok.ok, qPrintable(ok.message));
        const int stepsAfterGroup = doc.textDocument()->availableUndoSteps();
        const QString edited = doc.text();
        QVERIFY(edited.contains(QLatin1String("# French next\n- fr\n- en   # English\n- de\n")));

        // A refusal in the inner group undoes the outer group's earlier edits too.
        const auto refused = doc.editGroup([&] {
            doc.set(path("license"), QStringLiteral("mit"));
            const auto inner =
                doc.editGroup([&] { return doc.set(path("license[0]"), QStringLiteral("x")); });
            return CardDocument::EditResult{true, inner.ok, QString()};
        });
        QVERIFY(!refused.ok);
        QCOMPARE(doc.text(), edited);
        QCOMPARE(doc.textDocument()->availableUndoSteps(), stepsAfterGroup);
        doc.textDocument()->undo();
        QCOMPARE(doc.text(), card());
        QVERIFY(!doc.textDocument()->isUndoAvailable());
    }

    void editGroup_ownRefusal_undoesEverything()
    {
        CardDocument doc;
        doc.load(card());
        const auto r = doc.editGroup([&] {
            doc.set(path("license"), QStringLiteral("apache-2.0"));
            return CardDocument::EditResult{false, false, QStringLiteral("changed my mind")};
        });
        QVERIFY(!r.ok);
        QCOMPARE(r.message, QStringLiteral("changed my mind"));
        QCOMPARE(doc.text(), card());
        QVERIFY(!doc.textDocument()->isUndoAvailable());
    }

    void editGroup_nothingToDo_isOk()
    {
        CardDocument doc;
        doc.load(card());
        QSignalSpy metadata(&doc, &CardDocument::metadataChanged);
        const auto r = doc.editGroup([&] { return doc.unset(path("metrics")); });
        QVERIFY(r.ok);
        QVERIFY(!r.changed);
        QCOMPARE(metadata.count(), 0);
        QVERIFY(!doc.textDocument()->isUndoAvailable());
    }
};

QTEST_GUILESS_MAIN(TestEditGroup)
#include "tst_editgroup.moc"
