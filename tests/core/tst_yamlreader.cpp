#include "yamlreader.h"
#include "yamltreecheck.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Cardigan;

namespace {

struct Case
{
    const char *yaml;
    const char *expected; ///< compact value (see compact()) or "error: <reason> @line:column"
};

// The expectations below were checked against js-yaml 4.3.2, which the Hub runs; the YAML
// is our own. A value is written compactly: keys sorted by UTF-16 code units, numbers as
// JavaScript prints them, nan/inf/-inf, ts(<ISO>) for timestamps. Error marks are 0-based;
// "@-" where js-yaml gives none.
const Case coreCases[] = {
    {"a: ~", "{\"a\":null}"},
    {"a: null", "{\"a\":null}"},
    {"a: Null", "{\"a\":null}"},
    {"a: NULL", "{\"a\":null}"},
    {"a: nULL", "{\"a\":\"nULL\"}"},
    {"a: true", "{\"a\":true}"},
    {"a: True", "{\"a\":true}"},
    {"a: TRUE", "{\"a\":true}"},
    {"a: tRUE", "{\"a\":\"tRUE\"}"},
    {"a: false", "{\"a\":false}"},
    {"a: no", "{\"a\":\"no\"}"},
    {"a: yes", "{\"a\":\"yes\"}"},
    {"a: on", "{\"a\":\"on\"}"},
    {"a: 0", "{\"a\":0}"},
    {"a: 010", "{\"a\":10}"},
    {"a: -010", "{\"a\":-10}"},
    {"a: 0x1F", "{\"a\":31}"},
    {"a: -0x1f", "{\"a\":-31}"},
    {"a: 0o17", "{\"a\":15}"},
    {"a: 0b101", "{\"a\":5}"},
    {"a: +12", "{\"a\":12}"},
    {"a: 1_000", "{\"a\":\"1_000\"}"},
    {"a: 0x", "{\"a\":\"0x\"}"},
    {"a: 08", "{\"a\":8}"},
    {"a: -0", "{\"a\":0}"},
    {"a: 1.5", "{\"a\":1.5}"},
    {"a: .5", "{\"a\":0.5}"},
    {"a: 1.", "{\"a\":1}"},
    {"a: -.5", "{\"a\":\"-.5\"}"},
    {"a: 1e3", "{\"a\":1000}"},
    {"a: 1E-2", "{\"a\":0.01}"},
    {"a: +1.5e+2", "{\"a\":150}"},
    {"a: .inf", "{\"a\":inf}"},
    {"a: -.Inf", "{\"a\":-inf}"},
    {"a: +.INF", "{\"a\":inf}"},
    {"a: .nan", "{\"a\":nan}"},
    {"a: .NaN", "{\"a\":nan}"},
    {"a: 1e400", "{\"a\":\"1e400\"}"},
    {"a: 123456789012345678901", "{\"a\":123456789012345680000}"},
    {"a: 0x20000000000001", "{\"a\":9007199254740992}"},
    {"a: x\001", "error: the stream contains non-printable characters @0:5"},
};

const Case timestampsCases[] = {
    {"a: 2024-01-05", "{\"a\":ts(2024-01-05T00:00:00.000Z)}"},
    {"a: 2024-1-5", "{\"a\":\"2024-1-5\"}"},
    {"a: 2024-01-05T10:20:30Z", "{\"a\":ts(2024-01-05T10:20:30.000Z)}"},
    {"a: 2024-01-05 10:20:30.123456", "{\"a\":ts(2024-01-05T10:20:30.123Z)}"},
    {"a: 2024-01-05t1:02:03.4 +05:30", "{\"a\":ts(2024-01-04T19:32:03.400Z)}"},
    {"a: 2024-01-05T10:00:00-2", "{\"a\":ts(2024-01-05T12:00:00.000Z)}"},
    {"a: 2024-02-30", "{\"a\":ts(2024-03-01T00:00:00.000Z)}"},
    {"a: 2024-12-31T25:61:61Z", "{\"a\":ts(2025-01-01T02:02:01.000Z)}"},
    {"a: 0050-01-01", "{\"a\":ts(1950-01-01T00:00:00.000Z)}"},
    {"a: 2024-01-05T10:00:00 Z", "{\"a\":ts(2024-01-05T10:00:00.000Z)}"},
    {"a: 2024-01-05 x", "{\"a\":\"2024-01-05 x\"}"},
};

const Case scalarsCases[] = {
    {"a: '123'", "{\"a\":\"123\"}"},
    {"a: \"true\"", "{\"a\":\"true\"}"},
    {"a: one\n  two\n\n  three", "{\"a\":\"one two\\nthree\"}"},
    {"a: x # c\nb: y#z", "{\"a\":\"x\",\"b\":\"y#z\"}"},
    {"a: x:y", "{\"a\":\"x:y\"}"},
    {"a: -x", "{\"a\":\"-x\"}"},
    {"a: ?x", "{\"a\":\"?x\"}"},
    {"a: b c  ", "{\"a\":\"b c\"}"},
    {"a: 'it''s'", "{\"a\":\"it's\"}"},
    {"a: 'one\n  two\n\n  three'", "{\"a\":\"one two\\nthree\"}"},
    {"a: \"tab\\there \\\"q\\\" \\\\ \\/\"", "{\"a\":\"tab\\there \\\"q\\\" \\\\ /\"}"},
    {"a: \"\\x41\\u00e9\\U0001F600\"", "{\"a\":\"Aé😀\"}"},
    {"a: \"\\0\\a\\b\\e\\f\\n\\r\\v\\N\\_\\L\\P\\ \"",
     "{\"a\":\"\\u0000\\u0007\\b\\u001b\\f\\n\\r\\u000b    \"}"},
    {"a: \"one \\\n  two\"", "{\"a\":\"one two\"}"},
    {"a: \"x  \n  y\"", "{\"a\":\"x y\"}"},
    {"a: \"\\uD83D\\uDE00\"", "{\"a\":\"😀\"}"},
    {"a: |\n  one\n  two\n", "{\"a\":\"one\\ntwo\\n\"}"},
    {"a: |-\n  one\n\n", "{\"a\":\"one\"}"},
    {"a: |+\n  one\n\n", "{\"a\":\"one\\n\\n\"}"},
    {"a: >\n  one\n  two\n\n  three\n", "{\"a\":\"one two\\nthree\\n\"}"},
    {"a: >\n  one\n    more\n  two\n", "{\"a\":\"one\\n  more\\ntwo\\n\"}"},
    {"a: |2\n   x\n  y\n", "{\"a\":\" x\\ny\\n\"}"},
    {"a: >-\n\n  x\n", "{\"a\":\"\\nx\"}"},
    {"a: | # comment\n  x\nb: 1", "{\"a\":\"x\\n\",\"b\":1}"},
    {"key: |\n x\n  y\n z: 1", "{\"key\":\"x\\n y\\nz: 1\\n\"}"},
};

const Case collectionsCases[] = {
    {"- a\n  b\n- c", "[\"a b\",\"c\"]"},
    {"a: [b, [c, d], {e: f}]", "{\"a\":[\"b\",[\"c\",\"d\"],{\"e\":\"f\"}]}"},
    {"a: [b: c, d]", "{\"a\":[{\"b\":\"c\"},\"d\"]}"},
    {"a: {b, c: d}", "{\"a\":{\"b\":null,\"c\":\"d\"}}"},
    {"a: {: b}", "{\"a\":{\"null\":\"b\"}}"},
    {"a: [b, ]", "{\"a\":[\"b\"]}"},
    {"a: {b: [c,\n  d]}", "{\"a\":{\"b\":[\"c\",\"d\"]}}"},
    {"a: [? b : c]", "{\"a\":[{\"b\":\"c\"}]}"},
    {"a:\n- b\n- c", "{\"a\":[\"b\",\"c\"]}"},
    {"- a: 1\n  b: 2\n- - x\n  - y", "[{\"a\":1,\"b\":2},[\"x\",\"y\"]]"},
    {"-\n- a", "[null,\"a\"]"},
    {"a:\n  - b\n  -\n  - c", "{\"a\":[\"b\",null,\"c\"]}"},
    {"- a\n - b", "[\"a - b\"]"},
};

const Case keysCases[] = {
    {"? a\n: b", "{\"a\":\"b\"}"},
    {"? [a, b]\n: c", "{\"a,b\":\"c\"}"},
    {"? {a: b}\n: c", "{\"[object Object]\":\"c\"}"},
    {"? |\n  lit\n: v", "{\"lit\\n\":\"v\"}"},
    {"? a\n? b\n: c", "{\"a\":null,\"b\":\"c\"}"},
    {"1: a", "{\"1\":\"a\"}"},
    {"1.0: a", "{\"1\":\"a\"}"},
    {"0x10: a", "{\"16\":\"a\"}"},
    {"true: a", "{\"true\":\"a\"}"},
    {"null: a", "{\"null\":\"a\"}"},
    {"~: a", "{\"null\":\"a\"}"},
    {": a", "error: incomplete explicit mapping pair; a key node is missed; or followed by a "
            "non-tabulated empty line @0:0"},
    {"2024-01-05: a", "{\"Fri Jan 05 2024 00:00:00 GMT+0000 (Coordinated Universal Time)\":\"a\"}"},
    {"[1, ~, true, 2024-01-05]: a",
     "{\"1,,true,Fri Jan 05 2024 00:00:00 GMT+0000 (Coordinated Universal Time)\":\"a\"}"},
    {"? [[1]]\n: a", "error: nested arrays are not supported inside keys @1:3"},
};

const Case anchorsCases[] = {
    {"a: <<", "{\"a\":\"<<\"}"},
    {"a: &x 1\nb: *x", "{\"a\":1,\"b\":1}"},
    {"a: &x [1, 2]\nb: *x", "{\"a\":[1,2],\"b\":[1,2]}"},
    {"- &a x: 1\n- *a", "[{\"x\":1},\"x\"]"},
    {"a: *nope", "error: unidentified alias \"nope\" @0:8"},
    {"base: &b {x: 1, y: 2}\nd:\n  <<: *b\n  y: 3",
     "{\"base\":{\"x\":1,\"y\":2},\"d\":{\"x\":1,\"y\":3}}"},
    {"a: &a {x: 1}\nb: &b {x: 2, z: 3}\nc:\n  <<: [*a, *b]",
     "{\"a\":{\"x\":1},\"b\":{\"x\":2,\"z\":3},\"c\":{\"x\":1,\"z\":3}}"},
    {"c:\n  y: 0\n  <<: {y: 1}", "{\"c\":{\"y\":0}}"},
    {"\"<<\": {a: 1}", "{\"<<\":{\"a\":1}}"},
    {"<<: 3", "error: cannot merge mappings; the provided source object is unacceptable @0:5"},
    {"<<: [a]", "error: cannot merge mappings; the provided source object is unacceptable @0:7"},
    {"<<: [[1, 2]]", "{\"0\":1,\"1\":2}"},
};

const Case tagsCases[] = {
    {"a: !!str 123", "{\"a\":\"123\"}"},
    {"a: !!int '7'", "{\"a\":7}"},
    {"a: !!float 1", "{\"a\":1}"},
    {"a: !!bool yes",
     "error: cannot resolve a node with !<tag:yaml.org,2002:bool> explicit tag @0:13"},
    {"a: !!null ''",
     "error: cannot resolve a node with !<tag:yaml.org,2002:null> explicit tag @0:12"},
    {"a: !!int x", "error: cannot resolve a node with !<tag:yaml.org,2002:int> explicit tag @0:10"},
    {"a: !foo bar", "error: unknown tag !<!foo> @0:11"},
    {"a: ! 12", "{\"a\":\"12\"}"},
    {"a: !<tag:yaml.org,2002:str> 5", "{\"a\":\"5\"}"},
    {"a: !!binary aGVsbG8=", "{\"a\":{\"0\":104,\"1\":101,\"2\":108,\"3\":108,\"4\":111}}"},
    {"a: !!set {x, y}", "{\"a\":{\"x\":null,\"y\":null}}"},
    {"a: !!omap [{x: 1}, {y: 2}]", "{\"a\":[{\"x\":1},{\"y\":2}]}"},
    {"a: !!pairs [{x: 1}, {x: 2}]", "{\"a\":[[\"x\",1],[\"x\",2]]}"},
    {"a: !!str [x]", "error: unknown tag !<tag:yaml.org,2002:str> @0:12"},
    {"a: !e!x y", "error: undeclared tag handle \"!e!\" @0:7"},
    {"a: !!str", "{\"a\":\"\"}"},
};

const Case documentsCases[] = {
    {"%TAG !e! tag:yaml.org,2002:\n---\na: !e!int '5'", "{\"a\":5}"},
    {"--- \na: 1\n...\n", "{\"a\":1}"},
    {"%YAML 1.2\n---\na: 1", "{\"a\":1}"},
    {"%YAML 1.2\na: 1", "error: directives end mark is expected @1:0"},
    {"a: 1\n---\nb: 2", "error: expected a single document in the stream, but found more @-"},
    {"a: 1\n--- x", "error: expected a single document in the stream, but found more @-"},
    {"", "null"},
    {"# just a comment", "null"},
    {"---", "null"},
};

const Case tabsCases[] = {
    {"a:\n\tb: 1", "error: tab characters must not be used in indentation @1:0"},
    {"a:\n  b: 1\n\t\n  c: 2", "{\"a\":{\"b\":1,\"c\":2}}"},
    {"a:\t1", "{\"a\":1}"},
    {"a: 1\n\tb: 2", "error: tab characters must not be used in indentation @1:0"},
};

const Case errorsCases[] = {
    {"c:\n  <<: {y: 1}\n  y: 2\n  y: 3", "error: duplicated mapping key @3:2"},
    {"- \t- x", "error: bad indentation of a sequence entry @0:3"},
    {"a: 1\na: 2", "error: duplicated mapping key @1:0"},
    {"a:\n  b: 1\n  c: 2\n  b: 3", "error: duplicated mapping key @3:2"},
    {"{a: 1, a: 2}", "error: duplicated mapping key @0:7"},
    {"a: b: c", "error: bad indentation of a mapping entry @0:4"},
    {"a:\n  - b\n  c: d", "error: bad indentation of a mapping entry @2:2"},
    {"a: [b", "error: unexpected end of the stream within a flow collection @1:0"},
    {"a: {b: c", "error: unexpected end of the stream within a flow collection @1:0"},
    {"a: 'b", "error: unexpected end of the stream within a single quoted scalar @1:0"},
    {"a: \"b", "error: unexpected end of the stream within a double quoted scalar @1:0"},
    {"a: [b c d", "error: unexpected end of the stream within a flow collection @1:0"},
    {"[a, , b]", "error: expected the node content, but found ',' @0:4"},
    {"a: [b\nc]", "error: missed comma between flow collection entries @1:0"},
    {"a:\n b\n c: d", "error: bad indentation of a mapping entry @2:2"},
    {"a: 'x\001'", "error: expected valid JSON character @0:6"},
};

// Oddities of js-yaml the Hub shares, kept here so that nobody "fixes" them.
const Case quirksCases[] = {
    {"- &a x: 1\n- *a", "[{\"x\":1},\"x\"]"},
    {"!!str\n123", "123"},
    {"a: !!binary\n  |\n   aGVsbG8=\n", "{\"a\":\"aGVsbG8=\\n\"}"},
    {"key: |\n x\n  y\n z: 1", "{\"key\":\"x\\n y\\nz: 1\\n\"}"},
    {"- a\n - b", "[\"a - b\"]"},
    {"[!!str, a]", "error: tag suffix cannot contain flow indicator characters @0:7"},
    {"a: 1\n\t\nb: 2", "{\"a\":1,\"b\":2}"},
};

QString compact(const YamlValue &v)
{
    switch (v.type()) {
    case YamlValue::Type::Null:
        return QStringLiteral("null");
    case YamlValue::Type::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case YamlValue::Type::Number:
        if (std::isnan(v.toNumber())) {
            return QStringLiteral("nan");
        }
        if (std::isinf(v.toNumber())) {
            return v.toNumber() > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
        }
        return QString::fromUtf8(v.toJson());
    case YamlValue::Type::String:
        return QString::fromUtf8(v.toJson());
    case YamlValue::Type::Timestamp:
        return QStringLiteral("ts(%1)").arg(v.toString());
    case YamlValue::Type::Sequence: {
        QStringList items;
        for (const YamlValue &item : v.items()) {
            items << compact(item);
        }
        return u'[' + items.join(u',') + u']';
    }
    case YamlValue::Type::Mapping: {
        std::vector<YamlValue::Entry> entries = v.entries();
        std::sort(
            entries.begin(), entries.end(),
            [](const YamlValue::Entry &a, const YamlValue::Entry &b) { return a.first < b.first; });
        QStringList items;
        for (const YamlValue::Entry &e : entries) {
            items << QString::fromUtf8(YamlValue::string(e.first).toJson()) + u':' +
                         compact(e.second);
        }
        return u'{' + items.join(u',') + u'}';
    }
    }
    return QString();
}

QString outcome(const QString &yaml, bool withMark = true)
{
    const YamlReadResult r = YamlReader::read(yaml);
    if (!r.ok) {
        QString s = QStringLiteral("error: ") + r.error.reason;
        if (withMark) {
            s += QStringLiteral(" @%1:%2").arg(r.error.line).arg(r.error.column);
        }
        return s;
    }
    return compact(r.tree.value());
}

void addRows(const Case *begin, const Case *end)
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("expected");
    for (const Case *c = begin; c != end; ++c) {
        QString name = QString::fromUtf8(c->yaml);
        name.replace(u'\n', QStringLiteral("\\n")).replace(u'\t', QStringLiteral("\\t"));
        QTest::newRow(name.toUtf8().constData())
            << QString::fromUtf8(c->yaml) << QString::fromUtf8(c->expected);
    }
}

