#include "carddocument.h"
#include "evaldetail.h"
#include "evalresultseditor.h"
#include "evalresultsmodel.h"
#include "pipelinepicker.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>

using namespace Cardigan;
using namespace Qt::StringLiterals;

namespace {

// Comments, quotes, flow and indentless lists, a number written `20.90`, a string value:
// everything a rewrite would lose. Each test makes one edit and expects one changed spot.
const QString Card = u"---\n"
                     "# Eval results written by hand\n"
                     "license: mit\n"
                     "pipeline_tag: text-classification\n"
                     "datasets:\n"
                     "- org/reviews\n"
                     "metrics: [accuracy, f1]\n"
                     "model-index:   # one model\n"
                     "- name: \"tiny-model\"    # quoted name\n"
                     "  results:\n"
                     "  - task: {type: text-classification, name: Text Classification}  # flow\n"
                     "    dataset:\n"
                     "      type: org/reviews\n"
                     "      name: Reviews   # pretty\n"
                     "      split: test\n"
                     "    metrics:\n"
                     "      - type: accuracy\n"
                     "        value: 20.90   # as printed\n"
                     "        name: Accuracy\n"
                     "      - {type: f1, value: '0.5 ± 0.1'}   # a string value\n"
                     "    source:\n"
                     "      name: Paper\n"
                     "      url: https://example.com/paper\n"
                     "  - task:\n"
                     "      type: question-answering\n"
                     "    dataset: {type: org/qa, name: QA}\n"
                     "    metrics:\n"
                     "    - type: exact_match\n"
                     "      value: 71\n"
                     "      verified: false\n"
                     "---\n"
                     "# Tiny model\n"
                     "\n"
                     "Body.\n"_s;

QString replaced(const QString &before, const QString &from, const QString &to)
{
    Q_ASSERT(before.count(from) == 1);
    return QString(before).replace(from, to);
}

void typeInto(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty()) {
        QTest::keyClick(edit, Qt::Key_Delete);
    } else {
        QTest::keyClicks(edit, text);
    }
    QTest::keyClick(edit, Qt::Key_Return);
}

QString display(const QModelIndex &index, int column = 0)
{
    return index.siblingAtColumn(column).data().toString();
}

