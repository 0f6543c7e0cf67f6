#include "linediff.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Cardigan;
using namespace Qt::StringLiterals;

using Op = LineDiff::Op;
using Chunk = LineDiff::Chunk;

namespace {

QStringList toList(const std::vector<QStringView> &lines)
{
    QStringList out;
    for (const QStringView line : lines) {
        out << line.toString();
    }
    return out;
}

// Checks that @p chunks cover both sides in order, that Equal runs really are equal, and
// returns the number of kept lines (the common subsequence found).
qsizetype checkScript(const std::vector<QStringView> &a, const std::vector<QStringView> &b,
                      const std::vector<Chunk> &chunks, bool *ok)
{
    *ok = false;
    qsizetype i = 0;
    qsizetype j = 0;
    qsizetype kept = 0;
    for (const Chunk &c : chunks) {
        if (c.oldStart != i || c.newStart != j || c.count <= 0) {
            return -1;
        }
        switch (c.op) {
        case Op::Equal:
            for (qsizetype k = 0; k < c.count; ++k) {
                if (size_t(i + k) >= a.size() || size_t(j + k) >= b.size() ||
                    a[size_t(i + k)] != b[size_t(j + k)]) {
                    return -1;
                }
            }
            i += c.count;
            j += c.count;
            kept += c.count;
            break;
        case Op::Delete:
            i += c.count;
            break;
        case Op::Insert:
            j += c.count;
            break;
        }
    }
    *ok = size_t(i) == a.size() && size_t(j) == b.size();
    return kept;
}

qsizetype lcsLength(const std::vector<QStringView> &a, const std::vector<QStringView> &b)
{
    std::vector<qsizetype> row(b.size() + 1, 0);
    for (size_t i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = 0;
        for (size_t j = 1; j <= b.size(); ++j) {
            const qsizetype up = row[j];
            row[j] = a[i - 1] == b[j - 1] ? diagonal + 1 : std::max(row[j], row[j - 1]);
            diagonal = up;
        }
    }
    return row[b.size()];
}

QString randomLines(QRandomGenerator &random, int count, int alphabet)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        text += QString(QChar(u'a' + random.bounded(alphabet)));
        text += random.bounded(8) == 0 ? u"\r\n"_s : u"\n"_s;
    }
    return text;
}

// A card-like text of about @p bytes: front matter and prose, every line distinct-ish.
QString bigCard(qsizetype bytes)
{
    QString text = u"---\nlicense: mit\ntags:\n- text\n---\n# Model\n\n"_s;
    for (int i = 0; text.size() < bytes; ++i) {
        text +=
            u"Paragraph %1 explains the model, its training data and its limits.\n"_s.arg(i % 5000);
        if (i % 7 == 0) {
            text += u"\n"_s;
        }
    }
    return text;
}

} // namespace

class TestLineDiff : public QObject
{
    Q_OBJECT

private slots:
    void splitLines_keepsTerminators();
    void diff_emptyInputs();
    void diff_insert();
    void diff_delete();
    void diff_change();
    void diff_terminatorChangeIsAChange();
    void diff_isMinimalOnRandomInputs();
    void diff_isValidWithCostLimit();
    void unified_formatsLikeDiffU();
    void unified_equalTextsGiveNothing();
    void unified_mergesCloseHunks();
    void unified_marksMissingFinalNewline();
    void unified_showsUnusualTerminators();
    void unified_emptyOldText();
    void bigInputs_areBoundedInTime_data();
    void bigInputs_areBoundedInTime();
};

void TestLineDiff::splitLines_keepsTerminators()
{
    QCOMPARE(toList(LineDiff::splitLines(u"a\nb\r\nc\rd")),
             QStringList({u"a\n"_s, u"b\r\n"_s, u"c\r"_s, u"d"_s}));
    QCOMPARE(toList(LineDiff::splitLines(u"a\n")), QStringList({u"a\n"_s}));
    QCOMPARE(toList(LineDiff::splitLines(u"\n\n")), QStringList({u"\n"_s, u"\n"_s}));
    QCOMPARE(toList(LineDiff::splitLines(u"\r\r\n")), QStringList({u"\r"_s, u"\r\n"_s}));
    QVERIFY(LineDiff::splitLines(u"").empty());
}

void TestLineDiff::diff_emptyInputs()
{
    const auto empty = LineDiff::splitLines(u"");
    const auto two = LineDiff::splitLines(u"a\nb\n");
    QVERIFY(LineDiff::diff(empty, empty).empty());
    QCOMPARE(LineDiff::diff(empty, two), (std::vector<Chunk>{{Op::Insert, 0, 0, 2}}));
    QCOMPARE(LineDiff::diff(two, empty), (std::vector<Chunk>{{Op::Delete, 0, 0, 2}}));
}

