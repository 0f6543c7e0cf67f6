#pragma once

#include <QPointer>
#include <QTextDocument>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextCursor;
class QToolButton;

namespace Cardigan {

// Find and replace in a text editor, shown below it. It edits the editor's document only
// through QTextCursor, so every change is an ordinary undoable edit of the card (replace
// all is a single one). Hidden until showFind() or showReplace().
//
// Keys: Enter / Shift+Enter in the find field find the next / previous match, Enter in the
// replace field replaces, Esc hides the bar and gives the editor its focus back.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    void setEditor(QPlainTextEdit *editor);
    QPlainTextEdit *editor() const { return m_editor; }

    QString findText() const;
    void setFindText(const QString &text);
    QString replaceText() const;
    void setReplaceText(const QString &text);
    bool isCaseSensitive() const;
    void setCaseSensitive(bool on);
    bool isWholeWords() const;
    void setWholeWords(bool on);
    bool isReplaceShown() const;
    // The last search found nothing; the find field shows it.
    bool hasNoMatch() const { return m_noMatch; }

public slots:
    // Shows the bar, its find field seeded with the editor's one-line selection and focused.
    void showFind();
    // As showFind(), with the replace row.
    void showReplace();
    void hideBar();
    // Select the next / previous match, wrapping around the card's end. False: no match.
    bool findNext();
    bool findPrevious();
    // Replaces the selected match (if the selection is one) and selects the next match.
    bool replace();
    // Replaces every match in one undo step; returns how many.
    int replaceAll();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool find(bool backward, bool fromSelectionStart);
    QTextDocument::FindFlags flags(bool backward) const;
    bool isMatch(const QTextCursor &cursor) const;
    void setNoMatch(bool noMatch);
    void seedFromSelection();

    QPointer<QPlainTextEdit> m_editor;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QToolButton *m_case = nullptr;
    QToolButton *m_words = nullptr;
    QLabel *m_status = nullptr;
    QList<QWidget *> m_replaceRow;
    bool m_noMatch = false;
};

} // namespace Cardigan
