#pragma once

#include "diagnosticmarks.h"

#include <QPlainTextEdit>
#include <QPointer>

namespace Cardigan {

class CardDocument;
class CardHighlighter;

// The card's source: a plain text editor on CardDocument's own QTextDocument, so typing
// here is an edit of the card (one undo history with the form). Line numbers, the current
// line, syntax colours, YAML-safe tabs, and the front matter's YAML error marked in place.
//
// Lines and columns are 1-based and count UTF-16 code units, as CardDocument's locations do.
class SourceEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit SourceEditor(QWidget *parent = nullptr);
    ~SourceEditor() override;

    // Edits @p card (nullptr: nothing). The card must outlive its use here or be destroyed
    // (the editor then shows an empty document).
    void setCardDocument(CardDocument *card);
    CardDocument *cardDocument() const;
    CardHighlighter *highlighter() const { return m_highlighter; }

    int lineNumberAreaWidth() const;
    // The first line shown at the top of the viewport.
    int topLine() const;
    // Whether @p position (in the text document) is inside the YAML of the front matter.
    bool isInFrontMatter(int position) const;

    // Whether the card has a line longer than CardHighlighter::LongLine. Such a card is
    // shown without line wrapping (Qt would lay the line out again and again) and its long
    // lines without colours; the pane says so (longLinesChanged).
    bool hasLongLines() const { return m_longLines; }

    // The YAML error as marked: empty message and a null cursor when the YAML is fine.
    QString yamlErrorMessage() const { return m_errorMessage; }
    QTextCursor yamlErrorCursor() const { return m_errorCursor; }

    // The linter's findings, drawn as squiggles with their message as the tool tip; their
    // quick fixes are offered in the context menu and by Ctrl+. (fixRequested).
    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    const DiagnosticMarks &diagnosticMarks() const { return m_marks; }
    // The quick fixes at document @p position, as actions that emit fixRequested.
    QList<QAction *> fixActions(int position, QObject *parent);

public slots:
    // Moves the cursor to @p line and @p column (clamped to the card), scrolling it into view.
    void goToLine(int line, int column = 1);
    // Scrolls so that @p line is the first line shown; for scroll sync, so it does not emit
    // topLineChanged back.
    void scrollToLine(int line);
    // Ctrl+.: the quick fixes at the text cursor. One is applied at once; several are
    // offered in a menu; none is said in a tool tip.
    void showQuickFixes();

signals:
    // The user chose the quick fix of @p diagnostic.
    void fixRequested(const Cardigan::Diagnostic &diagnostic);
    // The first line shown changed because the user scrolled.
    void topLineChanged(int line);
    // The front matter's YAML broke (where, and js-yaml's reason) or, with an empty
    // message, is fine again. Emitted when any of the three changes.
    void yamlErrorChanged(const QString &message, int line, int column);
    // The card got or lost lines too long to wrap and colour (hasLongLines()).
    void longLinesChanged(bool longLines);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    void paintLineNumbers(QPaintEvent *event);
    void updateColors();
    void updateExtraSelections();
    void updateYamlError();
    void updateLongLines();
    void setLongLines(bool longLines);
    void onScrolled();
    enum class LineKind { Body, Yaml, Fence };
    LineKind lineKind(int blockNumber) const;
    bool indentSelection(bool unindent);
    bool showErrorToolTip(const QPoint &globalPos, int blockNumber, int position);
    bool showDiagnosticToolTip(const QPoint &globalPos, int position);

    QPointer<CardDocument> m_card;
    DiagnosticMarks m_marks;
    CardHighlighter *m_highlighter = nullptr;
    QWidget *m_lineNumberArea = nullptr;
    int m_gutterWidth = -1;
    QTextCursor m_errorCursor; // moves with edits until the next reparse places it again
    QString m_errorMessage;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    int m_topLine = 1;
    bool m_scrollingTo = false;
    bool m_longLines = false;
    QColor m_currentLineColor;
    QColor m_errorColor;
};

} // namespace Cardigan
