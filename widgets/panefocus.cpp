#include "panefocus.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>

namespace Cardigan::PaneFocus {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cardigan::PaneFocus", text);
}

bool takesTab(QWidget *w)
{
    return w->isVisible() && w->isEnabled() && !w->focusProxy() &&
           (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !qobject_cast<QScrollArea *>(w);
}

void step(QTabWidget *tabs, int delta)
{
    const int n = tabs->count();
    for (int i = 1; i < n; ++i) {
        const int index = ((tabs->currentIndex() + delta * i) % n + n) % n;
        if (tabs->isTabEnabled(index)) {
            tabs->setCurrentIndex(index);
            // The focus was on the page that just went away: keep it in the pane.
            if (!tabs->isAncestorOf(tabs->focusWidget()) || !tabs->focusWidget()->isVisible()) {
                tabs->tabBar()->setFocus(Qt::TabFocusReason);
            }
            return;
        }
    }
}

} // namespace

void setUpTabs(QTabWidget *tabs, const QString &name)
{
    tabs->setAccessibleName(name);
    tabs->tabBar()->setAccessibleName(tr("%1 tabs").arg(name));
    auto *next = new QAction(tr("Next Tab"), tabs);
    // Ctrl+Tab too: QTabWidget has it, but a table in a page would take it as Tab.
    next->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Tab)});
    auto *previous = new QAction(tr("Previous Tab"), tabs);
    previous->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab)});
    for (QAction *a : {next, previous}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        tabs->addAction(a);
    }
    QObject::connect(next, &QAction::triggered, tabs, [tabs] { step(tabs, 1); });
    QObject::connect(previous, &QAction::triggered, tabs, [tabs] { step(tabs, -1); });
}

bool focusFirstIn(QWidget *pane)
{
    if (!pane || !pane->isVisible()) {
        return false;
    }
    if (takesTab(pane)) {
        pane->setFocus(Qt::ShortcutFocusReason);
        return true;
    }
    // The focus chain is the Tab order: the first widget of it inside the pane.
    for (QWidget *w = pane->nextInFocusChain(); w && w != pane; w = w->nextInFocusChain()) {
        if (pane->isAncestorOf(w) && takesTab(w)) {
            w->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return false;
}

QAction *addGoTo(QMenu *menu, const QString &text, const QKeySequence &key,
                 std::function<QWidget *()> reveal)
{
    QAction *action = menu->addAction(text);
    action->setShortcut(key);
    QObject::connect(action, &QAction::triggered, menu, [reveal = std::move(reveal)] {
        QWidget *pane = reveal();
        if (!focusFirstIn(pane) && pane) {
            pane->setFocus(Qt::ShortcutFocusReason);
        }
    });
    return action;
}

} // namespace Cardigan::PaneFocus
