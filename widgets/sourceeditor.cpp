#include "sourceeditor.h"

#include "appsettings.h"
#include "carddocument.h"
#include "cardhighlighter.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPlainTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

namespace Cardigan {

namespace {

QColor blend(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// YAML indentation: spaces only (YAML forbids tabs there), two per level as cards use.
constexpr int YamlIndent = 2;

} // namespace

SourceEditor::SourceEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new CardHighlighter(this))
    , m_lineNumberArea(new QWidget(this))
{
    setAccessibleName(tr("Card source"));
    // The gutter is a plain widget painted here: no helper class for a paint event.
    m_lineNumberArea->installEventFilter(this);
    m_lineNumberArea->setMouseTracking(true);
    // The user's font (Preferences), followed live; the document's default font follows it.
    setFont(AppSettings::instance()->editorFont());
    connect(AppSettings::instance(), &AppSettings::editorFontChanged, this, &QWidget::setFont);
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 4);

    connect(this, &QPlainTextEdit::blockCountChanged, this,
            &SourceEditor::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &SourceEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        updateExtraSelections();
        m_lineNumberArea->update(); // the current line's number is drawn stronger
    });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &SourceEditor::onScrolled);

    updateColors();
    updateLineNumberAreaWidth();
    updateExtraSelections();
}

SourceEditor::~SourceEditor()
{
    // Before our members go: the card lives on and must not call back into a dying editor.
    if (m_card) {
        disconnect(m_card, nullptr, this, nullptr);
    }
    m_highlighter->setCardDocument(nullptr);
}

void SourceEditor::setCardDocument(CardDocument *card)
{
    if (m_card) {
        disconnect(m_card, nullptr, this, nullptr);
    }
    m_highlighter->setCardDocument(nullptr);
    m_card = card;
    m_marks.clear();
    if (!card) {
        setDocument(nullptr);
    } else {
        QTextDocument *doc = card->textDocument();
        // Looked up rather than asked for: documentLayout() would build a rich text layout.
        if (!doc->findChild<QPlainTextDocumentLayout *>(QString(), Qt::FindDirectChildrenOnly)) {
            doc->setDocumentLayout(new QPlainTextDocumentLayout(doc));
        }
        // Before the document is laid out in the viewport: a megabyte line is never wrapped.
        updateLongLines();
        setDocument(doc);
        doc->setDefaultFont(font());
        m_highlighter->setCardDocument(card);
        // A load (CardDocument::load) blocks the document's signals: the line count and the
        // error are brought up to date from the reparse, which every change ends in.
        connect(card, &CardDocument::reparsed, this, [this] {
            updateLineNumberAreaWidth();
            updateYamlError();
            updateLongLines();
        });
        // A card with long lines is laid out unwrapped from the start (see hasLongLines).
        connect(card, &CardDocument::aboutToLoad, this, [this](qsizetype longestLine) {
            setLongLines(longestLine > CardHighlighter::LongLine);
        });
        // Its text document goes with it: let go of it while it still exists.
        connect(card, &QObject::destroyed, this, [this] { setCardDocument(nullptr); });
    }
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 4);
    if (!card) {
        updateLongLines();
    }
    updateLineNumberAreaWidth();
    updateYamlError();
    updateExtraSelections();
    m_topLine = topLine();
}

void SourceEditor::updateLongLines()
{
    bool longLines = false;
    if (m_card) {
        // QTextBlock::length() is stored: this walks the blocks, not the text.
        for (QTextBlock block = m_card->textDocument()->begin(); block.isValid();
             block = block.next()) {
            if (block.length() - 1 > CardHighlighter::LongLine) {
                longLines = true;
                break;
            }
        }
    }
    setLongLines(longLines);
}

void SourceEditor::setLongLines(bool longLines)
{
    if (longLines == m_longLines) {
        return;
    }
    m_longLines = longLines;
    setLineWrapMode(longLines ? QPlainTextEdit::NoWrap : QPlainTextEdit::WidgetWidth);
    emit longLinesChanged(longLines);
}

CardDocument *SourceEditor::cardDocument() const
{
    return m_card;
}

