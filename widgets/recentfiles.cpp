#include "recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace Cardigan {

namespace {

const QLatin1String settingsKey("recentFiles");

QString normalized(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{}

QStringList RecentFiles::stored() const
{
    return QSettings().value(settingsKey).toStringList();
}

void RecentFiles::store(const QStringList &files)
{
    QSettings().setValue(settingsKey, files);
    fillMenus();
}

QStringList RecentFiles::files()
{
    const QStringList all = stored();
    QStringList existing;
    for (const QString &path : all) {
        if (QFileInfo(path).isFile() && !existing.contains(path)) {
            existing << path;
        }
    }
    if (existing.size() > maxCount) {
        existing.erase(existing.begin() + maxCount, existing.end());
    }
    if (existing != all) {
        QSettings().setValue(settingsKey, existing);
    }
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString file = normalized(path);
    QStringList list = stored();
    list.removeAll(file);
    list.prepend(file);
    while (list.size() > maxCount) {
        list.removeLast();
    }
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = stored();
    if (list.removeAll(normalized(path)) > 0) {
        store(list);
    }
}

void RecentFiles::clear()
{
    store({});
}

QString RecentFiles::displayName(const QString &path)
{
    const QFileInfo info(path);
    if (info.fileName().compare(QLatin1String("README.md"), Qt::CaseInsensitive) == 0) {
        const QString folder = info.absoluteDir().dirName();
        if (!folder.isEmpty()) {
            return folder + u'/' + info.fileName();
        }
    }
    return info.fileName();
}

void RecentFiles::attachMenu(QMenu *menu)
{
    m_menus << menu;
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fill(menu); });
    fill(menu);
}

void RecentFiles::fillMenus()
{
    for (const QPointer<QMenu> &menu : std::as_const(m_menus)) {
        if (menu) {
            fill(menu);
        }
    }
}

void RecentFiles::fill(QMenu *menu)
{
    // Later, not now: the action being triggered may be the one that led here.
    const QList<QAction *> old = menu->actions();
    for (QAction *action : old) {
        menu->removeAction(action);
        action->deleteLater();
    }
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        QString name = displayName(list[i]);
        name.replace(u'&', QLatin1String("&&"));
        const QString text = i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name)
                                   : (i == 9 ? QStringLiteral("1&0 %1").arg(name) : name);
        QAction *action = menu->addAction(text);
        const QString path = list[i];
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    menu->addSeparator();
    QAction *clearAction = menu->addAction(tr("&Clear Menu"));
    clearAction->setEnabled(!list.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
    menu->setEnabled(!list.isEmpty());
}

} // namespace Cardigan
