#pragma once

#include <QWidget>

class QAction;
class QLabel;

namespace Cardigan {

class CardDocument;
class FindBar;
class GoToLineBar;
class SourceEditor;

// The source pane: the editor with its find/replace bar and go-to-line bar below it.
//
// Its actions carry the shortcuts (Ctrl+F find; Ctrl+H or Ctrl+R replace; F3 / Shift+F3
// next / previous; Ctrl+L or Ctrl+G go to line) and work while the focus is in the pane
// (Qt::WidgetWithChildrenShortcut). The window may put them in its Edit menu; to make them
// work from anywhere in the window, it sets their shortcut context to Qt::WindowShortcut.
// Esc in the pane closes an open bar.
class SourcePane : public QWidget
{
    Q_OBJECT

public:
    explicit SourcePane(QWidget *parent = nullptr);

    SourceEditor *editor() const { return m_editor; }
    FindBar *findBar() const { return m_findBar; }
    GoToLineBar *goToLineBar() const { return m_goToLineBar; }
    // Same as editor()->setCardDocument().
    void setCardDocument(CardDocument *card);

    QAction *findAction() const { return m_find; }
    QAction *replaceAction() const { return m_replace; }
    QAction *findNextAction() const { return m_findNext; }
    QAction *findPreviousAction() const { return m_findPrevious; }
    QAction *goToLineAction() const { return m_goToLine; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QAction *addPaneAction(const QString &text, const QList<QKeySequence> &shortcuts);

    SourceEditor *m_editor = nullptr;
    QLabel *m_longLinesNotice = nullptr;
    FindBar *m_findBar = nullptr;
    GoToLineBar *m_goToLineBar = nullptr;
    QAction *m_find = nullptr;
    QAction *m_replace = nullptr;
    QAction *m_findNext = nullptr;
    QAction *m_findPrevious = nullptr;
    QAction *m_goToLine = nullptr;
};

} // namespace Cardigan
