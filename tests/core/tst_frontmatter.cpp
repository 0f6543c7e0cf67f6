#include "frontmatter.h"

#include <QTest>

using namespace Cardigan;
using namespace Qt::StringLiterals;

class TestFrontMatter : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void find_firstClosingFenceWins();
    void yaml_returnsBlockText();
    void isJsSpace_matchesJavaScript();
};

void TestFrontMatter::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("found");
    QTest::addColumn<int>("openStart");
    QTest::addColumn<int>("yamlStart");
    QTest::addColumn<int>("yamlEnd");
    QTest::addColumn<int>("closeStart");
    QTest::addColumn<int>("bodyStart");

    const auto match = [](const char *name, const QString &text, int open, int yamlStart,
                          int yamlEnd, int close, int body) {
        QTest::newRow(name) << text << true << open << yamlStart << yamlEnd << close << body;
    };
    const auto none = [](const char *name, const QString &text) {
        QTest::newRow(name) << text << false << 0 << 0 << 0 << 0 << 0;
    };

    match("LF", u"---\nlicense: mit\n---\nbody\n"_s, 0, 4, 16, 17, 21);
    match("CRLF", u"---\r\nlicense: mit\r\n---\r\nbody\r\n"_s, 0, 5, 17, 19, 24);
    match("mixed: CRLF open, LF close", u"---\r\na: 1\n---\nb"_s, 0, 5, 9, 10, 14);
    match("leading blank lines", u"\n\r\n---\na: 1\n---\n"_s, 3, 7, 11, 12, 16);
    match("leading spaces and tabs", u" \t ---\na: 1\n---\n"_s, 3, 7, 11, 12, 16);
    match("BOM as U+FEFF", u"\uFEFF---\na: 1\n---\n"_s, 1, 5, 9, 10, 14);
    match("U+00A0 and U+2028 before", u"\u00A0\u2028---\na: 1\n---\n"_s, 2, 6, 10, 11, 15);
    none("U+0085 before (not JavaScript white space)", u"\u0085---\na: 1\n---\n"_s);
    none("CR-only file", u"---\ra: 1\r---\rbody\r"_s);
    match("CR-only file, fence at the very end", u"---\ra: 1\r---"_s, 0, 4, 8, 9, 12);
    match("empty block: ---LF---LF (the special case)", u"---\n---\nbody"_s, 0, 3, 3, 4, 8);
    match("empty block: ---LF--- at end", u"---\n---"_s, 0, 3, 3, 4, 7);
    match("empty block: ---LF--- with trailing blanks", u"---\n--- \t\nx"_s, 0, 3, 3, 4, 10);
    none("empty block needs the fence at the very start", u" ---\n---\n"_s);
    none("empty block: ---CR---CR", u"---\r---\r"_s);
    // The regex backtracks to a lone \r for the opening line break, then \n---\n closes.
    match("---CRLF---LF", u"---\r\n---\nbody"_s, 0, 4, 4, 5, 9);
    match("---CRLF---CRLF", u"---\r\n---\r\nbody"_s, 0, 4, 4, 5, 10);
    match("---CRLF--- at end", u"---\r\n---"_s, 0, 4, 4, 5, 8);
    match("empty YAML line", u"---\n\n---\nbody"_s, 0, 4, 4, 5, 9);
    match("closing fence with trailing spaces and tabs", u"---\na: 1\n--- \t \nbody"_s, 0, 4, 8, 9,
          16);
    match("closing fence with trailing blanks at the end", u"---\na: 1\n---\t"_s, 0, 4, 8, 9, 13);
    none("closing fence followed by text", u"---\na: 1\n--- x\n"_s);
    none("closing fence followed by a lone CR", u"---\na: 1\n---\r"_s);
    none("... does not close", u"---\na: 1\n...\nbody\n"_s);
    match("... then ---", u"---\na: 1\n...\n---\n"_s, 0, 4, 12, 13, 17);
    none("unclosed", u"---\na: 1\nbody\n"_s);
    none("---- does not open", u"----\na: 1\n---\n"_s);
    match("---- does not close", u"---\na: 1\n----\nb\n---\n"_s, 0, 4, 15, 16, 20);
    none("opening fence with trailing spaces", u"---  \na: 1\n---\n"_s);
    match("closing fence at end of file without newline", u"---\na: 1\n---"_s, 0, 4, 8, 9, 12);
    none("text before the fence", u"# Title\n---\na: 1\n---\n"_s);
    none("empty text", QString());
    none("only a fence", u"---"_s);
    none("fence and line break only", u"---\n"_s);
}

void TestFrontMatter::find()
{
    QFETCH(QString, text);
    QFETCH(bool, found);
    const FrontMatter fm = FrontMatter::find(text);
    QCOMPARE(fm.found, found);
    if (!found) {
        return;
    }
    QFETCH(int, openStart);
    QFETCH(int, yamlStart);
    QFETCH(int, yamlEnd);
    QFETCH(int, closeStart);
    QFETCH(int, bodyStart);
    QCOMPARE(fm.openStart, openStart);
    QCOMPARE(fm.yamlStart, yamlStart);
    QCOMPARE(fm.yamlEnd, yamlEnd);
    QCOMPARE(fm.closeStart, closeStart);
    QCOMPARE(fm.bodyStart, bodyStart);
    QCOMPARE(text.mid(fm.openStart, 3), u"---"_s);
    QCOMPARE(text.mid(fm.closeStart, 3), u"---"_s);
}

void TestFrontMatter::find_firstClosingFenceWins()
{
    const QString text = u"---\na: 1\n---\nb: 2\n---\n"_s;
    const FrontMatter fm = FrontMatter::find(text);
    QVERIFY(fm.found);
    QCOMPARE(fm.yaml(text), u"a: 1"_s);
    QCOMPARE(text.mid(fm.bodyStart), u"b: 2\n---\n"_s);
}

void TestFrontMatter::yaml_returnsBlockText()
{
    const QString text = u"\n---\r\n# comment\r\nlicense: mit\r\ntags:\n- a\r\n---\r\n# Card\r\n"_s;
    const FrontMatter fm = FrontMatter::find(text);
    QVERIFY(fm.found);
    QCOMPARE(fm.yaml(text), u"# comment\r\nlicense: mit\r\ntags:\n- a"_s);
    QCOMPARE(fm.yamlLength(), fm.yaml(text).size());
    QCOMPARE(text.mid(fm.bodyStart), u"# Card\r\n"_s);
}

void TestFrontMatter::isJsSpace_matchesJavaScript()
{
    // ECMAScript \s: WhiteSpace (TAB VT FF SP NBSP ZWNBSP and category Zs) plus
    // LineTerminator (LF CR LS PS).
    const QList<char16_t> spaces = {0x09,   0x0a,   0x0b,   0x0c,   0x0d,   0x20,
                                    0xa0,   0x1680, 0x2000, 0x2005, 0x200a, 0x2028,
                                    0x2029, 0x202f, 0x205f, 0x3000, 0xfeff};
    for (char16_t c : spaces) {
        QVERIFY2(FrontMatter::isJsSpace(QChar(c)), qPrintable(QString::number(c, 16)));
    }
    const QList<char16_t> others = {0x00, 0x08,   0x0e,   0x1c,   0x1f,  0x2d,
                                    0x85, 0x180e, 0x200b, 0x2060, 0xfffe};
    for (char16_t c : others) {
        QVERIFY2(!FrontMatter::isJsSpace(QChar(c)), qPrintable(QString::number(c, 16)));
    }
}

QTEST_GUILESS_MAIN(TestFrontMatter)
#include "tst_frontmatter.moc"
