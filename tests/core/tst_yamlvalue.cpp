#include "yamlvalue.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Cardigan;

namespace {

YamlValue str(const char *s)
{
    return YamlValue::string(QString::fromUtf8(s));
}

YamlValue num(double n, bool integral = false)
{
    return YamlValue::number(n, integral);
}

YamlValue map(std::vector<YamlValue::Entry> entries)
{
    return YamlValue::mapping(std::move(entries));
}

YamlValue::Entry entry(const char *key, const YamlValue &value)
{
    return {QString::fromUtf8(key), value};
}

} // namespace

class TestYamlValue : public QObject
{
    Q_OBJECT

private slots:
    void constructors_keepTypesAndAccessors();
    void find_looksUpSmallAndLargeMappings();
    void equality_ignoresKeyOrderComparesNumbersNumerically();
    void toJson_layoutMatchesJsonStringifyWithIndentOne();
    void toJson_numbersPrintLikeJavaScript_data();
    void toJson_numbersPrintLikeJavaScript();
    void toJson_specialFloatsAndTimestampsAreTagged();
    void toJson_escapesStringsLikeJsonStringify();
    void toJson_sortsKeysByUtf16WithArrayIndicesFirst();
    void binary_isAMappingOfByteValues();
    void expandedSize_countsSharedValuesEachTimeAndSaturates();
    void depth_countsNestingWithSharedValues();
};

void TestYamlValue::constructors_keepTypesAndAccessors()
{
    QCOMPARE(YamlValue().type(), YamlValue::Type::Null);
    QVERIFY(YamlValue().isNull());
    QCOMPARE(YamlValue::boolean(true).toBool(), true);
    QCOMPARE(num(2.5).toNumber(), 2.5);
    QVERIFY(num(3, true).isIntegral());
    QVERIFY(!num(3, false).isIntegral());
    QCOMPARE(str("héllo").toString(), QStringLiteral("héllo"));
    QCOMPARE(YamlValue::timestamp(QStringLiteral("2024-01-05T00:00:00.000Z")).toString(),
             QStringLiteral("2024-01-05T00:00:00.000Z"));
    const YamlValue seq = YamlValue::sequence({str("a"), num(1, true)});
    QVERIFY(seq.isSequence());
    QCOMPARE(seq.items().size(), size_t(2));
    QVERIFY(seq.entries().empty());
    const YamlValue m = map({entry("k", str("v"))});
    QVERIFY(m.isMapping());
    QCOMPARE(m.entries().front().first, QStringLiteral("k"));
    // Accessors of the wrong type answer neutrally.
    QCOMPARE(str("x").toNumber(), 0.0);
    QVERIFY(num(1).toString().isEmpty());
    QVERIFY(YamlValue().items().empty());
}

void TestYamlValue::find_looksUpSmallAndLargeMappings()
{
    const YamlValue small = map({entry("a", num(1)), entry("b", num(2))});
    QVERIFY(small.find(QStringLiteral("b")));
    QCOMPARE(small.find(QStringLiteral("b"))->toNumber(), 2.0);
    QVERIFY(!small.find(QStringLiteral("c")));

    std::vector<YamlValue::Entry> many;
    for (int i = 0; i < 100; ++i) {
        many.emplace_back(QStringLiteral("k%1").arg(i), num(i));
    }
    const YamlValue large = map(std::move(many));
    QCOMPARE(large.find(QStringLiteral("k77"))->toNumber(), 77.0);
    QVERIFY(!large.find(QStringLiteral("k100")));
    QVERIFY(!str("x").find(QStringLiteral("x")));
}

