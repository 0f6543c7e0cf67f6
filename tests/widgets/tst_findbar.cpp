#include "carddocument.h"
#include "findbar.h"
#include "gotolinebar.h"
#include "sourceeditor.h"
#include "sourcepane.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QTextBlock>

using namespace Cardigan;
using namespace Qt::StringLiterals;

namespace {

struct Pane
{
    explicit Pane(const QString &text)
    {
        card.load(text);
        pane.setCardDocument(&card);
        pane.resize(600, 400);
    }
    bool showAndActivate()
    {
        pane.show();
        pane.activateWindow();
        return QTest::qWaitForWindowActive(&pane);
    }
    SourceEditor *editor() const { return pane.editor(); }
    FindBar *bar() const { return pane.findBar(); }
    int selectionStart() const { return editor()->textCursor().selectionStart(); }
    QString selected() const { return editor()->textCursor().selectedText(); }

    CardDocument card;
    SourcePane pane;
};

} // namespace

class TestFindBar : public QObject
{
    Q_OBJECT

private slots:
    void findNext_findsInOrderAndWraps();
    void findPrevious_goesBackAndWraps();
    void typing_extendsMatchInPlace();
    void caseSensitiveAndWholeWords();
    void noMatch_shownInField();
    void replace_replacesCurrentAndSelectsNext();
    void replaceAll_isOneUndoStepAndKeepsTerminators();
    void replaceAll_doesNotRefindReplacement();
    void shortcuts_showHideAndSearch();
    void enterAndShiftEnter_inFindField();
    void goToLine_field();
};

void TestFindBar::findNext_findsInOrderAndWraps()
{
    Pane p(u"foo bar\nfoo baz\nend foo"_s);
    p.bar()->setFindText(u"foo"_s); // searching as you type selects the first
    QCOMPARE(p.selectionStart(), 0);
    QVERIFY(p.bar()->findNext());
    QCOMPARE(p.selectionStart(), 8);
    QVERIFY(p.bar()->findNext());
    QCOMPARE(p.selectionStart(), 20);
    QCOMPARE(p.selected(), u"foo"_s);
    QVERIFY(p.bar()->findNext()); // wraps around
    QCOMPARE(p.selectionStart(), 0);
    QVERIFY(!p.bar()->hasNoMatch());
}

void TestFindBar::findPrevious_goesBackAndWraps()
{
    Pane p(u"foo bar\nfoo baz\nend foo"_s);
    p.bar()->setFindText(u"foo"_s);
    QCOMPARE(p.selectionStart(), 0);
    QVERIFY(p.bar()->findPrevious()); // wraps to the last
    QCOMPARE(p.selectionStart(), 20);
    QVERIFY(p.bar()->findPrevious());
    QCOMPARE(p.selectionStart(), 8);
    QVERIFY(p.bar()->findPrevious());
    QCOMPARE(p.selectionStart(), 0);
}

void TestFindBar::typing_extendsMatchInPlace()
{
    Pane p(u"a fo fox foxes"_s);
    p.bar()->setFindText(u"fo"_s);
    QCOMPARE(p.selectionStart(), 2);
    p.bar()->setFindText(u"fox"_s);
    QCOMPARE(p.selectionStart(), 5);
    p.bar()->setFindText(u"foxe"_s);
    QCOMPARE(p.selectionStart(), 9);
    QCOMPARE(p.selected(), u"foxe"_s);
}

void TestFindBar::caseSensitiveAndWholeWords()
{
    Pane p(u"Foo food foo"_s);
    p.bar()->setFindText(u"foo"_s);
    QCOMPARE(p.selectionStart(), 0);
    p.bar()->setCaseSensitive(true);
    p.editor()->moveCursor(QTextCursor::Start);
    QVERIFY(p.bar()->findNext());
    QCOMPARE(p.selectionStart(), 4);
    p.bar()->setWholeWords(true);
    p.editor()->moveCursor(QTextCursor::Start);
    QVERIFY(p.bar()->findNext());
    QCOMPARE(p.selectionStart(), 9);
    QVERIFY(p.bar()->findNext());
    QCOMPARE(p.selectionStart(), 9); // the only one
}

void TestFindBar::noMatch_shownInField()
{
    Pane p(u"alpha beta"_s);
    auto *field = p.bar()->findChildren<QLineEdit *>().first();
    const QColor normal = field->palette().color(QPalette::Base);
    p.bar()->setFindText(u"gamma"_s);
    QVERIFY(p.bar()->hasNoMatch());
    QVERIFY(!p.bar()->findNext());
    QVERIFY(field->palette().color(QPalette::Base) != normal);
    p.bar()->setFindText(u"beta"_s);
    QVERIFY(!p.bar()->hasNoMatch());
    QCOMPARE(field->palette().color(QPalette::Base), normal);
}

