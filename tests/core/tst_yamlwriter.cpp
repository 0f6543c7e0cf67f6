#include "yaml11.h"
#include "yamlreader.h"
#include "yamlwriter.h"

#include <QtTest>

using namespace Cardigan;

class TestYamlWriter : public QObject
{
    Q_OBJECT

private slots:
    void plainSafe_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("block");
        QTest::addColumn<bool>("flow");
        QTest::newRow("id") << QStringLiteral("apache-2.0") << true << true;
        QTest::newRow("repo id") << QStringLiteral("org/model-1.5") << true << true;
        QTest::newRow("spaces inside") << QStringLiteral("Hello world") << true << true;
        QTest::newRow("comma") << QStringLiteral("a, b") << true << false;
        QTest::newRow("url") << QStringLiteral("https://x.org/a?b=c#d") << true << true;
        QTest::newRow("norway") << QStringLiteral("no") << false << false;
        QTest::newRow("on") << QStringLiteral("On") << false << false;
        QTest::newRow("y is fine") << QStringLiteral("y") << true << true;
        QTest::newRow("octal 1.1") << QStringLiteral("010") << false << false;
        QTest::newRow("exp 1.2") << QStringLiteral("1e3") << false << false;
        QTest::newRow("sexagesimal") << QStringLiteral("1:30") << false << false;
        QTest::newRow("null") << QStringLiteral("null") << false << false;
        QTest::newRow("tilde") << QStringLiteral("~") << false << false;
        QTest::newRow("date") << QStringLiteral("2024-01-01") << false << false;
        QTest::newRow("version") << QStringLiteral("1.10") << false << false;
        QTest::newRow("true") << QStringLiteral("TRUE") << false << false;
        QTest::newRow("merge") << QStringLiteral("<<") << false << false;
        QTest::newRow("equals") << QStringLiteral("=") << false << false;
        QTest::newRow("hex") << QStringLiteral("0x1F") << false << false;
        QTest::newRow("comment") << QStringLiteral("a #b") << false << false;
        QTest::newRow("colon space") << QStringLiteral("a: b") << false << false;
        QTest::newRow("leading dash") << QStringLiteral("- a") << false << false;
        QTest::newRow("leading space") << QStringLiteral(" a") << false << false;
        QTest::newRow("empty") << QString() << false << false;
        QTest::newRow("newline") << QStringLiteral("a\nb") << false << false;
        QTest::newRow("nbsp") << QStringLiteral("a\u00a0b") << true << true;
        QTest::newRow("emoji") << QStringLiteral("\U0001F389 party") << true << true;
        QTest::newRow("line separator") << QStringLiteral("a\u2028b") << false << false;
    }
    void plainSafe()
    {
        QFETCH(QString, text);
        QFETCH(bool, block);
        QFETCH(bool, flow);
        QCOMPARE(YamlWriter::isPlainSafe(text, false), block);
        QCOMPARE(YamlWriter::isPlainSafe(text, true), flow);
    }

    // Whatever the string, what is written reads back as that string in YAML 1.2, and
    // PyYAML's resolver sees a string too.
    void scalar_roundTrips_data() { plainSafe_data(); }
    void scalar_roundTrips()
    {
        QFETCH(QString, text);
        for (QChar quote : {QChar(u'\''), QChar(u'"')}) {
            YamlStyleGuide guide;
            guide.quote = quote;
            const YamlWriter writer(guide);
            const QString written = writer.scalar(YamlValue::string(text), false);
            const YamlReadResult r = YamlReader::read(QStringLiteral("k: ") + written);
            QVERIFY2(r.ok, qPrintable(written));
            const YamlValue *v = r.tree.value().find(QStringLiteral("k"));
            QVERIFY(v);
            QCOMPARE(v->toString(), text);
            if (written == text) {
                QCOMPARE(Yaml11::resolve(written), Yaml11::Type::String);
            }
        }
    }

    void numbers_readTheSameInBothYamls_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("integral");
        QTest::addColumn<QString>("text");
        QTest::newRow("int") << 42.0 << true << QStringLiteral("42");
        QTest::newRow("negative") << -3.0 << true << QStringLiteral("-3");
        QTest::newRow("fraction") << 0.9 << false << QStringLiteral("0.9");
        QTest::newRow("tiny") << 1e-7 << false << QStringLiteral("1.0e-07");
        QTest::newRow("huge") << 1e21 << false << QStringLiteral("1.0e+21");
        QTest::newRow("nan") << double(NAN) << false << QStringLiteral(".nan");
        QTest::newRow("inf") << double(-INFINITY) << false << QStringLiteral("-.inf");
    }
    void numbers_readTheSameInBothYamls()
    {
        QFETCH(double, value);
        QFETCH(bool, integral);
        QFETCH(QString, text);
        QCOMPARE(YamlWriter::number(value, integral), text);
        const YamlValue v = YamlValue::number(value, integral);
        const auto asYaml11 = Yaml11::construct(text);
        QVERIFY(asYaml11);
        QVERIFY(*asYaml11 == v);
        const YamlReadResult r = YamlReader::read(text);
        QVERIFY(r.ok);
        QVERIFY(r.tree.value() == v);
    }

    void doubleQuoted_escapes()
    {
        QCOMPARE(YamlWriter::doubleQuoted(QStringLiteral("a\"b\\c\nd\te\u2028")),
                 QStringLiteral("\"a\\\"b\\\\c\\nd\\te\\u2028\""));
        QCOMPARE(YamlWriter::singleQuoted(QStringLiteral("it's")), QStringLiteral("'it''s'"));
    }

    void block_followsTheGuide()
    {
        YamlStyleGuide guide;
        guide.indentStep = 4;
        guide.sequenceIndent = 2;
        const YamlWriter writer(guide);
        const YamlReadResult r =
            YamlReader::read(QStringLiteral("{a: {b: [x, {c: 1, d: 2}]}, e: [], f: 'no'}"));
        QVERIFY(r.ok);
        QCOMPARE(writer.block(r.tree.value(), 0).join(u'\n'),
                 QStringLiteral("a:\n    b:\n      - x\n      - c: 1\n        d: 2\ne: []\n"
                                "f: 'no'"));
    }

    void detect_readsTheBlocksHabits()
    {
        const QString yaml = QStringLiteral("a:\n    b: 1\nc:\n  - \"x\"\n  - \"y\"\nd: 'z'\n");
        const YamlReadResult r = YamlReader::read(yaml);
        QVERIFY(r.ok);
        const YamlStyleGuide g = YamlStyleGuide::detect(r.tree, yaml);
        QCOMPARE(g.indentStep, 4);
        QCOMPARE(g.sequenceIndent, 2);
        QCOMPARE(g.quote, QChar(u'"'));
        QVERIFY(!g.preferFlow);
    }

    void yaml11_resolvesLikePyYaml_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type");
        QTest::newRow("no") << QStringLiteral("no") << int(Yaml11::Type::Bool);
        QTest::newRow("010") << QStringLiteral("010") << int(Yaml11::Type::Int);
        QTest::newRow("1e3") << QStringLiteral("1e3") << int(Yaml11::Type::String);
        QTest::newRow("1.0e+3") << QStringLiteral("1.0e+3") << int(Yaml11::Type::Float);
        QTest::newRow("1:30") << QStringLiteral("1:30") << int(Yaml11::Type::Int);
        QTest::newRow("0o17") << QStringLiteral("0o17") << int(Yaml11::Type::String);
        QTest::newRow("date") << QStringLiteral("2024-01-05") << int(Yaml11::Type::Timestamp);
        QTest::newRow("empty") << QString() << int(Yaml11::Type::Null);
        QTest::newRow("y") << QStringLiteral("y") << int(Yaml11::Type::String);
    }
    void yaml11_resolvesLikePyYaml()
    {
        QFETCH(QString, text);
        QFETCH(int, type);
        QCOMPARE(int(Yaml11::resolve(text)), type);
    }

    void yaml11_constructsPyYamlsNumbers()
    {
        QCOMPARE(Yaml11::construct(QStringLiteral("010"))->toNumber(), 8.0);
        QCOMPARE(Yaml11::construct(QStringLiteral("1:30"))->toNumber(), 90.0);
        QCOMPARE(Yaml11::construct(QStringLiteral("0x1F"))->toNumber(), 31.0);
        QCOMPARE(Yaml11::construct(QStringLiteral("1_000"))->toNumber(), 1000.0);
        QCOMPARE(Yaml11::construct(QStringLiteral("no"))->toBool(), false);
        QVERIFY(!Yaml11::construct(QStringLiteral("hello")));
    }
};

QTEST_GUILESS_MAIN(TestYamlWriter)
#include "tst_yamlwriter.moc"
