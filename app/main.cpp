// The cardigan executable: a command-line subcommand when the first argument names one
// (no display needed), otherwise the editor window.

#include "cardfile.h"
#include "cli.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>

#include <cstdio>

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
    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
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
        std::fputs(qPrintable(Cli::usage() + u'\n'), stdout);
        return 0;
    }
    if (args.contains(QLatin1String("--version"))) {
        std::fputs("cardigan " CARDIGAN_VERSION "\n", stdout);
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Cardigan"));
    QApplication::setOrganizationName(QStringLiteral("Cardigan"));
    QApplication::setApplicationVersion(QStringLiteral(CARDIGAN_VERSION));

    MainWindow window;
    QString path = args.value(0);
    if (!path.isEmpty() && QFileInfo(path).isDir()) {
        path = QDir(path).filePath(QStringLiteral("README.md"));
    }
    CardFile::ReadResult card;
    QString title;
    if (path.isEmpty()) {
        QFile example(QStringLiteral(":/example/README.md"));
        example.open(QIODevice::ReadOnly);
        card = CardFile::decode(example.readAll());
        title = QApplication::translate("main", "Untitled (example card)");
    } else {
        card = CardFile::read(path);
        title = QFileInfo(path).fileName();
    }
    if (!card.ok()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open card"),
                              card.message);
        return 2;
    }
    window.showCard(title, card.text);
    window.show();
    return app.exec();
}
