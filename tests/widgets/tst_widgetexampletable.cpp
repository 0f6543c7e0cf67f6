#include "carddocument.h"
#include "exampleoutputeditor.h"
#include "fileprompts.h"
#include "mainwindow.h"
#include "messagesdialog.h"
#include "repofilepicker.h"
#include "stringlistdialog.h"
#include "tabledatadialog.h"
#include "testsettings.h"
#include "widgetexampleeditor.h"
#include "widgetexamplemodel.h"
#include "yamleditplan.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>

using namespace Cardigan;
using namespace Qt::StringLiterals;

namespace {

// Comments, quotes, an indentless list, a block scalar, a flow mapping, odd indentation:
// everything a rewrite would lose. Each test makes one edit and expects exactly its text.
const QString Card = u"---\n"
                     "# Examples written by hand: odd styles on purpose\n"
                     "pipeline_tag: zero-shot-classification\n"
                     "widget:\n"
                     "- text: \"I loved the film\"   # quoted\n"
                     "  candidate_labels: positive, negative\n"
                     "  multi_class: false\n"
                     "  example_title: 'Film'\n"
                     "# between entries\n"
                     "- text: |\n"
                     "    First line\n"
                     "    second line\n"
                     "  example_title: Multi   # block text\n"
                     "  output:\n"
                     "  - label: POS   # top\n"
                     "    score: 0.9\n"
                     "  - {label: NEG, score: 0.10}\n"
                     "-   text: spaced\n"
                     "    group: Odd\n"
                     "license: mit\n"
                     "---\n"
                     "\n"
                     "# Body\n"_s;

// Entries of every shape, and values the table must not edit.
const QString Shapes = u"---\n"
                       "widget:\n"
                       "  - text: Where do I live?\n"
                       "    context: In Berlin.\n"
                       "  - src: images/cat.png\n"
                       "  - source_sentence: A happy person\n"
                       "    sentences:\n"
                       "      - A sad person   # first\n"
                       "      - 'A joyful one'\n"
                       "  - just a string\n"
                       "  - text: How many?\n"
                       "    table:\n"
                       "      Repo: [transformers, datasets]\n"
                       "      Stars: [36542, 4512]\n"
                       "  - messages:\n"
                       "      - role: user\n"
                       "        content: Hi\n"
                       "    parameters: {temperature: 0.5}\n"
                       "  - text: &shared Shared text\n"
                       "    example_title: *shared\n"
                       "---\n"
                       "Body\n"_s;

QString replaced(const QString &before, const QString &from, const QString &to)
{
    Q_ASSERT(before.count(from) == 1);
    return QString(before).replace(from, to);
}

template <typename T>
T *child(QObject *parent, const QString &name)
{
    auto *w = parent->findChild<T *>(name);
    Q_ASSERT(w);
    return w;
}

} // namespace

class TestWidgetExampleTable : public QObject
{
    Q_OBJECT

private:
    // The edit made exactly @p after, as one undo step that gives the card back.
    void checkEdit(CardDocument &doc, const QString &after, const QString &original = Card)
    {
        QCOMPARE(doc.text().split(u'\n'), after.split(u'\n'));
        QCOMPARE(doc.text(), after);
        doc.textDocument()->undo();
        QCOMPARE(doc.text(), original);
        QVERIFY(!doc.textDocument()->isUndoAvailable());
    }

    QModelIndex cell(const WidgetExampleModel &model, int row, const QString &key)
    {
        const int column = model.columnOf(key);
        Q_ASSERT(column >= 0);
        return model.index(row, column);
    }

