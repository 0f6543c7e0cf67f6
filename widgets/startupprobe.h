#pragma once

#include <QObject>

#include <optional>

class QWidget;

namespace Cardigan {

// Measures a cold start for scripts/bench: the time from the process's start (or from a
// moment the launcher gives) to the end of the window's first paint. The app uses it when
// CARDIGAN_STARTUP_PROBE is set: then it prints "startup-ms N" and quits.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    // @p startNs: the start on CLOCK_MONOTONIC, in nanoseconds.
    StartupProbe(QWidget *window, qint64 startNs);

    // The start CARDIGAN_STARTUP_PROBE's @p value names: a CLOCK_MONOTONIC time in
    // nanoseconds (what a launcher read just before it started the process), or, for any
    // other value ("1"), the process's own start from /proc (10 ms steps). Nothing when
    // neither can be had.
    static std::optional<qint64> startFrom(const QByteArray &value);
    static qint64 monotonicNs();

signals:
    // Once, after the first paint of the window: milliseconds since the start.
    void painted(double milliseconds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    qint64 m_startNs;
    bool m_seen = false;
};

} // namespace Cardigan
