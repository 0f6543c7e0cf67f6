#include "carddocument.h"
#include "cardhighlighter.h"

#include <QPlainTextDocumentLayout>
#include <QRandomGenerator>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>

using namespace Cardigan;
using namespace Qt::StringLiterals;

namespace {

// Counts the lines it colours, to check that an edit re-colours only what it must.
class CountingHighlighter : public CardHighlighter
{
public:
    using CardHighlighter::CardHighlighter;
    int count = 0;

protected:
    void highlightBlock(const QString &text) override
    {
        ++count;
        CardHighlighter::highlightBlock(text);
    }
};

// A card with a layout (QSyntaxHighlighter needs one to hear of edits) and its highlighter.
struct Highlighted
{
    explicit Highlighted(const QString &text)
    {
        card.load(text);
        QTextDocument *doc = card.textDocument();
        doc->setDocumentLayout(new QPlainTextDocumentLayout(doc));
        highlighter.setCardDocument(&card);
    }
    QTextDocument *doc() const { return card.textDocument(); }

    CardDocument card;
    CountingHighlighter highlighter;
};

// The format at 1-based @p line and @p column.
QTextCharFormat formatAt(const QTextDocument *doc, int line, int column)
{
    const QTextBlock block = doc->findBlockByNumber(line - 1);
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (column - 1 >= r.start && column - 1 < r.start + r.length) {
            return r.format;
        }
    }
    return {};
}

QString describe(const QTextBlock &block)
{
    QStringList parts;
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        parts << u"%1+%2:%3"_s.arg(r.start).arg(r.length).arg(r.format.foreground().color().name());
    }
    return u"line %1 \"%2\" [%3]"_s.arg(block.blockNumber() + 1)
        .arg(block.text(), parts.join(u' '));
}

// Every line coloured as a fresh highlighter colours the same text.
bool sameAsFresh(const CardDocument &card, QString *why)
{
    Highlighted fresh(card.text());
    QTextBlock a = card.textDocument()->begin();
    QTextBlock b = fresh.doc()->begin();
    for (; a.isValid() && b.isValid(); a = a.next(), b = b.next()) {
        if (describe(a) != describe(b)) {
            *why = u"edited: %1\nfresh:  %2"_s.arg(describe(a), describe(b));
            return false;
        }
    }
    return true;
}

} // namespace

class TestCardHighlighter : public QObject
{
    Q_OBJECT

private slots:
    void formats_distinctForKeyCommentHeadingCodeMath();
    void yaml_roles();
    void fences_coloured();
    void markdown_roles();
    void markdown_multiLineStates();
    void boundary_followsEdits();
    void boundary_newYamlLineIsYaml();
    void edits_matchFreshHighlight();
    void keystroke_recoloursOnlyNearbyLines();
    void boundaryMove_recoloursOnlyTheMovedLines();
    void load_recoloursEverything();
    void palette_darkPicksOtherColours();
};

void TestCardHighlighter::formats_distinctForKeyCommentHeadingCodeMath()
{
    Highlighted h(
        u"---\nlicense: mit # the license\n---\n# Title\nUse `pip` for \\\\(x^2\\\\).\n"_s);
    const QTextCharFormat key = formatAt(h.doc(), 2, 1);
    const QTextCharFormat comment = formatAt(h.doc(), 2, 16);
    const QTextCharFormat heading = formatAt(h.doc(), 4, 3);
    const QTextCharFormat code = formatAt(h.doc(), 5, 6);
    const QTextCharFormat math = formatAt(h.doc(), 5, 16);
    QCOMPARE(key, h.highlighter.formatFor(HighlightRole::Key));
    QCOMPARE(comment, h.highlighter.formatFor(HighlightRole::Comment));
    QCOMPARE(heading, h.highlighter.formatFor(HighlightRole::Heading));
    QCOMPARE(code, h.highlighter.formatFor(HighlightRole::Code));
    QCOMPARE(math, h.highlighter.formatFor(HighlightRole::Math));
    const QList<QTextCharFormat> all = {key, comment, heading, code, math};
    for (qsizetype i = 0; i < all.size(); ++i) {
        QVERIFY(all[i] != QTextCharFormat());
        for (qsizetype j = i + 1; j < all.size(); ++j) {
            QVERIFY2(all[i] != all[j], qPrintable(u"%1 vs %2"_s.arg(i).arg(j)));
        }
    }
    // Plain text between them has no format.
    QCOMPARE(formatAt(h.doc(), 5, 2), QTextCharFormat());
}

