#include "safetensorsheader.h"

#include "synthrepo.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Cardigan;
using SynthRepo::le64;
using SynthRepo::safetensorsHead;

class TestSafetensorsHeader : public QObject
{
    Q_OBJECT

    static SafetensorsHeader readBytes(const QByteArray &bytes, qint64 fileSize = -1,
                                       qint64 maxLength = SafetensorsHeader::maxHeaderLength)
    {
        QBuffer b;
        b.setData(bytes);
        b.open(QIODevice::ReadOnly);
        return SafetensorsHeader::read(b, fileSize < 0 ? bytes.size() : fileSize, maxLength);
    }

private slots:
    void parse_countsParametersPerDtype()
    {
        const QByteArray json = R"({"a":{"dtype":"F32","shape":[2,3],"data_offsets":[0,24]},)"
                                R"("b":{"dtype":"BF16","shape":[4],"data_offsets":[24,32]},)"
                                R"("__metadata__":{"format":"pt","n":1}})";
        const SafetensorsHeader h = SafetensorsHeader::parse(json, 32);
        QVERIFY2(h.ok, qPrintable(h.warning));
        QCOMPARE(h.tensorCount, 2);
        QCOMPARE(h.parameters, 10);
        QCOMPARE(h.parametersByDtype.value(QStringLiteral("F32")), 6);
        QCOMPARE(h.parametersByDtype.value(QStringLiteral("BF16")), 4);
        QCOMPARE(h.metadata.value(QStringLiteral("format")), QStringLiteral("pt"));
        QVERIFY(!h.metadata.contains(QStringLiteral("n"))); // only strings are kept
    }

    void parse_scalarAndEmptyTensors()
    {
        const QByteArray json = R"({"s":{"dtype":"I64","shape":[],"data_offsets":[0,8]},)"
                                R"("e":{"dtype":"F16","shape":[0,5],"data_offsets":[8,8]}})";
        const SafetensorsHeader h = SafetensorsHeader::parse(json, 8);
        QVERIFY2(h.ok, qPrintable(h.warning));
        QCOMPARE(h.parameters, 1);
    }

    void parse_unknownDtypeCountsWithoutSizeCheck()
    {
        const SafetensorsHeader h = SafetensorsHeader::parse(
            R"({"x":{"dtype":"F4_NEW","shape":[10],"data_offsets":[0,5]}})", 5);
        QVERIFY(h.ok);
        QCOMPARE(h.parametersByDtype.value(QStringLiteral("F4_NEW")), 10);
    }

