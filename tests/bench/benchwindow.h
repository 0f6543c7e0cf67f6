#pragma once

// The window the GUI benchmarks measure: a MainWindow shown offscreen with a card open,
// settings and recovery files in a temporary folder, waited on until the first preview
// and lint are done so that opening the card is not counted.

#include "benchout.h"
#include "carddocument.h"
#include "fakefileprompts.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "previewview.h"
#include "testsettings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

namespace Bench {

/// Milliseconds since the benchmark started, as a double.
inline double now(const QElapsedTimer &clock)
{
    return clock.nsecsElapsed() / 1e6;
}

/// Runs the event loop (timers, posted events, the preview's replies) until @p until on
/// @p clock; returns late if the loop was busy then, as a real key press would wait.
inline void runUntil(const QElapsedTimer &clock, double until)
{
    const double left = until - now(clock);
    if (left <= 0) {
        QCoreApplication::processEvents();
        return;
    }
    QEventLoop loop;
    QTimer::singleShot(std::max(0, int(left)), Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Runs the event loop until @p done holds (checked every millisecond) or @p timeoutMs.
inline bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    if (done()) {
        return true;
    }
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) {
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

class Window
{
public:
    explicit Window(const QString &card)
    {
        Cardigan::useTestSettings(QStringLiteral("CardiganBench"),
                                  m_dir.filePath(QStringLiteral("settings")));
        window =
            std::make_unique<Cardigan::MainWindow>(std::make_unique<Cardigan::FakeFilePrompts>(),
                                                   m_dir.filePath(QStringLiteral("recovery")));
        window->resize(1400, 900);
        QSignalSpy shown(window->preview(), &Cardigan::PreviewView::contentShown);
        window->show();
        ok = QTest::qWaitForWindowExposed(window.get()) && window->files()->openPath(card) &&
             (shown.count() > 0 || shown.wait(60000));
        // The first render after opening may be followed by another (folder, repository
        // scan): let the window settle.
        QTest::qWait(1500);
    }
    ~Window()
    {
        // Unsaved typing: nothing to ask, nothing kept.
        window->document()->textDocument()->setModified(false);
    }

    bool ok = false;
    std::unique_ptr<Cardigan::MainWindow> window;

private:
    QTemporaryDir m_dir;
};

/// The window of a benchmark run as `NAME CARD [COUNT]`, open on CARD; null (the reason
/// printed) when the arguments or the card are wrong. @p size is set to CARD's size.
inline std::unique_ptr<Window> openFromArguments(const QStringList &args, const char *usage,
                                                 QString &size)
{
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: %s\n", usage);
        return nullptr;
    }
    size = kb(QFileInfo(args[1]).size());
    auto w = std::make_unique<Window>(QFileInfo(args[1]).absoluteFilePath());
    if (!w->ok) {
        std::fprintf(stderr, "the window did not open %s\n", qPrintable(args[1]));
        return nullptr;
    }
    return w;
}

/// Sets up QApplication as the app does (WebEngine needs shared GL contexts), offscreen
/// unless a platform was asked for.
inline void prepareApplication()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

} // namespace Bench
