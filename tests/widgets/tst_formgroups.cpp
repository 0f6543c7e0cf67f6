#include "carddocument.h"
#include "gatedfieldsmodel.h"
#include "metadataform.h"
#include "multilineedit.h"
#include "parametertablemodel.h"
#include "repofilepicker.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

using namespace Cardigan;
using namespace Qt::StringLiterals;

namespace {

// The form's inference, CO2 and gating groups on a card full of comments and odd styles
// (quotes, a literal and a folded block, flow and block mappings, a CRLF body): each
// test edits one value and expects exactly that change, and undo gives the bytes back.
const QString Card = u"---\n"
                     "# Gated and measured: comments and odd styles on purpose\n"
                     "license: other   # see below\n"
                     "license_link: \"https://example.com/terms\"\n"
                     "inference:\n"
                     "  parameters:\n"
                     "    temperature: 0.70   # warm\n"
                     "    do_sample: True\n"
                     "    stop: '###'\n"
                     "co2_eq_emissions:\n"
                     "  emissions: 12.50  # grams\n"
                     "  source: \"CodeCarbon\"\n"
                     "  training_type: fine-tuning\n"
                     "gated: auto   # approval\n"
                     "extra_gated_heading: 'Access the model'\n"
                     "extra_gated_prompt: |   # shown above the form\n"
                     "  You agree to the terms.\n"
                     "  Read them first.\n"
                     "extra_gated_description: >-\n"
                     "  Folded text\n"
                     "  on two lines\n"
                     "extra_gated_button_content: Submit\n"
                     "extra_gated_fields:\n"
                     "  Name: text    # full name\n"
                     "  Country: country\n"
                     "  \"I agree\": checkbox\n"
                     "  Use:\n"
                     "    type: select\n"
                     "    options: [Research, Education]\n"
                     "  Weird: {type: select, options: [{label: A, value: a}]}\n"
                     "---\n"
                     "\r\n"
                     "# Body\r\n"_s;

QString replaced(const QString &before, const QString &from, const QString &to)
{
    Q_ASSERT(before.count(from) == 1);
    return QString(before).replace(from, to);
}

template <typename T>
T *child(const QWidget &w, const QString &name)
{
    auto *c = w.findChild<T *>(name);
    Q_ASSERT_X(c, "child", qPrintable(name));
    return c;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    if (text.isEmpty()) {
        QTest::keyClick(edit, Qt::Key_Delete);
    } else {
        QTest::keyClicks(edit, text);
    }
    QTest::keyClick(edit, Qt::Key_Return);
}

void choose(QComboBox *box, const QString &data)
{
    const int index = box->findData(data);
    Q_ASSERT(index >= 0);
    box->setCurrentIndex(index);
    emit box->activated(index);
}

QModelIndex cell(QAbstractItemModel *model, const QString &key, int column)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data().toString() == key) {
            return model->index(r, column);
        }
    }
    return {};
}

} // namespace

class TestFormGroups : public QObject
{
    Q_OBJECT

private:
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
    void cleanup() { RepoFilePicker::setChooserForTests({}); }

