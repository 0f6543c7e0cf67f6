#include "carddocument.h"
#include "fakefileprompts.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "metadataform.h"
#include "pipelinepicker.h"
#include "repofilemodel.h"
#include "repopanel.h"
#include "repowatcher.h"
#include "testsettings.h"

#include "synthrepo.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace Cardigan;
using namespace SynthRepo;

namespace {

// A hand-made card: a comment and odd spacing that a rewrite would lose.
const QByteArray Card = "---\n"
                        "license: mit   # ours\n"
                        "tags:\n"
                        "- demo\n"
                        "---\n"
                        "# A demo model\n\n"
                        "Trained as in https://arxiv.org/abs/2106.09685.\n";

// A repository as a clone leaves it: a card, config.json, a small real safetensors
// header over a hole, an LFS pointer, LFS rules, and a 20 MB file LFS does not track.
void makeRepo(const QString &root, const QByteArray &card = Card)
{
    write(root, QStringLiteral("README.md"), card);
    write(root, QStringLiteral(".gitattributes"),
          "*.safetensors filter=lfs diff=lfs merge=lfs -text\n"
          "*.bin filter=lfs diff=lfs merge=lfs -text\n");
    write(root, QStringLiteral("config.json"),
          R"({"architectures":["BertForSequenceClassification"],"model_type":"bert"})");
    // 2,000,000 BF16 + 1,000 F32 parameters.
    safetensors(root, QStringLiteral("model.safetensors"),
                R"({"a":{"dtype":"BF16","shape":[2000,1000],"data_offsets":[0,4000000]},)"
                R"("b":{"dtype":"F32","shape":[1000],"data_offsets":[4000000,4004000]}})",
                4'004'000);
    write(root, QStringLiteral("pytorch_model.bin"), lfsPointer(440'000'000));
    sparse(root, QStringLiteral("samples/big.csv"), 20 * 1024 * 1024);
}

QString label(RepoPanel *panel, const char *name)
{
    auto *l = panel->findChild<QLabel *>(QLatin1String(name));
    Q_ASSERT(l);
    return l->text();
}

QPushButton *suggestion(RepoPanel *panel, const QString &key)
{
    // Buttons of earlier suggestions lose their name before they go.
    return panel->findChild<QPushButton *>(QStringLiteral("suggest-") + key);
}

// The tab widget that holds the Files tab.
QTabWidget *tabsOf(QWidget *panel)
{
    for (QWidget *w = panel->parentWidget(); w; w = w->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            return tabs;
        }
    }
    return nullptr;
}

int rowOf(QAbstractItemModel *model, const QString &path)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(RepoFileModel::PathRole).toString() == path) {
            return r;
        }
    }
    return -1;
}

} // namespace

// The Files tab in the window: a card opened in a repository shows the repository as
// the Hub will, suggestions write one key as one undo step, the form shows the
// inferred pipeline.
class TestRepoPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

    std::unique_ptr<MainWindow> window()
    {
        return std::make_unique<MainWindow>(std::make_unique<FakeFilePrompts>(),
                                            m_settings.filePath(QStringLiteral("recovery")));
    }

    // The window on screen with the Files tab in front, so clicks land as a user's do.
    static bool showFiles(MainWindow *w)
    {
        w->show();
        tabsOf(w->repoPanel())->setCurrentWidget(w->repoPanel());
        return QTest::qWaitForWindowExposed(w);
    }