void TestYamlValue::equality_ignoresKeyOrderComparesNumbersNumerically()
{
    QCOMPARE(map({entry("a", num(1)), entry("b", num(2))}),
             map({entry("b", num(2)), entry("a", num(1))}));
    QVERIFY(map({entry("a", num(1))}) != map({entry("a", num(1)), entry("b", num(2))}));
    QVERIFY(map({entry("a", num(1))}) != map({entry("b", num(1))}));
    QCOMPARE(num(1, true), num(1.0, false));
    QCOMPARE(num(std::nan("")), num(std::nan("")));
    QVERIFY(num(0.1) != num(0.2));
    QVERIFY(str("1") != num(1));
    QVERIFY(str("2024") != YamlValue::timestamp(QStringLiteral("2024")));
    QVERIFY(YamlValue::sequence({num(1), num(2)}) != YamlValue::sequence({num(2), num(1)}));
    QCOMPARE(YamlValue(), YamlValue());
    QVERIFY(YamlValue() != str(""));
}

void TestYamlValue::toJson_layoutMatchesJsonStringifyWithIndentOne()
{
    const YamlValue v = map(
        {entry("b", YamlValue::sequence({num(1, true), YamlValue::boolean(false), YamlValue()})),
         entry("a", map({entry("x", str("y"))})), entry("e", YamlValue::sequence({})),
         entry("f", map({}))});
    QCOMPARE(v.toJson(), QByteArray("{\n"
                                    " \"a\": {\n"
                                    "  \"x\": \"y\"\n"
                                    " },\n"
                                    " \"b\": [\n"
                                    "  1,\n"
                                    "  false,\n"
                                    "  null\n"
                                    " ],\n"
                                    " \"e\": [],\n"
                                    " \"f\": {}\n"
                                    "}"));
    QCOMPARE(YamlValue().toJson(), QByteArray("null"));
    QCOMPARE(str("x").toJson(), QByteArray("\"x\""));
}

void TestYamlValue::toJson_numbersPrintLikeJavaScript_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("integer") << 10.0 << QByteArray("10");
    QTest::newRow("negative") << -7.0 << QByteArray("-7");
    QTest::newRow("negative zero") << -0.0 << QByteArray("0");
    QTest::newRow("fraction") << 0.1 << QByteArray("0.1");
    QTest::newRow("shortest round trip") << 0.9 << QByteArray("0.9");
    QTest::newRow("sum") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
    QTest::newRow("1e20 prints all digits") << 1e20 << QByteArray("100000000000000000000");
    QTest::newRow("1e21 switches to exponent") << 1e21 << QByteArray("1e+21");
    QTest::newRow("mantissa with exponent") << 1.5e300 << QByteArray("1.5e+300");
    QTest::newRow("small fixed") << 0.000001 << QByteArray("0.000001");
    QTest::newRow("small exponent") << 1e-7 << QByteArray("1e-7");
    QTest::newRow("small with digits") << 1.23e-18 << QByteArray("1.23e-18");
    QTest::newRow("2^53 + 2") << 9007199254740994.0 << QByteArray("9007199254740994");
    QTest::newRow("max double") << std::numeric_limits<double>::max()
                                << QByteArray("1.7976931348623157e+308");
    QTest::newRow("min subnormal") << 5e-324 << QByteArray("5e-324");
}

void TestYamlValue::toJson_numbersPrintLikeJavaScript()
{
    QFETCH(double, value);
    QFETCH(QByteArray, json);
    QCOMPARE(num(value).toJson(), json);
}

void TestYamlValue::toJson_specialFloatsAndTimestampsAreTagged()
{
    QCOMPARE(num(std::nan("")).toJson(), QByteArray("{\n \"$float\": \"nan\"\n}"));
    QCOMPARE(num(INFINITY).toJson(), QByteArray("{\n \"$float\": \"inf\"\n}"));
    const YamlValue v = YamlValue::sequence(
        {num(-INFINITY), YamlValue::timestamp(QStringLiteral("2024-01-05T00:00:00.000Z"))});
    QCOMPARE(v.toJson(), QByteArray("[\n"
                                    " {\n"
                                    "  \"$float\": \"-inf\"\n"
                                    " },\n"
                                    " {\n"
                                    "  \"$timestamp\": \"2024-01-05T00:00:00.000Z\"\n"
                                    " }\n"
                                    "]"));
}

