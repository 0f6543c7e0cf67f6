#include "cardfile.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace Cardigan;
using namespace Qt::StringLiterals;

class TestCardFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void read_keepsLf();
    void read_keepsCrlf();
    void read_keepsMixedTerminators();
    void read_keepsLoneCr();
    void read_keepsMissingFinalNewline();
    void read_stripsBom();
    void read_keepsSecondBomAsText();
    void read_keepsSpecialCharacters_data();
    void read_keepsSpecialCharacters();
    void read_acceptsEmptyFile();

    void decode_acceptsBoundaryCodePoints_data();
    void decode_acceptsBoundaryCodePoints();
    void decode_rejectsInvalidUtf8_data();
    void decode_rejectsInvalidUtf8();
    void decode_rejectsNul_data();
    void decode_rejectsNul();
    void decode_agreesWithQtOnRandomBytes();
    void decode_findsProblemAtEndOfLargeInput();

    void read_rejectsMissingFile();
    void read_rejectsFolder();
    void read_rejectsOversizedFileBeforeReading();
    void read_acceptsFileAtSizeLimit();
    void read_namesPathInDecodeErrors();
    void read_reportsReadErrors();

    void encode_addsBomOnlyWhenAsked();
    void write_roundTripsBytes();
    void write_replacesExistingFile();
    void write_failsWhenFolderIsMissing();
    void write_failsWhenParentIsAFile();
    void write_failsOnFolderTarget();
    void write_keepsOldFileWhenWritingFails();
    void write_keepsPermissions();
    void write_followsSymlink();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString writeBytes(const QString &name, const QByteArray &bytes) const;
    static QByteArray fileBytes(const QString &path);
    // Reads the bytes back through CardFile, checks the text, and that encoding it
    // gives the same bytes.
    void checkRoundTrip(const QByteArray &bytes, const QString &text, bool bom);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCardFile::initTestCase()
{
    // The size message is formatted for the user's locale; pin it.
    QLocale::setDefault(QLocale::c());
}

void TestCardFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCardFile::writeBytes(const QString &name, const QByteArray &bytes) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write test file %s", qPrintable(file.fileName()));
    }
    return file.fileName();
}

QByteArray TestCardFile::fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return QByteArray("<cannot open>");
    }
    return file.readAll();
}

void TestCardFile::checkRoundTrip(const QByteArray &bytes, const QString &text, bool bom)
{
    const QString file = writeBytes(QStringLiteral("README.md"), bytes);
    const CardFile::ReadResult result = CardFile::read(file);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.error, CardFile::Error::None);
    QVERIFY(result.message.isEmpty());
    QCOMPARE(result.text, text);
    QCOMPARE(result.bom, bom);
    QCOMPARE(CardFile::encode(result.text, result.bom), bytes);

    const QString copy = path(QStringLiteral("copy.md"));
    QVERIFY(CardFile::write(copy, result.text, result.bom).ok());
    QCOMPARE(fileBytes(copy), bytes);
}

void TestCardFile::read_keepsLf()
{
    checkRoundTrip("---\nlicense: mit\n---\n# Card\n", u"---\nlicense: mit\n---\n# Card\n"_s,
                   false);
}

void TestCardFile::read_keepsCrlf()
{
    checkRoundTrip("---\r\nlicense: mit\r\n---\r\n# Card\r\n",
                   u"---\r\nlicense: mit\r\n---\r\n# Card\r\n"_s, false);
}

void TestCardFile::read_keepsMixedTerminators()
{
    checkRoundTrip("---\r\nlicense: mit\ntags:\r- a\r\n---\n\n# Card\r\r\n",
                   u"---\r\nlicense: mit\ntags:\r- a\r\n---\n\n# Card\r\r\n"_s, false);
}

void TestCardFile::read_keepsLoneCr()
{
    checkRoundTrip("---\rlicense: mit\r---\r# Card\r", u"---\rlicense: mit\r---\r# Card\r"_s,
                   false);
}

void TestCardFile::read_keepsMissingFinalNewline()
{
    checkRoundTrip("---\nlicense: mit\n---\nlast line  ", u"---\nlicense: mit\n---\nlast line  "_s,
                   false);
}

void TestCardFile::read_stripsBom()
{
    checkRoundTrip("\xEF\xBB\xBF---\r\nlicense: mit\r\n---\r\n",
                   u"---\r\nlicense: mit\r\n---\r\n"_s, true);
}

