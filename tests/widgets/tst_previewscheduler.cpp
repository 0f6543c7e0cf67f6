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
        // Typing's renders set it: this small card renders in far less than half the long
        // pause.
        QTextCursor(doc.textDocument()).insertText(QStringLiteral("typed "));
        QVERIFY(rendered.wait(10000));
        QVERIFY(scheduler.currentPause() >= PreviewScheduler::minPauseMs);
        QVERIFY(scheduler.currentPause() < PreviewScheduler::pauseMs);
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

    void frontMatterChange_keepsTheBodyAndFolderChange_rendersItAgain()
    {
        CardDocument doc;
        doc.load(QStringLiteral("---\nlicense: mit\n---\n![logo](logo.png)\n"));
        PreviewScheduler scheduler(&doc);
        QSignalSpy rendered(&scheduler, &PreviewScheduler::rendered);
        scheduler.setCardFolder(QStringLiteral("/tmp/first"));
        scheduler.renderNow();
        QVERIFY(rendered.wait(10000));
        const QString body = rendered.last().first().value<PreviewContent>().body;
        QVERIFY2(body.contains(QLatin1String("/tmp/first/logo.png")), qPrintable(body));
        // The front matter changes: a new header, the same body.
        QTextCursor cursor(doc.textDocument());
        cursor.setPosition(doc.documentPosition(doc.text().indexOf(u"mit")));
        cursor.insertText(QStringLiteral("apache-2.0 # was "));
        QVERIFY(rendered.wait(10000));
        auto content = rendered.last().first().value<PreviewContent>();
        QCOMPARE(content.body, body);
        QVERIFY(content.header.contains(QLatin1String("apache-2.0")));
        // Another folder: the same text, rendered again for it.
        scheduler.setCardFolder(QStringLiteral("/tmp/second"));
        scheduler.renderNow();
        QVERIFY(rendered.wait(10000));
        content = rendered.last().first().value<PreviewContent>();
        QVERIFY2(content.body.contains(QLatin1String("/tmp/second/logo.png")),
                 qPrintable(content.body));
        // The body changes: rendered again.
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("More."));
        QVERIFY(rendered.wait(10000));
        QVERIFY(
            rendered.last().first().value<PreviewContent>().body.contains(QLatin1String("More.")));
    }
};

QTEST_MAIN(TestPreviewScheduler)
#include "tst_previewscheduler.moc"
