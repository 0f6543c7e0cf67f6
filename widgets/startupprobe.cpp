#include "startupprobe.h"

#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <ctime>
#include <unistd.h>

namespace Cardigan {

namespace {

qint64 clockNs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

} // namespace

StartupProbe::StartupProbe(QWidget *window, qint64 startNs)
    : QObject(window)
    , m_window(window)
    , m_startNs(startNs)
{
    window->installEventFilter(this);
}

qint64 StartupProbe::monotonicNs()
{
    return clockNs(CLOCK_MONOTONIC);
}

std::optional<qint64> StartupProbe::startFrom(const QByteArray &value)
{
    bool number = false;
    const qint64 ns = value.toLongLong(&number);
    if (number && ns > 1) {
        return ns;
    }
    // Field 22 of /proc/self/stat: the start in clock ticks since boot. The command name
    // (field 2) is in parentheses and may hold spaces: count from the last ')'.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    // After the name, field 3 is at index 0, so field 22 is at index 19.
    if (fields.size() < 20) {
        return std::nullopt;
    }
    const qint64 ticks = fields[19].toLongLong(&number);
    const long hz = sysconf(_SC_CLK_TCK);
    if (!number || hz <= 0) {
        return std::nullopt;
    }
    // Since boot is CLOCK_BOOTTIME; moved to CLOCK_MONOTONIC (they differ by suspends).
    const qint64 sinceStart = clockNs(CLOCK_BOOTTIME) - ticks * (1'000'000'000 / hz);
    return monotonicNs() - sinceStart;
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        // The window paints itself and then its children in one pass; the next turn of
        // the event loop comes after that pass.
        QTimer::singleShot(0, this, [this] { emit painted((monotonicNs() - m_startNs) / 1e6); });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Cardigan
