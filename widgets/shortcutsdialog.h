#pragma once

#include <QDialog>
#include <QList>

class QLineEdit;
class QMainWindow;
class QMenu;
class QTreeWidget;
class QTreeWidgetItem;

namespace Cardigan {

/**
 * Help > Keyboard Shortcuts: every action of the window that has a shortcut, grouped by
 * its menu, read from the window when the dialog opens (so the list never drifts from
 * the menus), then the actions of the panes that are in no menu, then the keys that are
 * no action (Ctrl+Tab out of the source, F2 in a table...). A filter narrows the list.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    /// A key that works without being an action: its keys as shown and what it does.
    struct Key
    {
        QString keys;
        QString what;
    };
    /// The keys of the panes that are not actions, in the order the dialog lists them.
    static QList<Key> paneKeys();

    explicit ShortcutsDialog(QMainWindow *window);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filter() const { return m_filter; }
    /// The rows (not groups) that the filter lets through.
    int visibleRowCount() const;

private:
    void addMenu(QMenu *menu, const QString &path);
    void addWidgetActions(QMainWindow *window);
    QTreeWidgetItem *addGroup(const QString &title);
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QList<const QObject *> m_listed; // actions already shown, so each appears once
};

} // namespace Cardigan
