#include "formundokeys.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTextEdit>

namespace Cardigan {

FormUndoKeys::FormUndoKeys(QWidget *form, QTextDocument *history)
    : QObject(form)
    , m_form(form)
    , m_history(history)
{
    // Editors come and go (a table's cell editor): watch whichever has the focus.
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { watch(now); });
}

void FormUndoKeys::watch(QWidget *now)
{
    if (now && m_form->isAncestorOf(now)) {
        now->removeEventFilter(this);
        now->installEventFilter(this);
    }
}

bool FormUndoKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress) {
        return false;
    }
    auto *key = static_cast<QKeyEvent *>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo = key->matches(QKeySequence::Redo);
    if ((!undo && !redo) || !m_form->isAncestorOf(qobject_cast<QWidget *>(watched))) {
        return false;
    }
    // Half-typed input keeps its own undo until it is committed.
    auto *edit = qobject_cast<QLineEdit *>(watched);
    if (auto *combo = qobject_cast<QComboBox *>(watched)) {
        edit = combo->lineEdit();
    }
    if (edit && edit->isModified() && (undo ? edit->isUndoAvailable() : edit->isRedoAvailable())) {
        return false;
    }
    QTextDocument *own = nullptr;
    if (auto *plain = qobject_cast<QPlainTextEdit *>(watched)) {
        own = plain->document();
    } else if (auto *rich = qobject_cast<QTextEdit *>(watched)) {
        own = rich->document();
    }
    if (own && own != m_history && own->isModified() &&
        (undo ? own->isUndoAvailable() : own->isRedoAvailable())) {
        return false;
    }
    if (event->type() == QEvent::ShortcutOverride) {
        // Ours: the key press comes here, not to the window's Undo action as well.
        event->accept();
        return true;
    }
    if (undo) {
        m_history->undo();
    } else {
        m_history->redo();
    }
    return true;
}

} // namespace Cardigan