void TestCardHighlighter::yaml_roles()
{
    Highlighted h(uR"(---
name: "quoted" # note
n: 12
ok: true
none: ~
s: 'it''s'
base: &base !!str x
ref: *base
text: |-
  block line: not a key
  # not a comment
tags:
  - en
  - fr
flow: [a, 1, {k: null}]
---
body
)"_s);
    const auto role = [&h](HighlightRole r) { return h.highlighter.formatFor(r); };
    QCOMPARE(formatAt(h.doc(), 2, 1), role(HighlightRole::Key));
    QCOMPARE(formatAt(h.doc(), 2, 5), role(HighlightRole::Punctuation));
    QCOMPARE(formatAt(h.doc(), 2, 7), role(HighlightRole::String));
    QCOMPARE(formatAt(h.doc(), 2, 18), role(HighlightRole::Comment));
    QCOMPARE(formatAt(h.doc(), 3, 4), role(HighlightRole::Literal));
    QCOMPARE(formatAt(h.doc(), 4, 5), role(HighlightRole::Literal));
    QCOMPARE(formatAt(h.doc(), 5, 7), role(HighlightRole::Literal));
    QCOMPARE(formatAt(h.doc(), 6, 4), role(HighlightRole::String));
    QCOMPARE(formatAt(h.doc(), 6, 9), role(HighlightRole::String));
    QCOMPARE(formatAt(h.doc(), 7, 7), role(HighlightRole::Anchor));
    QCOMPARE(formatAt(h.doc(), 7, 13), role(HighlightRole::Tag));
    QCOMPARE(formatAt(h.doc(), 7, 19), QTextCharFormat()); // a plain string
    QCOMPARE(formatAt(h.doc(), 8, 6), role(HighlightRole::Anchor));
    QCOMPARE(formatAt(h.doc(), 9, 7), role(HighlightRole::BlockIndicator));
    QCOMPARE(formatAt(h.doc(), 10, 3), role(HighlightRole::String));
    QCOMPARE(formatAt(h.doc(), 11, 3), role(HighlightRole::String));
    QCOMPARE(formatAt(h.doc(), 12, 1), role(HighlightRole::Key));
    QCOMPARE(formatAt(h.doc(), 13, 3), role(HighlightRole::Punctuation));
    QCOMPARE(formatAt(h.doc(), 15, 7), role(HighlightRole::Punctuation));
    QCOMPARE(formatAt(h.doc(), 15, 11), role(HighlightRole::Literal));
    QCOMPARE(formatAt(h.doc(), 15, 15), role(HighlightRole::Key));
    QCOMPARE(formatAt(h.doc(), 15, 18), role(HighlightRole::Literal));
}

void TestCardHighlighter::fences_coloured()
{
    Highlighted h(u"---\nkey: v\n---\n---\nafter: the fence\n"_s);
    const QTextCharFormat fence = h.highlighter.formatFor(HighlightRole::Fence);
    QCOMPARE(formatAt(h.doc(), 1, 1), fence);
    QCOMPARE(formatAt(h.doc(), 3, 1), fence);
    // A later "---" is a thematic break in the body, and "after:" is no key there.
    QCOMPARE(formatAt(h.doc(), 4, 1), h.highlighter.formatFor(HighlightRole::ListMarker));
    QCOMPARE(formatAt(h.doc(), 5, 1), QTextCharFormat());
}

