#include "blockscalar.h"
#include "carddocument.h"

#include <QTest>
#include <QTextDocument>

using namespace Cardigan;
using namespace Qt::StringLiterals;

namespace {

YamlPath keyPath(const QString &key)
{
    return YamlPath({{YamlPath::Segment::Kind::Key, key, 0}});
}

} // namespace

class TestBlockScalar : public QObject
{
    Q_OBJECT

private slots:
    // Editing a multi-line text through CardDocument::set keeps its block style: header
    // comment, indentation and the lines around it stay; undo gives the card back.
    void set_keepsStyle_data()
    {
        QTest::addColumn<QString>("card");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("literal clip")
            << u"---\nprompt: |   # shown on the gate\n    Line one\n    Line two\nnext: 1\n---\n"_s
            << u"First\n\nThird\n"_s
            << u"---\nprompt: |   # shown on the gate\n    First\n\n    Third\nnext: 1\n---\n"_s;
        QTest::newRow("literal to strip") << u"---\nprompt: |\n  a\n  b\n---\n"_s << u"a\nb"_s
                                          << u"---\nprompt: |-\n  a\n  b\n---\n"_s;
        QTest::newRow("strip to clip") << u"---\nprompt: |-\n  a\n---\n"_s << u"one line\n"_s
                                       << u"---\nprompt: |\n  one line\n---\n"_s;
        QTest::newRow("folded") << u"---\nprompt: >\n  Some words\n  that fold.\n---\n"_s
                                << u"Para one\nPara two\n"_s
                                << u"---\nprompt: >\n  Para one\n\n  Para two\n---\n"_s;
        QTest::newRow("folded keeps spaced lines")
            << u"---\nprompt: >-\n  x\n---\n"_s << u"text\n  code\nmore"_s
            << u"---\nprompt: >-\n  text\n    code\n  more\n---\n"_s;
        QTest::newRow("leading space needs indicator")
            << u"---\nprompt: |\n  x\n---\n"_s << u"  indented\nnot\n"_s
            << u"---\nprompt: |2\n    indented\n  not\n---\n"_s;
        QTest::newRow("crlf") << u"---\r\nprompt: |\r\n  x\r\n---\r\n"_s << u"a\nb\n"_s
                              << u"---\r\nprompt: |\r\n  a\r\n  b\r\n---\r\n"_s;
        QTest::newRow("nested") << u"---\nw:\n  - text: |\n      old\n---\n"_s << u"new\n"_s
                                << u"---\nw:\n  - text: |\n      new\n---\n"_s;
    }
    void set_keepsStyle()
    {
        QFETCH(QString, card);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        CardDocument doc;
        doc.load(card);
        const auto path = YamlPath::parse(card.contains(u"w:"_s) ? u"w[0].text"_s : u"prompt"_s);
        QVERIFY(path);
        const CardDocument::EditResult r = doc.set(*path, YamlValue::string(value));
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(doc.text(), expected);
        QCOMPARE(*yamlValueAt(doc.metadata(), *path), YamlValue::string(value));
        doc.textDocument()->undo();
        QCOMPARE(doc.text(), card);
    }

    void set_refusesWhatTheStyleCannotHold()
    {
        const QString card = u"---\nprompt: |\n  x\n---\n"_s;
        CardDocument doc;
        doc.load(card);
        const CardDocument::EditResult r =
            doc.set(keyPath(u"prompt"_s), YamlValue::string(u"bell \u0007\nhere"_s));
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(u"U+0007"_s), qPrintable(r.message));
        QCOMPARE(doc.text(), card);
    }

    void set_oneLineTextBecomesPlain()
    {
        const QString card = u"---\nprompt: |  # gate\n  Two\n  lines\n---\n"_s;
        CardDocument doc;
        doc.load(card);
        QVERIFY(doc.set(keyPath(u"prompt"_s), YamlValue::string(u"One line"_s)).ok);
        QCOMPARE(doc.text(), u"---\nprompt: One line\n---\n"_s);
    }

    void rewrite_readsBackOrRefuses()
    {
        // Called directly: the header at offset 8 of "prompt: >\n  a".
        const QString card = u"prompt: >\n  a"_s;
        QString why;
        const auto text = BlockScalar::rewrite(card, 8, card.size(), u"a\nb\n"_s, u"\n"_s, &why);
        QVERIFY2(text, qPrintable(why));
        QCOMPARE(*text, u">\n  a\n\n  b"_s);
        QVERIFY(!BlockScalar::rewrite(card, 0, card.size(), u"x"_s, u"\n"_s, &why));
        QVERIFY(!why.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBlockScalar)
#include "tst_blockscalar.moc"
