// Bad input, end to end: files a user (or a broken tool) may hand Cardigan, read from
// disk by CardFile, into a CardDocument, through the CLI (meta and lint) and opened in
// the window through its FileController (offscreen). Each gets a clear message or opens;
// nothing crashes or hangs. Time and peak memory of each stage are printed (qInfo), not
// asserted, except that a file over the size limit is never read into memory.

#include "badinputs.h"
#include "carddocument.h"
#include "cardfile.h"
#include "clirun.h"
#include "fakefileprompts.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "testsettings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace Cardigan;
using namespace Cardigan::BadInputs;
using namespace Qt::StringLiterals;

namespace {

// The process's peak resident set (VmHWM) in kB; resetPeak() starts a new measurement.
qint64 peakRssKb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

qint64 rssKb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

void resetPeak()
{
    QFile f(u"/proc/self/clear_refs"_s);
    if (f.open(QIODevice::WriteOnly)) {
        f.write("5"); // resets VmHWM to the current RSS (Linux 4.0+)
    }
}

// Runs @p stage, prints how long it took and how far the peak RSS rose above the RSS
// before it; returns that rise in kB.
template <class F>
qint64 measure(const char *file, const char *stage, F &&f)
{
    resetPeak();
    const qint64 before = rssKb();
    QElapsedTimer timer;
    timer.start();
    f();
    const qint64 ms = timer.elapsed();
    const qint64 rise = peakRssKb() - before;
    qInfo("%-12s %-22s %6lld ms, peak RSS +%lld kB", file, stage, static_cast<long long>(ms),
          static_cast<long long>(rise));
    return rise;
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            return QString();
        }
        return path;
    }

private slots:
    void initTestCase();
    void badFile_data();
    void badFile();
    void hugeSparseFile_isRefusedWithoutReadingIt();
};

void TestBadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    useTestSettings(u"tst_badinput"_s, m_dir.filePath(u"settings"_s));
}

// file | bytes | what reading the file says (empty: it opens) | the YAML error (empty:
// the metadata reads) | a key the metadata must have
void TestBadInput::badFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("readError");
    QTest::addColumn<QString>("yamlError");
    QTest::addColumn<QString>("key");

    QTest::newRow("invalid-utf8") << QByteArray("---\nlicense: caf\xE9\n---\nbody\n")
                                  << u"not valid UTF-8: byte 0xE9 at offset 16"_s << QString()
                                  << QString();
    QTest::newRow("surrogate") << QByteArray("---\nx: \xED\xA0\x80\n---\n") << u"not valid UTF-8"_s
                               << QString() << QString();
    QTest::newRow("nul-bytes") << QByteArray("---\nlicense: mit\n---\nA\0B\n", 25)
                               << u"binary file (NUL byte at offset 22)"_s << QString()
                               << QString();
    QByteArray binary(64 * 1024, '\0');
    QRandomGenerator rng(9);
    for (char &c : binary) {
        c = char(rng.bounded(256));
    }
    binary.replace(0, 8, "\x89PNG\r\n\x1A\n");
    QTest::newRow("binary") << binary << u"not valid UTF-8"_s << QString() << QString();
    QTest::newRow("deep-flow") << "---\nx: " + repeated("[", 100000) + repeated("]", 100000) +
                                      "\n---\nbody\n"
                               << QString() << u"nesting exceeded maxDepth (100)"_s << QString();
    QTest::newRow("deep-block") << "---\nx:\n" + repeated("- ", 100000) + "end\n---\nbody\n"
                                << QString() << u"nesting exceeded maxDepth (100)"_s << QString();
    QTest::newRow("deep-indent") <<
        [] {
            QByteArray yaml = "---\n";
            for (int i = 0; i < 2000; ++i) { // 2,000 levels of indentation: 2 MB of spaces
                yaml += QByteArray(i, ' ') + "k:\n";
            }
            return yaml + "---\n";
        }() << QString() << u"nesting exceeded maxDepth (100)"_s
                                 << QString();
    QTest::newRow("alias-bomb") << aliasBomb() << QString()
                                << u"aliases expand to more than 1000000 values"_s << QString();
    QTest::newRow("long-line-yaml")
        << "---\ndescription: " + QByteArray(1000000, 'x') + "\nlicense: mit\n---\nbody\n"
        << QString() << QString() << u"description"_s;
    QTest::newRow("long-line-body") << "---\nlicense: mit\n---\n" + repeated("word *em* ", 100000)
                                    << QString() << QString() << u"license"_s;
    QTest::newRow("cr-only") << QByteArray("---\rlicense: mit\rtags:\r- a\r---\r# Title\rbody\r")
                             << QString() << QString() << QString();
}

