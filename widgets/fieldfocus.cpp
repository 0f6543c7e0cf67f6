#include "fieldfocus.h"

#include <QScrollArea>
#include <QTabWidget>
#include <QWidget>

namespace Cardigan {

namespace FieldFocus {

namespace {

// @p field itself when it takes the focus from the keyboard, else its first child that does.
QWidget *focusTarget(QWidget *field)
{
    if (field->focusPolicy() & Qt::TabFocus) {
        return field;
    }
    for (QWidget *w = field->nextInFocusChain(); w && w != field; w = w->nextInFocusChain()) {
        if (!field->isAncestorOf(w)) {
            break;
        }
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(field) && w->isEnabled()) {
            return w;
        }
    }
    return nullptr;
}

} // namespace

bool show(QTabWidget *tabs, QWidget *page, const QStringList &names)
{
    tabs->setCurrentWidget(page);
    for (const QString &name : names) {
        const QList<QWidget *> found = page->findChildren<QWidget *>(name);
        for (QWidget *field : found) {
            if (!field->isVisibleTo(page) || !field->isEnabled()) {
                continue;
            }
            QWidget *target = focusTarget(field);
            if (!target) {
                continue;
            }
            for (QWidget *p = field->parentWidget(); p && p != page->parentWidget();
                 p = p->parentWidget()) {
                if (auto *scroll = qobject_cast<QScrollArea *>(p)) {
                    scroll->ensureWidgetVisible(field);
                    break;
                }
            }
            target->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

} // namespace FieldFocus

} // namespace Cardigan