// An editor on a card, with the model checked through everything the test does.
struct Fixture
{
    explicit Fixture(const QString &text)
    {
        doc.load(text);
        editor.resize(400, 700);
        editor.show();
        tester = std::make_unique<QAbstractItemModelTester>(
            editor.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    EvalResultsModel *model() const { return editor.model(); }
    void select(const QModelIndex &index) { editor.view()->setCurrentIndex(index); }
    QLineEdit *field(EvalDetail *d, const QString &key) const { return d->lineEdit(key); }
    QToolButton *button(const QString &name) const { return editor.findChild<QToolButton *>(name); }

    CardDocument doc;
    EvalResultsEditor editor{&doc};
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

class TestEvalResults : public QObject
{
    Q_OBJECT

private:
    // The edit made exactly @p after, as one undo step that gives @p before back.
    void checkEdit(CardDocument &doc, const QString &after, const QString &before = Card)
    {
        QCOMPARE(doc.text().split(u'\n'), after.split(u'\n'));
        QCOMPARE(doc.text(), after);
        doc.textDocument()->undo();
        QCOMPARE(doc.text(), before);
        QVERIFY(!doc.textDocument()->isUndoAvailable());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shows_resultsAndMetrics()
    {
        Fixture f(Card);
        QVERIFY(!f.editor.isReadOnly());
        QCOMPARE(f.model()->rowCount(), 2);
        QCOMPARE(display(f.model()->resultIndex(0)), u"Text Classification on Reviews (test)"_s);
        QCOMPARE(display(f.model()->resultIndex(1)), u"question-answering on QA"_s);
        QCOMPARE(f.model()->rowCount(f.model()->resultIndex(0)), 2);
        QCOMPARE(display(f.model()->metricIndex(0, 0)), u"Accuracy"_s);
        QCOMPARE(display(f.model()->metricIndex(0, 0), 1), u"20.90"_s); // as written
        QCOMPARE(display(f.model()->metricIndex(0, 1), 1), u"0.5 ± 0.1"_s);
        QCOMPARE(f.editor.findChild<QLineEdit *>(u"name"_s)->text(), u"tiny-model"_s);
        QVERIFY(!f.editor.findChild<QComboBox *>(u"models"_s)->isVisible());
        QCOMPARE(f.model()->path(f.model()->metricIndex(1, 0)).toString(),
                 u"model-index[0].results[1].metrics[0]"_s);

        f.select(f.model()->resultIndex(0));
        EvalDetail *r = f.editor.resultDetail();
        QCOMPARE(r->taskPicker()->value(), u"text-classification"_s);
        QCOMPARE(f.field(r, u"dataset.split"_s)->text(), u"test"_s);
        QCOMPARE(f.field(r, u"source.url"_s)->text(), u"https://example.com/paper"_s);
        QVERIFY(!f.field(r, u"dataset.args"_s)->isVisibleTo(r)); // only when the card has it
        f.select(f.model()->metricIndex(1, 0));
        EvalDetail *m = f.editor.metricDetail();
        QCOMPARE(f.field(m, u"value"_s)->text(), u"71"_s);
        QCOMPARE(f.field(m, u"verified"_s)->text(), u"false"_s);
        QVERIFY(f.field(m, u"verified"_s)->isReadOnly());
        QVERIFY(!f.field(m, u"value"_s)->isReadOnly());
    }

    void setMetricValue_keepsNumberTextAndComment()
    {
        Fixture f(Card);
        f.select(f.model()->metricIndex(0, 0));
        typeInto(f.field(f.editor.metricDetail(), u"value"_s), u"21.50"_s);
        QCOMPARE(display(f.model()->metricIndex(0, 0), 1), u"21.50"_s);
        QVERIFY(f.editor.view()->currentIndex().isValid()); // the selection stayed
        checkEdit(f.doc, replaced(Card, u"value: 20.90   #"_s, u"value: 21.50   #"_s));
        QCOMPARE(display(f.model()->metricIndex(0, 0), 1), u"20.90"_s); // followed the undo
    }

    void setMetricValue_stringStaysString()
    {
        Fixture f(Card);
        f.select(f.model()->metricIndex(0, 1));
        typeInto(f.field(f.editor.metricDetail(), u"value"_s), u"0.6"_s);
        QVERIFY(f.doc.metadata().toJson().contains("\"value\": \"0.6\""));
        checkEdit(f.doc, replaced(Card, u"value: '0.5 ± 0.1'"_s, u"value: '0.6'"_s));
    }

    void setMetricValue_textReplacesNumber()
    {
        Fixture f(Card);
        f.select(f.model()->metricIndex(1, 0));
        typeInto(f.field(f.editor.metricDetail(), u"value"_s), u"71.2 ± 0.4"_s);
        checkEdit(f.doc, replaced(Card, u"value: 71\n"_s, u"value: 71.2 ± 0.4\n"_s));
    }

    void setTaskType_inFlowMapping()
    {
        Fixture f(Card);
        f.select(f.model()->resultIndex(0));
        f.editor.resultDetail()->taskPicker()->choose(u"token-classification"_s);
        checkEdit(f.doc, replaced(Card, u"{type: text-classification, name"_s,
                                  u"{type: token-classification, name"_s));
    }

    void setDatasetConfig_addsKey()
    {
        Fixture f(Card);
        f.select(f.model()->resultIndex(0));
        typeInto(f.field(f.editor.resultDetail(), u"dataset.config"_s), u"2020"_s);
        // A config must be a string: 2020 is written so that it reads as one.
        QVERIFY(f.doc.metadata().toJson().contains("\"config\": \"2020\""));
        checkEdit(f.doc, replaced(Card, u"      split: test\n"_s,
                                  u"      split: test\n      config: '2020'\n"_s));
    }

    void setSourceName_inBlockMapping()
    {
        Fixture f(Card);
        f.select(f.model()->resultIndex(0));
        typeInto(f.field(f.editor.resultDetail(), u"source.name"_s), u"Our paper"_s);
        checkEdit(f.doc, replaced(Card, u"name: Paper\n"_s, u"name: Our paper\n"_s));
    }

    void addSource_toResultWithout()
    {
        Fixture f(Card);
        f.select(f.model()->resultIndex(1));
        typeInto(f.field(f.editor.resultDetail(), u"source.url"_s), u"https://example.com/qa"_s);
        checkEdit(f.doc, replaced(Card, u"      verified: false\n"_s,
                                  u"      verified: false\n"
                                  "    source:\n      url: https://example.com/qa\n"_s));
    }

    void clearOptional_unsetsKey()
    {
        Fixture f(Card);
        f.select(f.model()->resultIndex(0));
        typeInto(f.field(f.editor.resultDetail(), u"dataset.split"_s), QString());
        checkEdit(f.doc, replaced(Card, u"      split: test\n"_s, QString()));
    }

    void clearRequired_isRefused()
    {
        Fixture f(Card);
        f.select(f.model()->resultIndex(0));
        QLineEdit *name = f.field(f.editor.resultDetail(), u"dataset.name"_s);
        typeInto(name, QString());
        QCOMPARE(f.doc.text(), Card);
        QVERIFY(!f.doc.textDocument()->isUndoAvailable());
        QCOMPARE(name->text(), u"Reviews"_s); // the card's value is back
        QVERIFY(f.editor.resultDetail()->note()->text().contains(u"required"_s));
    }

    void setModelName_keepsQuotes()
    {
        Fixture f(Card);
        typeInto(f.editor.findChild<QLineEdit *>(u"name"_s), u"tiny-model-v2"_s);
        checkEdit(f.doc, replaced(Card, u"\"tiny-model\""_s, u"\"tiny-model-v2\""_s));
    }

    void addResult_isOneCompleteEntry()
    {
        Fixture f(Card);
        f.button(u"add-result"_s)->click();
        checkEdit(f.doc, replaced(Card, u"      verified: false\n"_s,
                                  u"      verified: false\n"
                                  "  - task:\n"
                                  "      type: text-classification\n"
                                  "    dataset:\n"
                                  "      type: org/reviews\n"
                                  "      name: org/reviews\n"
                                  "    metrics:\n"
                                  "    - type: accuracy\n"
                                  "      value: ''\n"_s));
    }

    void addResult_selectsItAndMarksItIncomplete()
    {
        Fixture f(Card);
        f.button(u"add-result"_s)->click();
        QCOMPARE(f.model()->rowCount(), 3);
        QCOMPARE(f.editor.view()->currentIndex(), f.model()->resultIndex(2));
        // The metric has no value yet: marked, and named in the tool tip.
        const QModelIndex metric = f.model()->metricIndex(2, 0);
        QCOMPARE(metric.data(EvalResultsModel::MissingRole).toStringList(),
                 QStringList{u"value"_s});
        QVERIFY(metric.data(Qt::ToolTipRole).toString().contains(u"Incomplete"_s));
        QVERIFY(!metric.data(Qt::DecorationRole).isNull());
        QVERIFY(
            f.model()->resultIndex(0).data(EvalResultsModel::MissingRole).toStringList().isEmpty());
    }

    void addMetric_appendsToSelectedResult()
    {
        Fixture f(Card);
        f.select(f.model()->metricIndex(0, 1));
        f.button(u"add-metric"_s)->click();
        // accuracy and f1 are there already: the new one's type is left to fill in.
        checkEdit(f.doc,
                  replaced(Card, u"      - {type: f1, value: '0.5 ± 0.1'}   # a string value\n"_s,
                           u"      - {type: f1, value: '0.5 ± 0.1'}   # a string value\n"
                           "      - type: ''\n"
                           "        value: ''\n"_s));
    }

    void addMetric_selectsIt()
    {
        Fixture f(Card);
        f.select(f.model()->resultIndex(1));
        f.button(u"add-metric"_s)->click();
        QCOMPARE(f.model()->rowCount(f.model()->resultIndex(1)), 2);
        QCOMPARE(f.editor.view()->currentIndex(), f.model()->metricIndex(1, 1));
        QCOMPARE(f.field(f.editor.metricDetail(), u"type"_s)->text(), u"accuracy"_s);
    }

    void removeMetric_removesOnlyIt()
    {
        Fixture f(Card);
        f.select(f.model()->metricIndex(0, 1));
        f.button(u"remove"_s)->click();
        QCOMPARE(f.model()->rowCount(f.model()->resultIndex(0)), 1);
        QCOMPARE(f.editor.view()->currentIndex(), f.model()->metricIndex(0, 0));
        checkEdit(f.doc,
                  replaced(Card, u"      - {type: f1, value: '0.5 ± 0.1'}   # a string value\n"_s,
                           QString()));
    }

    void removeResult_removesOnlyIt()
    {
        Fixture f(Card);
        f.select(f.model()->resultIndex(1));
        f.button(u"remove"_s)->click();
        QCOMPARE(f.model()->rowCount(), 1);
        checkEdit(f.doc, replaced(Card,
                                  u"  - task:\n"
                                  "      type: question-answering\n"
                                  "    dataset: {type: org/qa, name: QA}\n"
                                  "    metrics:\n"
                                  "    - type: exact_match\n"
                                  "      value: 71\n"
                                  "      verified: false\n"_s,
                                  QString()));
    }

    void moveMetric_movesItsLinesOnly()
    {
        Fixture f(Card);
        f.select(f.model()->metricIndex(0, 1));
        QVERIFY(!f.button(u"down"_s)->isEnabled());
        f.button(u"up"_s)->click();
        QCOMPARE(display(f.model()->metricIndex(0, 0), 1), u"0.5 ± 0.1"_s);
        QCOMPARE(f.editor.view()->currentIndex(), f.model()->metricIndex(0, 0));
        checkEdit(f.doc, replaced(Card,
                                  u"      - type: accuracy\n"
                                  "        value: 20.90   # as printed\n"
                                  "        name: Accuracy\n"
                                  "      - {type: f1, value: '0.5 ± 0.1'}   # a string value\n"_s,
                                  u"      - {type: f1, value: '0.5 ± 0.1'}   # a string value\n"
                                  "      - type: accuracy\n"
                                  "        value: 20.90   # as printed\n"
                                  "        name: Accuracy\n"_s));
    }

    void moveResult_down()
    {
        Fixture f(Card);
        f.select(f.model()->resultIndex(0));
        f.button(u"down"_s)->click();
        QCOMPARE(display(f.model()->resultIndex(0)), u"question-answering on QA"_s);
        QCOMPARE(f.editor.view()->currentIndex(), f.model()->resultIndex(1));
        QCOMPARE(f.model()->rowCount(f.model()->resultIndex(1)), 2);
        const YamlValue *moved = yamlValueAt(
            f.doc.metadata(), *YamlPath::parse(u"model-index[0].results[1].source.name"_s));
        QVERIFY(moved);
        QCOMPARE(moved->toString(), u"Paper"_s);
        f.doc.textDocument()->undo();
        QCOMPARE(f.doc.text(), Card);
        QCOMPARE(display(f.model()->resultIndex(0)), u"Text Classification on Reviews (test)"_s);
    }

    void addEvaluationResults_nameFromFolder()
    {
        const QString before = u"---\nlicense: mit  # kept\n---\n# A Title\n"_s;
        Fixture f(before);
        auto *add = f.editor.findChild<QPushButton *>(u"add-eval"_s);
        QVERIFY(add && add->isVisible());
        f.editor.setCardPath(u"/models/my-folder/README.md"_s);
        add->click();
        checkEdit(f.doc,
                  u"---\nlicense: mit  # kept\n"
                  "model-index:\n"
                  "- name: my-folder\n"
                  "  results:\n"
                  "  - task:\n"
                  "      type: ''\n"
                  "    dataset:\n"
                  "      type: ''\n"
                  "      name: ''\n"
                  "    metrics:\n"
                  "    - type: ''\n"
                  "      value: ''\n"
                  "---\n# A Title\n"_s,
                  before);
    }

    void addEvaluationResults_nameFromTitleAndMarkedIncomplete()
    {
        Fixture f(u"# A Title\n\nNo metadata yet.\n"_s);
        QCOMPARE(f.editor.suggestedModelName(), u"A Title"_s);
        f.editor.addEvaluationResults();
        const YamlValue *entry =
            yamlValueAt(f.doc.metadata(), *YamlPath::parse(u"model-index[0]"_s));
        QVERIFY(entry);
        QCOMPARE(entry->find(u"name"_s)->toString(), u"A Title"_s);
        QVERIFY(f.doc.text().endsWith(u"---\n# A Title\n\nNo metadata yet.\n"_s));
        // Nothing to fill it from: the result says what the Hub still needs.
        QCOMPARE(f.model()->rowCount(), 1);
        QCOMPARE(f.model()->resultIndex(0).data(EvalResultsModel::MissingRole).toStringList(),
                 QStringList({u"task.type"_s, u"dataset.type"_s, u"dataset.name"_s}));
        QCOMPARE(display(f.model()->resultIndex(0)), u"New result"_s);
        f.doc.textDocument()->undo();
        QCOMPARE(f.doc.text(), u"# A Title\n\nNo metadata yet.\n"_s);
        QVERIFY(f.editor.findChild<QPushButton *>(u"add-eval"_s)->isVisible());
    }

    void typingInSource_updatesEditor()
    {
        Fixture f(Card);
        f.select(f.model()->metricIndex(1, 0));
        QTextCursor cursor(f.doc.textDocument());
        const int at = f.doc.documentPosition(f.doc.text().indexOf(u"value: 71"_s) + 8);
        cursor.setPosition(at);
        cursor.setPosition(at + 1, QTextCursor::KeepAnchor);
        cursor.insertText(u"2"_s); // 71 -> 72
        QTRY_COMPARE(display(f.model()->metricIndex(1, 0), 1), u"72"_s);
        QCOMPARE(f.field(f.editor.metricDetail(), u"value"_s)->text(), u"72"_s);
        QCOMPARE(f.editor.view()->currentIndex(), f.model()->metricIndex(1, 0));
    }

    void typingElsewhere_leavesEditorAlone()
    {
        Fixture f(Card);
        f.select(f.model()->metricIndex(0, 0));
        QLineEdit *value = f.field(f.editor.metricDetail(), u"value"_s);
        value->setText(u"half-typed"_s);
        value->setModified(true);
        QSignalSpy resets(f.model(), &QAbstractItemModel::modelReset);
        QSignalSpy changes(f.model(), &QAbstractItemModel::dataChanged);
        QSignalSpy metadata(&f.doc, &CardDocument::metadataChanged);
        QTextCursor cursor(f.doc.textDocument());
        cursor.setPosition(f.doc.documentPosition(f.doc.text().indexOf(u"license: mit"_s) + 12));
        cursor.insertText(u" # a new comment"_s);
        QCOMPARE(metadata.count(), 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 0);
        QCOMPARE(value->text(), u"half-typed"_s);
        QCOMPARE(f.editor.view()->currentIndex(), f.model()->metricIndex(0, 0));
    }

    void sourceAddsResult_insertsOneRow()
    {
        Fixture f(Card);
        f.select(f.model()->resultIndex(1));
        QSignalSpy inserted(f.model(), &QAbstractItemModel::rowsInserted);
        QTextCursor cursor(f.doc.textDocument());
        cursor.setPosition(
            f.doc.documentPosition(f.doc.text().indexOf(u"  - task:\n      type: q"_s)));
        cursor.insertText(
            u"  - {task: {type: fill-mask}, dataset: {type: d, name: D}, metrics: []}\n"_s);
        QTRY_COMPARE(f.model()->rowCount(), 3);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(display(f.model()->resultIndex(1)), u"fill-mask on D"_s);
        // The selection followed its result down one row.
        QCOMPARE(f.editor.view()->currentIndex(), f.model()->resultIndex(2));
        QCOMPARE(f.model()->resultIndex(1).data(EvalResultsModel::MissingRole).toStringList(),
                 QStringList{u"metrics"_s});
    }

    void severalModels_pickOne()
    {
        const QString two = u"---\nmodel-index:\n"
                            "- name: first\n  results: []\n"
                            "- name: second   # the other\n"
                            "  results:\n"
                            "  - task: {type: fill-mask}\n"
                            "    dataset: {type: d, name: D}\n"
                            "    metrics: [{type: acc, value: 1}]\n"
                            "---\n"_s;
        Fixture f(two);
        auto *models = f.editor.findChild<QComboBox *>(u"models"_s);
        QVERIFY(models->isVisible());
        QCOMPARE(models->count(), 2);
        QCOMPARE(f.model()->rowCount(), 0);
        f.editor.selectEntry(1);
        QCOMPARE(f.editor.findChild<QLineEdit *>(u"name"_s)->text(), u"second"_s);
        QCOMPARE(f.model()->rowCount(), 1);
        f.select(f.model()->metricIndex(0, 0));
        typeInto(f.field(f.editor.metricDetail(), u"value"_s), u"2"_s);
        checkEdit(f.doc, replaced(two, u"value: 1}"_s, u"value: 2}"_s), two);
        QCOMPARE(f.editor.modelEntry(), 1);
    }

    void anchoredMetric_isReadOnly()
    {
        const QString card = u"---\nmodel-index:\n"
                             "- name: m\n"
                             "  results:\n"
                             "  - task: {type: fill-mask}\n"
                             "    dataset: {type: d, name: D}\n"
                             "    metrics:\n"
                             "    - &acc {type: acc, value: 1}\n"
                             "  - task: {type: fill-mask}\n"
                             "    dataset: {type: e, name: E}\n"
                             "    metrics:\n"
                             "    - *acc\n"
                             "---\n"_s;
        Fixture f(card);
        QVERIFY(!f.editor.isReadOnly());
        for (int r : {0, 1}) {
            const QModelIndex metric = f.model()->metricIndex(r, 0);
            QVERIFY(!metric.data(EvalResultsModel::ProblemRole).toString().isEmpty());
            f.select(metric);
            QVERIFY(f.field(f.editor.metricDetail(), u"value"_s)->isReadOnly());
            QVERIFY(!f.button(u"remove"_s)->isEnabled());
        }
        QVERIFY(f.editor.metricDetail()->note()->text().contains(u"alias"_s));
        QSignalSpy show(&f.editor, &EvalResultsEditor::showInSource);
        emit f.editor.metricDetail()->note()->linkActivated(
            u"model-index[0].results[1].metrics[0]"_s);
        QCOMPARE(show.count(), 1);
        QCOMPARE(show.at(0).at(0).toInt(), 12); // the `- *acc` line
        // The results around them stay editable.
        f.select(f.model()->resultIndex(1));
        typeInto(f.field(f.editor.resultDetail(), u"dataset.name"_s), u"E2"_s);
        checkEdit(f.doc, replaced(card, u"name: E}"_s, u"name: E2}"_s), card);
    }

    void resultsNotAList_isReadOnlyWithShowInSource()
    {
        const QString card = u"---\nlicense: mit\nmodel-index:\n- name: m\n"
                             "  results:\n    task: {type: fill-mask}\n---\n"_s;
        Fixture f(card);
        QVERIFY(f.editor.isReadOnly());
        QCOMPARE(f.model()->rowCount(), 0);
        QVERIFY(!f.button(u"add-result"_s)->isEnabled());
        auto *banner = f.editor.findChild<QLabel *>(u"banner"_s);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"not a list"_s));
        QSignalSpy show(&f.editor, &EvalResultsEditor::showInSource);
        emit banner->linkActivated(u"model-index[0].results"_s);
        QCOMPARE(show.at(0).at(0).toInt(), 6); // where the mapping starts
    }

    void modelIndexMapping_isReadOnly()
    {
        Fixture f(u"---\nmodel-index:\n  name: m\n---\n"_s);
        QVERIFY(f.editor.isReadOnly());
        QVERIFY(f.editor.findChild<QLabel *>(u"banner"_s)->text().contains(u"a mapping"_s));
        QCOMPARE(f.model()->rowCount(), 0);
    }

    void brokenYaml_keepsWhatWasShownReadOnly()
    {
        Fixture f(Card);
        QTextCursor cursor(f.doc.textDocument());
        cursor.setPosition(f.doc.documentPosition(f.doc.text().indexOf(u"license: mit"_s)));
        cursor.insertText(u"[unclosed\n"_s);
        QVERIFY(f.doc.hasYamlError());
        QCOMPARE(f.model()->rowCount(), 2);
        // Typed: shown after the pause.
        QTRY_VERIFY(!f.editor.view()->isEnabled());
        QVERIFY(f.editor.findChild<QLabel *>(u"banner"_s)->text().contains(u"does not parse"_s));
        f.doc.textDocument()->undo();
        QVERIFY(!f.doc.hasYamlError());
        QVERIFY(f.editor.view()->isEnabled());
    }
};

QTEST_MAIN(TestEvalResults)
#include "tst_evalresults.moc"
