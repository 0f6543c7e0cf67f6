#include "repofilepicker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace Cardigan {

namespace {

RepoFilePicker::Chooser &testChooser()
{
    static RepoFilePicker::Chooser chooser;
    return chooser;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Cardigan::RepoFilePicker", text);
}

} // namespace

void RepoFilePicker::setChooserForTests(Chooser chooser)
{
    testChooser() = std::move(chooser);
}

QString RepoFilePicker::relativePath(const QString &repoFolder, const QString &file, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error) {
            *error = why;
        }
        return QString();
    };
    const QString root = QFileInfo(repoFolder).canonicalFilePath();
    if (repoFolder.isEmpty() || root.isEmpty() || !QFileInfo(root).isDir()) {
        return fail(tr("the card has no folder yet: save it first"));
    }
    const QFileInfo info(file);
    if (!info.exists() || info.isDir()) {
        return fail(tr("\"%1\" is not a file").arg(QDir::toNativeSeparators(file)));
    }
    // The folder is resolved, the file's own name is not: a link inside the repository
    // is a file of the repository even when it points elsewhere.
    const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
    const QString relDir = QDir(root).relativeFilePath(dir);
    if (dir.isEmpty() || relDir.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(relDir)) {
        return fail(tr("\"%1\" is outside the card's folder %2: the Hub can only link to files "
                       "of the repository")
                        .arg(QDir::toNativeSeparators(info.absoluteFilePath()),
                             QDir::toNativeSeparators(root)));
    }
    const QString rel =
        relDir == QLatin1String(".") ? info.fileName() : relDir + u'/' + info.fileName();
    return QDir::fromNativeSeparators(rel);
}

QString RepoFilePicker::pick(QWidget *parent, const QString &repoFolder, const QString &title,
                             const QString &nameFilter, QString *error)
{
    if (error) {
        error->clear();
    }
    const QString chosen =
        testChooser() ? testChooser()(repoFolder, title, nameFilter)
                      : QFileDialog::getOpenFileName(parent, title, repoFolder, nameFilter);
    if (chosen.isEmpty()) {
        return QString();
    }
    return relativePath(repoFolder, chosen, error);
}

} // namespace Cardigan
