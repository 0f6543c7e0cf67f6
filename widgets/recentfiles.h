#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QMenu;

namespace Cardigan {

// The recently opened cards, newest first, kept in QSettings ("recentFiles"). Files that
// no longer exist are dropped whenever the list is read.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxCount = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    // The list, newest first, without the files that have gone.
    QStringList files();
    // Puts @p path first (absolute, once).
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

    // Keeps @p menu filled with the list (refreshed each time it is about to show) and a
    // "Clear Menu" entry; choosing a file emits openRequested.
    void attachMenu(QMenu *menu);

    // How a card is named in menus and titles: "model/README.md" for a README (the folder
    // is what tells cards apart), else the file name.
    static QString displayName(const QString &path);

signals:
    void openRequested(const QString &path);

private:
    QStringList stored() const;
    void store(const QStringList &files);
    void fillMenus();
    void fill(QMenu *menu);

    QList<QPointer<QMenu>> m_menus;
};

} // namespace Cardigan
