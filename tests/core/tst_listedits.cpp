#include "listedits.h"

#include <QTextDocument>
#include <QtTest>

using namespace Cardigan;

// setSequenceItems: a list changed with the fewest splices, one undo step, comments kept.
class TestListEdits : public QObject
{
    Q_OBJECT

private:
    static const QString &card()
    {
        static const QString text = QStringLiteral("---\n"
                                                   "tags:\n"
                                                   "# the task first\n"
                                                   "- text-classification   # task\n"
                                                   "- en\n"
                                                   "# about c\n"
                                                   "- c\n"
                                                   "- 'd'  # quoted\n"
                                                   "flow: [ a,  b ]  # spaced\n"
                                                   "license: mit\n"
                                                   "---\n"
                                                   "Body\n");
        return text;
    }

    static std::vector<YamlValue> strings(const QStringList &list)
    {
        std::vector<YamlValue> out;
        for (const QString &s : list) {
            out.push_back(YamlValue::string(s));
        }
        return out;
    }

    static YamlPath path(const QString &text) { return *YamlPath::parse(text); }

private slots:
    void setItems_exactText_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QStringList>("items");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");

        QTest::newRow("paste of several: appends")
            << "tags" << QStringList{"text-classification", "en", "c", "d", "x", "y"}
            << "- 'd'  # quoted\n"
            << "- 'd'  # quoted\n- x\n- y\n";
        QTest::newRow("last first: one move")
            << "tags" << QStringList{"d", "text-classification", "en", "c"}
            << "# the task first\n- text-classification   # task\n- en\n# about c\n- c\n"
               "- 'd'  # quoted\n"
            << "- 'd'  # quoted\n# the task first\n- text-classification   # task\n- en\n"
               "# about c\n- c\n";
        QTest::newRow("first last: one move, not three")
            << "tags" << QStringList{"en", "c", "d", "text-classification"}
            << "# the task first\n- text-classification   # task\n- en\n# about c\n- c\n"
               "- 'd'  # quoted\n"
            << "- en\n# about c\n- c\n- 'd'  # quoted\n# the task first\n"
               "- text-classification   # task\n";
        QTest::newRow("remove, add and move")
            << "tags" << QStringList{"c", "x", "text-classification"}
            << "# the task first\n- text-classification   # task\n- en\n# about c\n- c\n"
               "- 'd'  # quoted\n"
            << "# about c\n- c\n- x\n# the task first\n- text-classification   # task\n";
        QTest::newRow("one replaced: one set")
            << "tags" << QStringList{"text-classification", "fr", "c", "d"} << "- en\n"
            << "- fr\n";
        QTest::newRow("flow swap") << "flow" << QStringList{"b", "a"} << "[ a,  b ]"
                                   << "[ b,  a ]";
        QTest::newRow("flow add two") << "flow" << QStringList{"a", "b", "c", "d"} << "[ a,  b ]"
                                      << "[ a,  b, c, d ]";
    }

    void setItems_exactText()
    {
        QFETCH(QString, list);
        QFETCH(QStringList, items);
        QFETCH(QString, from);
        QFETCH(QString, to);
        CardDocument doc;
        doc.load(card());
        const auto r = setSequenceItems(doc, path(list), strings(items));
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(r.changed);
        QString expected = card();
        QCOMPARE(expected.count(from), 1);
        expected.replace(from, to);
        QCOMPARE(doc.text(), expected);
        doc.textDocument()->undo();
        QCOMPARE(doc.text(), card());
        QVERIFY(!doc.textDocument()->isUndoAvailable());
    }

    void setItems_sameList_changesNothing()
    {
        CardDocument doc;
        doc.load(card());
        const auto r =
            setSequenceItems(doc, path("tags"), strings({"text-classification", "en", "c", "d"}));
        QVERIFY(r.ok);
        QVERIFY(!r.changed);
        QVERIFY(!doc.textDocument()->isUndoAvailable());
    }

    void setItems_duplicatesMatchOneEach()
    {
        const QString original = QStringLiteral("---\nl:\n- a\n- b\n- a\n---\n");
        CardDocument doc;
        doc.load(original);
        const auto r = setSequenceItems(doc, path("l"), strings({"a", "b"}));
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(doc.text(), QStringLiteral("---\nl:\n- a\n- b\n---\n"));
    }

    void setItems_refusedStep_changesNothing()
    {
        // Keep chomping takes the blank line into the first item: it cannot move alone.
        const QString original = QStringLiteral("---\nt:\n- |+\n  a\n\n- b\nx: 1\n---\n");
        CardDocument doc;
        doc.load(original);
        std::vector<YamlValue> items = {YamlValue::string(QStringLiteral("b")),
                                        YamlValue::string(QStringLiteral("a\n\n")),
                                        YamlValue::string(QStringLiteral("c"))};
        const auto r = setSequenceItems(doc, path("t"), items);
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("more than")), qPrintable(r.message));
        QCOMPARE(doc.text(), original);
        QVERIFY(!doc.textDocument()->isUndoAvailable());
    }

    void setItems_notAList_isRefused()
    {
        CardDocument doc;
        doc.load(card());
        const auto r = setSequenceItems(doc, path("license"), strings({"a"}));
        QVERIFY(!r.ok);
        QVERIFY(r.message.contains(QLatin1String("not a list")));
        QCOMPARE(doc.text(), card());
    }
};

QTEST_GUILESS_MAIN(TestListEdits)
#include "tst_listedits.moc"