    QDialog *openDialog(WidgetExampleEditor &editor, const QModelIndex &index)
    {
        editor.editCell(index);
        // Accepted dialogs are deleted later: the open one is the visible one.
        for (QDialog *d : editor.findChildren<QDialog *>(u"example-dialog"_s)) {
            if (d->isVisible()) {
                return d;
            }
        }
        return nullptr;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void columns_followTheTask()
    {
        CardDocument doc;
        doc.load(Card);
        WidgetExampleModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QStringList keys;
        for (int c = 0; c < model.columnCount(); ++c) {
            keys << model.key(c);
        }
        QCOMPARE(keys, QStringList({u"text"_s, u"candidate_labels"_s, u"multi_class"_s,
                                    u"example_title"_s, u"group"_s, u"output"_s}));
        QCOMPARE(model.data(cell(model, 0, u"text"_s)).toString(), u"I loved the film"_s);
        QCOMPARE(model.data(cell(model, 1, u"text"_s), Qt::EditRole).toString(),
                 u"First line\nsecond line\n"_s);
        QCOMPARE(model.data(cell(model, 1, u"output"_s)).toString(), u"POS 0.900, NEG 0.100"_s);
        QCOMPARE(model.data(cell(model, 0, u"multi_class"_s), Qt::EditRole), QVariant(false));
        QCOMPARE(model.data(cell(model, 2, u"group"_s)).toString(), u"Odd"_s);
        QCOMPARE(model.data(cell(model, 1, u"output"_s), WidgetExampleModel::LineRole).toInt(), 14);

        // Another task, another set of columns; the table follows without a reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QTextCursor c(doc.textDocument()->findBlockByNumber(2));
        c.movePosition(QTextCursor::EndOfBlock);
        c.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
        c.insertText(u"pipeline_tag: question-answering"_s);
        QTRY_COMPARE(model.columnOf(u"context"_s), 1);
        QVERIFY(model.columnOf(u"candidate_labels"_s) >= 0); // the entries still have it
        QCOMPARE(reset.count(), 0);
    }

    void columns_allInputsWithoutTask()
    {
        CardDocument doc;
        doc.load(Shapes);
        WidgetExampleModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList keys;
        for (int c = 0; c < model.columnCount(); ++c) {
            keys << model.key(c);
        }
        QCOMPARE(keys,
                 QStringList({u"text"_s, u"src"_s, u"context"_s, u"candidate_labels"_s,
                              u"multi_class"_s, u"source_sentence"_s, u"sentences"_s, u"table"_s,
                              u"structured_data"_s, u"messages"_s, u"example_title"_s, u"group"_s,
                              u"output"_s, WidgetExampleModel::otherKey()}));
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.data(cell(model, 2, u"sentences"_s)).toString(),
                 u"A sad person; A joyful one"_s);
        QCOMPARE(model.data(cell(model, 4, u"table"_s)).toString(),
                 u"2 columns × 2 rows: Repo, Stars"_s);
        QCOMPARE(model.data(cell(model, 5, u"messages"_s)).toString(), u"user: Hi"_s);
        QCOMPARE(model.data(cell(model, 5, WidgetExampleModel::otherKey())).toString(),
                 u"parameters"_s);
        // A string entry: shown, read-only.
        QCOMPARE(model.data(model.index(3, 0)).toString(), u"just a string"_s);
        QVERIFY(!(model.flags(model.index(3, 0)) & Qt::ItemIsEditable));
        QVERIFY(model.problem(3, 0).contains(u"not a mapping"_s));
        // An anchor and an alias: read-only, with the line to show.
        QVERIFY(model.problem(6, model.columnOf(u"text"_s)).contains(u"anchor"_s));
        QVERIFY(model.problem(6, model.columnOf(u"example_title"_s)).contains(u"alias"_s));
        QCOMPARE(
            model.data(cell(model, 6, u"example_title"_s), WidgetExampleModel::LineRole).toInt(),
            20);
        QVERIFY(!model.setData(cell(model, 6, u"text"_s), u"New"_s));
        QCOMPARE(doc.text(), Shapes);
        // The other cells of those rows are still editable.
        QVERIFY(model.flags(cell(model, 6, u"group"_s)) & Qt::ItemIsEditable);
        QVERIFY(model.problem(0, model.columnOf(u"context"_s)).isEmpty());
    }

