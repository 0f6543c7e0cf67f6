#include "carddocument.h"
#include "metadatafollower.h"

#include <QTabWidget>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Cardigan;

namespace {

const QString Card = QStringLiteral("---\nlicense: mit\n---\nBody\n");

/// Types @p text at @p position as the editor would (not through the document's API).
void type(CardDocument &doc, int position, const QString &text)
{
    QTextCursor cursor(doc.textDocument());
    cursor.setPosition(position);
    cursor.insertText(text);
}

/// A window with two tabs, the second being a view that counts its refreshes.
struct Window
{
    explicit Window(CardDocument *doc, int pauseMs)
    {
        tabs.addTab(new QWidget, QStringLiteral("Front"));
        view = new QWidget;
        tabs.addTab(view, QStringLiteral("Follower"));
        new MetadataFollower(
            doc, view, [this] { ++refreshes; }, pauseMs);
    }
    QTabWidget tabs;
    QWidget *view = nullptr;
    int refreshes = 0;
};

} // namespace

class TestMetadataFollower : public QObject
{
    Q_OBJECT

private slots:
    void documentEdits_showAtOnce()
    {
        CardDocument doc;
        doc.load(Card);
        Window w(&doc, 60'000);
        w.tabs.setCurrentWidget(w.view);
        w.tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.tabs));
        const int before = w.refreshes;
        QVERIFY(doc.set(*YamlPath::parse(QStringLiteral("license")), QStringLiteral("apache-2.0"))
                    .changed);
        QCOMPARE(w.refreshes, before + 1);
        doc.textDocument()->undo();
        QCOMPARE(w.refreshes, before + 2);
    }

    void typing_waitsForThePause()
    {
        CardDocument doc;
        doc.load(Card);
        Window w(&doc, 50);
        w.tabs.setCurrentWidget(w.view);
        w.tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.tabs));
        const int before = w.refreshes;
        type(doc, 4, QStringLiteral("a: 1\n"));
        type(doc, 4, QStringLiteral("b: 2\n"));
        QCOMPARE(w.refreshes, before);
        QTRY_COMPARE(w.refreshes, before + 1);
        // Typing in the body leaves the metadata as it was: nothing to follow.
        type(doc, doc.text().size(), QStringLiteral("more"));
        QTest::qWait(200);
        QCOMPARE(w.refreshes, before + 1);
    }

    void hiddenView_waitsUntilShown()
    {
        CardDocument doc;
        doc.load(Card);
        Window w(&doc, 20);
        w.tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.tabs));
        QVERIFY(!w.view->isVisible());
        const int before = w.refreshes;
        type(doc, 4, QStringLiteral("a: 1\n"));
        QTest::qWait(200); // well past the pause
        QCOMPARE(w.refreshes, before);
        w.tabs.setCurrentWidget(w.view);
        QCOMPARE(w.refreshes, before + 1);
        // Shown again with nothing new: no work.
        w.tabs.setCurrentIndex(0);
        w.tabs.setCurrentWidget(w.view);
        QCOMPARE(w.refreshes, before + 1);
    }

    void hiddenView_shownDuringThePause_isCurrentBeforeItPaints()
    {
        CardDocument doc;
        doc.load(Card);
        Window w(&doc, 60'000); // a pause that cannot end during the test
        w.tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.tabs));
        const int before = w.refreshes;
        type(doc, 4, QStringLiteral("a: 1\n"));
        QCOMPARE(w.refreshes, before);
        w.tabs.setCurrentWidget(w.view);
        QCOMPARE(w.refreshes, before + 1);
    }

    void windowNotShown_followsAfterThePause()
    {
        CardDocument doc;
        doc.load(Card);
        Window w(&doc, 20);
        const int before = w.refreshes;
        type(doc, 4, QStringLiteral("a: 1\n"));
        QCOMPARE(w.refreshes, before);
        QTRY_COMPARE(w.refreshes, before + 1);
    }
};

QTEST_MAIN(TestMetadataFollower)
#include "tst_metadatafollower.moc"
