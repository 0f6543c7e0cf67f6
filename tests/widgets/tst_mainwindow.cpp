#include "carddocument.h"
#include "fakefileprompts.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "metadataform.h"
#include "metadataview.h"
#include "previewview.h"
#include "sourceeditor.h"
#include "sourcepane.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QWebEngineScript>
#include <QWebEngineView>
#include <QtTest>

using namespace Cardigan;

// The window as a user meets it: a card opened from disk shows in all three panes,
// typing flows to the metadata and the preview, and nothing unsaved is lost on close.
class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeCard(const QString &name, const QByteArray &bytes)
    {
        QDir(m_dir.path()).mkpath(QFileInfo(m_dir.filePath(name)).path());
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }

    static QString pageText(MainWindow &w)
    {
        QString text;
        bool done = false;
        w.preview()->view()->page()->runJavaScript(QStringLiteral("document.body.innerText"),
                                                   QWebEngineScript::ApplicationWorld,
                                                   [&](const QVariant &v) {
                                                       text = v.toString();
                                                       done = true;
                                                   });
        if (!QTest::qWaitFor([&] { return done; }, 10000)) {
            return QString();
        }
        return text;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void openFolder_showsTheCardEverywhere()
    {
        const QString path = writeCard(QStringLiteral("org-model/README.md"),
                                       "---\r\nlicense: mit # keep\r\ntags:\r\n- demo\r\n---\r\n"
                                       "# Demo card\r\n\r\nInline \\\\(x^2\\\\) math.\r\n");
        auto *prompts = new FakeFilePrompts;
        MainWindow w(std::unique_ptr<FilePrompts>(prompts), m_dir.filePath(QStringLiteral("rec")));
        QSignalSpy shown(w.preview(), &PreviewView::contentShown);
        w.show();
        QVERIFY(w.files()->openPath(QFileInfo(path).path()));
        QCOMPARE(w.files()->path(), QFileInfo(path).absoluteFilePath());
        QVERIFY(w.windowTitle().contains(QLatin1String("README.md")));
        QCOMPARE(w.sourcePane()->editor()->document(), w.document()->textDocument());
        auto *tree = w.metadataView()->findChild<QTreeWidget *>();
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(0).toInt() == 1, 30000);
        const QString page = pageText(w);
        QVERIFY2(page.contains(QLatin1String("Demo card")), qPrintable(page));
        QVERIFY2(page.contains(QLatin1String("org-model")), qPrintable(page));
        QVERIFY(prompts->errors.isEmpty());
    }

    void typing_updatesMetadataPreviewAndTitle()
    {
        const QString path =
            writeCard(QStringLiteral("t/README.md"), "---\nlicense: mit\n---\nBody\n");
        MainWindow w(std::make_unique<FakeFilePrompts>(), m_dir.filePath(QStringLiteral("rec2")));
        QSignalSpy shown(w.preview(), &PreviewView::contentShown);
        w.show();
        QVERIFY(w.files()->openPath(path));
        QVERIFY(!w.isWindowModified());
        SourceEditor *editor = w.sourcePane()->editor();
        editor->setFocus();
        QTextCursor c = editor->textCursor();
        c.setPosition(4); // the start of "license"
        editor->setTextCursor(c);
        QTest::keyClicks(editor, QStringLiteral("pipeline_tag: fill-mask"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(w.document()->text(),
                 QStringLiteral("---\npipeline_tag: fill-mask\nlicense: mit\n---\nBody\n"));
        QVERIFY(w.isWindowModified());
        // All Metadata is behind the form: typing does not rebuild it; showing it does.
        auto *tree = w.metadataView()->findChild<QTreeWidget *>();
        QTest::qWait(100);
        QCOMPARE(tree->topLevelItemCount(), 1);
        auto *tabs = qobject_cast<QTabWidget *>(w.metadataView()->parentWidget()->parentWidget());
        QVERIFY(tabs);
        tabs->setCurrentWidget(w.metadataView());
        QCOMPARE(tree->topLevelItemCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(pageText(w).contains(QLatin1String("fill-mask")), 30000);
        // One history for everything typed: undo back to the file's bytes.
        while (w.document()->textDocument()->isUndoAvailable()) {
            w.document()->textDocument()->undo();
        }
        QCOMPARE(w.document()->text(), QStringLiteral("---\nlicense: mit\n---\nBody\n"));
    }

    void brokenYaml_shownInTheStatusBar()
    {
        const QString path = writeCard(QStringLiteral("b/README.md"), "---\na: 1\na: 2\n---\n");
        MainWindow w(std::make_unique<FakeFilePrompts>(), m_dir.filePath(QStringLiteral("rec3")));
        QVERIFY(w.files()->openPath(path));
        bool found = false;
        for (QLabel *label : w.findChildren<QLabel *>()) {
            found = found || label->text().contains(QLatin1String("duplicated mapping key"));
        }
        QVERIFY(found);
    }

    void viewMenu_togglesPanes_andLayoutIsRemembered()
    {
        {
            MainWindow w(std::make_unique<FakeFilePrompts>(),
                         m_dir.filePath(QStringLiteral("rec4")));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.metadataForm()->isVisible());
            w.paneAction(MainWindow::MetadataPane)->trigger();
            QVERIFY(!w.metadataForm()->isVisible());
            QVERIFY(w.preview()->isVisible());
            QVERIFY(w.close());
        }
        MainWindow again(std::make_unique<FakeFilePrompts>(),
                         m_dir.filePath(QStringLiteral("rec4")));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.paneAction(MainWindow::MetadataPane)->isChecked());
        QVERIFY(!again.metadataForm()->isVisible());
        QVERIFY(again.sourcePane()->isVisible());
    }

    void close_withChanges_asksAndCanCancel()
    {
        const QString path = writeCard(QStringLiteral("c/README.md"), "---\nlicense: mit\n---\n");
        auto *prompts = new FakeFilePrompts;
        prompts->saveChanges = FilePrompts::SaveChanges::Cancel;
        MainWindow w(std::unique_ptr<FilePrompts>(prompts), m_dir.filePath(QStringLiteral("rec5")));
        w.show();
        QVERIFY(w.files()->openPath(path));
        QTextCursor(w.document()->textDocument()).insertText(QStringLiteral("x"));
        QVERIFY(!w.close());
        QVERIFY(prompts->asked.contains(QLatin1String("askSaveChanges")));
        QVERIFY(w.isVisible());
        prompts->saveChanges = FilePrompts::SaveChanges::Discard;
        QVERIFY(w.close());
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        QCOMPARE(f.readAll(), QByteArray("---\nlicense: mit\n---\n"));
    }

    void example_opensAsUntitledCopy()
    {
        MainWindow w(std::make_unique<FakeFilePrompts>(), m_dir.filePath(QStringLiteral("rec6")));
        w.openExample();
        QVERIFY(w.files()->path().isEmpty());
        QVERIFY(w.document()->metadata().isMapping());
        QVERIFY(w.document()->metadata().find(QStringLiteral("model-index")));
        QVERIFY(!w.isWindowModified());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