    void setText_keepsQuotesAndComment()
    {
        CardDocument doc;
        doc.load(Card);
        WidgetExampleModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setData(cell(model, 0, u"text"_s), u"I hated it"_s));
        checkEdit(doc, replaced(Card, u"\"I loved the film\""_s, u"\"I hated it\""_s));
        QCOMPARE(model.data(cell(model, 0, u"text"_s)).toString(), u"I loved the film"_s);
    }

    void setText_sameTextChangesNothing()
    {
        CardDocument doc;
        doc.load(Card);
        WidgetExampleModel model(&doc);
        QVERIFY(model.setData(cell(model, 2, u"text"_s), u"spaced"_s));
        QCOMPARE(doc.text(), Card);
        QVERIFY(!doc.textDocument()->isUndoAvailable());
    }

    void setMultiLineText_keepsTheBlockScalar()
    {
        CardDocument doc;
        doc.load(Card);
        WidgetExampleModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setData(cell(model, 1, u"text"_s), u"One\nTwo\n"_s));
        checkEdit(doc,
                  replaced(Card, u"    First line\n    second line\n"_s, u"    One\n    Two\n"_s));
    }

    void setTitle_addsKeyToIndentedEntry()
    {
        CardDocument doc;
        doc.load(Card);
        WidgetExampleModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setData(cell(model, 2, u"example_title"_s), u"Spaced"_s));
        checkEdit(doc, replaced(Card, u"    group: Odd\n"_s,
                                u"    group: Odd\n    example_title: Spaced\n"_s));
    }

    void clearCell_removesTheKey()
    {
        CardDocument doc;
        doc.load(Card);
        WidgetExampleModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setData(cell(model, 0, u"example_title"_s), QString()));
        checkEdit(doc, replaced(Card, u"  example_title: 'Film'\n"_s, QString()));
    }

    void setMultiClass_writesABoolean()
    {
        CardDocument doc;
        doc.load(Card);
        WidgetExampleModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setData(cell(model, 0, u"multi_class"_s), true));
        checkEdit(doc, replaced(Card, u"multi_class: false"_s, u"multi_class: true"_s));
        QVERIFY(model.setData(cell(model, 0, u"multi_class"_s), QVariant()));
        checkEdit(doc, replaced(Card, u"  multi_class: false\n"_s, QString()));
    }

    void outputScore_changesThatNumberOnly()
    {
        CardDocument doc;
        doc.load(Card);
        WidgetExampleEditor editor(&doc);
        QAbstractItemModelTester tester(editor.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *dialog = qobject_cast<ExampleOutputEditor *>(
            openDialog(editor, cell(*editor.model(), 1, u"output"_s)));
        QVERIFY(dialog);
        QCOMPARE(dialog->shape(), ExampleOutputEditor::Labels);
        QCOMPARE(dialog->labels()->rowCount(), 2);
        QCOMPARE(dialog->labels()->item(1, 1)->text(), u"0.1"_s);
        dialog->labels()->item(1, 1)->setText(u"0.25"_s);
        QVERIFY(dialog->problem().isEmpty());
        dialog->accept();
        checkEdit(doc, replaced(Card, u"score: 0.10}"_s, u"score: 0.25}"_s));
    }

    void outputScore_mustBeANumber()
    {
        CardDocument doc;
        doc.load(Card);
        ExampleOutputEditor dialog(*doc.metadata().find(u"widget"_s)->items()[1].find(u"output"_s));
        dialog.labels()->item(0, 1)->setText(u"high"_s);
        QVERIFY(dialog.problem().contains(u"must be a number"_s));
        auto *box = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(!box->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.labels()->item(0, 1)->setText(u"1e-3"_s);
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(box->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.setShape(ExampleOutputEditor::Answer);
        dialog.answer()->setText(u"Berlin"_s);
        dialog.answerScore()->setText(u"0,9"_s);
        QVERIFY(!dialog.problem().isEmpty());
        dialog.answerScore()->setText(u"0.9"_s);
        QCOMPARE(QString::fromUtf8(dialog.value().toJson()).simplified(),
                 u"{ \"answer\": \"Berlin\", \"score\": 0.9 }"_s);
        dialog.setShape(ExampleOutputEditor::Url);
        dialog.url()->setText(u"http://example.com/a.png"_s);
        QVERIFY(dialog.problem().contains(u"https"_s));
    }

    void outputAdded_asTextAndRemoved()
    {
        CardDocument doc;
        doc.load(Card);
        WidgetExampleEditor editor(&doc);
        QAbstractItemModelTester tester(editor.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *dialog = qobject_cast<ExampleOutputEditor *>(
            openDialog(editor, cell(*editor.model(), 2, u"output"_s)));
        QVERIFY(dialog);
        QCOMPARE(dialog->shape(), ExampleOutputEditor::None);
        dialog->setShape(ExampleOutputEditor::Text);
        dialog->text()->setPlainText(u"A review"_s);
        dialog->accept();
        checkEdit(doc, replaced(Card, u"    group: Odd\n"_s,
                                u"    group: Odd\n    output:\n      text: A review\n"_s));

        dialog = qobject_cast<ExampleOutputEditor *>(
            openDialog(editor, cell(*editor.model(), 1, u"output"_s)));
        QVERIFY(dialog);
        dialog->setShape(ExampleOutputEditor::None);
        dialog->accept();
        checkEdit(doc, replaced(Card,
                                u"  output:\n  - label: POS   # top\n    score: 0.9\n"
                                "  - {label: NEG, score: 0.10}\n"_s,
                                QString()));
    }

    void addRow_appendsAnExample()
    {
        CardDocument doc;
        doc.load(Card);
        WidgetExampleEditor editor(&doc);
        QAbstractItemModelTester tester(editor.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(editor.model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy current(&editor, &WidgetExampleEditor::currentExampleChanged);
        child<QToolButton>(&editor, u"add-example"_s)->click();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(editor.currentExample(), 3);
        QCOMPARE(current.last().at(0).toInt(), 3);
        checkEdit(doc, replaced(Card, u"    group: Odd\n"_s, u"    group: Odd\n- text: ''\n"_s));
        QCOMPARE(editor.model()->rowCount(), 3);
    }

    void addRow_createsTheList()
    {
        const QString card = u"---\nlicense: mit   # kept\n---\nBody\n"_s;
        CardDocument doc;
        doc.load(card);
        WidgetExampleModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.addRow().ok);
        QCOMPARE(model.rowCount(), 1);
        checkEdit(doc, u"---\nlicense: mit   # kept\nwidget:\n- text: ''\n---\nBody\n"_s, card);
        QCOMPARE(model.rowCount(), 0);
    }

    void removeRow_takesItsCommentAlong()
    {
        CardDocument doc;
        doc.load(Card);
        WidgetExampleEditor editor(&doc);
        QAbstractItemModelTester tester(editor.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        editor.selectExample(2);
        child<QToolButton>(&editor, u"remove-example"_s)->click();
        QCOMPARE(editor.model()->rowCount(), 2);
        checkEdit(doc, replaced(Card, u"-   text: spaced\n    group: Odd\n"_s, QString()));
        QCOMPARE(editor.model()->rowCount(), 3);
    }

    void duplicateRow_putsTheCopyBelow()
    {
        CardDocument doc;
        doc.load(Card);
        WidgetExampleEditor editor(&doc);
        QAbstractItemModelTester tester(editor.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        editor.selectExample(0);
        child<QToolButton>(&editor, u"duplicate-example"_s)->click();
        QCOMPARE(editor.model()->rowCount(), 4);
        QCOMPARE(editor.currentExample(), 1);
        const YamlValue widget = *doc.metadata().find(u"widget"_s);
        QCOMPARE(widget.items()[1], widget.items()[0]);
        // The original entries keep their bytes.
        QVERIFY(doc.text().contains(u"- text: \"I loved the film\"   # quoted\n"_s));
        QVERIFY(doc.text().contains(Card.mid(Card.indexOf(u"# between entries"_s))));
        doc.textDocument()->undo();
        QCOMPARE(doc.text(), Card);
        QVERIFY(!doc.textDocument()->isUndoAvailable());
        QCOMPARE(editor.model()->rowCount(), 3);
    }

    void moveRows_moveOnlyThatEntry()
    {
        CardDocument doc;
        doc.load(Card);
        WidgetExampleEditor editor(&doc);
        QAbstractItemModelTester tester(editor.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy moved(editor.model(), &QAbstractItemModel::rowsMoved);
        editor.selectExample(2);
        child<QToolButton>(&editor, u"example-up"_s)->click();
        QCOMPARE(moved.count(), 1);
        QCOMPARE(editor.currentExample(), 1);
        QCOMPARE(editor.model()->data(editor.model()->index(1, 0)).toString(), u"spaced"_s);
        const QString first = u"- text: \"I loved the film\"   # quoted\n"
                              "  candidate_labels: positive, negative\n"
                              "  multi_class: false\n"
                              "  example_title: 'Film'\n"_s;
        const QString second = u"# between entries\n"
                               "- text: |\n"
                               "    First line\n"
                               "    second line\n"
                               "  example_title: Multi   # block text\n"
                               "  output:\n"
                               "  - label: POS   # top\n"
                               "    score: 0.9\n"
                               "  - {label: NEG, score: 0.10}\n"_s;
        const QString third = u"-   text: spaced\n    group: Odd\n"_s;
        checkEdit(doc, replaced(Card, first + second + third, first + third + second));

        editor.selectExample(0);
        child<QToolButton>(&editor, u"example-down"_s)->click();
        QCOMPARE(editor.currentExample(), 1);
        checkEdit(doc, replaced(Card, first + second, second + first));
    }

    void sentences_editOneItemOnly()
    {
        CardDocument doc;
        doc.load(Shapes);
        WidgetExampleEditor editor(&doc);
        QAbstractItemModelTester tester(editor.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *dialog = qobject_cast<StringListDialog *>(
            openDialog(editor, cell(*editor.model(), 2, u"sentences"_s)));
        QVERIFY(dialog);
        QCOMPARE(dialog->items(), QStringList({u"A sad person"_s, u"A joyful one"_s}));
        dialog->table()->item(1, 0)->setText(u"A cheerful one"_s);
        dialog->accept();
        checkEdit(doc, replaced(Shapes, u"'A joyful one'"_s, u"'A cheerful one'"_s), Shapes);

        dialog = qobject_cast<StringListDialog *>(
            openDialog(editor, cell(*editor.model(), 2, u"sentences"_s)));
        child<QPushButton>(dialog, u"add-row"_s)->click();
        dialog->table()->item(2, 0)->setText(u"A third"_s);
        dialog->accept();
        checkEdit(doc,
                  replaced(Shapes, u"      - 'A joyful one'\n"_s,
                           u"      - 'A joyful one'\n      - A third\n"_s),
                  Shapes);
    }

    void table_editOneCell()
    {
        CardDocument doc;
        doc.load(Shapes);
        WidgetExampleEditor editor(&doc);
        QAbstractItemModelTester tester(editor.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *dialog = qobject_cast<TableDataDialog *>(
            openDialog(editor, cell(*editor.model(), 4, u"table"_s)));
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->columnCount(), 2);
        QCOMPARE(dialog->table()->item(1, 1)->text(), u"4512"_s);
        // Opened and closed untouched, it gives the card's value back.
        QCOMPARE(dialog->value(), editor.model()->value(4, u"table"_s));
        dialog->table()->item(1, 1)->setText(u"5000"_s);
        dialog->accept();
        checkEdit(doc, replaced(Shapes, u"4512"_s, u"5000"_s), Shapes);

        dialog = qobject_cast<TableDataDialog *>(
            openDialog(editor, cell(*editor.model(), 4, u"table"_s)));
        dialog->addColumn(u"Language"_s);
        dialog->table()->item(0, 2)->setText(u"Python"_s);
        QCOMPARE(QString::fromUtf8(dialog->value().find(u"Language"_s)->toJson()).simplified(),
                 u"[ \"Python\" ]"_s);
        dialog->renameColumn(2, u"Repo"_s);
        QVERIFY(dialog->problem().contains(u"Repo"_s));
        dialog->reject();
        QCOMPARE(doc.text(), Shapes);
    }

    void messages_editContent()
    {
        CardDocument doc;
        doc.load(Shapes);
        WidgetExampleEditor editor(&doc);
        QAbstractItemModelTester tester(editor.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *dialog = qobject_cast<MessagesDialog *>(
            openDialog(editor, cell(*editor.model(), 5, u"messages"_s)));
        QVERIFY(dialog);
        dialog->table()->item(0, 1)->setText(u"Hello there"_s);
        child<QPushButton>(dialog, u"add-row"_s)->click();
        dialog->table()->item(1, 0)->setText(u"robot"_s);
        QVERIFY(dialog->problem().contains(u"robot"_s));
        dialog->table()->item(1, 0)->setText(u"assistant"_s);
        dialog->table()->item(1, 1)->setText(u"Hello!"_s);
        QVERIFY(dialog->problem().isEmpty());
        dialog->accept();
        // Two steps (one content, one appended message) as one undo step.
        checkEdit(doc,
                  replaced(Shapes, u"        content: Hi\n"_s,
                           u"        content: Hello there\n"
                           "      - role: assistant\n"
                           "        content: Hello!\n"_s),
                  Shapes);
    }

    void srcPicker_storesARepoRelativePath()
    {
        QTemporaryDir repo;
        QVERIFY(QDir(repo.path()).mkpath(u"images"_s));
        QFile image(repo.filePath(u"images/tiger.jpg"_s));
        QVERIFY(image.open(QIODevice::WriteOnly));
        image.close();
        CardDocument doc;
        doc.load(Shapes);
        WidgetExampleEditor editor(&doc);
        editor.setRepoFolder(repo.path());
        RepoFilePicker::setChooserForTests(
            [&](const QString &, const QString &, const QString &) { return image.fileName(); });
        editor.selectExample(1);
        editor.table()->setCurrentIndex(cell(*editor.model(), 1, u"src"_s));
        QVERIFY(child<QToolButton>(&editor, u"pick-src"_s)->isEnabled());
        child<QToolButton>(&editor, u"pick-src"_s)->click();
        RepoFilePicker::setChooserForTests({});
        checkEdit(doc, replaced(Shapes, u"images/cat.png"_s, u"images/tiger.jpg"_s), Shapes);
        // A URL typed by hand is kept as typed.
        const QString url = u"https://example.com/a b.png?x=1"_s;
        QVERIFY(editor.model()->setData(cell(*editor.model(), 1, u"src"_s), url));
        QCOMPARE(editor.model()->value(1, u"src"_s).toString(), url);
    }

    void typingInSource_updatesTheTable()
    {
        CardDocument doc;
        doc.load(Card);
        WidgetExampleModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // An edit outside `widget` is no change at all for the table.
        QTextCursor license(doc.textDocument()->findBlockByNumber(19));
        license.movePosition(QTextCursor::EndOfBlock);
        license.insertText(u" # changed"_s);
        QVERIFY(doc.text().contains(u"license: mit # changed"_s));
        QCOMPARE(changed.count(), 0);

        // One changed value: that row, no reset.
        QTextCursor text(doc.textDocument()->findBlockByNumber(17));
        text.movePosition(QTextCursor::EndOfBlock);
        text.insertText(u" out"_s);
        QTRY_COMPARE(model.data(model.index(2, 0)).toString(), u"spaced out"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);

        // A typed entry: one row inserted.
        QTextCursor end(doc.textDocument()->findBlockByNumber(18));
        end.movePosition(QTextCursor::EndOfBlock);
        end.insertText(u"\n- text: typed"_s);
        QTRY_COMPARE(model.rowCount(), 4);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.data(model.index(3, 0)).toString(), u"typed"_s);
        QCOMPARE(reset.count(), 0);

        // Broken YAML: the rows stay, read-only; fixed again, editable.
        QTextCursor broken(doc.textDocument()->findBlockByNumber(2));
        broken.insertText(u"  bad: [\n"_s);
        QVERIFY(doc.hasYamlError());
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, 0), u"x"_s));
        doc.textDocument()->undo();
        QVERIFY(!doc.hasYamlError());
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);
    }

    void openEditor_survivesEditsElsewhere()
    {
        CardDocument doc;
        doc.load(Card);
        WidgetExampleEditor editor(&doc);
        editor.resize(800, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const QModelIndex title = cell(*editor.model(), 0, u"example_title"_s);
        editor.editCell(title);
        QPointer<QLineEdit> line = editor.table()->findChild<QLineEdit *>();
        QVERIFY(line);
        line->setText(u"Movie"_s);
        // Someone edits the license meanwhile: the editor stays open with what was typed.
        QVERIFY(doc.set(YamlPath::parse(u"license"_s).value(), u"apache-2.0"_s).ok);
        QVERIFY(line);
        QVERIFY(line->isVisible());
        QCOMPARE(line->text(), u"Movie"_s);
        QCOMPARE(editor.currentExample(), 0);
        QTest::keyClick(line, Qt::Key_Return); // the delegate commits from the event loop
        QTRY_VERIFY(doc.text().contains(u"  example_title: 'Movie'\n"_s));
    }

    void widgetNotAList_isReadOnlyWithShowInSource()
    {
        const QString card = u"---\nlicense: mit\nwidget:\n  text: one   # a mapping\n---\n"_s;
        CardDocument doc;
        doc.load(card);
        WidgetExampleEditor editor(&doc);
        QAbstractItemModelTester tester(editor.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(editor.model()->listProblem().contains(u"not a list"_s));
        QCOMPARE(editor.model()->rowCount(), 0);
        auto *banner = child<QLabel>(&editor, u"examples-banner"_s);
        QVERIFY(!banner->isHidden());
        QVERIFY(banner->text().contains(u"href=\"3\""_s));
        QVERIFY(!child<QToolButton>(&editor, u"add-example"_s)->isEnabled());
        QVERIFY(!editor.model()->addRow().ok);
        QCOMPARE(doc.text(), card);
        QSignalSpy show(&editor, &WidgetExampleEditor::showInSource);
        emit banner->linkActivated(u"3"_s);
        QCOMPARE(show.count(), 1);
        QCOMPARE(show.first().at(0).toInt(), 3);
    }

    void readOnlyCell_pointsToTheSource()
    {
        CardDocument doc;
        doc.load(Shapes);
        WidgetExampleEditor editor(&doc);
        editor.editCell(cell(*editor.model(), 6, u"example_title"_s));
        auto *note = child<QLabel>(&editor, u"examples-note"_s);
        QVERIFY(!note->isHidden());
        QVERIFY(note->text().contains(u"alias"_s));
        QVERIFY(note->text().contains(u"href=\"20\""_s));
        QVERIFY(!editor.findChild<QDialog *>(u"example-dialog"_s));
    }

    void selectExample_andCurrentExampleChanged()
    {
        CardDocument doc;
        doc.load(Card);
        WidgetExampleEditor editor(&doc);
        QSignalSpy current(&editor, &WidgetExampleEditor::currentExampleChanged);
        editor.selectExample(1);
        QCOMPARE(editor.currentExample(), 1);
        QCOMPARE(current.count(), 1);
        QCOMPARE(current.last().at(0).toInt(), 1);
        editor.selectExample(1);
        QCOMPARE(current.count(), 1);
        editor.table()->setCurrentIndex(editor.model()->index(2, 1));
        QCOMPARE(current.last().at(0).toInt(), 2);
        editor.selectExample(-1);
        QCOMPARE(current.last().at(0).toInt(), -1);
    }

    void planYamlEdits_smallestSteps()
    {
        const YamlPath path = YamlPath::parse(u"widget[0].output"_s).value();
        auto read = [](const QString &text) {
            CardDocument doc;
            doc.load(u"---\nv: "_s + text + u"\n---\n"_s);
            return *doc.metadata().find(u"v"_s);
        };
        const YamlValue labels = read(u"[{label: a, score: 1}, {label: b, score: 2}]"_s);
        auto steps =
            planYamlEdits(path, &labels, read(u"[{label: a, score: 1}, {label: b, score: 3}]"_s));
        QCOMPARE(steps.size(), size_t(1));
        QCOMPARE(steps[0].path.toString(), u"widget[0].output[1].score"_s);
        steps = planYamlEdits(path, &labels, read(u"[{label: b, score: 2}]"_s));
        QCOMPARE(steps.size(), size_t(1));
        QCOMPARE(steps[0].path.toString(), u"widget[0].output[0]"_s);
        QVERIFY(!steps[0].value);
        steps = planYamlEdits(path, &labels, read(u"{text: hi}"_s));
        QCOMPARE(steps.size(), size_t(1));
        QCOMPARE(steps[0].path.toString(), u"widget[0].output"_s);
        QVERIFY(planYamlEdits(path, &labels, labels).empty());
    }

    void mainWindow_hasAnExamplesTab()
    {
        QTemporaryDir settings;
        useTestSettings(u"tst_widgetexampletable"_s, settings.path());
        MainWindow window;
        auto *editor = window.findChild<WidgetExampleEditor *>();
        QVERIFY(editor);
        auto *tabs = qobject_cast<QTabWidget *>(editor->parentWidget()->parentWidget());
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(tabs->indexOf(editor)).remove(u'&'), u"Examples"_s);
    }
};

QTEST_MAIN(TestWidgetExampleTable)
#include "tst_widgetexampletable.moc"
