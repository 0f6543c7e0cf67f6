#pragma once

// The GUI benchmarks' application. With CARDIGAN_BENCH_SLOW=MS it times every event the
// GUI thread dispatches from its event loop (not the nested ones inside it) and, at exit,
// prints to stderr those that took MS or longer, grouped by who received them: what a
// key press had to wait behind. A QTimer is named by its parent's class, a queued call
// or a posted event by its receiver's.

#include <QApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QMetaEnum>

#include <cstdio>

namespace Bench {

class Application : public QApplication
{
public:
    Application(int &argc, char **argv)
        : QApplication(argc, argv)
        , m_thresholdMs(qEnvironmentVariableIntValue("CARDIGAN_BENCH_SLOW"))
    {}
    ~Application() override
    {
        if (m_slow.isEmpty()) {
            return;
        }
        std::fprintf(stderr, "dispatches of %d ms or more (count, total ms, max ms, what):\n",
                     m_thresholdMs);
        for (auto it = m_slow.cbegin(); it != m_slow.cend(); ++it) {
            std::fprintf(stderr, "  %5d %8.1f %7.1f  %s\n", it->count, it->totalMs, it->maxMs,
                         qPrintable(it.key()));
        }
    }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_thresholdMs <= 0 || m_depth > 0) {
            return QApplication::notify(receiver, event);
        }
        ++m_depth;
        QElapsedTimer clock;
        clock.start();
        const QString what = describe(receiver, event);
        const bool result = QApplication::notify(receiver, event);
        const double ms = clock.nsecsElapsed() / 1e6;
        --m_depth;
        if (ms >= m_thresholdMs) {
            Slow &s = m_slow[what];
            ++s.count;
            s.totalMs += ms;
            s.maxMs = std::max(s.maxMs, ms);
        }
        return result;
    }

private:
    static QString describe(QObject *receiver, QEvent *event)
    {
        QObject *owner = receiver;
        if (receiver->inherits("QTimer") && receiver->parent()) {
            owner = receiver->parent();
        }
        const char *type = QMetaEnum::fromType<QEvent::Type>().valueToKey(event->type());
        return QStringLiteral("%1 %2 (%3)")
            .arg(QLatin1String(owner->metaObject()->className()),
                 owner->objectName().isEmpty() ? QString() : owner->objectName(),
                 type ? QLatin1String(type) : QString::number(int(event->type())));
    }

    struct Slow
    {
        int count = 0;
        double totalMs = 0;
        double maxMs = 0;
    };
    int m_thresholdMs = 0;
    int m_depth = 0;
    QMap<QString, Slow> m_slow;
};

} // namespace Bench
