#pragma once

#include <QMainWindow>

class QPlainTextEdit;

namespace Cardigan {

// The main window. For now it only shows a card's text; the editor comes later.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Shows @p text, with @p title (usually the file name) in the window title.
    void showCard(const QString &title, const QString &text);

private:
    QPlainTextEdit *m_text = nullptr;
};

} // namespace Cardigan