void compareRow()
{
    QFETCH(QString, yaml);
    QFETCH(QString, expected);
    const bool noMark = expected.endsWith(QStringLiteral(" @-"));
    if (noMark) {
        expected.chop(3);
    }
    QCOMPARE(outcome(yaml, !noMark), expected);
    const YamlReadResult r = YamlReader::read(yaml);
    if (r.ok) {
        const QString problem = Test::checkYamlTree(yaml, r.tree);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

#define CARDIGAN_ROWS(cases) addRows(std::begin(cases), std::end(cases))

// The value node of @p key in the mapping node @p mapping.
int valueOf(const YamlTree &tree, int mapping, const QString &key)
{
    const std::vector<int> &c = tree.node(mapping).children;
    for (size_t i = 0; i + 1 < c.size(); i += 2) {
        if (tree.node(c[i]).text == key) {
            return c[i + 1];
        }
    }
    return -1;
}

struct Span
{
    qsizetype start, contentStart, end;
    bool operator==(const Span &o) const
    {
        return start == o.start && contentStart == o.contentStart && end == o.end;
    }
};

Span span(const YamlNode &n)
{
    return {n.start, n.contentStart, n.end};
}

} // namespace

namespace QTest {
template <>
char *toString(const Span &s)
{
    return QTest::toString(
        QStringLiteral("[%1,%2,%3)").arg(s.start).arg(s.contentStart).arg(s.end));
}
} // namespace QTest

class TestYamlReader : public QObject
{
    Q_OBJECT

private slots:
    void plainScalar_resolvesCoreSchema_data() { CARDIGAN_ROWS(coreCases); }
    void plainScalar_resolvesCoreSchema() { compareRow(); }
    void plainScalar_resolvesTimestamps_data() { CARDIGAN_ROWS(timestampsCases); }
    void plainScalar_resolvesTimestamps() { compareRow(); }
    void scalars_foldAndUnescape_data() { CARDIGAN_ROWS(scalarsCases); }
    void scalars_foldAndUnescape() { compareRow(); }
    void collections_buildValues_data() { CARDIGAN_ROWS(collectionsCases); }
    void collections_buildValues() { compareRow(); }
    void keys_becomeStringsAsInJavaScript_data() { CARDIGAN_ROWS(keysCases); }
    void keys_becomeStringsAsInJavaScript() { compareRow(); }
    void anchorsAndMerges_followJsYaml_data() { CARDIGAN_ROWS(anchorsCases); }
    void anchorsAndMerges_followJsYaml() { compareRow(); }
    void tags_resolveOrFail_data() { CARDIGAN_ROWS(tagsCases); }
    void tags_resolveOrFail() { compareRow(); }
    void documents_directivesAndMarkers_data() { CARDIGAN_ROWS(documentsCases); }
    void documents_directivesAndMarkers() { compareRow(); }
    void tabs_followJsYaml_data() { CARDIGAN_ROWS(tabsCases); }
    void tabs_followJsYaml() { compareRow(); }
    void errors_reportJsYamlMarks_data() { CARDIGAN_ROWS(errorsCases); }
    void errors_reportJsYamlMarks() { compareRow(); }
    void quirks_matchJsYaml_data() { CARDIGAN_ROWS(quirksCases); }
    void quirks_matchJsYaml() { compareRow(); }

    void numbers_keepIntegralFlagAndPrecision();
    void errors_carryOffsetsIntoTheText();
    void emptyBlock_hasNoRoot();
    void spans_scalarStyles();
    void spans_blockCollections();
    void spans_flowCollections();
    void spans_propertiesAndAliases();
    void spans_explicitKeysAndEmptyValues();
    void spans_crlfAndBom();
    void tree_linksParentsChildrenAndValues();
    void limits_deepFlowNestingFailsFast();
    void limits_deepBlockNestingFailsFast();
    void limits_aliasBombFailsFast();
    void limits_aliasChainDeeperThanMaxDepthFails();
    void limits_mergeWorkIsBounded();
    void recursiveAlias_isRefusedOnlyWhenTheCycleSurvives();
};

void TestYamlReader::numbers_keepIntegralFlagAndPrecision()
{
    const YamlReadResult r =
        YamlReader::read(QStringLiteral("i: 10\nf: 10.0\nh: 0xFF\nbig: 0x1fffffffffffff\n"));
    QVERIFY(r.ok);
    const YamlValue v = r.tree.value();
    QVERIFY(v.find(QStringLiteral("i"))->isIntegral());
    QVERIFY(!v.find(QStringLiteral("f"))->isIntegral());
    QCOMPARE(v.find(QStringLiteral("f"))->toNumber(), 10.0);
    QCOMPARE(v.find(QStringLiteral("h"))->toNumber(), 255.0);
    QCOMPARE(v.find(QStringLiteral("big"))->toNumber(), 9007199254740991.0);
}

void TestYamlReader::errors_carryOffsetsIntoTheText()
{
    YamlReadResult r = YamlReader::read(QStringLiteral("a: 1\nb: 2\na: 3\n"));
    QVERIFY(!r.ok);
    QCOMPARE(r.error.reason, QStringLiteral("duplicated mapping key"));
    QCOMPARE(r.error.line, 2);
    QCOMPARE(r.error.column, 0);
    QCOMPARE(r.error.offset, qsizetype(10));

    // As in the Hub's error for a card with two `{name}: {value}` placeholders.
    r = YamlReader::read(QStringLiteral("args:\n  {arg_0}: {value_0}\n  {arg_1}: {value_1}\n"));
    QVERIFY(!r.ok);
    QCOMPARE(r.error.reason, QStringLiteral("duplicated mapping key"));
    QCOMPARE(r.error.line, 2);
    QCOMPARE(r.error.column, 2);

    // js-yaml fails past the end (its appended line break): the offset stays in the text.
    r = YamlReader::read(QStringLiteral("a: [b"));
    QVERIFY(!r.ok);
    QCOMPARE(r.error.line, 1);
    QCOMPARE(r.error.column, 0);
    QCOMPARE(r.error.offset, qsizetype(5));

    r = YamlReader::read(QStringLiteral("a: 1\n---\nb: 2\n"));
    QVERIFY(!r.ok);
    QCOMPARE(r.error.reason,
             QStringLiteral("expected a single document in the stream, but found more"));
    QCOMPARE(r.error.line, 1);

    r = YamlReader::read(QString::fromUtf8("a: b\n\0c", 7));
    QVERIFY(!r.ok);
    QCOMPARE(r.error.reason, QStringLiteral("null byte is not allowed in input"));
    QCOMPARE(r.error.offset, qsizetype(5));
}

void TestYamlReader::emptyBlock_hasNoRoot()
{
    for (const QString &text : {QString(), QStringLiteral("   \n"), QStringLiteral("# c\n"),
                                QStringLiteral("---\n"), QStringLiteral("--- # c\n...\n")}) {
        const YamlReadResult r = YamlReader::read(text);
        QVERIFY2(r.ok, qPrintable(text));
        QCOMPARE(r.tree.root, -1);
        QVERIFY(r.tree.value().isNull());
    }
    // Properties alone make a node: an empty string here.
    const YamlReadResult r = YamlReader::read(QStringLiteral("!!str"));
    QVERIFY(r.ok);
    QCOMPARE(r.tree.root, 0);
    QCOMPARE(r.tree.value(), YamlValue::string(QString()));
}

void TestYamlReader::spans_scalarStyles()
{
    const QString y = QStringLiteral("key: \"a b\"  # c\n"
                                     "q: 'it''s' \n"
                                     "plain: multi\n  line  # c\n"
                                     "lit: |\n  hi\n  there\n\n"
                                     "fold: >-\n  x\n"
                                     "empty:\n"
                                     "next: 1\n");
    const YamlReadResult r = YamlReader::read(y);
    QVERIFY(r.ok);
    const YamlTree &t = r.tree;
    QCOMPARE(span(t.node(t.root)), (Span{0, 0, 101}));
    QCOMPARE(span(t.node(t.node(t.root).children[0])), (Span{0, 0, 3}));

    const YamlNode &dq = t.node(valueOf(t, t.root, QStringLiteral("key")));
    QCOMPARE(dq.style, YamlStyle::DoubleQuoted);
    QCOMPARE(span(dq), (Span{5, 5, 10})); // the quotes exactly, not the comment
    QCOMPARE(dq.text, QStringLiteral("a b"));

    const YamlNode &sq = t.node(valueOf(t, t.root, QStringLiteral("q")));
    QCOMPARE(sq.style, YamlStyle::SingleQuoted);
    QCOMPARE(span(sq), (Span{19, 19, 26}));
    QCOMPARE(sq.text, QStringLiteral("it's"));

    const YamlNode &plain = t.node(valueOf(t, t.root, QStringLiteral("plain")));
    QCOMPARE(plain.style, YamlStyle::Plain);
    QCOMPARE(span(plain), (Span{35, 35, 47})); // to the last character of the last line
    QCOMPARE(plain.text, QStringLiteral("multi line"));

    const YamlNode &lit = t.node(valueOf(t, t.root, QStringLiteral("lit")));
    QCOMPARE(lit.style, YamlStyle::Literal);
    QCOMPARE(span(lit), (Span{58, 58, 72}));
    QCOMPARE(lit.text, QStringLiteral("hi\nthere\n"));

    const YamlNode &fold = t.node(valueOf(t, t.root, QStringLiteral("fold")));
    QCOMPARE(fold.style, YamlStyle::Folded);
    QCOMPARE(span(fold), (Span{80, 80, 86}));
    QCOMPARE(fold.text, QStringLiteral("x"));

    const YamlNode &empty = t.node(valueOf(t, t.root, QStringLiteral("empty")));
    QCOMPARE(empty.style, YamlStyle::Empty);
    QCOMPARE(span(empty), (Span{93, 93, 93})); // right after the ':'
    QVERIFY(empty.value.isNull());

    QCOMPARE(span(t.node(valueOf(t, t.root, QStringLiteral("next")))), (Span{100, 100, 101}));
    const QString problem = Test::checkYamlTree(y, t);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestYamlReader::spans_blockCollections()
{
    const QString y = QStringLiteral("seq:\n- a\n-\n- &x !!str b  \n- - c\nmap:\n  k: v\n  e:\n");
    const YamlReadResult r = YamlReader::read(y);
    QVERIFY(r.ok);
    const YamlTree &t = r.tree;
    QCOMPARE(t.node(t.root).style, YamlStyle::BlockMapping);
    QCOMPARE(span(t.node(t.root)), (Span{0, 0, 48}));

    const int seq = valueOf(t, t.root, QStringLiteral("seq"));
    QCOMPARE(t.node(seq).style, YamlStyle::BlockSequence);
    // From the first '-' to the end of the last item (an indentless sequence).
    QCOMPARE(span(t.node(seq)), (Span{5, 5, 31}));
    const std::vector<int> &items = t.node(seq).children;
    QCOMPARE(items.size(), size_t(4));
    QCOMPARE(span(t.node(items[0])), (Span{7, 7, 8}));
    QCOMPARE(t.node(items[1]).style, YamlStyle::Empty);
    QCOMPARE(span(t.node(items[1])), (Span{10, 10, 10})); // right after the '-'
    QCOMPARE(span(t.node(items[2])), (Span{13, 22, 23})); // properties included in start
    QCOMPARE(t.node(items[3]).style, YamlStyle::BlockSequence);
    QCOMPARE(span(t.node(items[3])), (Span{28, 28, 31}));

    const int map = valueOf(t, t.root, QStringLiteral("map"));
    QCOMPARE(t.node(map).style, YamlStyle::BlockMapping);
    QCOMPARE(span(t.node(map)), (Span{39, 39, 48})); // ends at its last (empty) value
    QCOMPARE(span(t.node(valueOf(t, map, QStringLiteral("e")))), (Span{48, 48, 48}));
    const QString problem = Test::checkYamlTree(y, t);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestYamlReader::spans_flowCollections()
{
    const QString y = QStringLiteral("a: [x, {y: z}, w: v] # c\nb: {p, q: }\n");
    const YamlReadResult r = YamlReader::read(y);
    QVERIFY(r.ok);
    const YamlTree &t = r.tree;
    const int seq = valueOf(t, t.root, QStringLiteral("a"));
    QCOMPARE(t.node(seq).style, YamlStyle::FlowSequence);
    QCOMPARE(span(t.node(seq)), (Span{3, 3, 20}));
    const std::vector<int> &items = t.node(seq).children;
    QCOMPARE(items.size(), size_t(3));
    QCOMPARE(span(t.node(items[1])), (Span{7, 7, 13}));
    QCOMPARE(t.node(items[2]).style, YamlStyle::FlowMapping); // the brace-less pair `w: v`
    QCOMPARE(span(t.node(items[2])), (Span{15, 15, 19}));

    const int map = valueOf(t, t.root, QStringLiteral("b"));
    QCOMPARE(span(t.node(map)), (Span{28, 28, 36}));
    const std::vector<int> &c = t.node(map).children;
    QCOMPARE(c.size(), size_t(4));
    QCOMPARE(span(t.node(c[1])), (Span{30, 30, 30})); // `p` has no ':': at the key's end
    QCOMPARE(span(t.node(c[3])), (Span{34, 34, 34})); // right after `q:`
    QCOMPARE(compact(t.value()),
             QStringLiteral(R"({"a":["x",{"y":"z"},{"w":"v"}],"b":{"p":null,"q":null}})"));
    const QString problem = Test::checkYamlTree(y, t);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestYamlReader::spans_propertiesAndAliases()
{
    const QString y = QStringLiteral("a: &x !!str v\nb: *x\nc: !!str\nd: &y\n  k: 1\n");
    const YamlReadResult r = YamlReader::read(y);
    QVERIFY(r.ok);
    const YamlTree &t = r.tree;
    const YamlNode &a = t.node(valueOf(t, t.root, QStringLiteral("a")));
    QCOMPARE(span(a), (Span{3, 12, 13}));
    QCOMPARE(a.tag, QStringLiteral("!!str"));
    QCOMPARE(a.anchor, QStringLiteral("x"));

    const int b = valueOf(t, t.root, QStringLiteral("b"));
    QCOMPARE(t.node(b).kind, YamlNode::Kind::Alias);
    QCOMPARE(t.node(b).style, YamlStyle::Alias);
    QCOMPARE(span(t.node(b)), (Span{17, 17, 19}));
    QCOMPARE(t.node(b).text, QStringLiteral("x"));
    QCOMPARE(t.node(b).target, valueOf(t, t.root, QStringLiteral("a")));
    QCOMPARE(t.node(b).value, YamlValue::string(QStringLiteral("v")));

    // A tag with nothing after it: an Empty node that starts at the tag.
    const YamlNode &c = t.node(valueOf(t, t.root, QStringLiteral("c")));
    QCOMPARE(c.style, YamlStyle::Empty);
    QCOMPARE(span(c), (Span{23, 28, 28}));
    QCOMPARE(c.value, YamlValue::string(QString()));

    // An anchor on the line before its block mapping.
    const YamlNode &d = t.node(valueOf(t, t.root, QStringLiteral("d")));
    QCOMPARE(d.style, YamlStyle::BlockMapping);
    QCOMPARE(span(d), (Span{32, 37, 41}));
    QCOMPARE(d.anchor, QStringLiteral("y"));
    const QString problem = Test::checkYamlTree(y, t);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestYamlReader::spans_explicitKeysAndEmptyValues()
{
    const QString y = QStringLiteral("? a\n? b\n: c\n");
    const YamlReadResult r = YamlReader::read(y);
    QVERIFY(r.ok);
    const YamlTree &t = r.tree;
    QCOMPARE(span(t.node(t.root)), (Span{0, 0, 11}));
    const std::vector<int> &c = t.node(t.root).children;
    QCOMPARE(c.size(), size_t(4));
    QCOMPARE(span(t.node(c[0])), (Span{2, 2, 3}));
    QCOMPARE(t.node(c[1]).style, YamlStyle::Empty);
    QCOMPARE(span(t.node(c[1])), (Span{3, 3, 3})); // no ':' at all: after the key
    QCOMPARE(span(t.node(c[2])), (Span{6, 6, 7}));
    QCOMPARE(span(t.node(c[3])), (Span{10, 10, 11}));
    QCOMPARE(compact(t.value()), QStringLiteral(R"({"a":null,"b":"c"})"));
}

void TestYamlReader::spans_crlfAndBom()
{
    const QString y = QStringLiteral("\ufeffa: b\r\nc: |\r\n  x\r\n");
    const YamlReadResult r = YamlReader::read(y);
    QVERIFY(r.ok);
    const YamlTree &t = r.tree;
    QCOMPARE(span(t.node(t.root)), (Span{1, 1, 16})); // offsets count the BOM
    QCOMPARE(span(t.node(valueOf(t, t.root, QStringLiteral("a")))), (Span{4, 4, 5}));
    const YamlNode &lit = t.node(valueOf(t, t.root, QStringLiteral("c")));
    QCOMPARE(span(lit), (Span{10, 10, 16})); // never the '\r'
    QCOMPARE(lit.text, QStringLiteral("x\n"));
    const QString problem = Test::checkYamlTree(y, t);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Columns are js-yaml's, which strips the BOM; the offset is ours.
    const YamlReadResult e = YamlReader::read(QStringLiteral("\ufeffa: b: c"));
    QVERIFY(!e.ok);
    QCOMPARE(e.error.column, 4);
    QCOMPARE(e.error.offset, qsizetype(5));
}

void TestYamlReader::tree_linksParentsChildrenAndValues()
{
    const QString y = QStringLiteral("base: &b {x: 1}\nlist:\n  - <<: *b\n    y: [2, 3]\n");
    const YamlReadResult r = YamlReader::read(y);
    QVERIFY(r.ok);
    const YamlTree &t = r.tree;
    QCOMPARE(t.root, 0);
    QCOMPARE(t.node(0).parent, -1);
    for (int i = 1; i < int(t.nodes.size()); ++i) {
        QVERIFY(t.node(i).parent >= 0 && t.node(i).parent < i); // a parent before its children
    }
    const int list = valueOf(t, t.root, QStringLiteral("list"));
    const int item = t.node(list).children.front();
    QCOMPARE(t.node(item).parent, list);
    QCOMPARE(t.node(item).kind, YamlNode::Kind::Mapping);
    // The tree keeps the merge key as written; the value has it applied.
    QCOMPARE(t.node(t.node(item).children[0]).text, QStringLiteral("<<"));
    QCOMPARE(compact(t.node(item).value), QStringLiteral(R"({"x":1,"y":[2,3]})"));
    const int alias = t.node(item).children[1];
    QCOMPARE(t.node(alias).target, valueOf(t, t.root, QStringLiteral("base")));
    QCOMPARE(t.node(valueOf(t, item, QStringLiteral("y"))).value,
             YamlValue::sequence({YamlValue::number(2, true), YamlValue::number(3, true)}));
    QCOMPARE(t.value(), t.node(t.root).value);
}

void TestYamlReader::limits_deepFlowNestingFailsFast()
{
    QElapsedTimer timer;
    timer.start();
    const YamlReadResult r = YamlReader::read(QString(100000, u'['));
    QVERIFY(!r.ok);
    QCOMPARE(r.error.reason, QStringLiteral("nesting exceeded maxDepth (100)"));
    QCOMPARE(r.error.line, 0);
    QCOMPARE(r.error.column, 99);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    // Just inside js-yaml's limit is fine.
    QVERIFY(YamlReader::read(QString(98, u'[') + QString(98, u']')).ok);
}

void TestYamlReader::limits_deepBlockNestingFailsFast()
{
    QElapsedTimer timer;
    timer.start();
    QString deep;
    for (int i = 0; i < 1000; ++i) {
        deep += QString(i, u' ') + QStringLiteral("k:\n");
    }
    YamlReadResult r = YamlReader::read(deep);
    QVERIFY(!r.ok);
    QCOMPARE(r.error.reason, QStringLiteral("nesting exceeded maxDepth (100)"));
    r = YamlReader::read(QStringLiteral("- ").repeated(100000));
    QVERIFY(!r.ok);
    QCOMPARE(r.error.reason, QStringLiteral("nesting exceeded maxDepth (100)"));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestYamlReader::limits_aliasBombFailsFast()
{
    // "Billion laughs": nine levels of nine aliases each.
    QString bomb = QStringLiteral(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    QChar previous = u'a';
    for (char16_t name = u'b'; name <= u'j'; ++name) {
        QStringList aliases;
        for (int i = 0; i < 9; ++i) {
            aliases << u'*' + QString(previous);
        }
        bomb += QString(QChar(name)) + QStringLiteral(": &") + QChar(name) + QStringLiteral(" [") +
                aliases.join(QStringLiteral(", ")) + QStringLiteral("]\n");
        previous = QChar(name);
    }
    QElapsedTimer timer;
    timer.start();
    const YamlReadResult r = YamlReader::read(bomb);
    QVERIFY(!r.ok);
    QCOMPARE(r.error.reason, QStringLiteral("aliases expand to more than 1000000 values"));
    QCOMPARE(r.error.line, 6); // the first collection that expands past the limit
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

void TestYamlReader::limits_aliasChainDeeperThanMaxDepthFails()
{
    // Each level is shallow to read, but aliases stack the value 600 levels deep.
    QString chain = QStringLiteral("l0: &l0 [x]\n");
    for (int i = 1; i < 600; ++i) {
        chain += QStringLiteral("l%1: &l%1 [*l%2]\n").arg(i).arg(i - 1);
    }
    const YamlReadResult r = YamlReader::read(chain);
    QVERIFY(!r.ok);
    QCOMPARE(r.error.reason, QStringLiteral("nesting deeper than 500 levels"));
    QCOMPARE(r.error.line, 499);
}

void TestYamlReader::limits_mergeWorkIsBounded()
{
    QStringList keys;
    for (int i = 0; i < 200; ++i) {
        keys << QStringLiteral("k%1: %1").arg(i);
    }
    const QString base =
        QStringLiteral("m: &m {") + keys.join(QStringLiteral(", ")) + QStringLiteral("}\n");
    QStringList aliases(60, QStringLiteral("*m"));
    YamlReadResult r = YamlReader::read(base + QStringLiteral("x:\n  <<: [") +
                                        aliases.join(QStringLiteral(", ")) + QStringLiteral("]\n"));
    QVERIFY(!r.ok);
    QCOMPARE(r.error.reason, QStringLiteral("merge keys exceeded maxTotalMergeKeys (10000)"));
    QCOMPARE(r.error.line, 2);
    aliases = QStringList(40, QStringLiteral("*m"));
    r = YamlReader::read(base + QStringLiteral("x:\n  <<: [") + aliases.join(QStringLiteral(", ")) +
                         QStringLiteral("]\n"));
    QVERIFY(r.ok);
    QCOMPARE(r.tree.value().find(QStringLiteral("x"))->entries().size(), size_t(200));
}

void TestYamlReader::recursiveAlias_isRefusedOnlyWhenTheCycleSurvives()
{
    // js-yaml builds a cyclic object, which the Hub cannot serialize.
    YamlReadResult r = YamlReader::read(QStringLiteral("a: &x [1, [*x]]\nb: 2\n"));
    QVERIFY(!r.ok);
    QCOMPARE(r.error.reason, QStringLiteral("recursive alias \"x\" is not supported"));
    QCOMPARE(r.error.line, 0);
    QCOMPARE(r.error.column, 13);
    // A later js-yaml error still wins, as it would in js-yaml.
    r = YamlReader::read(QStringLiteral("a: &x [*x]\na: 2\n"));
    QVERIFY(!r.ok);
    QCOMPARE(r.error.reason, QStringLiteral("duplicated mapping key"));
    // Inside a key the object becomes "[object Object]": no cycle is left.
    r = YamlReader::read(QStringLiteral("? &a {k: *a}\n: v\n"));
    QVERIFY(r.ok);
    QCOMPARE(compact(r.tree.value()), QStringLiteral(R"({"[object Object]":"v"})"));
    // A merge sees what the unfinished mapping holds so far.
    r = YamlReader::read(QStringLiteral("&a\nx: 1\ny:\n  <<: *a\n"));
    QVERIFY(r.ok);
    QCOMPARE(compact(r.tree.value()), QStringLiteral(R"({"x":1,"y":{"x":1}})"));
}

QTEST_GUILESS_MAIN(TestYamlReader)
#include "tst_yamlreader.moc"
