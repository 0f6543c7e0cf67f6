// The cardigan executable: a command-line subcommand when the first argument names one
// (no display needed), otherwise the editor window.

#include "appsettings.h"
#include "cli.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "startupprobe.h"
#include "thememanager.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QIcon>

#include <cstdio>
#include <unistd.h>

using namespace Cardigan;

namespace {

QStringList arguments(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i) {
        args << QString::fromLocal8Bit(argv[i]);
    }
    return args;
}

int runCommand(int argc, char **argv, const QStringList &args)
{
    QCoreApplication app(argc, argv);
    // Messages follow the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) like other
    // command-line tools; rule codes, JSON and annotation syntax never change.
    Translations::install(Translations::pickFromSystem());
    QFile out;
    QFile err;
    // The raw descriptors: no stdio buffer between stdout and stderr, so a pipe sees
    // them in the order they were written.
    out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(STDERR_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
    return Cli::run(args, out, err);
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList args = arguments(argc, argv);
    if (Cli::isCommand(args)) {
        return runCommand(argc, argv, args);
    }
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        QCoreApplication app(argc, argv);
        Translations::install(Translations::pickFromSystem());
        std::fputs(qPrintable(Cli::usage() + u'\n'), stdout);
        return 0;
    }
    if (args.contains(QLatin1String("--version"))) {
        std::fputs("cardigan " CARDIGAN_VERSION "\n", stdout);
        return 0;
    }

    // WebEngine shares OpenGL contexts with the widgets; it must be set before the app.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Cardigan"));
    QApplication::setOrganizationName(QStringLiteral("Cardigan"));
    QApplication::setApplicationVersion(QStringLiteral(CARDIGAN_VERSION));
    // The desktop file's name, so Wayland compositors and docks match the window to it.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.cardigan.Cardigan"));
    // The language the preferences ask for, else the system's; before any window.
    Translations::install(Translations::pickFromSystem(AppSettings::instance()->language()));
    QIcon icon(QStringLiteral(":/icons/cardigan.svg"));
    for (int size : {16, 32, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/icons/%1x%1/cardigan.png").arg(size), QSize(size, size));
    }
    QApplication::setWindowIcon(icon);
    // The theme before any window: widgets start with its palette.
    ThemeManager::instance();

    MainWindow window;
    // scripts/bench's cold start: print the time to the first paint, then quit.
    const std::optional<qint64> probeStart =
        qEnvironmentVariableIsSet("CARDIGAN_STARTUP_PROBE")
            ? StartupProbe::startFrom(qgetenv("CARDIGAN_STARTUP_PROBE"))
            : std::nullopt;
    if (probeStart) {
        QObject::connect(new StartupProbe(&window, *probeStart), &StartupProbe::painted, &app,
                         [](double ms) {
                             std::printf("startup-ms %.1f\n", ms);
                             std::fflush(stdout);
                             QCoreApplication::exit(0);
                         });
    }
    window.show();
    // A crashed session's unsaved card comes first; then what the user asked for.
    const bool recovered = window.files()->offerRecovery();
    QStringList rest = args;
    const bool fromTemplate = rest.removeAll(QStringLiteral("--new-from-template")) > 0;
    const QString path = rest.value(0);
    if (fromTemplate) {
        window.newFromTemplate();
    } else if (!path.isEmpty()) {
        // A file or a model's folder; a bad one is explained in a message box and the
        // window stays, empty, so the user can open another.
        window.files()->openPath(path);
    } else if (!recovered) {
        window.openExample();
    }
    return app.exec();
}
