#pragma once

// Walks a window's focus chain the way a keyboard user does (Tab, and Ctrl+Tab out of a
// text editor that takes Tab itself) and reports what it met: each focused widget, the
// ones with no accessible name, the tab-focusable ones never reached, and where focus got
// stuck. Generic: it knows no widget of the application by name.

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>
#include <QWidget>

namespace FocusWalk {

struct Result
{
    QList<QPointer<QWidget>> order; ///< the widgets that got the focus, in Tab order
    QStringList unnamed;            ///< focused widgets without an accessible name
    QStringList unreachable;        ///< visible, enabled, tab-focusable widgets never focused
    QString trap;                   ///< where focus stayed or went away, if it did
    bool cycled = false;            ///< the walk came back to the first widget
};

/// The name assistive technology reads for @p w (its accessible name or its buddy label).
inline QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

/// "QLineEdit 'name' in Form > QScrollArea > ..." for failure messages.
inline QString describe(QWidget *w)
{
    if (!w) {
        return QStringLiteral("(none)");
    }
    QString text = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty()) {
        text += u'#' + w->objectName();
    }
    const QString name = accessibleName(w);
    if (!name.isEmpty()) {
        text += QStringLiteral(" \"%1\"").arg(name);
    }
    QStringList parents;
    for (QWidget *p = w->parentWidget(); p && parents.size() < 4; p = p->parentWidget()) {
        const QString pname = accessibleName(p);
        parents << (pname.isEmpty() ? QString::fromLatin1(p->metaObject()->className()) : pname);
    }
    if (!parents.isEmpty()) {
        text += QStringLiteral(" in ") + parents.join(QStringLiteral(" < "));
    }
    return text;
}

/// Editable text editors keep Tab for indentation; a keyboard user leaves them with Ctrl+Tab.
inline bool takesTab(QWidget *w)
{
    if (auto *e = qobject_cast<QPlainTextEdit *>(w)) {
        return !e->tabChangesFocus() && !e->isReadOnly();
    }
    if (auto *e = qobject_cast<QTextEdit *>(w)) {
        return !e->tabChangesFocus() && !e->isReadOnly();
    }
    return false;
}

/// Web content moves through its own links before it hands the focus back, asynchronously.
inline bool isWebContent(QWidget *w)
{
    for (; w; w = w->parentWidget()) {
        if (w->inherits("QWebEngineView")) {
            return true;
        }
    }
    return false;
}

/// Whether Tab should reach @p w in @p window now.
inline bool isTabStop(QWidget *w, QWidget *window)
{
    if (w->window() != window || !w->isVisible() || !w->isEnabled() || w->focusProxy()) {
        return false;
    }
    if ((w->focusPolicy() & Qt::TabFocus) != Qt::TabFocus) {
        return false;
    }
    // A cell editor of an item view lives only while the cell is edited.
    for (QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (auto *view = qobject_cast<QAbstractItemView *>(p->parentWidget())) {
            if (p == view->viewport()) {
                return false;
            }
        }
    }
    return true;
}

/// The visible columns of a table or tree without a header text (a screen reader reads
/// the header with each cell).
inline QStringList unnamedColumns(QWidget *w)
{
    QHeaderView *header = nullptr;
    if (auto *table = qobject_cast<QTableView *>(w)) {
        header = table->horizontalHeader();
    } else if (auto *tree = qobject_cast<QTreeView *>(w)) {
        header = tree->header();
    }
    QStringList out;
    if (!header || header->isHidden() || !header->model()) {
        return out;
    }
    for (int i = 0; i < header->count(); ++i) {
        if (!header->isSectionHidden(i) &&
            header->model()->headerData(i, Qt::Horizontal).toString().trimmed().isEmpty()) {
            out << QStringLiteral("column %1 of %2 has no header").arg(i).arg(describe(w));
        }
    }
    return out;
}

/**
 * Starts with no focus in @p window and presses Tab until the focus comes back to the
 * first widget it reached. Item views with tab navigation step through their cells
 * first; web content through its links (given a few seconds each).
 */
inline Result walk(QWidget *window, int maxSteps = 4000)
{
    Result result;
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window)) {
        result.trap = QStringLiteral("the window %1 never became active").arg(describe(window));
        return result;
    }
    // Activation hands the focus over a little later: give it time to arrive.
    const bool focused = QTest::qWaitFor(
        [&] {
            QWidget *f = QApplication::focusWidget();
            return f && (f == window || window->isAncestorOf(f));
        },
        2000);
    Q_UNUSED(focused);
    QSet<QWidget *> seen;
    // From the window's focus (or from none): the first stop is where the walk must return.
    QWidget *first = QApplication::focusWidget();
    if (first && !window->isAncestorOf(first)) {
        first = nullptr;
    }
    if (first) {
        seen.insert(first);
        result.order << first;
        if (accessibleName(first).isEmpty()) {
            result.unnamed << describe(first);
        }
    }
    // Two laps: a control enabled by the first (a button after a list's selection) is met
    // on the second.
    int laps = 0;
    int sameSteps = 0;
    for (int step = 0; step < maxSteps; ++step) {
        QWidget *focus = QApplication::focusWidget();
        QPersistentModelIndex current;
        if (auto *view = qobject_cast<QAbstractItemView *>(focus)) {
            current = view->currentIndex();
        }
        if (!focus || !window->isAncestorOf(focus)) {
            QTest::keyClick(window, Qt::Key_Tab);
        } else if (takesTab(focus)) {
            QTest::keyClick(focus, Qt::Key_Tab, Qt::ControlModifier);
        } else {
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        QWidget *now = QApplication::focusWidget();
        if (focus && now == focus && isWebContent(focus)) {
            const bool left =
                QTest::qWaitFor([&] { return QApplication::focusWidget() != focus; }, 3000);
            Q_UNUSED(left);
            now = QApplication::focusWidget();
        }
        if (!now || (now != window && !window->isAncestorOf(now))) {
            result.trap = QStringLiteral("Tab from %1 took the focus out of the window to %2")
                              .arg(describe(focus), describe(now));
            return result;
        }
        if (now == focus && now == first && result.order.size() == 1) {
            if (++laps == 2) { // the only stop: Tab stays on it, as it should
                result.cycled = true;
                break;
            }
            continue;
        }
        if (now == focus) {
            auto *view = qobject_cast<QAbstractItemView *>(now);
            const bool moved = view && view->currentIndex() != current;
            if ((!moved && !isWebContent(now)) || ++sameSteps > 400) {
                result.trap = QStringLiteral("Tab does not leave %1").arg(describe(now));
                return result;
            }
            continue;
        }
        sameSteps = 0;
        if (now == first && ++laps == 2) {
            result.cycled = true;
            break;
        }
        if (!first) {
            first = now;
        }
        if (!seen.contains(now)) {
            seen.insert(now);
            result.order << now;
            if (qEnvironmentVariableIsSet("FOCUSWALK_VERBOSE")) {
                qInfo("%d: %s", int(result.order.size()), qPrintable(describe(now)));
            }
            if (accessibleName(now).isEmpty()) {
                result.unnamed << describe(now);
            }
            for (const QString &column : unnamedColumns(now)) {
                result.unnamed << column;
            }
        }
    }
    if (!result.cycled && result.trap.isEmpty()) {
        result.trap = QStringLiteral("no cycle after %1 steps").arg(maxSteps);
    }
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (isTabStop(w, window) && !seen.contains(w)) {
            result.unreachable << describe(w);
        }
    }
    return result;
}

} // namespace FocusWalk
