// Bad input in the window: cards that are valid text but hostile to an editor (a 1 MB
// line, 100,000 levels of nesting, an alias bomb, a CR-only file) open in a MainWindow
// within a few seconds, the window stays usable (the text is all there, typing works and
// undoes), and where the source editor switches something off for a card it says so.
// How long opening and settling took is printed (qInfo), not asserted.

#include "badinputs.h"
#include "carddocument.h"
#include "fakefileprompts.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "sourceeditor.h"
#include "sourcepane.h"
#include "testsettings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QtTest>

using namespace Cardigan;
using namespace Cardigan::BadInputs;
using namespace Qt::StringLiterals;

class TestBadInputWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase();
    void open_data();
    void open();
};

void TestBadInputWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    useTestSettings(u"tst_badinputwindow"_s, m_dir.filePath(u"settings"_s));
}

// card | its bytes | whether the source editor must say its long lines are left plain
void TestBadInputWindow::open_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("longLines");

    QTest::newRow("long-line-yaml")
        << "---\ndescription: " + QByteArray(1000000, 'x') + "\nlicense: mit\n---\nbody\n"
        << true;
    QTest::newRow("long-line-body")
        << "---\nlicense: mit\n---\n" + repeated("word *em* ", 100000) << true;
    QTest::newRow("deep-flow") << "---\nx: " + repeated("[", 100000) + repeated("]", 100000) +
                                      "\n---\nbody\n"
                               << true;
    QTest::newRow("deep-block") << "---\nx:\n" + repeated("- ", 100000) + "end\n---\nbody\n"
                                << true;
    QTest::newRow("alias-bomb") << aliasBomb() << false;
    QTest::newRow("cr-only") << QByteArray("---\rlicense: mit\rtags:\r- a\r---\r# Title\rbody\r")
                             << false;
    QTest::newRow("many-short-lines")
        << "---\nlicense: mit\n---\n" + repeated("word *em*\n", 100000) << false;
}

void TestBadInputWindow::open()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, longLines);
    const QByteArray name = QTest::currentDataTag();
    const QString path = m_dir.filePath(QString::fromLatin1(name) + u".md"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), qint64(bytes.size()));
    }
    const QString text = QString::fromUtf8(bytes);

    auto *prompts = new FakeFilePrompts;
    MainWindow window(std::unique_ptr<FilePrompts>(prompts), m_dir.filePath(u"recovery"_s));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QElapsedTimer timer;
    timer.start();
    QVERIFY(window.files()->openPath(path));
    QCoreApplication::processEvents();
    const qint64 openMs = timer.elapsed();
    // The form, the lint, the preview and the editor's layout catch up in later events.
    timer.restart();
    QTest::qWait(300);
    const qint64 settleMs = timer.elapsed() - 300;
    qInfo("%-16s %7lld bytes: open %6lld ms, then %6lld ms of work in the first 300 ms",
          name.constData(), static_cast<long long>(bytes.size()), static_cast<long long>(openMs),
          static_cast<long long>(settleMs));

    QVERIFY(prompts->errors.isEmpty());
    QCOMPARE(window.document()->text(), text);
    SourceEditor *editor = window.sourcePane()->editor();
    QCOMPARE(editor->document(), window.document()->textDocument());

    // Where the editor leaves long lines plain, it says so above the text.
    auto *notice = window.sourcePane()->findChild<QLabel *>(u"longLinesNotice"_s);
    QVERIFY(notice);
    QCOMPARE(notice->isVisible(), longLines);
    QCOMPARE(editor->hasLongLines(), longLines);
    if (longLines) {
        QVERIFY2(notice->text().contains(u"long lines"_s), qPrintable(notice->text()));
        QCOMPARE(editor->lineWrapMode(), QPlainTextEdit::NoWrap);
    } else {
        QCOMPARE(editor->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    }

    // Typing works: at the start of the last line, then undone back to the file's text.
    editor->setFocus();
    QTextCursor cursor(editor->document()->lastBlock());
    editor->setTextCursor(cursor);
    timer.restart();
    QTest::keyClicks(editor, u"ok"_s);
    QCoreApplication::processEvents();
    qInfo("%-16s typing two characters: %lld ms", name.constData(),
          static_cast<long long>(timer.elapsed()));
    const qsizetype lastLine = text.lastIndexOf(QRegularExpression(u"[\r\n]"_s)) + 1;
    QCOMPARE(window.document()->text(), QString(text).insert(lastLine, u"ok"_s));
    QVERIFY(window.files()->isModified());
    for (int i = 0; i < 2 && window.document()->text() != text; ++i) {
        editor->undo(); // the two keys may be one undo step or two
    }
    QCOMPARE(window.document()->text(), text);

    // Closing asks nothing (the card is as it was on disk) and writes nothing.
    QVERIFY(window.close());
    QCOMPARE(QFile(path).size(), qint64(bytes.size()));
}

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestBadInputWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_badinputwindow.moc"
