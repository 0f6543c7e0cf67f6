#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Cardigan {

namespace {

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList out;
    for (const QKeySequence &k : keys) {
        out << k.toString(QKeySequence::NativeText);
    }
    return out.join(QStringLiteral(", "));
}

QString native(QKeyCombination a, QKeyCombination b = Qt::Key_unknown)
{
    QList<QKeySequence> keys{QKeySequence(a)};
    if (b.key() != Qt::Key_unknown) {
        keys << QKeySequence(b);
    }
    return keysText(keys);
}

} // namespace

QList<ShortcutsDialog::Key> ShortcutsDialog::paneKeys()
{
    // Each of these is checked by tst_shortcutsdialog: list only keys that work.
    return {
        {native(Qt::Key_Tab, Qt::SHIFT | Qt::Key_Tab), tr("Next or previous control")},
        {native(Qt::CTRL | Qt::Key_Tab, Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
         tr("In the source: leave the editor (Tab indents there)")},
        {native(Qt::Key_Left, Qt::Key_Right), tr("On a row of tabs: previous or next tab")},
        {native(Qt::Key_Escape), tr("Close the find or go-to-line bar")},
        {native(Qt::Key_Return, Qt::SHIFT | Qt::Key_Return),
         tr("In the find field: next or previous match")},
        {native(Qt::Key_F2), tr("In a table: edit the current cell")},
        {native(Qt::Key_Return), tr("In the field under a list (tags, datasets...): add what "
                                    "is typed; a, b adds two")},
        {native(Qt::Key_Delete), tr("In a list (tags, datasets...): remove the selected item")},
        {native(Qt::Key_Return), tr("In the Problems list: go to the problem in the source")},
    };
}

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcuts-dialog"));

    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("shortcuts-filter"));
    m_filter->setPlaceholderText(tr("Command or key, e.g. find or Ctrl+F"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the shortcuts"));

    m_tree->setObjectName(QStringLiteral("shortcuts"));
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    // Built from the window now: whatever menus and actions it has today are listed.
    const QList<QAction *> menus = window->menuBar()->actions();
    for (QAction *menuAction : menus) {
        if (QMenu *menu = menuAction->menu()) {
            addMenu(menu, plainText(menuAction));
        }
    }
    addWidgetActions(window);
    QTreeWidgetItem *keys = addGroup(tr("Keys in the panes"));
    for (const Key &k : paneKeys()) {
        new QTreeWidgetItem(keys, {k.what, k.keys});
    }
    m_tree->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(680, 660);
    m_filter->setFocus();
}

QTreeWidgetItem *ShortcutsDialog::addGroup(const QString &title)
{
    auto *group = new QTreeWidgetItem(m_tree, {title});
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setFirstColumnSpanned(true);
    group->setFlags(Qt::ItemIsEnabled);
    return group;
}

void ShortcutsDialog::addMenu(QMenu *menu, const QString &path)
{
    QTreeWidgetItem *group = nullptr;
    const QList<QAction *> actions = menu->actions();
    for (QAction *a : actions) {
        if (a->menu()) {
            addMenu(a->menu(), tr("%1 › %2").arg(path, plainText(a)));
            continue;
        }
        if (a->isSeparator() || a->shortcuts().isEmpty() || m_listed.contains(a)) {
            continue;
        }
        if (!group) {
            group = addGroup(path);
        }
        new QTreeWidgetItem(group, {plainText(a), keysText(a->shortcuts())});
        m_listed << a;
    }
}

void ShortcutsDialog::addWidgetActions(QMainWindow *window)
{
    // Actions that belong to a pane and to no menu: listed under the pane's name.
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *w : std::as_const(widgets)) {
        QTreeWidgetItem *group = nullptr;
        const QList<QAction *> actions = w->actions();
        for (QAction *a : actions) {
            if (a->shortcuts().isEmpty() || m_listed.contains(a)) {
                continue;
            }
            if (!group) {
                const QString name =
                    w->accessibleName().isEmpty() ? w->windowTitle() : w->accessibleName();
                group = addGroup(tr("%1 (while it has the focus)").arg(name));
            }
            new QTreeWidgetItem(group, {plainText(a), keysText(a->shortcuts())});
            m_listed << a;
        }
    }
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        const bool groupMatches = group->text(0).contains(needle, Qt::CaseInsensitive);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *row = group->child(i);
            const bool match = needle.isEmpty() || groupMatches ||
                               row->text(0).contains(needle, Qt::CaseInsensitive) ||
                               row->text(1).contains(needle, Qt::CaseInsensitive);
            row->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

int ShortcutsDialog::visibleRowCount() const
{
    int n = 0;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            n += (!group->isHidden() && !group->child(i)->isHidden()) ? 1 : 0;
        }
    }
    return n;
}

} // namespace Cardigan