    void shows_theCardsValues()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        QCOMPARE(child<QComboBox>(form, u"inference"_s)->currentData().toString(), u"mapping"_s);
        auto *params = child<QTableView>(form, u"inference-parameters-table"_s)->model();
        QCOMPARE(params->rowCount(), 3);
        QCOMPARE(cell(params, u"temperature"_s, ParameterTableModel::Value).data().toString(),
                 u"0.7"_s);
        QCOMPARE(cell(params, u"do_sample"_s, ParameterTableModel::Type).data().toString(),
                 u"boolean"_s);
        QCOMPARE(cell(params, u"stop"_s, ParameterTableModel::Type).data().toString(), u"text"_s);
        QCOMPARE(child<QLineEdit>(form, u"co2-emissions"_s)->text(), u"12.5"_s);
        QCOMPARE(child<QLineEdit>(form, u"co2-source"_s)->text(), u"CodeCarbon"_s);
        QCOMPARE(child<QComboBox>(form, u"gated"_s)->currentData().toString(), u"auto"_s);
        // The literal block's final line break is not shown.
        QCOMPARE(child<MultiLineEdit>(form, u"extra_gated_prompt"_s)->valueText(),
                 u"You agree to the terms.\nRead them first."_s);
        QCOMPARE(child<MultiLineEdit>(form, u"extra_gated_description"_s)->valueText(),
                 u"Folded text on two lines"_s);
        auto *fields = child<QTableView>(form, u"extra_gated_fields-table"_s)->model();
        QCOMPARE(fields->rowCount(), 5);
        QCOMPARE(cell(fields, u"Use"_s, GatedFieldsModel::Options).data().toString(),
                 u"Research, Education"_s);
        // Options with labels and values: shown, read-only, with the reason.
        QVERIFY(!(cell(fields, u"Weird"_s, GatedFieldsModel::Type).flags() & Qt::ItemIsEditable));
        QVERIFY(cell(fields, u"Name"_s, GatedFieldsModel::Type).flags() & Qt::ItemIsEditable);
        QVERIFY(child<QLabel>(form, u"extra_gated_fields-note"_s)
                    ->text()
                    .contains(u"labels and values"_s));
        // The groups' keys are not listed again among the other keys.
        QVERIFY(!form.findChild<QToolButton *>(u"show-gated"_s));
        QVERIFY(!form.findChild<QToolButton *>(u"show-inference"_s));
    }

    void inference_offReplacesTheMappingAndSaysSo()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        choose(child<QComboBox>(form, u"inference"_s), u"false"_s);
        QVERIFY(child<QLabel>(form, u"inference-note"_s)->text().contains(u"Undo"_s));
        checkEdit(doc, replaced(Card,
                                u"inference:\n  parameters:\n    temperature: 0.70   # warm\n"
                                "    do_sample: True\n    stop: '###'\n"_s,
                                u"inference: false\n"_s));
    }

    void inference_onOffUnset()
    {
        const QString card = u"---\nlicense: mit\ninference: false  # for now\n---\n"_s;
        CardDocument doc;
        doc.load(card);
        MetadataForm form(&doc);
        auto *state = child<QComboBox>(form, u"inference"_s);
        QCOMPARE(state->currentData().toString(), u"false"_s);
        QVERIFY(!child<QLineEdit>(form, u"inference-parameters-new-name"_s)->isEnabled());
        choose(state, u"true"_s);
        checkEdit(doc, replaced(card, u"false  #"_s, u"true  #"_s), card);
        choose(state, u"unset"_s);
        checkEdit(doc, replaced(card, u"inference: false  # for now\n"_s, QString()), card);
    }

    void editParameter_valueAndType()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *model = child<QTableView>(form, u"inference-parameters-table"_s)->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(
            model->setData(cell(model, u"temperature"_s, ParameterTableModel::Value), u"0.9"_s));
        checkEdit(doc, replaced(Card, u"0.70   # warm"_s, u"0.9   # warm"_s));
        // Text that reads as a number is quoted (with the card's quotes).
        QVERIFY(
            model->setData(cell(model, u"temperature"_s, ParameterTableModel::Type), u"text"_s));
        checkEdit(doc, replaced(Card, u"0.70   # warm"_s, u"\"0.7\"   # warm"_s));
        QVERIFY(
            model->setData(cell(model, u"do_sample"_s, ParameterTableModel::Value), u"false"_s));
        checkEdit(doc, replaced(Card, u"do_sample: True"_s, u"do_sample: false"_s));
        QVERIFY(model->setData(cell(model, u"stop"_s, ParameterTableModel::Value), u"</s>"_s));
        checkEdit(doc, replaced(Card, u"stop: '###'"_s, u"stop: '</s>'"_s));
    }

    void editParameter_refusesWhatIsNotItsType()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *model = child<QTableView>(form, u"inference-parameters-table"_s)->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(
            !model->setData(cell(model, u"temperature"_s, ParameterTableModel::Value), u"warm"_s));
        QVERIFY(child<QLabel>(form, u"inference-parameters-note"_s)
                    ->text()
                    .contains(u"not a number"_s));
        QVERIFY(!model->setData(cell(model, u"stop"_s, ParameterTableModel::Type), u"number"_s));
        QVERIFY(!model->setData(cell(model, u"do_sample"_s, ParameterTableModel::Value), u"yes"_s));
        QVERIFY(child<QLabel>(form, u"inference-parameters-note"_s)
                    ->text()
                    .contains(u"true or false"_s));
        QCOMPARE(doc.text(), Card);
        // The name is not edited in place (a rename is a removal and an addition).
        QVERIFY(!(cell(model, u"stop"_s, ParameterTableModel::Name).flags() & Qt::ItemIsEditable));
    }

    void addAndRemoveParameter()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *view = child<QTableView>(form, u"inference-parameters-table"_s);
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        child<QLineEdit>(form, u"inference-parameters-new-name"_s)->setText(u"max_new_tokens"_s);
        child<QComboBox>(form, u"inference-parameters-new-type"_s)->setCurrentIndex(0);
        child<QLineEdit>(form, u"inference-parameters-new-value"_s)->setText(u"128"_s);
        child<QPushButton>(form, u"inference-parameters-add"_s)->click();
        QCOMPARE(view->model()->rowCount(), 4);
        QVERIFY(child<QLineEdit>(form, u"inference-parameters-new-name"_s)->text().isEmpty());
        checkEdit(doc, replaced(Card, u"    stop: '###'\n"_s,
                                u"    stop: '###'\n    max_new_tokens: 128\n"_s));
        // A name that is there already is refused.
        child<QLineEdit>(form, u"inference-parameters-new-name"_s)->setText(u"stop"_s);
        child<QLineEdit>(form, u"inference-parameters-new-value"_s)->setText(u"x"_s);
        child<QPushButton>(form, u"inference-parameters-add"_s)->click();
        QCOMPARE(doc.text(), Card);
        view->selectRow(cell(view->model(), u"do_sample"_s, 0).row());
        child<QPushButton>(form, u"inference-parameters-remove"_s)->click();
        checkEdit(doc, replaced(Card, u"    do_sample: True\n"_s, QString()));
    }

    void addParameter_withoutInference_createsTheMapping()
    {
        const QString card = u"---\nlicense: mit  # ok\n---\nBody\n"_s;
        CardDocument doc;
        doc.load(card);
        MetadataForm form(&doc);
        child<QLineEdit>(form, u"inference-parameters-new-name"_s)->setText(u"top_k"_s);
        child<QLineEdit>(form, u"inference-parameters-new-value"_s)->setText(u"5"_s);
        child<QPushButton>(form, u"inference-parameters-add"_s)->click();
        checkEdit(doc,
                  replaced(card, u"# ok\n"_s, u"# ok\ninference:\n  parameters:\n    top_k: 5\n"_s),
                  card);
        // `inference: true` becomes the mapping (also on).
        const QString on = u"---\ninference: true\n---\n"_s;
        doc.load(on);
        child<QLineEdit>(form, u"inference-parameters-new-name"_s)->setText(u"top_k"_s);
        child<QLineEdit>(form, u"inference-parameters-new-value"_s)->setText(u"5"_s);
        child<QPushButton>(form, u"inference-parameters-add"_s)->click();
        QCOMPARE(doc.metadata()
                     .find(u"inference"_s)
                     ->find(u"parameters"_s)
                     ->find(u"top_k"_s)
                     ->toNumber(),
                 5.0);
        doc.textDocument()->undo();
        QCOMPARE(doc.text(), on);
    }

    void co2_editsEachField()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        typeInto(child<QLineEdit>(form, u"co2-emissions"_s), u"13.0"_s);
        checkEdit(doc, replaced(Card, u"12.50  # grams"_s, u"13.0  # grams"_s));
        typeInto(child<QLineEdit>(form, u"co2-source"_s), u"A paper"_s);
        checkEdit(doc, replaced(Card, u"\"CodeCarbon\""_s, u"\"A paper\""_s));
        typeInto(child<QLineEdit>(form, u"co2-hardware_used"_s), u"8 x A100"_s);
        checkEdit(doc, replaced(Card, u"  training_type: fine-tuning\n"_s,
                                u"  training_type: fine-tuning\n  hardware_used: 8 x A100\n"_s));
        typeInto(child<QLineEdit>(form, u"co2-training_type"_s), QString());
        checkEdit(doc, replaced(Card, u"  training_type: fine-tuning\n"_s, QString()));
    }

    void co2_refusesTextForTheNumber()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *emissions = child<QLineEdit>(form, u"co2-emissions"_s);
        typeInto(emissions, u"about twelve"_s);
        QCOMPARE(doc.text(), Card);
        const QString note = child<QLabel>(form, u"co2-emissions-note"_s)->text();
        QVERIFY2(note.contains(u"not a number"_s), qPrintable(note));
        QCOMPARE(emissions->text(), u"about twelve"_s); // kept, to be corrected
    }

    void co2_bareNumber_staysOrBecomesTheMapping()
    {
        const QString card = u"---\nco2_eq_emissions: 42   # grams\nlicense: mit\n---\n"_s;
        CardDocument doc;
        doc.load(card);
        MetadataForm form(&doc);
        QCOMPARE(child<QLineEdit>(form, u"co2-emissions"_s)->text(), u"42"_s);
        QVERIFY(child<QLabel>(form, u"co2-note"_s)->text().contains(u"bare number"_s));
        typeInto(child<QLineEdit>(form, u"co2-emissions"_s), u"43.5"_s);
        checkEdit(doc, replaced(card, u"42 "_s, u"43.5 "_s), card);
        typeInto(child<QLineEdit>(form, u"co2-source"_s), u"CodeCarbon"_s);
        // The splicer keeps a trailing comment at the end of the new block.
        checkEdit(
            doc,
            replaced(card, u"co2_eq_emissions: 42   # grams\n"_s,
                     u"co2_eq_emissions:\n  emissions: 42\n  source: CodeCarbon   # grams\n"_s),
            card);
    }

    void co2_otherShapesAreReadOnly()
    {
        const QString card = u"---\nco2_eq_emissions: lots\n---\n"_s;
        CardDocument doc;
        doc.load(card);
        MetadataForm form(&doc);
        QVERIFY(child<QLineEdit>(form, u"co2-emissions"_s)->isReadOnly());
        QVERIFY(child<QLabel>(form, u"co2-note"_s)->text().contains(u"Edit in source"_s));
    }

    void gated_choices()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *gated = child<QComboBox>(form, u"gated"_s);
        choose(gated, u"manual"_s);
        checkEdit(doc, replaced(Card, u"gated: auto "_s, u"gated: manual "_s));
        choose(gated, u"true"_s);
        checkEdit(doc, replaced(Card, u"gated: auto "_s, u"gated: true "_s));
        choose(gated, QString());
        checkEdit(doc, replaced(Card, u"gated: auto   # approval\n"_s, QString()));
        auto *eu = child<QComboBox>(form, u"extra_gated_eu_disallowed"_s);
        choose(eu, u"true"_s);
        QCOMPARE(doc.metadata().find(u"extra_gated_eu_disallowed"_s)->toBool(), true);
        doc.textDocument()->undo();
        QCOMPARE(doc.text(), Card);
    }

    void gated_otherValuesAreReadOnly()
    {
        const QString card = u"---\ngated: \"true\"\n---\n"_s;
        CardDocument doc;
        doc.load(card);
        MetadataForm form(&doc);
        QVERIFY(!child<QComboBox>(form, u"gated"_s)->isEnabled());
        QVERIFY(child<QLabel>(form, u"gated-note"_s)->text().contains(u"a string"_s));
    }

    void gateTexts_keepTheirStyle()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        typeInto(child<QLineEdit>(form, u"extra_gated_heading"_s), u"Get access"_s);
        checkEdit(doc, replaced(Card, u"'Access the model'"_s, u"'Get access'"_s));
        auto *prompt = child<MultiLineEdit>(form, u"extra_gated_prompt"_s);
        prompt->setPlainText(u"Three lines\nof terms\nto read."_s);
        emit prompt->editingFinished();
        checkEdit(doc, replaced(Card, u"  You agree to the terms.\n  Read them first.\n"_s,
                                u"  Three lines\n  of terms\n  to read.\n"_s));
        auto *description = child<MultiLineEdit>(form, u"extra_gated_description"_s);
        description->setPlainText(u"First paragraph\nSecond"_s);
        emit description->editingFinished();
        checkEdit(doc, replaced(Card, u"  Folded text\n  on two lines\n"_s,
                                u"  First paragraph\n\n  Second\n"_s));
        typeInto(child<QLineEdit>(form, u"extra_gated_button_content"_s), QString());
        checkEdit(doc, replaced(Card, u"extra_gated_button_content: Submit\n"_s, QString()));
    }

    void gateText_refusedWithTheReason()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *prompt = child<MultiLineEdit>(form, u"extra_gated_prompt"_s);
        prompt->setPlainText(u"A bell \u0007\nin the text"_s);
        emit prompt->editingFinished();
        QCOMPARE(doc.text(), Card);
        QVERIFY(child<QLabel>(form, u"extra_gated_prompt-note"_s)->text().contains(u"U+0007"_s));
    }

    void gatedFields_editTypesAndOptions()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *model = child<QTableView>(form, u"extra_gated_fields-table"_s)->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model->setData(cell(model, u"Name"_s, GatedFieldsModel::Type), u"date_picker"_s));
        checkEdit(doc, replaced(Card, u"Name: text "_s, u"Name: date_picker "_s));
        QVERIFY(model->setData(cell(model, u"Use"_s, GatedFieldsModel::Options),
                               u"Research,  Education, Other"_s));
        checkEdit(doc,
                  replaced(Card, u"[Research, Education]"_s, u"[Research, Education, Other]"_s));
        QVERIFY(model->setData(cell(model, u"I agree"_s, GatedFieldsModel::Type), u"select"_s));
        QVERIFY(yamlValueAt(doc.metadata(), *YamlPath::parse(u"extra_gated_fields.\"I agree\""_s))
                    ->isMapping());
        doc.textDocument()->undo();
        QCOMPARE(doc.text(), Card);
        QVERIFY(!model->setData(cell(model, u"Weird"_s, GatedFieldsModel::Type), u"text"_s));
        QCOMPARE(doc.text(), Card);
    }

    void gatedFields_addAndRemove()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *view = child<QTableView>(form, u"extra_gated_fields-table"_s);
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        child<QLineEdit>(form, u"extra_gated_fields-new-name"_s)->setText(u"Affiliation"_s);
        child<QComboBox>(form, u"extra_gated_fields-new-type"_s)->setCurrentIndex(0);
        child<QPushButton>(form, u"extra_gated_fields-add"_s)->click();
        QCOMPARE(view->model()->rowCount(), 6);
        checkEdit(doc, replaced(Card, u"[{label: A, value: a}]}\n"_s,
                                u"[{label: A, value: a}]}\n  Affiliation: text\n"_s));
        view->selectRow(cell(view->model(), u"Country"_s, 0).row());
        child<QPushButton>(form, u"extra_gated_fields-remove"_s)->click();
        checkEdit(doc, replaced(Card, u"  Country: country\n"_s, QString()));
    }

    void licenseLink_picksARepoFile()
    {
        QTemporaryDir repo;
        QVERIFY(repo.isValid());
        QVERIFY(QDir(repo.path()).mkpath(u"docs"_s));
        QFile file(repo.filePath(u"docs/LICENSE.md"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *pick = child<QToolButton>(form, u"license_link-pick"_s);
        QVERIFY(!pick->isEnabled()); // untitled: no folder yet
        form.setCardFolder(repo.path());
        QVERIFY(pick->isEnabled());
        QString asked;
        RepoFilePicker::setChooserForTests(
            [&](const QString &folder, const QString &, const QString &) {
                asked = folder;
                return repo.filePath(u"docs/LICENSE.md"_s);
            });
        pick->click();
        QCOMPARE(asked, repo.path());
        checkEdit(doc,
                  replaced(Card, u"\"https://example.com/terms\""_s, u"\"docs/LICENSE.md\""_s));

        QTemporaryDir outside;
        RepoFilePicker::setChooserForTests([&](const QString &, const QString &, const QString &) {
            return outside.path() + u"/x.txt"_s;
        });
        QFile other(outside.path() + u"/x.txt"_s);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        pick->click();
        QCOMPARE(doc.text(), Card);
        QVERIFY(child<QLabel>(form, u"license_link-note"_s)->text().contains(u"outside"_s));
    }

    void anchoredValues_areReadOnly()
    {
        const QString card = u"---\nextra_gated_heading: &h Access\nextra_gated_button_content: "
                             "*h\nco2_eq_emissions: {emissions: !!float 3}\n---\n"_s;
        CardDocument doc;
        doc.load(card);
        MetadataForm form(&doc);
        QVERIFY(child<QLineEdit>(form, u"extra_gated_heading"_s)->isReadOnly());
        QVERIFY(child<QLineEdit>(form, u"extra_gated_button_content"_s)->isReadOnly());
        QVERIFY(
            child<QLabel>(form, u"extra_gated_button_content-note"_s)->text().contains(u"alias"_s));
        QVERIFY(child<QLineEdit>(form, u"co2-emissions"_s)->isReadOnly());
        QVERIFY(child<QLabel>(form, u"co2-emissions-note"_s)->text().contains(u"tag"_s));
    }

    void brokenYaml_groupsAreReadOnly()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *gated = child<QComboBox>(form, u"gated"_s);
        QTextCursor cursor(doc.textDocument());
        cursor.setPosition(doc.documentPosition(Card.indexOf(u"gated: auto"_s)));
        cursor.insertText(u"[ "_s);
        QTRY_VERIFY(form.isReadOnly());
        QVERIFY(!gated->isEnabled() || !gated->isVisibleTo(&form) ||
                !gated->window()->isEnabled() || !gated->isEnabledTo(&form));
        QVERIFY(!gated->isEnabledTo(&form));
        QCOMPARE(gated->currentData().toString(), u"auto"_s); // what it showed stays
    }
};

QTEST_MAIN(TestFormGroups)
#include "tst_formgroups.moc"
