#include "carddocument.h"
#include "previewscheduler.h"

#include <QSignalSpy>
#include <QTextCursor>
#include <QTextDocument>
#include <QtTest>

using namespace Cardigan;

// The preview's scheduler: changes coalesce into one render of the latest text, and the
// pause before rendering follows what the last render cost.
class TestPreviewScheduler : public QObject
{
    Q_OBJECT

    static const inline QString Card =
        QStringLiteral("---\nlicense: mit\n---\n# Title\n\nSome text.\n");

private slots:
    void pauseFor_twiceTheLastRenderWithinBounds()
    {
        QCOMPARE(PreviewScheduler::pauseFor(0), PreviewScheduler::minPauseMs);
        QCOMPARE(PreviewScheduler::pauseFor(5), PreviewScheduler::minPauseMs);
        QCOMPARE(PreviewScheduler::pauseFor(20), 40);
        QCOMPARE(PreviewScheduler::pauseFor(45), 90);
        QCOMPARE(PreviewScheduler::pauseFor(60), PreviewScheduler::pauseMs);
        QCOMPARE(PreviewScheduler::pauseFor(5000), PreviewScheduler::pauseMs);
        QVERIFY(PreviewScheduler::minPauseMs < PreviewScheduler::pauseMs);
    }

    void pause_startsLongThenFollowsTheRender()
    {
        CardDocument doc;
        doc.load(Card);
        PreviewScheduler scheduler(&doc);
        // Before anything was rendered nothing is known of the cost: the long pause.
        QCOMPARE(scheduler.currentPause(), PreviewScheduler::pauseMs);
        QSignalSpy rendered(&scheduler, &PreviewScheduler::rendered);
        scheduler.renderNow();
        QVERIFY(rendered.wait(10000));
        QVERIFY(scheduler.currentPause() >= PreviewScheduler::minPauseMs);
        QVERIFY(scheduler.currentPause() <= PreviewScheduler::pauseMs);
    }

    void typing_rendersTheLatestTextOnce()
    {
        CardDocument doc;
        doc.load(Card);
        PreviewScheduler scheduler(&doc);
        QSignalSpy rendered(&scheduler, &PreviewScheduler::rendered);
        scheduler.renderNow();
        QVERIFY(rendered.wait(10000));
        rendered.clear();
        // Five keys (on the last, empty line) before the event loop runs: one render, of
        // the last text.
        QTextCursor cursor(doc.textDocument());
        cursor.movePosition(QTextCursor::End);
        for (const QChar c : QStringLiteral("abcde")) {
            cursor.insertText(QString(c));
        }
        QVERIFY(rendered.wait(10000));
        QTest::qWait(2 * PreviewScheduler::maxWaitMs);
        QCOMPARE(rendered.count(), 1);
        const auto content = rendered.first().first().value<PreviewContent>();
        QVERIFY2(content.body.contains(QLatin1String("Some text.\nabcde</p>")),
                 qPrintable(content.body));
        QVERIFY(content.header.contains(QLatin1String("mit")));
    }
};

QTEST_MAIN(TestPreviewScheduler)
#include "tst_previewscheduler.moc"
