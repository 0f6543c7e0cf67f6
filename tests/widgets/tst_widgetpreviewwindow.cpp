#include "carddocument.h"
#include "fakefileprompts.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "previewview.h"
#include "widgetexampleeditor.h"
#include "widgetpreview.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Cardigan;

// The widget preview in the window: a tab beside the preview, following the card, the
// example table and the remote-content setting.
class TestWidgetPreviewWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeCard(const QByteArray &bytes)
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("model"));
        QFile f(m_dir.filePath(QStringLiteral("model/README.md")));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void widgetTab_besideThePreview_followsTheCard()
    {
        const QString path = writeCard("---\npipeline_tag: summarization\nwidget:\n"
                                       "- text: long text\n  output: {text: short}\n---\n# M\n");
        MainWindow w(std::make_unique<FakeFilePrompts>(), m_dir.filePath(QStringLiteral("rec")));
        w.show();
        QVERIFY(w.files()->openPath(path));
        auto *tabs = qobject_cast<QTabWidget *>(w.widgetPreview()->parentWidget()->parentWidget());
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->widget(0), static_cast<QWidget *>(w.preview()));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Widget"));
        tabs->setCurrentIndex(1);
        QCOMPARE(w.widgetPreview()->findChild<QLabel *>(QStringLiteral("widgetOutputText"))->text(),
                 QStringLiteral("short"));
        // The View menu's preview toggle hides and shows the whole right pane.
        w.paneAction(MainWindow::PreviewPane)->setChecked(false);
        QVERIFY(!w.widgetPreview()->isVisible());
        w.paneAction(MainWindow::PreviewPane)->setChecked(true);
        QVERIFY(w.widgetPreview()->isVisible());
    }

    void exampleTable_andWidgetPreview_showTheSameExample()
    {
        const QString path = writeCard("---\npipeline_tag: text-classification\nwidget:\n"
                                       "- text: first\n- text: second\n- text: third\n---\n");
        MainWindow w(std::make_unique<FakeFilePrompts>(), m_dir.filePath(QStringLiteral("rec2")));
        w.show();
        QVERIFY(w.files()->openPath(path));
        WidgetPreview *preview = w.widgetPreview();
        w.widgetExamples()->selectExample(2);
        QCOMPARE(preview->currentExample(), 2);
        QCOMPARE(preview->findChild<QPlainTextEdit *>(QStringLiteral("widgetText"))->toPlainText(),
                 QStringLiteral("third"));
        // Choosing in the preview's menu selects the row.
        QComboBox *menu = preview->findChild<QComboBox *>(QStringLiteral("widgetExamples"));
        menu->activated(1);
        QCOMPARE(w.widgetExamples()->currentExample(), 1);
        QCOMPARE(preview->currentExample(), 1);
    }

    void inferredPipeline_fromTheRepository_givesTheWidget()
    {
        const QString path = writeCard("---\nlicense: mit\n---\n# No task in the card\n");
        QFile config(m_dir.filePath(QStringLiteral("model/config.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(R"({"architectures": ["BertForMaskedLM"], "model_type": "bert"})");
        config.close();
        MainWindow w(std::make_unique<FakeFilePrompts>(), m_dir.filePath(QStringLiteral("rec3")));
        w.show();
        QVERIFY(w.files()->openPath(path));
        QTRY_COMPARE_WITH_TIMEOUT(w.widgetPreview()->model().pipelineTag,
                                  QStringLiteral("fill-mask"), 20000);
        QVERIFY(w.widgetPreview()->model().inferred);
        QCOMPARE(int(w.widgetPreview()->model().widget), int(WidgetModel::Widget::FillMask));
        QVERIFY(!w.widgetPreview()->model().examples.isEmpty()); // the default inputs
    }
};

QTEST_MAIN(TestWidgetPreviewWindow)
#include "tst_widgetpreviewwindow.moc"