int SourceEditor::lineNumberAreaWidth() const
{
    const int digits = qMax(2, int(QString::number(qMax(1, blockCount())).size()));
    const int padding = fontMetrics().horizontalAdvance(u' ');
    return padding * 3 + fontMetrics().horizontalAdvance(u'9') * digits;
}

int SourceEditor::topLine() const
{
    return firstVisibleBlock().blockNumber() + 1;
}

bool SourceEditor::isInFrontMatter(int position) const
{
    return lineKind(document()->findBlock(position).blockNumber()) == LineKind::Yaml;
}

SourceEditor::LineKind SourceEditor::lineKind(int blockNumber) const
{
    if (!m_card || !m_card->frontMatter().found || document() != m_card->textDocument()) {
        return LineKind::Body;
    }
    const FrontMatter &fm = m_card->frontMatter();
    const QTextDocument *doc = document();
    const int open = doc->findBlock(m_card->documentPosition(fm.openStart)).blockNumber();
    const int close = doc->findBlock(m_card->documentPosition(fm.closeStart)).blockNumber();
    if (blockNumber == open || blockNumber == close) {
        return LineKind::Fence;
    }
    return blockNumber > open && blockNumber < close ? LineKind::Yaml : LineKind::Body;
}

void SourceEditor::goToLine(int line, int column)
{
    QTextDocument *doc = document();
    const QTextBlock block = doc->findBlockByNumber(qBound(1, line, doc->blockCount()) - 1);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + qBound(0, column - 1, block.length() - 1));
    // A line already in view stays where it is; one out of view comes to the middle.
    const QRect target = cursorRect(cursor);
    const bool visible = viewport()->rect().contains(target.topLeft()) &&
                         viewport()->rect().contains(target.bottomLeft());
    setTextCursor(cursor);
    if (visible) {
        ensureCursorVisible();
    } else {
        centerCursor();
    }
}

void SourceEditor::scrollToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(qBound(1, line, blockCount()) - 1);
    // The scroll bar counts layout lines, which is what firstLineNumber() gives.
    m_scrollingTo = true;
    verticalScrollBar()->setValue(block.firstLineNumber());
    m_scrollingTo = false;
    m_topLine = topLine();
}

void SourceEditor::onScrolled()
{
    const int line = topLine();
    if (line == m_topLine) {
        return;
    }
    m_topLine = line;
    if (!m_scrollingTo) {
        emit topLineChanged(line);
    }
}

void SourceEditor::updateLineNumberAreaWidth()
{
    // Runs after every reparse: only a new width may lay the scroll area out again.
    const int width = lineNumberAreaWidth();
    if (width == m_gutterWidth) {
        return;
    }
    m_gutterWidth = width;
    setViewportMargins(width, 0, 0, 0);
    const QRect cr = contentsRect();
    m_lineNumberArea->setGeometry(cr.left(), cr.top(), width, cr.height());
}

void SourceEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy != 0) {
        m_lineNumberArea->scroll(0, dy);
    } else {
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
    }
    if (rect.contains(viewport()->rect())) {
        updateLineNumberAreaWidth();
    }
}

void SourceEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_lineNumberArea->setGeometry(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height());
}

void SourceEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumberArea);
    const QPalette &pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    painter.fillRect(event->rect(), blend(base, text, 0.04));
    painter.setPen(blend(base, text, 0.15));
    const int right = m_lineNumberArea->width() - 1;
    painter.drawLine(right, event->rect().top(), right, event->rect().bottom());

    const int current = textCursor().blockNumber();
    const int errorBlock = m_errorCursor.isNull() ? -1 : m_errorLine - 1;
    const QColor numberColor = blend(base, text, 0.45);
    const int padding = fontMetrics().horizontalAdvance(u' ');
    const int lineHeight = fontMetrics().height();
    QFont bold = font();
    bold.setBold(true);

    // Only the blocks the paint event covers: this runs on every scroll and keystroke.
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    qreal bottom = top + blockBoundingRect(block).height();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const bool strong = number == current || number == errorBlock;
            painter.setFont(strong ? bold : font());
            painter.setPen(number == errorBlock ? m_errorColor
                           : number == current  ? text
                                                : numberColor);
            painter.drawText(0, qRound(top), right - padding, lineHeight, Qt::AlignRight,
                             QString::number(number + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + blockBoundingRect(block).height();
        ++number;
    }
}