void TestCardFile::read_keepsSecondBomAsText()
{
    // QString::fromUtf8 would drop this U+FEFF too, silently losing three bytes on save.
    checkRoundTrip("\xEF\xBB\xBF\xEF\xBB\xBFx", QString(QChar(0xFEFF)) + u'x', true);
    checkRoundTrip("\xEF\xBB\xBF", QString(), true);
}

void TestCardFile::read_keepsSpecialCharacters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("no-break space U+00A0")
        << QByteArray("license:\xC2\xA0mit\n") << u"license:\u00A0mit\n"_s;
    QTest::newRow("line separator U+2028") << QByteArray("a\xE2\x80\xA8\x62\n") << u"a\u2028b\n"_s;
    QTest::newRow("paragraph separator U+2029")
        << QByteArray("a\xE2\x80\xA9\x62\n") << u"a\u2029b\n"_s;
    QTest::newRow("emoji U+1F917")
        << QByteArray("hug \xF0\x9F\xA4\x97!\n") << QString::fromUcs4(U"hug \U0001F917!\n");
    QTest::newRow("U+FEFF in the middle") << QByteArray("a\xEF\xBB\xBF\x62") << u"a\uFEFFb"_s;
    QTest::newRow("CJK and accents")
        << QByteArray("\xE6\x97\xA5\xE6\x9C\xAC caf\xC3\xA9") << u"\u65E5\u672C caf\u00E9"_s;
}

void TestCardFile::read_keepsSpecialCharacters()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    checkRoundTrip(bytes, text, false);
}

void TestCardFile::read_acceptsEmptyFile()
{
    checkRoundTrip(QByteArray(), QString(), false);
}

void TestCardFile::decode_acceptsBoundaryCodePoints_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<uint>("codePoint");

    QTest::newRow("U+007F") << QByteArray("\x7F") << 0x7Fu;
    QTest::newRow("U+0080") << QByteArray("\xC2\x80") << 0x80u;
    QTest::newRow("U+07FF") << QByteArray("\xDF\xBF") << 0x7FFu;
    QTest::newRow("U+0800") << QByteArray("\xE0\xA0\x80") << 0x800u;
    QTest::newRow("U+D7FF") << QByteArray("\xED\x9F\xBF") << 0xD7FFu;
    QTest::newRow("U+E000") << QByteArray("\xEE\x80\x80") << 0xE000u;
    QTest::newRow("U+FFFF") << QByteArray("\xEF\xBF\xBF") << 0xFFFFu;
    QTest::newRow("U+10000") << QByteArray("\xF0\x90\x80\x80") << 0x10000u;
    QTest::newRow("U+10FFFF") << QByteArray("\xF4\x8F\xBF\xBF") << 0x10FFFFu;
}

void TestCardFile::decode_acceptsBoundaryCodePoints()
{
    QFETCH(QByteArray, bytes);
    QFETCH(uint, codePoint);
    const char32_t ucs4 = codePoint;
    const CardFile::ReadResult result = CardFile::decode(bytes);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.text, QString::fromUcs4(&ucs4, 1));
    QCOMPARE(CardFile::encode(result.text, false), bytes);
}

void TestCardFile::decode_rejectsInvalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const QByteArray &bytes, const char *byte, int offset) {
        QTest::newRow(name) << bytes
                            << QStringLiteral("not valid UTF-8: byte %1 at offset %2")
                                   .arg(QLatin1String(byte))
                                   .arg(offset);
    };
    row("0xFF after 1234 ASCII bytes", QByteArray(1234, 'a') + "\xFF" + "tail", "0xFF", 1234);
    row("stray continuation byte", "ab\x80", "0x80", 2);
    row("continuation after a complete sequence", "\xC3\xA9\xA9", "0xA9", 2);
    row("0xFE", "\xFE", "0xFE", 0);
    row("0xF5 (past U+10FFFF)", "x\xF5\x80\x80\x80", "0xF5", 1);
    row("overlong 2 bytes C0", "\xC0\xAF", "0xC0", 0);
    row("overlong 2 bytes C1", "a\xC1\xBF", "0xC1", 1);
    row("overlong 3 bytes", "\xE0\x80\xAF", "0xE0", 0);
    row("overlong 3 bytes, top", "\xE0\x9F\xBF", "0xE0", 0);
    row("overlong 4 bytes", "\xF0\x80\x80\xAF", "0xF0", 0);
    row("overlong 4 bytes, top", "\xF0\x8F\xBF\xBF", "0xF0", 0);
    row("surrogate U+D800", "ok \xED\xA0\x80", "0xED", 3);
    row("surrogate U+DFFF", "\xED\xBF\xBF", "0xED", 0);
    row("surrogate pair as CESU-8", "\xED\xA0\xBD\xED\xB8\x80", "0xED", 0);
    row("U+110000", "\xF4\x90\x80\x80", "0xF4", 0);
    row("truncated 2 bytes at end", "abc\xC3", "0xC3", 3);
    row("truncated 3 bytes at end", "x\xE2\x82", "0xE2", 1);
    row("truncated 4 bytes at end", "\xF0\x9F\xA4", "0xF0", 0);
    row("truncated 3 bytes before ASCII", "\xE2\x82\x61", "0xE2", 0);
    row("truncated 4 bytes before a new sequence", "\xF0\x9F\xC3\xA9", "0xF0", 0);
    row("bad last byte of 4", "\xF0\x9F\xA4\x41", "0xF0", 0);
    row("after multibyte text", "\xC3\xA9\xE2\x82\xAC\xF0\x9F\xA4\x97\xFF", "0xFF", 9);
    row("after a BOM (offsets count it)", "\xEF\xBB\xBF\x61\x62\xFF", "0xFF", 5);
    row("a cut BOM", "\xEF\xBB", "0xEF", 0);
    row("invalid before a NUL", "\xFF\0", "0xFF", 0);
}