    void parse_refusesBadHeaders_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\"a\":") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1]") << QStringLiteral("not a JSON object");
        QTest::newRow("no dtype") << QByteArray(R"({"a":{"shape":[1],"data_offsets":[0,4]}})")
                                  << QStringLiteral("lacks");
        QTest::newRow("negative dim")
            << QByteArray(R"({"a":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}})")
            << QStringLiteral("non-negative");
        QTest::newRow("fractional dim")
            << QByteArray(R"({"a":{"dtype":"F32","shape":[1.5],"data_offsets":[0,4]}})")
            << QStringLiteral("non-negative");
        QTest::newRow("offsets past the data")
            << QByteArray(R"({"a":{"dtype":"F32","shape":[100],"data_offsets":[0,400]}})")
            << QStringLiteral("truncated or the header lies");
        QTest::newRow("offsets reversed")
            << QByteArray(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[8,4]}})")
            << QStringLiteral("outside");
        QTest::newRow("shape disagrees with offsets")
            << QByteArray(R"({"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})")
            << QStringLiteral("different number of bytes");
        QTest::newRow("overflowing shape")
            << QByteArray(R"({"a":{"dtype":"F32","shape":[4294967296,4294967296,4294967296],)"
                          R"("data_offsets":[0,8]}})")
            << QStringLiteral("impossibly large");
    }
    void parse_refusesBadHeaders()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const SafetensorsHeader h = SafetensorsHeader::parse(json, 64);
        QVERIFY(!h.ok);
        QVERIFY2(h.warning.contains(expected), qPrintable(h.warning));
        QCOMPARE(h.parameters, 0);
        QVERIFY(h.parametersByDtype.isEmpty());
    }

    void read_fromDevice()
    {
        const QByteArray json = R"({"w":{"dtype":"F16","shape":[2,2],"data_offsets":[0,8]}})";
        const QByteArray bytes = safetensorsHead(json) + QByteArray(8, '\0');
        const SafetensorsHeader h = readBytes(bytes);
        QVERIFY2(h.ok, qPrintable(h.warning));
        QCOMPARE(h.parameters, 4);
        QCOMPARE(h.headerLength, json.size());
        QCOMPARE(h.bytesRead, 8 + json.size()); // the tensor data is never read
    }

    void read_lyingLengthAllocatesNothing()
    {
        // 2^63 - 1 and 2^64 - 1: refused on the 8 bytes alone.
        for (const quint64 length : {quint64(0x7fffffffffffffffULL), ~quint64(0)}) {
            const SafetensorsHeader h = readBytes(le64(length) + "{}", 1'000'000'000'000);
            QVERIFY(!h.ok);
            QVERIFY2(h.warning.contains(QStringLiteral("more than")), qPrintable(h.warning));
            QCOMPARE(h.bytesRead, 8);
        }
    }

    void read_lengthOverCapRefused()
    {
        const SafetensorsHeader h = readBytes(le64(5000) + QByteArray(5000, ' '), -1, 1000);
        QVERIFY(!h.ok);
        QVERIFY(h.warning.contains(QStringLiteral("1000")));
        QCOMPARE(h.bytesRead, 8);
    }

    void read_lengthPastFileEndIsTruncation()
    {
        // The header claims 100 bytes; the file stops after 20.
        const SafetensorsHeader h = readBytes(le64(100) + QByteArray(20, ' '));
        QVERIFY(!h.ok);
        QVERIFY2(h.warning.contains(QStringLiteral("truncated")), qPrintable(h.warning));
        QCOMPARE(h.bytesRead, 8);
    }

    void read_deviceShorterThanClaimedSize()
    {
        // The size says 1 TB (a sparse file listed earlier); the device has far less.
        const SafetensorsHeader h = readBytes(le64(100) + QByteArray(20, ' '), 1'000'000'000'000);
        QVERIFY(!h.ok);
        QVERIFY2(h.warning.contains(QStringLiteral("in full")), qPrintable(h.warning));
    }

    void read_tooShortFile()
    {
        const SafetensorsHeader h = readBytes("abc");
        QVERIFY(!h.ok);
        QVERIFY(h.warning.contains(QStringLiteral("too short")));
    }

    void read_sparseTerabyteFile()
    {
        QTemporaryDir dir;
        const qint64 data = 1'000'000'000'000; // 1 TB of hole
        const QByteArray json = QStringLiteral(R"({"w":{"dtype":"F32","shape":[%1],)"
                                               R"("data_offsets":[0,%2]}})")
                                    .arg(data / 4)
                                    .arg(data)
                                    .toLatin1();
        const QString path =
            SynthRepo::safetensors(dir.path(), QStringLiteral("m.safetensors"), json, data);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const SafetensorsHeader h = SafetensorsHeader::read(f, f.size());
        QVERIFY2(h.ok, qPrintable(h.warning));
        QCOMPARE(h.parameters, data / 4);
        QCOMPARE(h.bytesRead, 8 + json.size());
    }

    void dtypeSizes()
    {
        QCOMPARE(SafetensorsHeader::dtypeSize(QStringLiteral("BF16")), 2);
        QCOMPARE(SafetensorsHeader::dtypeSize(QStringLiteral("F8_E4M3")), 1);
        QCOMPARE(SafetensorsHeader::dtypeSize(QStringLiteral("F64")), 8);
        QCOMPARE(SafetensorsHeader::dtypeSize(QStringLiteral("nope")), 0);
    }
};

QTEST_GUILESS_MAIN(TestSafetensorsHeader)
#include "tst_safetensorsheader.moc"
