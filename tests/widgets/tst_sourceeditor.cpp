#include "carddocument.h"
#include "sourceeditor.h"

#include <QApplication>
#include <QHelpEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QToolTip>

using namespace Cardigan;
using namespace Qt::StringLiterals;

namespace {

QString numberedLines(int count)
{
    QString text;
    for (int i = 1; i <= count; ++i) {
        text += u"line %1\n"_s.arg(i);
    }
    return text;
}

void placeCursor(SourceEditor &editor, int line, int column)
{
    editor.goToLine(line, column);
    QCOMPARE(editor.textCursor().blockNumber(), line - 1);
}

// Where the text starts: the line numbers are to its left.
int leftMargin(const SourceEditor &editor)
{
    return editor.viewport()->x() - editor.frameWidth();
}

bool hasWavyUnderline(const SourceEditor &editor, int start, int end)
{
    for (const QTextEdit::ExtraSelection &s : editor.extraSelections()) {
        if (s.format.underlineStyle() == QTextCharFormat::WaveUnderline &&
            s.cursor.selectionStart() == start && s.cursor.selectionEnd() == end) {
            return true;
        }
    }
    return false;
}

bool hasAnyWavyUnderline(const SourceEditor &editor)
{
    for (const QTextEdit::ExtraSelection &s : editor.extraSelections()) {
        if (s.format.underlineStyle() == QTextCharFormat::WaveUnderline) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestSourceEditor : public QObject
{
    Q_OBJECT

private slots:
    void setCardDocument_leavesCardUntouched();
    void lineNumberArea_growsWithLineCount();
    void lineNumberArea_followsLoad();
    void goToLine_movesCursor();
    void goToLine_clamps();
    void yamlError_markedWhereReportedAndClearedWhenFixed();
    void yamlError_atLineEndMarksTokenBefore();
    void yamlError_toolTipOnHover();
    void tab_insertsSpacesInFrontMatter();
    void tab_insertsTabInBody();
    void tab_indentsSelectedLinesAsOneUndoStep();
    void backtab_unindents();
    void typing_editsCard();
    void scrollToLine_setsTopLineWithoutEcho();
    void scrolling_emitsTopLineChanged();
    void destroyedCard_leavesEditorUsable();
};

void TestSourceEditor::setCardDocument_leavesCardUntouched()
{
    CardDocument card;
    const QString text = u"---\r\nlicense: mit\r\n---\n# Card\r\n\u00a0done"_s;
    card.load(text);
    QSignalSpy reparsed(&card, &CardDocument::reparsed);
    {
        SourceEditor editor;
        editor.setCardDocument(&card);
        QCOMPARE(editor.document(), card.textDocument());
        QVERIFY(QFontInfo(editor.font()).fixedPitch());
    }
    // Attaching and detaching the editor (and its colours) is no edit.
    QCOMPARE(reparsed.count(), 0);
    QCOMPARE(card.text(), text);
    QVERIFY(!card.textDocument()->isModified());
    QCOMPARE(card.textDocument()->availableUndoSteps(), 0);
}

void TestSourceEditor::lineNumberArea_growsWithLineCount()
{
    CardDocument card;
    card.load(numberedLines(9));
    SourceEditor editor;
    editor.setCardDocument(&card);
    const int narrow = editor.lineNumberAreaWidth();
    QCOMPARE(leftMargin(editor), narrow);

    QTextCursor cursor(card.textDocument());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(numberedLines(2000));
    QVERIFY(editor.lineNumberAreaWidth() > narrow);
    QCOMPARE(leftMargin(editor), editor.lineNumberAreaWidth());
}

void TestSourceEditor::lineNumberArea_followsLoad()
{
    // CardDocument::load blocks the document's signals; the width must follow anyway.
    CardDocument card;
    card.load(numberedLines(5));
    SourceEditor editor;
    editor.setCardDocument(&card);
    const int narrow = editor.lineNumberAreaWidth();
    card.load(numberedLines(12000));
    QVERIFY(editor.lineNumberAreaWidth() > narrow);
    QCOMPARE(leftMargin(editor), editor.lineNumberAreaWidth());
}

void TestSourceEditor::goToLine_movesCursor()
{
    CardDocument card;
    card.load(numberedLines(300));
    SourceEditor editor;
    editor.resize(400, 300);
    editor.setCardDocument(&card);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    editor.goToLine(250, 4);
    QCOMPARE(editor.textCursor().blockNumber(), 249);
    QCOMPARE(editor.textCursor().positionInBlock(), 3);
    // Brought into view.
    QVERIFY(editor.viewport()->rect().contains(editor.cursorRect().center()));
}

void TestSourceEditor::goToLine_clamps()
{
    CardDocument card;
    card.load(u"one\ntwo\nthree"_s);
    SourceEditor editor;
    editor.setCardDocument(&card);
    editor.goToLine(99, 99);
    QCOMPARE(editor.textCursor().blockNumber(), 2);
    QCOMPARE(editor.textCursor().positionInBlock(), 5);
    editor.goToLine(0, 0);
    QCOMPARE(editor.textCursor().position(), 0);
}

void TestSourceEditor::yamlError_markedWhereReportedAndClearedWhenFixed()
{
    CardDocument card;
    card.load(u"---\nlicense: mit\ntags:\n  - a\n---\n# Title\n"_s);
    SourceEditor editor;
    editor.setCardDocument(&card);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy spy(&editor, &SourceEditor::yamlErrorChanged);
    QVERIFY(editor.yamlErrorMessage().isEmpty());

    placeCursor(editor, 2, 13); // after "license: mit"
    QTest::keyClicks(&editor, u" x: y"_s);
    QCOMPARE(card.text(), u"---\nlicense: mit x: y\ntags:\n  - a\n---\n# Title\n"_s);
    QVERIFY(card.hasYamlError());
    const CardDocument::Location at = card.yamlErrorLocation();
    QVERIFY(!spy.isEmpty());
    const QList<QVariant> last = spy.takeLast();
    QCOMPARE(last.at(0).toString(), card.yaml().error.reason);
    QCOMPARE(last.at(1).toInt(), at.line);
    QCOMPARE(last.at(2).toInt(), at.column);
    QVERIFY(!editor.yamlErrorMessage().isEmpty());

    // The mark starts at the reported place and runs to the end of the token there, or of
    // the line when the token is a lone character (here the ':' of "x:").
    const QTextBlock block = card.textDocument()->findBlockByNumber(at.line - 1);
    const int start = block.position() + at.column - 1;
    const int lineEnd = block.position() + block.length() - 1;
    int end = start;
    while (end < lineEnd && !card.textDocument()->characterAt(end).isSpace()) {
        ++end;
    }
    if (end - start <= 1) {
        end = lineEnd;
    }
    QVERIFY(end > start);
    QCOMPARE(editor.yamlErrorCursor().selectionStart(), start);
    QCOMPARE(editor.yamlErrorCursor().selectionEnd(), end);
    QVERIFY(hasWavyUnderline(editor, start, end));

    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(&editor, Qt::Key_Backspace);
    }
    QVERIFY(!card.hasYamlError());
    QVERIFY(!spy.isEmpty());
    QCOMPARE(spy.last().at(0).toString(), QString());
    QVERIFY(editor.yamlErrorMessage().isEmpty());
    QVERIFY(editor.yamlErrorCursor().isNull());
    QVERIFY(!hasAnyWavyUnderline(editor));
}

void TestSourceEditor::yamlError_atLineEndMarksTokenBefore()
{
    CardDocument card;
    card.load(u"---\nlicense: \"mit\n---\nbody\n"_s);
    SourceEditor editor;
    QSignalSpy spy(&editor, &SourceEditor::yamlErrorChanged);
    editor.setCardDocument(&card);
    QVERIFY(card.hasYamlError());
    QCOMPARE(spy.count(), 1);
    const QTextCursor mark = editor.yamlErrorCursor();
    QCOMPARE(mark.selectedText(), u"\"mit"_s);
    QVERIFY(hasWavyUnderline(editor, mark.selectionStart(), mark.selectionEnd()));
}

void TestSourceEditor::yamlError_toolTipOnHover()
{
    CardDocument card;
    card.load(u"---\nlicense: [mit\n---\nbody\n"_s);
    SourceEditor editor;
    editor.resize(400, 300);
    editor.setCardDocument(&card);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTextCursor on = editor.yamlErrorCursor();
    QVERIFY(on.hasSelection());
    on.setPosition(on.selectionStart() + 1);
    const QPoint pos = editor.cursorRect(on).center();
    QHelpEvent help(QEvent::ToolTip, pos, editor.viewport()->mapToGlobal(pos));
    QApplication::sendEvent(editor.viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(card.yaml().error.reason), qPrintable(QToolTip::text()));
}

void TestSourceEditor::tab_insertsSpacesInFrontMatter()
{
    CardDocument card;
    card.load(u"---\nlicense: mit\n---\nbody\n"_s);
    SourceEditor editor;
    editor.setCardDocument(&card);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    placeCursor(editor, 2, 1);
    QVERIFY(editor.isInFrontMatter(editor.textCursor().position()));
    QTest::keyClick(&editor, Qt::Key_Tab);
    QCOMPARE(card.text(), u"---\n  license: mit\n---\nbody\n"_s);
    // To the next indentation step, not a fixed count.
    placeCursor(editor, 2, 2);
    QTest::keyClick(&editor, Qt::Key_Tab);
    QCOMPARE(card.text(), u"---\n   license: mit\n---\nbody\n"_s);
    QTest::keyClick(&editor, Qt::Key_Tab);
    QCOMPARE(card.text(), u"---\n     license: mit\n---\nbody\n"_s);
    QVERIFY(!card.text().contains(u'\t'));
}

void TestSourceEditor::tab_insertsTabInBody()
{
    CardDocument card;
    card.load(u"---\nlicense: mit\n---\nbody\n"_s);
    SourceEditor editor;
    editor.setCardDocument(&card);
    placeCursor(editor, 4, 1);
    QVERIFY(!editor.isInFrontMatter(editor.textCursor().position()));
    QTest::keyClick(&editor, Qt::Key_Tab);
    QCOMPARE(card.text(), u"---\nlicense: mit\n---\n\tbody\n"_s);
}

void TestSourceEditor::tab_indentsSelectedLinesAsOneUndoStep()
{
    const QString text = u"---\r\na: 1\r\nb: 2\r\n---\r\none\r\ntwo\r\n"_s;
    CardDocument card;
    card.load(text);
    SourceEditor editor;
    editor.setCardDocument(&card);
    // From inside "a: 1" to inside "one": YAML lines get spaces, body lines a tab.
    QTextCursor cursor(card.textDocument());
    cursor.setPosition(card.documentPosition(5));
    cursor.setPosition(card.documentPosition(int(text.indexOf(u"one")) + 1),
                       QTextCursor::KeepAnchor);
    editor.setTextCursor(cursor);
    QTest::keyClick(&editor, Qt::Key_Tab);
    // The closing fence stays where it is: indented, it would not close the front matter.
    QCOMPARE(card.text(), u"---\r\n  a: 1\r\n  b: 2\r\n---\r\n\tone\r\ntwo\r\n"_s);
    card.textDocument()->undo();
    QCOMPARE(card.text(), text);
}

void TestSourceEditor::backtab_unindents()
{
    CardDocument card;
    card.load(u"---\na:\n    b: 1\n---\n\tbody\n"_s);
    SourceEditor editor;
    editor.setCardDocument(&card);
    placeCursor(editor, 3, 6);
    QTest::keyClick(&editor, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(card.text(), u"---\na:\n  b: 1\n---\n\tbody\n"_s);
    placeCursor(editor, 5, 3);
    QTest::keyClick(&editor, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(card.text(), u"---\na:\n  b: 1\n---\nbody\n"_s);
}

void TestSourceEditor::typing_editsCard()
{
    CardDocument card;
    card.load(u"---\r\nlicense: mit\r\n---\r\n# Hi\r\n"_s);
    SourceEditor editor;
    editor.setCardDocument(&card);
    QSignalSpy reparsed(&card, &CardDocument::reparsed);
    placeCursor(editor, 4, 5);
    QTest::keyClicks(&editor, u" there"_s);
    QTest::keyClick(&editor, Qt::Key_Return);
    QTest::keyClicks(&editor, u"text"_s);
    QCOMPARE(card.text(), u"---\r\nlicense: mit\r\n---\r\n# Hi there\r\ntext\r\n"_s);
    // One reparse per keystroke: colouring and marking never count as edits.
    QCOMPARE(reparsed.count(), 11);
    // Standard shortcuts stay QPlainTextEdit's.
    QTest::keyClick(&editor, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(card.text() != u"---\r\nlicense: mit\r\n---\r\n# Hi there\r\ntext\r\n"_s);
}

void TestSourceEditor::scrollToLine_setsTopLineWithoutEcho()
{
    CardDocument card;
    card.load(numberedLines(500));
    SourceEditor editor;
    editor.setLineWrapMode(QPlainTextEdit::NoWrap);
    editor.resize(400, 300);
    editor.setCardDocument(&card);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy spy(&editor, &SourceEditor::topLineChanged);
    editor.scrollToLine(120);
    QCOMPARE(editor.topLine(), 120);
    QCOMPARE(spy.count(), 0);
    editor.scrollToLine(1);
    QCOMPARE(editor.topLine(), 1);
    QCOMPARE(spy.count(), 0);
}

void TestSourceEditor::scrolling_emitsTopLineChanged()
{
    CardDocument card;
    card.load(numberedLines(500));
    SourceEditor editor;
    editor.setLineWrapMode(QPlainTextEdit::NoWrap);
    editor.resize(400, 300);
    editor.setCardDocument(&card);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy spy(&editor, &SourceEditor::topLineChanged);
    editor.verticalScrollBar()->setValue(40);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(0).toInt(), 41);
    QCOMPARE(editor.topLine(), 41);
    editor.verticalScrollBar()->setValue(40);
    QCOMPARE(spy.count(), 1);
}

void TestSourceEditor::destroyedCard_leavesEditorUsable()
{
    SourceEditor editor;
    {
        CardDocument card;
        card.load(u"---\na: [\n---\n"_s);
        editor.setCardDocument(&card);
        QVERIFY(!editor.yamlErrorMessage().isEmpty());
    }
    QVERIFY(!editor.cardDocument());
    QVERIFY(editor.document());
    editor.goToLine(3);
    QTest::keyClicks(&editor, u"ok"_s);
    QCOMPARE(editor.toPlainText(), u"ok"_s);
    CardDocument other;
    other.load(u"---\na: 1\n---\n"_s);
    editor.setCardDocument(&other);
    QVERIFY(editor.yamlErrorMessage().isEmpty());
}

QTEST_MAIN(TestSourceEditor)
#include "tst_sourceeditor.moc"
