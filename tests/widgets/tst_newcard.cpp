#include "carddocument.h"
#include "cardfile.h"
#include "cardlinter.h"
#include "completenessview.h"
#include "evalresultseditor.h"
#include "fakefileprompts.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "metadataform.h"
#include "problemspanel.h"
#include "sourceeditor.h"
#include "sourcepane.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeWidget>
#include <QtTest>

using namespace Cardigan;
using Item = Completeness::Item;

// File > New from Template and the completeness view, as a user meets them in the window.
class TestNewCard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString resourceText()
    {
        QFile f(QStringLiteral(":/templates/modelcard.md"));
        if (!f.open(QIODevice::ReadOnly)) {
            return QString();
        }
        return CardFile::decode(f.readAll()).text;
    }

    QString writeCard(const QString &name, const QString &text)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(text.toUtf8());
        return f.fileName();
    }

    static const Item *itemOf(CompletenessView *view, const QString &id)
    {
        const int row = view->rowOf(id);
        return row < 0 ? nullptr : &view->items()[row];
    }

    static void clickItem(CompletenessView *view, const QString &id)
    {
        QTreeWidgetItem *item = view->list()->topLevelItem(view->rowOf(id));
        QVERIFY(item);
        view->list()->scrollToItem(item);
        const QRect rect = view->list()->visualItemRect(item);
        QVERIFY(!rect.isEmpty());
        QTest::mouseClick(view->list()->viewport(), Qt::LeftButton, {}, rect.center());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void newFromTemplate_untitledCardWithTheResourceText()
    {
        const QString expected = resourceText();
        QVERIFY(expected.contains(QLatin1String("## Bias, Risks, and Limitations")));
        MainWindow w(std::make_unique<FakeFilePrompts>(), m_dir.filePath(QStringLiteral("rec")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.completenessView()->isVisible());
        w.newFromTemplateAction()->trigger();
        QCOMPARE(w.document()->text(), expected);
        QVERIFY(w.files()->path().isEmpty());
        QVERIFY(!w.files()->isModified());
        QVERIFY(!w.document()->textDocument()->isUndoAvailable());
        QVERIFY(w.windowTitle().startsWith(QLatin1String("Untitled")));
        // Shown for the new card; the problems are a tab away.
        QVERIFY(w.completenessAction()->isChecked());
        QVERIFY(w.completenessView()->isVisible());
        // Beside the problems, a tab away; without it the problems have no tab bar.
        auto *bottom =
            qobject_cast<QTabWidget *>(w.completenessView()->parentWidget()->parentWidget());
        QVERIFY(bottom && bottom->tabBar()->isVisible());
        w.completenessAction()->setChecked(false);
        QVERIFY(!bottom->tabBar()->isVisible());
        QVERIFY(w.problemsPanel()->isVisible());
        w.completenessAction()->setChecked(true);
        QVERIFY(bottom->tabBar()->isVisible());
        QVERIFY(w.completenessView()->isVisible());
        QStringList codes;
        for (const Diagnostic &d : CardLinter::lint(*w.document())) {
            QVERIFY2(d.severity != Diagnostic::Severity::Error, qPrintable(d.message));
            codes.append(d.code);
        }
        qInfo() << "the template's diagnostics:" << codes;
        // Every recommended metadata key is missing and listed first; the sections are
        // there with nothing written yet.
        CompletenessView *view = w.completenessView();
        QCOMPARE(view->items().size(), 17);
        const QStringList keys = {"license",      "language",   "library_name",
                                  "pipeline_tag", "base_model", "datasets",
                                  "metrics",      "tags",       "model-index"};
        for (int row = 0; row < keys.size(); ++row) {
            QCOMPARE(view->items()[row].id, keys[row]);
            QCOMPARE(view->items()[row].state, Item::State::Missing);
            QVERIFY(view->list()->topLevelItem(row)->text(0).contains(keys[row]));
        }
        for (int row = keys.size(); row < view->items().size(); ++row) {
            QCOMPARE(view->items()[row].state, Item::State::Empty);
        }
        QCOMPARE(view->summary()->text(),
                 QStringLiteral("8 of 17 recommended items present; 8 section(s) with nothing "
                                "written yet"));
    }

    void newFromTemplate_asksBeforeUnsavedWorkIsLost()
    {
        auto *prompts = new FakeFilePrompts;
        prompts->saveChanges = FilePrompts::SaveChanges::Cancel;
        MainWindow w(std::unique_ptr<FilePrompts>(prompts), m_dir.filePath(QStringLiteral("rec")));
        w.show();
        w.document()->load(QStringLiteral("# Mine\n"));
        QTextCursor c(w.document()->textDocument());
        c.movePosition(QTextCursor::End);
        c.insertText(QStringLiteral("typed\n"));
        QVERIFY(w.files()->isModified());
        QVERIFY(!w.newFromTemplate());
        QCOMPARE(prompts->asked, QStringList{QStringLiteral("askSaveChanges")});
        QCOMPARE(w.document()->text(), QStringLiteral("# Mine\ntyped\n"));
        // Saving the new card asks where.
        prompts->saveChanges = FilePrompts::SaveChanges::Discard;
        QVERIFY(w.newFromTemplate());
        prompts->savePaths = {m_dir.filePath(QStringLiteral("new.md"))};
        QVERIFY(w.files()->save());
        QCOMPARE(w.files()->path(), m_dir.filePath(QStringLiteral("new.md")));
        QCOMPARE(CardFile::read(w.files()->path()).text, resourceText());
    }

    void metadataItem_focusesItsField()
    {
        MainWindow w(std::make_unique<FakeFilePrompts>(), m_dir.filePath(QStringLiteral("rec")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.newFromTemplate());
        QApplication::setActiveWindow(&w);
        CompletenessView *view = w.completenessView();
        QTabWidget *tabs = nullptr;
        for (QTabWidget *t : w.findChildren<QTabWidget *>()) {
            if (t->indexOf(w.metadataForm()) >= 0) {
                tabs = t;
            }
        }
        QVERIFY(tabs);
        for (const QString &key : {QStringLiteral("license"), QStringLiteral("datasets"),
                                   QStringLiteral("pipeline_tag")}) {
            w.sourcePane()->editor()->setFocus();
            clickItem(view, key);
            QWidget *field = w.metadataForm()->findChild<QWidget *>(key);
            QVERIFY(field);
            QWidget *focus = QApplication::focusWidget();
            QVERIFY2(focus && (focus == field || field->isAncestorOf(focus)), qPrintable(key));
            QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(w.metadataForm()));
            tabs->setCurrentIndex(1); // elsewhere: the next link brings the form back
        }
        // Evaluation results: the Evaluation tab, its button to start them.
        view->list()->setFocus();
        view->list()->setCurrentItem(
            view->list()->topLevelItem(view->rowOf(QStringLiteral("model-index"))));
        QTest::keyClick(view->list(), Qt::Key_Return);
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(w.evaluationEditor()));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("add-eval"));
    }

    void missingSection_insertsItsHeadingOneUndoStep()
    {
        const QString text =
            QStringLiteral("---\nlicense: mit\n---\n# Demo\n\n## Uses\n\nSorting.\n\n"
                           "## Evaluation\n\nGood.\n");
        const QString path = writeCard(QStringLiteral("card.md"), text);
        MainWindow w(std::make_unique<FakeFilePrompts>(), m_dir.filePath(QStringLiteral("rec")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.files()->openPath(path));
        w.completenessAction()->setChecked(true);
        CompletenessView *view = w.completenessView();
        QCOMPARE(itemOf(view, QStringLiteral("training"))->state, Item::State::Missing);
        QCOMPARE(itemOf(view, QStringLiteral("uses"))->state, Item::State::Present);
        clickItem(view, QStringLiteral("training"));
        const QString inserted = QStringLiteral("---\nlicense: mit\n---\n# Demo\n\n## Uses\n\n"
                                                "Sorting.\n\n## Training Details\n\n"
                                                "## Evaluation\n\nGood.\n");
        QCOMPARE(w.document()->text(), inserted);
        // The cursor waits on the blank line under the new heading, in the source.
        SourceEditor *editor = w.sourcePane()->editor();
        QCOMPARE(editor->textCursor().blockNumber(), 10);
        QCOMPARE(editor->textCursor().block().previous().text(),
                 QStringLiteral("## Training Details"));
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(editor));
        QCOMPARE(itemOf(view, QStringLiteral("training"))->state, Item::State::Empty);
        // A present section is shown, not inserted again.
        clickItem(view, QStringLiteral("uses"));
        QCOMPARE(w.document()->text(), inserted);
        QCOMPARE(editor->textCursor().block().text(), QStringLiteral("## Uses"));
        w.document()->textDocument()->undo();
        QCOMPARE(w.document()->text(), text);
        QVERIFY(!w.files()->isModified());
        QCOMPARE(itemOf(view, QStringLiteral("training"))->state, Item::State::Missing);
    }

    void typedHeading_turnsTheItemPresent()
    {
        const QString path = writeCard(QStringLiteral("typed.md"),
                                       QStringLiteral("---\nlicense: mit\n---\n# Demo\n\nText.\n"));
        MainWindow w(std::make_unique<FakeFilePrompts>(), m_dir.filePath(QStringLiteral("rec")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.files()->openPath(path));
        CompletenessView *view = w.completenessView();
        QCOMPARE(itemOf(view, QStringLiteral("citation"))->state, Item::State::Missing);
        QCOMPARE(itemOf(view, QStringLiteral("license"))->state, Item::State::Present);
        SourceEditor *editor = w.sourcePane()->editor();
        editor->setFocus();
        QTextCursor c = editor->textCursor();
        c.movePosition(QTextCursor::End);
        editor->setTextCursor(c);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("## Citation"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(itemOf(view, QStringLiteral("citation"))->state, Item::State::Empty);
        QTest::keyClicks(editor, QStringLiteral("Cite the paper."));
        QTRY_COMPARE(itemOf(view, QStringLiteral("citation"))->state, Item::State::Present);
        // Present items sort after the missing ones.
        QVERIFY(view->rowOf(QStringLiteral("citation")) > view->rowOf(QStringLiteral("uses")));
    }
};

QTEST_MAIN(TestNewCard)
#include "tst_newcard.moc"
