#include "multilineedit.h"

#include <QKeyEvent>
#include <QSignalBlocker>

namespace Cardigan {

MultiLineEdit::MultiLineEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    // About four lines: room to see a paragraph without taking the whole form.
    setFixedHeight(fontMetrics().lineSpacing() * 4 + 2 * frameWidth() + 8);
}

void MultiLineEdit::setValueText(const QString &text)
{
    if (valueText() != text) {
        const QSignalBlocker blocker(this);
        setPlainText(text);
    }
    document()->setModified(false);
}

QString MultiLineEdit::valueText() const
{
    QString text = document()->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.replace(QChar::LineSeparator, u'\n');
    return text;
}

void MultiLineEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    finish();
}

void MultiLineEdit::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & Qt::ControlModifier)) {
        finish();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void MultiLineEdit::finish()
{
    if (document()->isModified()) {
        document()->setModified(false);
        emit editingFinished();
    }
}

} // namespace Cardigan