void TestCardFile::decode_rejectsInvalidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const CardFile::ReadResult result = CardFile::decode(bytes);
    QCOMPARE(result.error, CardFile::Error::InvalidUtf8);
    QCOMPARE(result.message, message);
    QVERIFY(result.text.isEmpty());
}

void TestCardFile::decode_rejectsNul_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("offset");

    QTest::newRow("at start") << QByteArray("\0abc", 4) << 0;
    QTest::newRow("in the middle") << QByteArray("---\nx: 1\0\n", 10) << 8;
    QTest::newRow("after a BOM") << QByteArray("\xEF\xBB\xBF\0", 4) << 3;
    QTest::newRow("before invalid UTF-8") << QByteArray("ab\0\xFF", 4) << 2;
    QTest::newRow("deep in ASCII") << QByteArray(1000, 'a') + QByteArray(1, '\0') << 1000;
}

void TestCardFile::decode_rejectsNul()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, offset);
    const CardFile::ReadResult result = CardFile::decode(bytes);
    QCOMPARE(result.error, CardFile::Error::Binary);
    QCOMPARE(result.message,
             QStringLiteral("looks like a binary file (NUL byte at offset %1)").arg(offset));
}

void TestCardFile::decode_agreesWithQtOnRandomBytes()
{
    // An independent oracle: valid UTF-8 survives Qt's decoder and encoder unchanged,
    // anything else comes back with U+FFFD in place of the bad bytes.
    QRandomGenerator random(20240611);
    static const uchar interesting[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF,
                                        0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE,
                                        0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
    int valid = 0;
    for (int round = 0; round < 20000; ++round) {
        // Mostly well-formed characters from every UTF-8 length, some loose bytes.
        QByteArray bytes;
        const int size = random.bounded(1, 9);
        for (int i = 0; i < size; ++i) {
            if (random.bounded(5) == 0) {
                bytes.append(char(interesting[random.bounded(int(sizeof interesting))]));
            } else {
                char32_t c = random.bounded(0x110000);
                if (c >= 0xD800 && c <= 0xDFFF) {
                    c = 0xFFFD;
                }
                bytes.append(QString::fromUcs4(&c, 1).toUtf8());
            }
        }
        const bool hasNul = bytes.contains('\0');
        QStringDecoder qt(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        const bool qtValid = QString(qt.decode(bytes)).toUtf8() == bytes;
        const CardFile::ReadResult result = CardFile::decode(bytes);
        QVERIFY2(result.ok() == (qtValid && !hasNul), bytes.toHex(' ').constData());
        valid += result.ok();
    }
    // The generator must also produce valid input, or the comparison says little.
    QVERIFY(valid > 1000);
}

void TestCardFile::decode_findsProblemAtEndOfLargeInput()
{
    QByteArray bytes(CardFile::maxSize, 'a');
    bytes[bytes.size() - 1] = '\xC3';
    const CardFile::ReadResult result = CardFile::decode(bytes);
    QCOMPARE(result.error, CardFile::Error::InvalidUtf8);
    QCOMPARE(result.message, QStringLiteral("not valid UTF-8: byte 0xC3 at offset 49999999"));
}

void TestCardFile::read_rejectsMissingFile()
{
    const QString missing = path(QStringLiteral("nothing-here.md"));
    const CardFile::ReadResult result = CardFile::read(missing);
    QCOMPARE(result.error, CardFile::Error::NotFound);
    QCOMPARE(result.message, QDir::toNativeSeparators(missing) + u" does not exist"_s);
}

void TestCardFile::read_rejectsFolder()
{
    const CardFile::ReadResult result = CardFile::read(m_dir->path());
    QCOMPARE(result.error, CardFile::Error::NotAFile);
    QCOMPARE(result.message,
             QDir::toNativeSeparators(m_dir->path()) + u" is a folder, not a file"_s);
}

void TestCardFile::read_rejectsOversizedFileBeforeReading()
{
    // Sparse: 73.4 MB on paper, nothing on disk. A NUL-filled file would be refused as
    // binary, so a size error shows the size was checked before any byte was read.
    QFile file(path(QStringLiteral("huge.md")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(73'400'000));
    file.close();
    const CardFile::ReadResult result = CardFile::read(file.fileName());
    QCOMPARE(result.error, CardFile::Error::TooLarge);
    QCOMPARE(result.message, QDir::toNativeSeparators(file.fileName()) +
                                 u" is 73.4 MB; Cardigan opens cards up to 50 MB"_s);
}

void TestCardFile::read_acceptsFileAtSizeLimit()
{
    QFile file(path(QStringLiteral("limit.md")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(CardFile::maxSize));
    file.close();
    // Read in full (so refused for its NULs), not refused for its size.
    QCOMPARE(CardFile::read(file.fileName()).error, CardFile::Error::Binary);

    QVERIFY(file.resize(CardFile::maxSize + 1));
    QCOMPARE(CardFile::read(file.fileName()).error, CardFile::Error::TooLarge);
}

void TestCardFile::read_namesPathInDecodeErrors()
{
    const QString bad = writeBytes(QStringLiteral("bad.md"), QByteArray(1234, 'a') + "\xFF");
    CardFile::ReadResult result = CardFile::read(bad);
    QCOMPARE(result.error, CardFile::Error::InvalidUtf8);
    QCOMPARE(result.message,
             QDir::toNativeSeparators(bad) + u": not valid UTF-8: byte 0xFF at offset 1234"_s);

    const QString binary = writeBytes(QStringLiteral("binary.md"), QByteArray("PK\3\4\0", 5));
    result = CardFile::read(binary);
    QCOMPARE(result.error, CardFile::Error::Binary);
    QCOMPARE(result.message, QDir::toNativeSeparators(binary) +
                                 u": looks like a binary file (NUL byte at offset 4)"_s);
}

void TestCardFile::read_reportsReadErrors()
{
    const QString locked = writeBytes(QStringLiteral("locked.md"), "x");
    QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
    if (QFile file(locked); !file.open(QIODevice::ReadOnly)) {
        const CardFile::ReadResult result = CardFile::read(locked);
        QCOMPARE(result.error, CardFile::Error::Unreadable);
        QVERIFY2(
            result.message.startsWith(QDir::toNativeSeparators(locked) + u" cannot be read: "_s),
            qPrintable(result.message));
    }
#ifdef Q_OS_LINUX
    // Permissions do not stop root (CI runs as root). /proc/self/mem opens fine but
    // reading its first page fails, which exercises the read-error path for everyone.
    const CardFile::ReadResult result = CardFile::read(QStringLiteral("/proc/self/mem"));
    QCOMPARE(result.error, CardFile::Error::Unreadable);
    QVERIFY2(result.message.startsWith(u"/proc/self/mem cannot be read: "_s),
             qPrintable(result.message));
#endif
}

void TestCardFile::encode_addsBomOnlyWhenAsked()
{
    QCOMPARE(CardFile::encode(u"a\r\nb"_s, false), QByteArray("a\r\nb"));
    QCOMPARE(CardFile::encode(u"a\r\nb"_s, true), QByteArray("\xEF\xBB\xBF"
                                                             "a\r\nb"));
    QCOMPARE(CardFile::encode(QString(), true), QByteArray("\xEF\xBB\xBF"));
    QCOMPARE(CardFile::encode(QString(), false), QByteArray());
}

void TestCardFile::write_roundTripsBytes()
{
    const QString text = u"---\r\n# comment\u00A0\nlicense: mit\r---\r\n\U0001F917\u2028 end"_s;
    const QString file = path(QStringLiteral("README.md"));
    const CardFile::WriteResult written = CardFile::write(file, text, true);
    QVERIFY2(written.ok(), qPrintable(written.message));
    QVERIFY(written.message.isEmpty());
    QCOMPARE(fileBytes(file), "\xEF\xBB\xBF" + text.toUtf8());

    const CardFile::ReadResult read = CardFile::read(file);
    QVERIFY(read.ok());
    QCOMPARE(read.text, text);
    QVERIFY(read.bom);
}

void TestCardFile::write_replacesExistingFile()
{
    const QString file = writeBytes(QStringLiteral("README.md"), "old contents, longer than new");
    QVERIFY(CardFile::write(file, u"new"_s, false).ok());
    QCOMPARE(fileBytes(file), QByteArray("new"));
    // QSaveFile's temporary file is gone.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"README.md"_s});
}

void TestCardFile::write_failsWhenFolderIsMissing()
{
    const QString file = path(QStringLiteral("missing/README.md"));
    const CardFile::WriteResult result = CardFile::write(file, u"x"_s, false);
    QCOMPARE(result.error, CardFile::Error::WriteFailed);
    QVERIFY2(
        result.message.startsWith(u"Cannot save "_s + QDir::toNativeSeparators(file) + u": "_s),
        qPrintable(result.message));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("missing"))));
}

void TestCardFile::write_failsWhenParentIsAFile()
{
    // Root ignores permissions; a parent that is not a folder stops everyone.
    const QString parent = writeBytes(QStringLiteral("plain.txt"), "keep me");
    const QString file = parent + u"/README.md"_s;
    const CardFile::WriteResult result = CardFile::write(file, u"x"_s, false);
    QCOMPARE(result.error, CardFile::Error::WriteFailed);
    QVERIFY2(
        result.message.startsWith(u"Cannot save "_s + QDir::toNativeSeparators(file) + u": "_s),
        qPrintable(result.message));
    QCOMPARE(fileBytes(parent), QByteArray("keep me"));
}

void TestCardFile::write_failsOnFolderTarget()
{
    const QString folder = path(QStringLiteral("README.md"));
    QVERIFY(QDir().mkdir(folder));
    const CardFile::WriteResult result = CardFile::write(folder, u"x"_s, false);
    QCOMPARE(result.error, CardFile::Error::WriteFailed);
    QVERIFY(QFileInfo(folder).isDir());
}

void TestCardFile::write_keepsOldFileWhenWritingFails()
{
#ifdef Q_OS_UNIX
    // A file size limit makes the write itself fail after QSaveFile has opened its
    // temporary file: the case atomic saving exists for (a full disk, a lost mount).
    const QByteArray old = "---\nlicense: mit\n---\nold body\n";
    const QString file = writeBytes(QStringLiteral("README.md"), old);
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit small = saved;
    small.rlim_cur = 4096;
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const CardFile::WriteResult result = CardFile::write(file, QString(100'000, u'x'), false);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QCOMPARE(result.error, CardFile::Error::WriteFailed);
    QVERIFY2(
        result.message.startsWith(u"Cannot save "_s + QDir::toNativeSeparators(file) + u": "_s),
        qPrintable(result.message));
    QVERIFY2(!result.message.contains(u"Unknown error"_s), qPrintable(result.message));
    QCOMPARE(fileBytes(file), old);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"README.md"_s});
#else
    QSKIP("needs RLIMIT_FSIZE to make a write fail");
#endif
}

void TestCardFile::write_keepsPermissions()
{
    const QString file = writeBytes(QStringLiteral("README.md"), "old");
    const auto permissions =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
    QVERIFY(QFile::setPermissions(file, permissions));
    const QFileDevice::Permissions before = QFileInfo(file).permissions();
    QVERIFY(CardFile::write(file, u"new"_s, false).ok());
    QCOMPARE(QFileInfo(file).permissions(), before);
}

void TestCardFile::write_followsSymlink()
{
#ifdef Q_OS_UNIX
    const QString target = writeBytes(QStringLiteral("target.md"), "old");
    const QString link = path(QStringLiteral("README.md"));
    QVERIFY(QFile::link(target, link));
    QVERIFY(CardFile::write(link, u"new"_s, false).ok());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(fileBytes(target), QByteArray("new"));
#else
    QSKIP("symbolic links are a Unix habit");
#endif
}

QTEST_GUILESS_MAIN(TestCardFile)
#include "tst_cardfile.moc"
