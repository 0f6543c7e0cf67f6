#pragma once

#include <QKeySequence>
#include <QString>

#include <functional>

class QAction;
class QMenu;
class QTabWidget;
class QWidget;

namespace Cardigan {

/// Moving the keyboard between the window's panes and their tabs.
namespace PaneFocus {

/**
 * Names @p tabs and its row of tabs @p name for assistive technology and gives it Next Tab
 * (Ctrl+PgDown, Ctrl+Tab) and Previous Tab (Ctrl+PgUp, Ctrl+Shift+Tab) while the focus is
 * anywhere inside it.
 */
void setUpTabs(QTabWidget *tabs, const QString &name);

/// Puts the focus on the first control of @p pane that Tab would reach (a scroll area
/// is passed over for what it holds). False when there is none.
bool focusFirstIn(QWidget *pane);

/**
 * Adds to @p menu a command that shows a pane and puts the focus in it: @p reveal makes
 * it visible and returns the widget to focus into.
 */
QAction *addGoTo(QMenu *menu, const QString &text, const QKeySequence &key,
                 std::function<QWidget *()> reveal);

} // namespace PaneFocus

} // namespace Cardigan