void TestCardHighlighter::markdown_roles()
{
    Highlighted h(uR"(No front matter here.
*em* and **strong** and snake_case_name
[text](https://x.y/a_b) ![img](p.png) <https://auto.link>
<div align="center">html</div>
> quoted
- item
12. numbered
$$x$$ inline display
)"_s);
    const auto role = [&h](HighlightRole r) { return h.highlighter.formatFor(r); };
    QCOMPARE(formatAt(h.doc(), 1, 1), QTextCharFormat());
    QCOMPARE(formatAt(h.doc(), 2, 2), role(HighlightRole::Emphasis));
    QCOMPARE(formatAt(h.doc(), 2, 13), role(HighlightRole::Strong));
    QCOMPARE(formatAt(h.doc(), 2, 30), QTextCharFormat());
    QCOMPARE(formatAt(h.doc(), 3, 2), role(HighlightRole::Link));
    QCOMPARE(formatAt(h.doc(), 3, 12), role(HighlightRole::Url));
    QCOMPARE(formatAt(h.doc(), 3, 27), role(HighlightRole::Link));
    QCOMPARE(formatAt(h.doc(), 3, 33), role(HighlightRole::Url));
    QCOMPARE(formatAt(h.doc(), 3, 42), role(HighlightRole::Url));
    QCOMPARE(formatAt(h.doc(), 4, 2), role(HighlightRole::Html));
    QCOMPARE(formatAt(h.doc(), 4, 22), QTextCharFormat());
    QCOMPARE(formatAt(h.doc(), 4, 26), role(HighlightRole::Html));
    QCOMPARE(formatAt(h.doc(), 5, 3), role(HighlightRole::Quote));
    QCOMPARE(formatAt(h.doc(), 6, 1), role(HighlightRole::ListMarker));
    QCOMPARE(formatAt(h.doc(), 7, 2), role(HighlightRole::ListMarker));
    QCOMPARE(formatAt(h.doc(), 8, 3), role(HighlightRole::Math));
    QCOMPARE(formatAt(h.doc(), 8, 8), QTextCharFormat());
}

void TestCardHighlighter::markdown_multiLineStates()
{
    Highlighted h(uR"(---
a: 1
---
```python
# not a heading
x = `y`
```
# Heading
$$
\sum_i x_i
$$
<!-- a comment
# still comment -->
after
````
```
inner fence is code
````
)"_s);
    const auto role = [&h](HighlightRole r) { return h.highlighter.formatFor(r); };
    QCOMPARE(formatAt(h.doc(), 4, 1), role(HighlightRole::CodeFence));
    QCOMPARE(formatAt(h.doc(), 5, 1), role(HighlightRole::Code));
    QCOMPARE(formatAt(h.doc(), 6, 5), role(HighlightRole::Code));
    QCOMPARE(formatAt(h.doc(), 7, 1), role(HighlightRole::CodeFence));
    QCOMPARE(formatAt(h.doc(), 8, 3), role(HighlightRole::Heading));
    QCOMPARE(formatAt(h.doc(), 9, 1), role(HighlightRole::Math));
    QCOMPARE(formatAt(h.doc(), 10, 2), role(HighlightRole::Math));
    QCOMPARE(formatAt(h.doc(), 11, 1), role(HighlightRole::Math));
    QCOMPARE(formatAt(h.doc(), 12, 6), role(HighlightRole::Comment));
    QCOMPARE(formatAt(h.doc(), 13, 1), role(HighlightRole::Comment));
    QCOMPARE(formatAt(h.doc(), 14, 1), QTextCharFormat());
    QCOMPARE(formatAt(h.doc(), 16, 1), role(HighlightRole::Code));
    QCOMPARE(formatAt(h.doc(), 17, 1), role(HighlightRole::Code));
    QCOMPARE(formatAt(h.doc(), 18, 1), role(HighlightRole::CodeFence));
}

void TestCardHighlighter::boundary_followsEdits()
{
    Highlighted h(u"---\nlicense: mit\n---\n# Title\nkey: no\n"_s);
    const QTextCharFormat key = h.highlighter.formatFor(HighlightRole::Key);
    QCOMPARE(formatAt(h.doc(), 2, 1), key);

    // "---x" closes nothing: no front matter, so no YAML colours.
    QTextCursor cursor(h.doc());
    cursor.setPosition(h.doc()->findBlockByNumber(2).position() + 3);
    cursor.insertText(u"x"_s);
    QVERIFY(!h.card.frontMatter().found);
    QVERIFY(formatAt(h.doc(), 2, 1) != key);
    QVERIFY(formatAt(h.doc(), 1, 1) != h.highlighter.formatFor(HighlightRole::Fence));

    h.doc()->undo();
    QVERIFY(h.card.frontMatter().found);
    QCOMPARE(formatAt(h.doc(), 2, 1), key);
    QCOMPARE(formatAt(h.doc(), 3, 1), h.highlighter.formatFor(HighlightRole::Fence));
    QCOMPARE(formatAt(h.doc(), 4, 3), h.highlighter.formatFor(HighlightRole::Heading));
    QCOMPARE(formatAt(h.doc(), 5, 1), QTextCharFormat());
}

void TestCardHighlighter::boundary_newYamlLineIsYaml()
{
    Highlighted h(u"---\nlicense: mit\n---\nbody\n"_s);
    QTextCursor cursor(h.doc());
    cursor.setPosition(h.doc()->findBlockByNumber(1).position() + 12);
    cursor.insertText(u"\nnew: 1"_s);
    QCOMPARE(formatAt(h.doc(), 3, 1), h.highlighter.formatFor(HighlightRole::Key));
    QCOMPARE(formatAt(h.doc(), 4, 1), h.highlighter.formatFor(HighlightRole::Fence));
    QCOMPARE(formatAt(h.doc(), 5, 1), QTextCharFormat());
}

// Random edits around the fences: every line ends up coloured as a fresh highlight of the
// same text colours it, however the front matter's bounds moved.
void TestCardHighlighter::edits_matchFreshHighlight()
{
    Highlighted h(u"\n---\na: 1\nb: |\n  text\n---\n# T\n```\ncode\n```\n$$\nx\n$$\n---\nc: 2\n"_s);
    const QStringList pieces = {u"\n"_s,   u"---"_s,     u"---\n"_s,  u"# "_s,
                                u"```"_s,  u"$$"_s,      u"key: v"_s, u"x"_s,
                                u"\n\n"_s, u"  - i\n"_s, u"<!--"_s,   u"-->"_s};
    QRandomGenerator random(1234);
    for (int step = 0; step < 400; ++step) {
        QTextCursor cursor(h.doc());
        const int size = h.doc()->characterCount() - 1;
        const int at = random.bounded(size + 1);
        cursor.setPosition(at);
        switch (random.bounded(4)) {
        case 0:
        case 1:
            cursor.insertText(pieces.at(random.bounded(int(pieces.size()))));
            break;
        case 2:
            cursor.setPosition(qMin(size, at + random.bounded(6)), QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
            break;
        default:
            if (h.doc()->isUndoAvailable() && random.bounded(2) == 0) {
                h.doc()->undo();
            } else if (h.doc()->isRedoAvailable()) {
                h.doc()->redo();
            }
            break;
        }
        QString why;
        QVERIFY2(sameAsFresh(h.card, &why),
                 qPrintable(u"step %1, text %2\n%3"_s.arg(step).arg(h.card.text(), why)));
    }
}

void TestCardHighlighter::keystroke_recoloursOnlyNearbyLines()
{
    // About 600 KB: a real front matter and a long body.
    QString text = u"---\nlicense: mit\ntags:\n- a\n---\n"_s;
    for (int i = 0; i < 12000; ++i) {
        text += u"Line %1 with *some* `code` and $$x_%1$$ text padding padding.\n"_s.arg(i);
    }
    QVERIFY(text.size() > 600 * 1000);
    Highlighted h(text);
    QVERIFY(h.highlighter.count >= 12000);

    h.highlighter.count = 0;
    QTextCursor cursor(h.doc());
    cursor.setPosition(h.doc()->findBlockByNumber(6000).position() + 3);
    cursor.insertText(u"x"_s);
    cursor.insertText(u"\n"_s);
    QVERIFY2(h.highlighter.count <= 4, qPrintable(QString::number(h.highlighter.count)));

    h.highlighter.count = 0;
    cursor.setPosition(h.doc()->findBlockByNumber(1).position() + 12);
    cursor.insertText(u"\nlanguage: en"_s);
    QVERIFY(h.card.frontMatter().found);
    QVERIFY2(h.highlighter.count <= 4, qPrintable(QString::number(h.highlighter.count)));
    QCOMPARE(formatAt(h.doc(), 3, 1), h.highlighter.formatFor(HighlightRole::Key));

    // Opening a code fence changes every line after it: that is the one big re-colouring.
    h.highlighter.count = 0;
    cursor.setPosition(h.doc()->findBlockByNumber(100).position());
    cursor.insertText(u"```\n"_s);
    QVERIFY(h.highlighter.count > 10000);
}

void TestCardHighlighter::boundaryMove_recoloursOnlyTheMovedLines()
{
    QString text = u"---\nlicense: mit\n---\n"_s;
    for (int i = 0; i < 5000; ++i) {
        text += u"Body line %1\n"_s.arg(i);
    }
    Highlighted h(text);
    h.highlighter.count = 0;
    // Breaking the closing fence ends the front matter; only its lines change colour.
    QTextCursor cursor(h.doc());
    cursor.setPosition(h.doc()->findBlockByNumber(2).position() + 3);
    cursor.insertText(u"x"_s);
    QVERIFY(!h.card.frontMatter().found);
    QVERIFY2(h.highlighter.count <= 8, qPrintable(QString::number(h.highlighter.count)));
    h.highlighter.count = 0;
    h.doc()->undo();
    QVERIFY(h.card.frontMatter().found);
    QVERIFY2(h.highlighter.count <= 8, qPrintable(QString::number(h.highlighter.count)));
    QCOMPARE(formatAt(h.doc(), 2, 1), h.highlighter.formatFor(HighlightRole::Key));
}

void TestCardHighlighter::load_recoloursEverything()
{
    Highlighted h(u"plain\n"_s);
    h.card.load(u"---\nlicense: mit\n---\n# Title\n"_s);
    QCOMPARE(formatAt(h.doc(), 2, 1), h.highlighter.formatFor(HighlightRole::Key));
    QCOMPARE(formatAt(h.doc(), 4, 3), h.highlighter.formatFor(HighlightRole::Heading));
}

void TestCardHighlighter::palette_darkPicksOtherColours()
{
    Highlighted h(u"---\nlicense: mit\n---\n"_s);
    const QColor light = formatAt(h.doc(), 2, 1).foreground().color();
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    h.highlighter.setPalette(dark);
    const QColor onDark = formatAt(h.doc(), 2, 1).foreground().color();
    QVERIFY(light != onDark);
    QVERIFY(onDark.lightness() > 128);
}

QTEST_MAIN(TestCardHighlighter)
#include "tst_cardhighlighter.moc"
