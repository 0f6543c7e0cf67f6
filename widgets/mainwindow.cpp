#include "mainwindow.h"

#include <QAction>
#include <QFontDatabase>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>

namespace Cardigan {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_text(new QPlainTextEdit(this))
{
    // Read-only until saving exists: edits that cannot be saved would only be lost.
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setCentralWidget(m_text);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    setWindowTitle(tr("Cardigan"));
    resize(900, 700);
}

void MainWindow::showCard(const QString &title, const QString &text)
{
    m_text->setPlainText(text);
    setWindowTitle(tr("%1 \u2014 Cardigan").arg(title));
}

} // namespace Cardigan