private slots:
    void initTestCase() { useTestSettings(QStringLiteral("tst_repopanel"), m_settings.path()); }

    void openCard_fillsThePanel()
    {
        QTemporaryDir dir;
        makeRepo(dir.path());
        auto w = window();
        QTabWidget *tabs = tabsOf(w->repoPanel());
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Form"));
        QCOMPARE(tabs->tabText(tabs->indexOf(w->repoPanel())), QStringLiteral("Files"));

        QVERIFY(w->files()->openPath(dir.path()));
        RepoPanel *panel = w->repoPanel();
        QAbstractItemModel *files = panel->fileView()->model();
        QTRY_COMPARE(files->rowCount(), 6);
        QVERIFY(w->repo()->hasScan());
        QCOMPARE(w->repo()->scan().root, QFileInfo(dir.path()).canonicalFilePath());

        auto cell = [files](const QString &path, int column, int role = Qt::DisplayRole) {
            return files->index(rowOf(files, path), column).data(role);
        };
        using C = RepoFileModel::Column;
        using L = RepoFileModel::LfsState;
        QCOMPARE(cell(QStringLiteral("samples/big.csv"), C::SizeColumn).toString(),
                 QStringLiteral("20.0 MB"));
        QCOMPARE(cell(QStringLiteral("samples/big.csv"), C::LfsColumn, RepoFileModel::LfsStateRole)
                     .toInt(),
                 int(L::NotTracked));
        QVERIFY(cell(QStringLiteral("samples/big.csv"), C::PathColumn, RepoFileModel::FlagRole)
                    .toBool());
        QCOMPARE(cell(QStringLiteral("pytorch_model.bin"), C::SizeColumn).toString(),
                 RepoFileModel::sizeText(440'000'000));
        QCOMPARE(
            cell(QStringLiteral("pytorch_model.bin"), C::LfsColumn, RepoFileModel::LfsStateRole)
                .toInt(),
            int(L::Pointer));
        QCOMPARE(
            cell(QStringLiteral("model.safetensors"), C::LfsColumn, RepoFileModel::LfsStateRole)
                .toInt(),
            int(L::Tracked));
        QVERIFY(!cell(QStringLiteral("model.safetensors"), C::PathColumn, RepoFileModel::FlagRole)
                     .toBool());
        QCOMPARE(cell(QStringLiteral("README.md"), C::HubColumn).toString(),
                 QStringLiteral("the model card"));

        // What the Hub will show.
        QCOMPARE(label(panel, "fromCard"), QStringLiteral("demo"));
        const QString added = label(panel, "addedByHub");
        for (const char *tag : {"transformers", "safetensors", "pytorch", "bert",
                                "text-classification", "arxiv:2106.09685", "license:mit"}) {
            QVERIFY2(added.split(QStringLiteral(", ")).contains(QLatin1String(tag)),
                     qPrintable(added));
        }
        QCOMPARE(label(panel, "pipeline"),
                 QStringLiteral("text-classification (from config.json architectures: "
                                "BertForSequenceClassification)"));
        QVERIFY(label(panel, "library").startsWith(QStringLiteral("transformers (from legacy")));
        QCOMPARE(label(panel, "size"), panel->hubTags().modelSize);
        QVERIFY(label(panel, "size").startsWith(QStringLiteral("2M params")));
        QVERIFY(label(panel, "warnings").contains(QStringLiteral("samples/big.csv")));
        QVERIFY(label(panel, "status").startsWith(QStringLiteral("6 file(s)")));

        // The form shows the inferred pipeline greyed while the card has none.
        auto *picker =
            w->metadataForm()->findChild<PipelinePicker *>(QStringLiteral("pipeline_tag"));
        QVERIFY(picker);
        QCOMPARE(picker->inferred(), QStringLiteral("text-classification"));
        QCOMPARE(picker->currentIndex(), -1);
        QCOMPARE(picker->placeholderText(),
                 QStringLiteral("text-classification (inferred from config.json architectures)"));
    }

    void suggestion_setsLibraryNameAsOneUndoStep()
    {
        QTemporaryDir dir;
        makeRepo(dir.path());
        auto w = window();
        QVERIFY(showFiles(w.get()));
        QVERIFY(w->files()->openPath(dir.path()));
        RepoPanel *panel = w->repoPanel();
        QTRY_VERIFY(suggestion(panel, QStringLiteral("library_name")));
        QPushButton *button = suggestion(panel, QStringLiteral("library_name"));
        QCOMPARE(button->text(), QStringLiteral("Set library_name: transformers"));
        QVERIFY(suggestion(panel, QStringLiteral("pipeline_tag")));

        const QString before = w->document()->text();
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(w->document()->text(),
                 QString::fromUtf8(Card).replace(QStringLiteral("# ours\ntags:"),
                                                 QStringLiteral("# ours\nlibrary_name: "
                                                                "transformers\ntags:")));
        // Written down, it is no longer a suggestion; the other one stays.
        QTRY_VERIFY(!suggestion(panel, QStringLiteral("library_name")));
        QVERIFY(suggestion(panel, QStringLiteral("pipeline_tag")));
        QVERIFY(
            label(panel, "library").startsWith(QStringLiteral("transformers (set in the card)")));

        w->document()->textDocument()->undo();
        QCOMPARE(w->document()->text(), before);
        QVERIFY(!w->document()->textDocument()->isUndoAvailable());
        QTRY_VERIFY(suggestion(panel, QStringLiteral("library_name")));
    }

    void suggestion_pipelineTag_replacesTheInferredPlaceholder()
    {
        QTemporaryDir dir;
        makeRepo(dir.path());
        auto w = window();
        QVERIFY(showFiles(w.get()));
        QVERIFY(w->files()->openPath(dir.path()));
        RepoPanel *panel = w->repoPanel();
        QTRY_VERIFY(suggestion(panel, QStringLiteral("pipeline_tag")));
        QTest::mouseClick(suggestion(panel, QStringLiteral("pipeline_tag")), Qt::LeftButton);
        // One line more, where the splicer puts a new key; nothing else changed.
        QString text = w->document()->text();
        QCOMPARE(text.count(QStringLiteral("\npipeline_tag: text-classification\n")), 1);
        QCOMPARE(text.remove(QStringLiteral("pipeline_tag: text-classification\n")),
                 QString::fromUtf8(Card));
        auto *picker =
            w->metadataForm()->findChild<PipelinePicker *>(QStringLiteral("pipeline_tag"));
        QCOMPARE(picker->value(), QStringLiteral("text-classification"));
        QVERIFY(picker->currentIndex() > 0);
        QCOMPARE(picker->inferred(), QString());
        QCOMPARE(picker->placeholderText(), QString());
    }

    void yamlError_offersNoSuggestion()
    {
        QTemporaryDir dir;
        makeRepo(dir.path(), "---\nlicense: [mit\n---\n# broken\n");
        auto w = window();
        QVERIFY(w->files()->openPath(dir.path()));
        QTRY_COMPARE(w->repoPanel()->fileView()->model()->rowCount(), 6);
        QVERIFY(!suggestion(w->repoPanel(), QStringLiteral("library_name")));
        QVERIFY(!suggestion(w->repoPanel(), QStringLiteral("pipeline_tag")));
        QCOMPARE(label(w->repoPanel(), "fromCard"),
                 QStringLiteral("unknown while the YAML has an error"));
    }

    void untitledCard_hasNoRepository()
    {
        auto w = window();
        w->files()->setNewCardTemplate(QStringLiteral("---\ntags:\n- text-classification\n---\n"));
        QVERIFY(w->files()->newCard());
        QCOMPARE(w->repo()->folder(), QString());
        QVERIFY(!w->repo()->isScanning());
        QVERIFY(label(w->repoPanel(), "status").startsWith(QStringLiteral("Untitled card")));
        QCOMPARE(w->repoPanel()->fileView()->model()->rowCount(), 0);
        auto *rescan = w->repoPanel()->findChild<QPushButton *>(QStringLiteral("rescan"));
        QVERIFY(!rescan->isEnabled());
    }

    void rescanButton_showsNewFiles()
    {
        QTemporaryDir dir;
        makeRepo(dir.path());
        auto w = window();
        w->repo()->setRescanDelay(60'000); // only the button rescans here
        QVERIFY(showFiles(w.get()));
        QVERIFY(w->files()->openPath(dir.path()));
        QAbstractItemModel *files = w->repoPanel()->fileView()->model();
        QTRY_COMPARE(files->rowCount(), 6);
        write(dir.path(), QStringLiteral("onnx/model.onnx"), "x");
        auto *rescan = w->repoPanel()->findChild<QPushButton *>(QStringLiteral("rescan"));
        QTest::mouseClick(rescan, Qt::LeftButton);
        QVERIFY(w->repo()->isScanning());
        QTRY_COMPARE(files->rowCount(), 7);
        QVERIFY(rowOf(files, QStringLiteral("onnx/model.onnx")) >= 0);
        QVERIFY(label(w->repoPanel(), "addedByHub").contains(QStringLiteral("onnx")));
    }

    void typingDuringAScan_isNotBlocked()
    {
        QTemporaryDir dir;
        makeRepo(dir.path());
        for (int i = 0; i < 5000; ++i) {
            write(dir.path(), QStringLiteral("data/d%1/f%2.txt").arg(i / 100).arg(i), "x");
        }
        auto w = window();
        QVERIFY(w->files()->openPath(dir.path()));
        QVERIFY(w->repo()->isScanning());
        // An edit while the scan runs goes through and is kept when the result lands.
        QVERIFY(w->document()
                    ->set(*YamlPath::parse(QStringLiteral("license")), QStringLiteral("apache-2.0"))
                    .ok);
        QTRY_COMPARE(w->repoPanel()->fileView()->model()->rowCount(), 5006);
        QVERIFY(w->document()->text().startsWith(QStringLiteral("---\nlicense: apache-2.0")));
        QVERIFY(label(w->repoPanel(), "addedByHub").contains(QStringLiteral("license:apache-2.0")));
    }

    // For looking at the tab: CARDIGAN_SCREENSHOT=FILE.png saves the window with the
    // Files tab in front, the card in CARDIGAN_SCREENSHOT_REPO (or a synthetic repo).
    void screenshot_filesTab()
    {
        const QString out = qEnvironmentVariable("CARDIGAN_SCREENSHOT");
        if (out.isEmpty()) {
            QSKIP("set CARDIGAN_SCREENSHOT=FILE.png to save a screenshot of the Files tab");
        }
        QTemporaryDir dir;
        QString repo = qEnvironmentVariable("CARDIGAN_SCREENSHOT_REPO");
        if (repo.isEmpty()) {
            makeRepo(dir.path());
            repo = dir.path();
        }
        auto w = window();
        w->resize(1400, 900);
        QVERIFY(showFiles(w.get()));
        QVERIFY(w->files()->openPath(repo));
        QTRY_VERIFY(w->repo()->hasScan());
        QTest::qWait(1500); // let the preview paint: this only makes a picture
        QVERIFY(w->grab().save(out));
    }
};

QTEST_MAIN(TestRepoPanel)
#include "tst_repopanel.moc"
