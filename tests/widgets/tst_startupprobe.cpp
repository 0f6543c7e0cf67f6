#include "startupprobe.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QWidget>
#include <QtTest>

using namespace Cardigan;

// The cold-start probe of scripts/bench: where its clock starts, and that it reports the
// first paint once, with the time since that start.
class TestStartupProbe : public QObject
{
    Q_OBJECT

private slots:
    void startFrom_takesTheLaunchersClock()
    {
        QCOMPARE(StartupProbe::startFrom("123456789"), std::optional<qint64>(123456789));
    }

    void startFrom_otherwiseTheProcessStart()
    {
        // This process started before now, and not before the test binary was loaded a
        // long while ago; /proc counts in clock ticks (10 ms).
        const std::optional<qint64> start = StartupProbe::startFrom("1");
        QVERIFY(start);
        const qint64 now = StartupProbe::monotonicNs();
        QVERIFY2(*start <= now + 20'000'000, qPrintable(QString::number(now - *start)));
        QVERIFY(now - *start < qint64(600) * 1'000'000'000);
    }

    void painted_onceAfterTheFirstPaint()
    {
        QWidget window;
        window.resize(200, 100);
        const qint64 start = StartupProbe::monotonicNs() - 5'000'000'000;
        auto *probe = new StartupProbe(&window, start);
        QSignalSpy painted(probe, &StartupProbe::painted);
        QVERIFY(painted.isEmpty());
        window.show();
        QVERIFY(painted.wait(10000));
        const double ms = painted.first().first().toDouble();
        // Five seconds before the probe, and less than a minute for a small window.
        QVERIFY2(ms >= 5000 && ms < 60000, qPrintable(QString::number(ms)));
        window.update();
        QTest::qWait(100);
        window.repaint();
        QTest::qWait(50);
        QCOMPARE(painted.count(), 1);
    }
};

QTEST_MAIN(TestStartupProbe)
#include "tst_startupprobe.moc"
