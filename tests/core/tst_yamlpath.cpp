#include "yamlpath.h"
#include "yamlreader.h"

#include <QtTest>

using namespace Cardigan;

class TestYamlPath : public QObject
{
    Q_OBJECT

    static YamlValue yaml(const QString &text)
    {
        const YamlReadResult r = YamlReader::read(text);
        Q_ASSERT(r.ok);
        return r.tree.value();
    }

private slots:
    void parse_segments()
    {
        const auto p = YamlPath::parse(QStringLiteral("model-index[0].results[+].\"a.b\""));
        QVERIFY(p);
        QCOMPARE(p->size(), 5);
        QCOMPARE(p->at(0).key, QStringLiteral("model-index"));
        QCOMPARE(p->at(1).kind, YamlPath::Segment::Kind::Index);
        QCOMPARE(p->at(1).index, 0);
        QCOMPARE(p->at(2).key, QStringLiteral("results"));
        QCOMPARE(p->at(3).kind, YamlPath::Segment::Kind::Append);
        QCOMPARE(p->at(4).key, QStringLiteral("a.b"));
        QCOMPARE(p->toString(), QStringLiteral("model-index[0].results[+].\"a.b\""));
    }

    void parse_refusesNonsense_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("dot first") << QStringLiteral(".a");
        QTest::newRow("double dot") << QStringLiteral("a..b");
        QTest::newRow("trailing dot") << QStringLiteral("a.");
        QTest::newRow("open bracket") << QStringLiteral("a[1");
        QTest::newRow("negative") << QStringLiteral("a[-1]");
        QTest::newRow("word index") << QStringLiteral("a[x]");
        QTest::newRow("stray bracket") << QStringLiteral("a]");
        QTest::newRow("no dot") << QStringLiteral("a[0]b");
    }
    void parse_refusesNonsense()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!YamlPath::parse(text, &error));
        QVERIFY(!error.isEmpty());
    }

    void withValue_createsWhatIsMissing()
    {
        const YamlValue root = yaml(QStringLiteral("a: {b: 1}\nl: [x]"));
        const YamlValue v = YamlValue::string(QStringLiteral("v"));
        auto r = yamlWithValue(root, *YamlPath::parse(QStringLiteral("a.c.d")), v);
        QVERIFY(r);
        QVERIFY(*r == yaml(QStringLiteral("a: {b: 1, c: {d: v}}\nl: [x]")));
        r = yamlWithValue(root, *YamlPath::parse(QStringLiteral("l[+]")), v);
        QVERIFY(*r == yaml(QStringLiteral("a: {b: 1}\nl: [x, v]")));
        r = yamlWithValue(root, *YamlPath::parse(QStringLiteral("l[1]")), v);
        QVERIFY(*r == yaml(QStringLiteral("a: {b: 1}\nl: [x, v]")));
        QString error;
        QVERIFY(!yamlWithValue(root, *YamlPath::parse(QStringLiteral("l[3]")), v, &error));
        QVERIFY(error.contains(QLatin1String("past the end")));
        QVERIFY(!yamlWithValue(root, *YamlPath::parse(QStringLiteral("a.b.c")), v, &error));
        QVERIFY(!yamlWithValue(root, *YamlPath::parse(QStringLiteral("l.x")), v, &error));
    }

    void without_removes()
    {
        const YamlValue root = yaml(QStringLiteral("a: {b: 1, c: 2}\nl: [x, y]"));
        QVERIFY(*yamlWithout(root, *YamlPath::parse(QStringLiteral("a.b"))) ==
                yaml(QStringLiteral("a: {c: 2}\nl: [x, y]")));
        QVERIFY(*yamlWithout(root, *YamlPath::parse(QStringLiteral("l[0]"))) ==
                yaml(QStringLiteral("a: {b: 1, c: 2}\nl: [y]")));
        QVERIFY(!yamlWithout(root, *YamlPath::parse(QStringLiteral("z"))));
        QVERIFY(!yamlWithout(root, *YamlPath::parse(QStringLiteral("l[2]"))));
    }

    void keyString_likeJavaScript()
    {
        QCOMPARE(yamlKeyString(YamlValue()), QStringLiteral("null"));
        QCOMPARE(yamlKeyString(YamlValue::boolean(true)), QStringLiteral("true"));
        QCOMPARE(yamlKeyString(YamlValue::number(1.5, false)), QStringLiteral("1.5"));
        QCOMPARE(yamlKeyString(YamlValue::number(10, true)), QStringLiteral("10"));
        QCOMPARE(yamlKeyString(YamlValue::mapping({})), QStringLiteral("[object Object]"));
    }
};

QTEST_GUILESS_MAIN(TestYamlPath)
#include "tst_yamlpath.moc"