void TestLineDiff::diff_insert()
{
    const auto a = LineDiff::splitLines(u"a\nb\nc\n");
    const auto b = LineDiff::splitLines(u"a\nb\nnew\nc\n");
    QCOMPARE(LineDiff::diff(a, b), (std::vector<Chunk>{
                                       {Op::Equal, 0, 0, 2},
                                       {Op::Insert, 2, 2, 1},
                                       {Op::Equal, 2, 3, 1},
                                   }));
}

void TestLineDiff::diff_delete()
{
    const auto a = LineDiff::splitLines(u"a\nb\nc\nd\n");
    const auto b = LineDiff::splitLines(u"a\nd\n");
    QCOMPARE(LineDiff::diff(a, b), (std::vector<Chunk>{
                                       {Op::Equal, 0, 0, 1},
                                       {Op::Delete, 1, 1, 2},
                                       {Op::Equal, 3, 1, 1},
                                   }));
}

void TestLineDiff::diff_change()
{
    const auto a = LineDiff::splitLines(u"---\nlicense: mit\n---\nbody\n");
    const auto b = LineDiff::splitLines(u"---\nlicense: apache-2.0\n---\nbody\n");
    QCOMPARE(LineDiff::diff(a, b), (std::vector<Chunk>{
                                       {Op::Equal, 0, 0, 1},
                                       {Op::Delete, 1, 1, 1},
                                       {Op::Insert, 2, 1, 1},
                                       {Op::Equal, 2, 2, 2},
                                   }));
}

void TestLineDiff::diff_terminatorChangeIsAChange()
{
    const auto a = LineDiff::splitLines(u"a\r\nb\r\nc");
    const auto b = LineDiff::splitLines(u"a\r\nb\nc");
    QCOMPARE(LineDiff::diff(a, b), (std::vector<Chunk>{
                                       {Op::Equal, 0, 0, 1},
                                       {Op::Delete, 1, 1, 1},
                                       {Op::Insert, 2, 1, 1},
                                       {Op::Equal, 2, 2, 1},
                                   }));
}

void TestLineDiff::diff_isMinimalOnRandomInputs()
{
    QRandomGenerator random(20240611);
    for (int round = 0; round < 2000; ++round) {
        const QString x = randomLines(random, random.bounded(40), 1 + random.bounded(6));
        const QString y = randomLines(random, random.bounded(40), 1 + random.bounded(6));
        const auto a = LineDiff::splitLines(x);
        const auto b = LineDiff::splitLines(y);
        bool ok = false;
        const qsizetype kept = checkScript(a, b, LineDiff::diff(a, b, 0), &ok);
        QVERIFY2(ok, qPrintable(x + u" | "_s + y));
        QCOMPARE(kept, lcsLength(a, b));
    }
}

void TestLineDiff::diff_isValidWithCostLimit()
{
    // A tiny cost limit forces the heuristic split on every search: still a valid script.
    QRandomGenerator random(7);
    for (int round = 0; round < 500; ++round) {
        const auto x = randomLines(random, random.bounded(200), 1 + random.bounded(4));
        const auto y = randomLines(random, random.bounded(200), 1 + random.bounded(4));
        const auto a = LineDiff::splitLines(x);
        const auto b = LineDiff::splitLines(y);
        bool ok = false;
        checkScript(a, b, LineDiff::diff(a, b, 1 + random.bounded(3)), &ok);
        QVERIFY(ok);
    }
}

void TestLineDiff::unified_formatsLikeDiffU()
{
    QString before;
    QString after;
    for (int i = 1; i <= 10; ++i) {
        before += u"line %1\n"_s.arg(i);
        after += i == 5 ? u"line five\n"_s : u"line %1\n"_s.arg(i);
    }
    QCOMPARE(LineDiff::unified(before, after, u"a/README.md"_s, u"b/README.md"_s),
             u"--- a/README.md\n"
             "+++ b/README.md\n"
             "@@ -2,7 +2,7 @@\n"
             " line 2\n line 3\n line 4\n"
             "-line 5\n"
             "+line five\n"
             " line 6\n line 7\n line 8\n"_s);
}

void TestLineDiff::unified_equalTextsGiveNothing()
{
    QCOMPARE(LineDiff::unified(u"a\nb\n"_s, u"a\nb\n"_s, u"x"_s, u"y"_s), QString());
    QCOMPARE(LineDiff::unified(QString(), QString(), u"x"_s, u"y"_s), QString());
}