bool SourceEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_lineNumberArea) {
        return QPlainTextEdit::eventFilter(watched, event);
    }
    switch (event->type()) {
    case QEvent::Paint:
        paintLineNumbers(static_cast<QPaintEvent *>(event));
        return true;
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor at = cursorForPosition(QPoint(0, help->pos().y()));
        if (!showErrorToolTip(help->globalPos(), at.blockNumber(), -1)) {
            QToolTip::hideText();
        }
        return true;
    }
    case QEvent::MouseButtonPress: {
        // A click on a number selects that line, as in most editors.
        const auto *mouse = static_cast<QMouseEvent *>(event);
        QTextCursor cursor = cursorForPosition(QPoint(0, int(mouse->position().y())));
        cursor.movePosition(QTextCursor::StartOfBlock);
        if (!cursor.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor)) {
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        }
        setTextCursor(cursor);
        setFocus(Qt::MouseFocusReason);
        return true;
    }
    default:
        return QPlainTextEdit::eventFilter(watched, event);
    }
}

bool SourceEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor at = cursorForPosition(help->pos());
        if (!showErrorToolTip(help->globalPos(), at.blockNumber(), at.position()) &&
            !showDiagnosticToolTip(help->globalPos(), at.position())) {
            QToolTip::hideText();
        }
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

// Shows the YAML error's message when @p position (or, with -1, the line) is on its mark.
bool SourceEditor::showErrorToolTip(const QPoint &globalPos, int blockNumber, int position)
{
    if (m_errorCursor.isNull()) {
        return false;
    }
    const bool onMark = position < 0 || !m_errorCursor.hasSelection()
                            ? blockNumber == m_errorCursor.blockNumber()
                            : position >= m_errorCursor.selectionStart() &&
                                  position <= m_errorCursor.selectionEnd();
    if (!onMark) {
        return false;
    }
    QToolTip::showText(globalPos,
                       tr("YAML error at line %1, column %2: %3")
                           .arg(m_errorLine)
                           .arg(m_errorColumn)
                           .arg(m_errorMessage),
                       this);
    return true;
}

void SourceEditor::updateYamlError()
{
    QString message;
    int line = 0;
    int column = 0;
    QTextCursor mark;
    if (m_card && m_card->hasYamlError() && document() == m_card->textDocument()) {
        message = m_card->yaml().error.reason;
        const CardDocument::Location at = m_card->yamlErrorLocation();
        line = at.line;
        column = at.column;
        const QTextBlock block = document()->findBlockByNumber(line - 1);
        const QString text = block.text();
        const int size = int(text.size());
        int start = qBound(0, column - 1, size);
        int end = start;
        // To the end of the token at the error, or else to the end of the line; at the
        // line's end, the token before it. A blank line gets a band across instead.
        while (end < size && !text.at(end).isSpace()) {
            ++end;
        }
        // A lone ':' or ',' would make a mark too small to see: take the rest of the line.
        if (end - start <= 1) {
            end = size;
        }
        if (end == start) {
            while (start > 0 && text.at(start - 1).isSpace()) {
                --start;
            }
            end = start;
            while (start > 0 && !text.at(start - 1).isSpace()) {
                --start;
            }
        }
        mark = QTextCursor(block);
        mark.setPosition(block.position() + start);
        mark.setPosition(block.position() + end, QTextCursor::KeepAnchor);
    }
    m_errorCursor = mark;
    updateExtraSelections();
    m_lineNumberArea->update();
    if (message == m_errorMessage && line == m_errorLine && column == m_errorColumn) {
        return;
    }
    m_errorMessage = message;
    m_errorLine = line;
    m_errorColumn = column;
    emit yamlErrorChanged(message, line, column);
}

void SourceEditor::updateColors()
{
    const QPalette &pal = palette();
    m_currentLineColor = blend(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.1);
    m_errorColor = QColor(isDark(pal) ? QLatin1String("#f85149") : QLatin1String("#d1242f"));
}

void SourceEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection current;
    current.format.setBackground(m_currentLineColor);
    current.format.setProperty(QTextFormat::FullWidthSelection, true);
    current.cursor = textCursor();
    current.cursor.clearSelection();
    selections.append(current);
    selections.append(m_marks.selections(palette()));
    if (!m_errorCursor.isNull()) {
        QTextEdit::ExtraSelection error;
        error.cursor = m_errorCursor;
        if (m_errorCursor.hasSelection()) {
            error.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            error.format.setUnderlineColor(m_errorColor);
            error.format.setBackground(blend(palette().color(QPalette::Base), m_errorColor, 0.12));
        } else {
            error.format.setBackground(blend(palette().color(QPalette::Base), m_errorColor, 0.18));
            error.format.setProperty(QTextFormat::FullWidthSelection, true);
        }
        selections.append(error);
    }
    setExtraSelections(selections);
}

void SourceEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateColors();
        m_highlighter->setPalette(palette());
        updateExtraSelections();
        m_lineNumberArea->update();
    } else if (event->type() == QEvent::FontChange) {
        setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 4);
        updateLineNumberAreaWidth();
        m_lineNumberArea->update();
    }
}

void SourceEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Period && event->modifiers() == Qt::ControlModifier) {
        showQuickFixes();
        event->accept();
        return;
    }
    // Tab indents here, so Ctrl+Tab and Ctrl+Shift+Tab take the keyboard out of the editor.
    // QPlainTextEdit's own focusNextPrevChild refuses while Tab is text: ask QWidget's.
    if ((event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) &&
        (event->modifiers() & Qt::ControlModifier)) {
        const bool back =
            event->key() == Qt::Key_Backtab || (event->modifiers() & Qt::ShiftModifier);
        QWidget::focusNextPrevChild(!back);
        event->accept();
        return;
    }
    const bool plain =
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (plain && !isReadOnly() &&
        (event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) &&
        indentSelection(event->key() == Qt::Key_Backtab)) {
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

// Tab and Shift+Tab. In the front matter a tab becomes spaces to the next indentation step;
// over several lines they indent or unindent each line (spaces in YAML, a tab in the body),
// as one undo step. Returns false where QPlainTextEdit's own handling is right.
bool SourceEditor::indentSelection(bool unindent)
{
    QTextCursor cursor = textCursor();
    QTextDocument *doc = document();
    const QTextBlock first = doc->findBlock(cursor.selectionStart());
    QTextBlock last = doc->findBlock(cursor.selectionEnd());
    const bool lines = first != last;
    if (!unindent && !lines) {
        if (!isInFrontMatter(cursor.selectionStart())) {
            return false; // a tab character, as the body may have them
        }
        const int column = cursor.selectionStart() - first.position();
        cursor.insertText(QString(YamlIndent - column % YamlIndent, u' '));
        setTextCursor(cursor);
        return true;
    }
    if (lines && cursor.selectionEnd() == last.position()) {
        last = last.previous(); // a selection that ends at a line's start leaves that line
    }
    // Decided before editing: the front matter is found again only after the edit block.
    QList<LineKind> kinds;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        kinds.append(lineKind(b.blockNumber()));
        if (b == last) {
            break;
        }
    }
    QTextCursor edit(doc);
    edit.beginEditBlock();
    int index = 0;
    for (QTextBlock b = first; b.isValid(); b = b.next(), ++index) {
        const QString text = b.text();
        const bool yaml = kinds[index] == LineKind::Yaml;
        if (kinds[index] == LineKind::Fence) {
            // An indented fence would no longer be one: the front matter would vanish.
        } else if (unindent) {
            int remove = 0;
            if (!yaml && text.startsWith(u'\t')) {
                remove = 1;
            } else {
                const int most = yaml ? YamlIndent : 4;
                while (remove < most && remove < text.size() && text.at(remove) == u' ') {
                    ++remove;
                }
            }
            if (remove > 0) {
                edit.setPosition(b.position());
                edit.setPosition(b.position() + remove, QTextCursor::KeepAnchor);
                edit.removeSelectedText();
            }
        } else if (!text.isEmpty()) {
            edit.setPosition(b.position());
            edit.insertText(yaml ? QString(YamlIndent, u' ') : QStringLiteral("\t"));
        }
        if (b == last) {
            break;
        }
    }
    edit.endEditBlock();
    if (lines) {
        cursor.setPosition(first.position());
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
        setTextCursor(cursor);
    }
    return true;
}

} // namespace Cardigan
