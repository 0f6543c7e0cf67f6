#pragma once

#include <QPlainTextEdit>

namespace Cardigan {

/// A plain-text editor for a multi-line value that reports a finished edit, like
/// QLineEdit::editingFinished: when it loses the focus with changes, or on Ctrl+Return.
class MultiLineEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MultiLineEdit(QWidget *parent = nullptr);

    /// Shows @p text as not modified (no editingFinished until the user changes it).
    void setValueText(const QString &text);
    /// The text as typed, line breaks as '\n' (no-break spaces kept, unlike toPlainText).
    QString valueText() const;

signals:
    void editingFinished();

protected:
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void finish();
};

} // namespace Cardigan