void TestLineDiff::unified_mergesCloseHunks()
{
    const QString before = u"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n"_s;
    QString after = before;
    after.replace(u"2\n"_s, u"two\n"_s);
    after.replace(u"\n8\n"_s, u"\neight\n"_s);    // 5 lines between: one hunk
    after.replace(u"\n15\n"_s, u"\nfifteen\n"_s); // 6 lines between: still one (2 x 3)
    const QString diff = LineDiff::unified(before, after, u"a"_s, u"b"_s);
    QCOMPARE(diff.count(u"@@ -"_s), 1);
    QVERIFY(diff.contains(u"@@ -1,16 +1,16 @@\n"_s));

    after = before;
    after.replace(u"2\n"_s, u"two\n"_s);
    after.replace(u"\n10\n"_s, u"\nten\n"_s); // 7 lines between: two hunks
    QCOMPARE(LineDiff::unified(before, after, u"a"_s, u"b"_s).count(u"@@ -"_s), 2);
}

void TestLineDiff::unified_marksMissingFinalNewline()
{
    QCOMPARE(LineDiff::unified(u"a\nb"_s, u"a\nb\n"_s, u"x"_s, u"y"_s),
             u"--- x\n+++ y\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n"_s);
}

void TestLineDiff::unified_showsUnusualTerminators()
{
    // In a CRLF card, CRLF lines are the norm: only the LF line shows its terminator.
    QCOMPARE(LineDiff::unified(u"a\r\nb\r\nc\r\n"_s, u"a\r\nb\nc\r\n"_s, u"x"_s, u"y"_s),
             u"--- x\n+++ y\n@@ -1,3 +1,3 @@\n a\n-b\n+b\u240a\n c\n"_s);
    QCOMPARE(LineDiff::unified(u"a\nb\n"_s, u"a\nB\r\n"_s, u"x"_s, u"y"_s),
             u"--- x\n+++ y\n@@ -1,2 +1,2 @@\n a\n-b\n+B\u240d\u240a\n"_s);
}

void TestLineDiff::unified_emptyOldText()
{
    QCOMPARE(LineDiff::unified(QString(), u"a\nb\n"_s, u"x"_s, u"y"_s),
             u"--- x\n+++ y\n@@ -0,0 +1,2 @@\n+a\n+b\n"_s);
    QCOMPARE(LineDiff::unified(u"a\n"_s, QString(), u"x"_s, u"y"_s),
             u"--- x\n+++ y\n@@ -1 +0,0 @@\n-a\n"_s);
}

void TestLineDiff::bigInputs_areBoundedInTime_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");

    const QString card = bigCard(600'000);
    QString edited = card;
    for (qsizetype at = 1000; at < edited.size(); at += 40'000) {
        edited.insert(edited.indexOf(u'\n', at) + 1, u"An inserted line.\n"_s);
    }
    QTest::newRow("600 KB, scattered edits") << card << edited;

    QStringList lines = card.split(u'\n');
    std::reverse(lines.begin(), lines.end());
    QTest::newRow("600 KB, reversed") << card << lines.join(u'\n');

    // Few distinct lines, shuffled: every line matches many others (Myers' worst case).
    QRandomGenerator random(42);
    QString x;
    QString y;
    while (x.size() < 600'000) {
        x += u"row %1\n"_s.arg(random.bounded(64));
        y += u"row %1\n"_s.arg(random.bounded(64));
    }
    QTest::newRow("600 KB, shuffled repeated lines") << x << y;
    x.clear();
    y.clear();
    while (x.size() < 600'000) {
        x += random.bounded(2) ? u"a\n"_s : u"b\n"_s;
        y += random.bounded(2) ? u"a\n"_s : u"b\n"_s;
    }
    QTest::newRow("600 KB, 300,000 random one-letter lines") << x << y;
    QTest::newRow("600 KB vs empty") << card << QString();
}

void TestLineDiff::bigInputs_areBoundedInTime()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const auto a = LineDiff::splitLines(before);
    const auto b = LineDiff::splitLines(after);
    QElapsedTimer timer;
    timer.start();
    const auto chunks = LineDiff::diff(a, b);
    const QString unified = LineDiff::unified(before, after, u"a"_s, u"b"_s);
    const qint64 elapsed = timer.elapsed();
    qInfo("%s: %lld ms for %zu and %zu lines, %zu chunks", QTest::currentDataTag(), elapsed,
          a.size(), b.size(), chunks.size());
    bool ok = false;
    checkScript(a, b, chunks, &ok);
    QVERIFY(ok);
    QVERIFY(!unified.isEmpty());
    // The timing is printed, not asserted: speed targets live in the benchmarks.
}

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
