#include "ggufheader.h"

#include "synthrepo.h"

#include <QBuffer>
#include <QtTest>

using namespace Cardigan;
using SynthRepo::Gguf;

class TestGgufHeader : public QObject
{
    Q_OBJECT

    static GgufHeader read(const QByteArray &bytes, qint64 fileSize = -1,
                           qint64 budget = GgufHeader::defaultMaxHeaderBytes)
    {
        QBuffer b;
        b.setData(bytes);
        b.open(QIODevice::ReadOnly);
        return GgufHeader::read(b, fileSize < 0 ? bytes.size() : fileSize, budget);
    }

private slots:
    void read_metadataAndStoredParameterCount()
    {
        Gguf g;
        g.header(3, 1, 5)
            .kvString("general.architecture", "llama")
            .kvString("general.name", "Tiny")
            .kvU32("general.file_type", 15)
            .kvStrings("tokenizer.ggml.tokens", {"<s>", "</s>", "a", "b"})
            .kvU64("general.parameter_count", 7'241'732'096)
            .tensor("w", {4, 4});
        const GgufHeader h = read(g.bytes);
        QVERIFY2(h.ok, qPrintable(h.warning));
        QVERIFY(h.warning.isEmpty());
        QCOMPARE(h.version, 3u);
        QCOMPARE(h.tensorCount, 1u);
        QCOMPARE(h.architecture, QStringLiteral("llama"));
        QCOMPARE(h.name, QStringLiteral("Tiny"));
        QCOMPARE(h.fileType, 15);
        QCOMPARE(h.quantization(), QStringLiteral("Q4_K_M"));
        QCOMPARE(h.parameters, 7'241'732'096);
        QVERIFY(!h.parametersFromTensors);
    }

    void read_parametersSummedFromTensorInfos()
    {
        Gguf g;
        g.header(3, 3, 1)
            .kvString("general.architecture", "gpt2")
            .tensor("a", {768, 50257}, 1)
            .tensor("b", {768}, 0, 64)
            .tensor("c", {2, 3, 4, 5}, 0, 128);
        const GgufHeader h = read(g.bytes);
        QVERIFY2(h.ok && h.warning.isEmpty(), qPrintable(h.warning));
        QCOMPARE(h.parameters, 768 * 50257 + 768 + 120);
        QVERIFY(h.parametersFromTensors);
        QCOMPARE(h.fileType, -1);
        QVERIFY(h.quantization().isEmpty());
    }

    void read_bigFixedArrayIsSkippedNotRead()
    {
        Gguf g;
        g.header(3, 0, 2)
            .kvFloats("tokenizer.ggml.scores", 1'000'000)
            .kvU32("general.file_type", 1);
        const GgufHeader h = read(g.bytes);
        QVERIFY2(h.ok, qPrintable(h.warning));
        QCOMPARE(h.quantization(), QStringLiteral("F16"));
        QVERIFY2(h.bytesRead < 200'000, qPrintable(QString::number(h.bytesRead))); // 4 MB skipped
    }

    void read_version1Uses32BitLengths()
    {
        Gguf g;
        g.raw("GGUF").u32(1).u32(1).u32(1);
        g.u32(20).raw("general.architecture").u32(8).u32(6).raw("falcon");
        g.u32(1).raw("w").u32(2).u32(3).u32(4).u32(0).u64(0);
        const GgufHeader h = read(g.bytes);
        QVERIFY2(h.ok && h.warning.isEmpty(), qPrintable(h.warning));
        QCOMPARE(h.architecture, QStringLiteral("falcon"));
        QCOMPARE(h.parameters, 12);
    }

    void read_refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("magic") << false;
        QTest::newRow("bad magic")
            << QByteArray("GGML\3\0\0\0") << QStringLiteral("magic") << false;
        QTest::newRow("version 9")
            << Gguf().raw("GGUF").u32(9).bytes << QStringLiteral("version") << false;
        QTest::newRow("counts cut")
            << Gguf().raw("GGUF").u32(3).u32(1).bytes << QStringLiteral("truncated") << false;
        QTest::newRow("lying tensor count")
            << Gguf().header(3, ~quint64(0), 0).bytes << QStringLiteral("damaged") << false;
        QTest::newRow("lying key length") << Gguf().header(3, 0, 1).u64(quint64(1) << 60).bytes
                                          << QStringLiteral("past the end") << false;
        QTest::newRow("lying string value length")
            << Gguf().header(3, 0, 1).str("general.name").u32(8).u64(quint64(1) << 62).bytes
            << QStringLiteral("past the end") << false;
        QTest::newRow("lying array count")
            << Gguf().header(3, 0, 1).str("x").u32(9).u32(8).u64(~quint64(0)).bytes
            << QStringLiteral("could not be read") << false;
        QTest::newRow("unknown value type")
            << Gguf().header(3, 0, 1).str("x").u32(77).bytes << QStringLiteral("type 77") << false;
        QTest::newRow("key/values cut")
            << Gguf().header(3, 0, 2).kvString("general.architecture", "llama").bytes
            << QStringLiteral("key/value 1") << false;
        // The key/values are fine; the tensor infos are cut: metadata kept, count unknown.
        QTest::newRow("tensor infos cut") << Gguf()
                                                 .header(3, 2, 1)
                                                 .kvString("general.architecture", "llama")
                                                 .tensor("a", {2})
                                                 .bytes
                                          << QStringLiteral("tensor info 1") << true;
        QTest::newRow("too many dims") << Gguf().header(3, 1, 0).str("a").u32(1000).bytes
                                       << QStringLiteral("tensor info 0") << true;
        QTest::newRow("overflowing shape")
            << Gguf().header(3, 1, 0).tensor("a", {quint64(1) << 40, quint64(1) << 40}).bytes
            << QStringLiteral("impossible shape") << true;
    }
    void read_refusesBadFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(bool, ok);
        const GgufHeader h = read(bytes);
        QCOMPARE(h.ok, ok);
        QVERIFY2(h.warning.contains(expected), qPrintable(h.warning));
        QCOMPARE(h.parameters, -1);
    }

    void read_keepsArchitectureWhenTensorInfosCut()
    {
        const GgufHeader h = read(Gguf()
                                      .header(3, 2, 1)
                                      .kvString("general.architecture", "llama")
                                      .tensor("a", {2})
                                      .bytes);
        QCOMPARE(h.architecture, QStringLiteral("llama"));
    }

    void read_claimedSizeLargerThanDevice()
    {
        // A sparse 1 TB file listed earlier whose bytes end early: read errors, no hang.
        const GgufHeader h =
            read(Gguf().header(3, 0, 1).str("general.name").bytes, 1'000'000'000'000);
        QVERIFY(!h.ok);
        QVERIFY(!h.warning.isEmpty());
    }

    void read_budgetStopsEarly()
    {
        Gguf g;
        g.header(3, 1, 2)
            .kvString("general.architecture", "llama")
            .kvString("general.name", QByteArray(3000, 'n'));
        g.tensor("a", {2});
        const GgufHeader h = read(g.bytes, -1, 1000);
        QVERIFY(!h.ok);
        QVERIFY2(h.warning.contains(QStringLiteral("larger than 1000")), qPrintable(h.warning));
        QCOMPARE(h.architecture, QStringLiteral("llama"));
    }

    void fileTypeNames()
    {
        QCOMPARE(GgufHeader::fileTypeName(0), QStringLiteral("F32"));
        QCOMPARE(GgufHeader::fileTypeName(7), QStringLiteral("Q8_0"));
        QCOMPARE(GgufHeader::fileTypeName(32), QStringLiteral("BF16"));
        QVERIFY(GgufHeader::fileTypeName(4).isEmpty());
        QVERIFY(GgufHeader::fileTypeName(-3).isEmpty());
        QVERIFY(GgufHeader::fileTypeName(10'000).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGgufHeader)
#include "tst_ggufheader.moc"