void TestFindBar::replace_replacesCurrentAndSelectsNext()
{
    Pane p(u"cat dog cat"_s);
    p.bar()->setFindText(u"cat"_s);
    p.bar()->setReplaceText(u"bird"_s);
    QVERIFY(p.bar()->replace());
    QCOMPARE(p.card.text(), u"bird dog cat"_s);
    QCOMPARE(p.selectionStart(), 9);
    p.bar()->replace(); // the last one; nothing is left to find
    QCOMPARE(p.card.text(), u"bird dog bird"_s);
    QVERIFY(p.bar()->hasNoMatch());
}

void TestFindBar::replaceAll_isOneUndoStepAndKeepsTerminators()
{
    const QString text =
        u"---\r\nlicense: mit\r\nmodel: old\r\n---\r\nold text\r\nold\nmore old\r\n"_s;
    Pane p(text);
    QTextDocument *doc = p.card.textDocument();
    QVERIFY(!doc->isUndoAvailable());
    p.bar()->setFindText(u"old"_s);
    p.bar()->setReplaceText(u"new"_s);
    QCOMPARE(p.bar()->replaceAll(), 4);
    QCOMPARE(p.card.text(),
             u"---\r\nlicense: mit\r\nmodel: new\r\n---\r\nnew text\r\nnew\nmore new\r\n"_s);
    // One undo takes all of them back, and it was the only step.
    doc->undo();
    QCOMPARE(p.card.text(), text);
    QVERIFY(!doc->isUndoAvailable());
}

void TestFindBar::replaceAll_doesNotRefindReplacement()
{
    Pane p(u"a a a"_s);
    p.bar()->setFindText(u"a"_s);
    p.bar()->setReplaceText(u"aa"_s);
    QCOMPARE(p.bar()->replaceAll(), 3);
    QCOMPARE(p.card.text(), u"aa aa aa"_s);
    p.bar()->setReplaceText(QString());
    QCOMPARE(p.bar()->replaceAll(), 6);
    QCOMPARE(p.card.text(), u"  "_s);
}

void TestFindBar::shortcuts_showHideAndSearch()
{
    Pane p(u"one two\none two\n"_s);
    QVERIFY(p.showAndActivate());
    p.editor()->setFocus();
    QVERIFY(!p.bar()->isVisible());

    QTest::keyClick(p.editor(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(p.bar()->isVisible());
    QVERIFY(!p.bar()->isReplaceShown());
    QTRY_VERIFY(p.bar()->findChildren<QLineEdit *>().first()->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), u"two"_s);
    QCOMPARE(p.selectionStart(), 4);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F3);
    QCOMPARE(p.selectionStart(), 12);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(p.selectionStart(), 4);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!p.bar()->isVisible());
    QTRY_VERIFY(p.editor()->hasFocus());

    QTest::keyClick(p.editor(), Qt::Key_H, Qt::ControlModifier);
    QVERIFY(p.bar()->isReplaceShown());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!p.bar()->isVisible());
    QTest::keyClick(p.editor(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(p.bar()->isReplaceShown());
    // Esc from the editor closes the bar as well.
    p.editor()->setFocus();
    QTest::keyClick(p.editor(), Qt::Key_Escape);
    QVERIFY(!p.bar()->isVisible());
}

void TestFindBar::enterAndShiftEnter_inFindField()
{
    Pane p(u"x1 x2 x3"_s);
    QVERIFY(p.showAndActivate());
    p.pane.findAction()->trigger();
    QLineEdit *field = p.bar()->findChildren<QLineEdit *>().first();
    QTest::keyClicks(field, u"x"_s);
    QCOMPARE(p.selectionStart(), 0);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(p.selectionStart(), 3);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(p.selectionStart(), 6);
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(p.selectionStart(), 3);
}

void TestFindBar::goToLine_field()
{
    Pane p(u"one\ntwo\nthree\nfour\n"_s);
    QVERIFY(p.showAndActivate());
    p.editor()->setFocus();
    QTest::keyClick(p.editor(), Qt::Key_G, Qt::ControlModifier);
    GoToLineBar *bar = p.pane.goToLineBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->field()->text(), u"1"_s);
    QTest::keyClicks(bar->field(), u"3:2"_s);
    QTest::keyClick(bar->field(), Qt::Key_Return);
    QVERIFY(!bar->isVisible());
    QCOMPARE(p.editor()->textCursor().blockNumber(), 2);
    QCOMPARE(p.editor()->textCursor().positionInBlock(), 1);

    QTest::keyClick(p.editor(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->field()->text(), u"3"_s);
    QTest::keyClicks(bar->field(), u"99"_s);
    QTest::keyClick(bar->field(), Qt::Key_Return);
    QVERIFY(bar->isVisible()); // not a line: stays open, marked
    QCOMPARE(p.editor()->textCursor().blockNumber(), 2);
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