void TestBadInput::badFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, readError);
    QFETCH(QString, yamlError);
    QFETCH(QString, key);
    const QByteArray name = QTest::currentDataTag();
    const QString path = write(QString::fromLatin1(name) + u".md"_s, bytes);
    QVERIFY(!path.isEmpty());

    CardFile::ReadResult file;
    measure(name, "CardFile::read", [&] { file = CardFile::read(path); });
    if (!readError.isEmpty()) {
        QVERIFY(!file.ok());
        QVERIFY2(file.message.contains(readError), qPrintable(file.message));
        QVERIFY2(file.message.contains(QString::fromLatin1(name)), qPrintable(file.message));
    } else {
        QVERIFY2(file.ok(), qPrintable(file.message));
        CardDocument doc;
        measure(name, "CardDocument::load", [&] { doc.load(file.text, file.bom); });
        QCOMPARE(CardFile::encode(doc.text(), doc.hasBom()), bytes); // nothing rewritten
        if (!yamlError.isEmpty()) {
            QVERIFY(doc.hasYamlError());
            QCOMPARE(doc.yaml().error.reason, yamlError);
            // An edit on a card whose YAML is broken is refused with a message.
            const CardDocument::EditResult r = doc.set(*YamlPath::parse(u"license"_s), u"mit"_s);
            QVERIFY(!r.ok && !r.message.isEmpty());
            QCOMPARE(CardFile::encode(doc.text(), doc.hasBom()), bytes);
        } else if (key.isEmpty()) {
            // No front matter as the Hub finds it: its closing fence must end in LF, CRLF
            // or the end of the file, so a CR-only card has no metadata on the Hub either.
            QVERIFY(!doc.frontMatter().found);
            QVERIFY(doc.metadata().isNull());
        } else {
            QVERIFY2(!doc.hasYamlError(), qPrintable(doc.yaml().error.reason));
            QVERIFY(doc.metadata().find(key));
            // Editing works too, and touches only its own bytes.
            const CardDocument::EditResult r =
                doc.set(*YamlPath::parse(u"license"_s), u"apache-2.0"_s);
            QVERIFY2(r.ok && r.changed, qPrintable(r.message));
            QCOMPARE(doc.text(),
                     QString(file.text).replace(u"license: mit"_s, u"license: apache-2.0"_s));
        }
    }

    // The CLI: a clear message and the documented exit status.
    CliRun meta{};
    measure(name, "cardigan meta", [&] { meta = runCli({u"meta"_s, path}); });
    CliRun lint{};
    measure(name, "cardigan lint", [&] { lint = runCli({u"lint"_s, path}); });
    if (!readError.isEmpty()) {
        QCOMPARE(meta.code, 2);
        QVERIFY2(meta.err.contains(readError.toUtf8()), meta.err.constData());
        QCOMPARE(lint.code, 2);
        QVERIFY2(!lint.err.isEmpty() || !lint.out.isEmpty(), "lint said nothing");
    } else if (!yamlError.isEmpty()) {
        QCOMPARE(meta.code, 1);
        QVERIFY2(meta.err.contains(yamlError.toUtf8()), meta.err.constData());
        QCOMPARE(lint.code, 1);
        QVERIFY2(lint.out.contains(yamlError.toUtf8()) || lint.err.contains(yamlError.toUtf8()),
                 lint.out.left(2000).constData());
    } else {
        QCOMPARE(meta.code, 0);
        QVERIFY(meta.out.contains(key.isEmpty() ? QByteArray("null") : key.toUtf8()));
        QVERIFY2(lint.code == 0 || lint.code == 1, lint.err.constData());
    }

    // The window: opening it through the FileController shows the error or the card (a
    // 1 MB line too: the source editor leaves it unwrapped, see tst_badinputwindow).
    auto *prompts = new FakeFilePrompts;
    MainWindow window(std::unique_ptr<FilePrompts>(prompts), m_dir.filePath(u"recovery"_s));
    window.show();
    bool opened = false;
    measure(name, "window: open", [&] {
        opened = window.files()->openPath(path);
        QCoreApplication::processEvents();
    });
    if (!readError.isEmpty()) {
        QVERIFY(!opened);
        QCOMPARE(prompts->errors.size(), 1);
        QVERIFY2(prompts->errors.first().contains(readError), qPrintable(prompts->errors.first()));
    } else {
        QVERIFY(opened);
        QVERIFY(prompts->errors.isEmpty());
        QCOMPARE(window.document()->text(), file.text);
        QCOMPARE(window.document()->hasYamlError(), !yamlError.isEmpty());
        // Let the form, highlighter and preview catch up; then close without a question.
        measure(name, "window: settle", [&] { QTest::qWait(200); });
    }
    QVERIFY(window.close());
    QCOMPARE(QFile(path).size(), qint64(bytes.size()));
}

void TestBadInput::hugeSparseFile_isRefusedWithoutReadingIt()
{
    const QString path = m_dir.filePath(u"huge.md"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("---\nlicense: mit\n---\n");
        QVERIFY(f.resize(100'000'000)); // sparse: 100 MB of holes, no disk used
    }
    CardFile::ReadResult file;
    const qint64 rise =
        measure("huge-100MB", "CardFile::read", [&] { file = CardFile::read(path); });
    QCOMPARE(file.error, CardFile::Error::TooLarge);
    QVERIFY2(file.message.contains(u"100"_s) && file.message.contains(u"50"_s) &&
                 file.message.contains(u"huge.md"_s),
             qPrintable(file.message));
    QVERIFY2(rise < 50'000, "reading a 100 MB file that is refused must not load it");

    const CliRun meta = runCli({u"meta"_s, path});
    QCOMPARE(meta.code, 2);
    QVERIFY2(meta.err.contains("Cardigan opens cards up to"), meta.err.constData());

    auto *prompts = new FakeFilePrompts;
    MainWindow window(std::unique_ptr<FilePrompts>(prompts), m_dir.filePath(u"recovery2"_s));
    window.show();
    QVERIFY(!window.files()->openPath(path));
    QCOMPARE(prompts->errors.size(), 1);
    QVERIFY2(prompts->errors.first().contains(u"Cardigan opens cards up to"_s),
             qPrintable(prompts->errors.first()));
    QVERIFY(window.close());
}

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestBadInput test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_badinput.moc"
