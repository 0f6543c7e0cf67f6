#pragma once

#include <QObject>

class QTextDocument;
class QWidget;

namespace Cardigan {

/**
 * Undo and Redo keys anywhere in @p form walk the card's one history: a line edit, combo
 * box or table editor that has the focus would otherwise take Ctrl+Z for its own text.
 * Only text typed there and not yet committed (a modified line edit with something to
 * undo) is undone in place, as the user expects of half-typed input.
 */
class FormUndoKeys : public QObject
{
    Q_OBJECT

public:
    FormUndoKeys(QWidget *form, QTextDocument *history);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watch(QWidget *now);

    QWidget *m_form;
    QTextDocument *m_history;
};

} // namespace Cardigan