void TestYamlValue::toJson_escapesStringsLikeJsonStringify()
{
    QCOMPARE(str("a\"b\\c").toJson(), QByteArray(R"("a\"b\\c")"));
    QCOMPARE(str("\b\f\n\r\t").toJson(), QByteArray(R"("\b\f\n\r\t")"));
    QCOMPARE(YamlValue::string(QString(QChar(0)) + QChar(0x1f) + QChar(0x7f)).toJson(),
             QByteArray("\"\\u0000\\u001f\x7f\""));
    QCOMPARE(str("é €").toJson(), QByteArray("\"é €\""));
    // A valid pair is raw UTF-8; lone surrogates are escaped in lowercase hex.
    QCOMPARE(YamlValue::string(QString::fromUtf8("😀")).toJson(), QByteArray("\"😀\""));
    QCOMPARE(YamlValue::string(QString(QChar(0xd83d)) + u'x').toJson(), QByteArray("\"\\ud83dx\""));
    QCOMPARE(YamlValue::string(QString(QChar(0xdc00))).toJson(), QByteArray("\"\\udc00\""));
    QCOMPARE(YamlValue::string(QString::fromUtf8("\u2028")).toJson(), QByteArray("\"\u2028\""));
}

void TestYamlValue::toJson_sortsKeysByUtf16WithArrayIndicesFirst()
{
    // UTF-16 code units, not code points: U+1F600 (D83D DE00) sorts before U+FFFF.
    const YamlValue v = map({entry("b", num(1)), entry("\uffff", num(2)), entry("😀", num(3)),
                             entry("B", num(4)), entry("é", num(5))});
    QCOMPARE(v.toJson(), QByteArray("{\n \"B\": 4,\n \"b\": 1,\n \"é\": 5,\n \"😀\": 3,\n"
                                    " \"\uffff\": 2\n}"));
    // JSON.stringify prints array-index keys first, in numeric order.
    const YamlValue w = map({entry("a", num(1)), entry("10", num(2)), entry("9", num(3)),
                             entry("01", num(4)), entry("-1", num(5))});
    QCOMPARE(w.toJson(), QByteArray("{\n \"9\": 3,\n \"10\": 2,\n \"-1\": 5,\n \"01\": 4,\n"
                                    " \"a\": 1\n}"));
}

void TestYamlValue::binary_isAMappingOfByteValues()
{
    const YamlValue b = YamlValue::binary(QByteArray("\x01\xff", 2));
    QVERIFY(b.isMapping());
    QVERIFY(b.isBinary());
    QVERIFY(!map({}).isBinary());
    QCOMPARE(b.toJson(), QByteArray("{\n \"0\": 1,\n \"1\": 255\n}"));
    QCOMPARE(b, map({entry("1", num(255)), entry("0", num(1))}));
}

void TestYamlValue::expandedSize_countsSharedValuesEachTimeAndSaturates()
{
    QCOMPARE(str("x").expandedSize(100), qsizetype(1));
    const YamlValue leaf = YamlValue::sequence({num(1), num(2)}); // 3 values
    const YamlValue twice = YamlValue::sequence({leaf, leaf});    // 1 + 3 + 3
    QCOMPARE(twice.expandedSize(100), qsizetype(7));
    QCOMPARE(map({entry("a", twice), entry("b", leaf)}).expandedSize(100), qsizetype(11));
    // A billion laughs stays cheap: sizes are known at construction and saturate.
    YamlValue level = str("lol");
    for (int i = 0; i < 40; ++i) {
        level = YamlValue::sequence(std::vector<YamlValue>(10, level));
    }
    QCOMPARE(level.expandedSize(1000000), qsizetype(1000000));
    QCOMPARE(level, level); // shared data compares without a walk
}

void TestYamlValue::depth_countsNestingWithSharedValues()
{
    QCOMPARE(str("x").depth(), 1);
    QCOMPARE(YamlValue::sequence({}).depth(), 1);
    YamlValue v = str("x");
    for (int i = 0; i < 10; ++i) {
        v = YamlValue::sequence({v, v});
    }
    QCOMPARE(v.depth(), 11);
    QCOMPARE(map({entry("a", v)}).depth(), 12);
}

QTEST_GUILESS_MAIN(TestYamlValue)
#include "tst_yamlvalue.moc"
