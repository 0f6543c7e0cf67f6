#include "carddocument.h"
#include "catalogpicker.h"
#include "chiplisteditor.h"
#include "languageeditor.h"
#include "metadataform.h"
#include "pipelinepicker.h"
#include "sourceeditor.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>

using namespace Cardigan;
using namespace Qt::StringLiterals;

namespace {

// Comments, quotes, flow and indentless lists, a CRLF body: everything a rewrite would
// lose. Each test edits one field and expects exactly one changed region.
const QString Card = u"---\n"
                     "# Hand-written metadata: comments and odd styles on purpose\n"
                     "language:\n"
                     "  - en    # English first\n"
                     "  - fr\n"
                     "license: \"apache-2.0\"   # quoted\n"
                     "library_name: transformers\n"
                     "pipeline_tag: text-generation\n"
                     "tags: [ text-generation,  'llama' ]  # flow, odd spacing\n"
                     "datasets:\n"
                     "- org/data-one   # indentless\n"
                     "metrics:\n"
                     "    - accuracy\n"
                     "base_model: org/base   # one base\n"
                     "new_version: 'org/newer'\n"
                     "thumbnail: https://example.com/t.png\n"
                     "custom_key:\n"
                     "  nested: 1   # kept\n"
                     "---\n"
                     "\r\n"
                     "# Body\r\n"_s;

QString replaced(const QString &before, const QString &from, const QString &to)
{
    Q_ASSERT(before.count(from) == 1);
    return QString(before).replace(from, to);
}

template <typename T>
T *editor(const MetadataForm &form, const QString &key)
{
    auto *w = form.findChild<T *>(key);
    Q_ASSERT(w);
    return w;
}

QLabel *note(const MetadataForm &form, const QString &key)
{
    return editor<QLabel>(form, key + u"-note"_s);
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

} // namespace

class TestMetadataForm : public QObject
{
    Q_OBJECT

private:
    // The edit made exactly @p after, as one undo step that gives the card back.
    void checkEdit(CardDocument &doc, const QString &after)
    {
        // Lines first, so a failure names the line.
        QCOMPARE(doc.text().split(u'\n'), after.split(u'\n'));
        QCOMPARE(doc.text(), after);
        doc.textDocument()->undo();
        QCOMPARE(doc.text(), Card);
        QVERIFY(!doc.textDocument()->isUndoAvailable());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shows_theCardsValues()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        QVERIFY(!form.isReadOnly());
        QCOMPARE(editor<CatalogPicker>(form, u"license"_s)->value(), u"apache-2.0"_s);
        QVERIFY(editor<CatalogPicker>(form, u"license"_s)
                    ->comboBox()
                    ->currentText()
                    .contains(u"Apache license 2.0"_s));
        QCOMPARE(editor<LanguageEditor>(form, u"language"_s)->items(),
                 QStringList({u"en"_s, u"fr"_s}));
        QCOMPARE(editor<LanguageEditor>(form, u"language"_s)->list()->item(1)->text(),
                 u"fr — French"_s);
        QCOMPARE(editor<ChipListEditor>(form, u"tags"_s)->items(),
                 QStringList({u"text-generation"_s, u"llama"_s}));
        QCOMPARE(editor<ChipListEditor>(form, u"base_model"_s)->items(),
                 QStringList({u"org/base"_s}));
        QCOMPARE(editor<PipelinePicker>(form, u"pipeline_tag"_s)->value(), u"text-generation"_s);
        QCOMPARE(editor<CatalogPicker>(form, u"library_name"_s)->value(), u"transformers"_s);
        QCOMPARE(editor<QLineEdit>(form, u"new_version"_s)->text(), u"org/newer"_s);
        // license_name and license_link belong to `license: other`.
        QVERIFY(!editor<QLineEdit>(form, u"license_name"_s)->isVisibleTo(&form));
        QVERIFY(form.findChild<QToolButton *>(u"show-custom_key"_s));
        QVERIFY(!form.findChild<QToolButton *>(u"show-license"_s));
    }

    void setLicense_keepsQuotesAndComment()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *picker = editor<CatalogPicker>(form, u"license"_s);
        const int mit = picker->comboBox()->findData(u"mit"_s);
        QVERIFY(mit > 0);
        picker->comboBox()->setCurrentIndex(mit);
        emit picker->comboBox()->activated(mit);
        checkEdit(doc, replaced(Card, u"\"apache-2.0\""_s, u"\"mit\""_s));
        QCOMPARE(picker->value(), u"apache-2.0"_s); // the form followed the undo
    }

    void setLicense_searchByNameAndRefuseUnknown()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *picker = editor<CatalogPicker>(form, u"license"_s);
        picker->comboBox()->setEditText(u"MIT"_s);
        picker->commitText();
        checkEdit(doc, replaced(Card, u"\"apache-2.0\""_s, u"\"mit\""_s));
        picker->comboBox()->setEditText(u"my own licence"_s);
        picker->commitText();
        QCOMPARE(doc.text(), Card);
        QVERIFY(picker->message().contains(u"my own licence"_s));
    }

    void setLicenseOther_revealsNameAndLink()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *picker = editor<CatalogPicker>(form, u"license"_s);
        picker->comboBox()->setEditText(u"other"_s);
        picker->commitText();
        QCOMPARE(doc.text(), replaced(Card, u"\"apache-2.0\""_s, u"\"other\""_s));
        auto *name = editor<QLineEdit>(form, u"license_name"_s);
        QVERIFY(name->isVisibleTo(&form));
        QVERIFY(editor<QLineEdit>(form, u"license_link"_s)->isVisibleTo(&form));
        const QString withOther = doc.text();
        typeInto(name, u"my-license-1.0"_s);
        QCOMPARE(doc.text(), replaced(withOther, u"# quoted\n"_s,
                                      u"# quoted\nlicense_name: my-license-1.0\n"_s));
        doc.textDocument()->undo();
        QCOMPARE(doc.text(), withOther);
        doc.textDocument()->undo();
        QCOMPARE(doc.text(), Card);
        QVERIFY(!doc.textDocument()->isUndoAvailable());
        QVERIFY(!name->isVisibleTo(&form));
    }

    void clearLicense_unsetsTheKey()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *picker = editor<CatalogPicker>(form, u"license"_s);
        picker->comboBox()->setEditText(QString());
        picker->commitText();
        checkEdit(doc, replaced(Card, u"license: \"apache-2.0\"   # quoted\n"_s, QString()));
    }

    void addLanguage_appendsOneItem()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *languages = editor<LanguageEditor>(form, u"language"_s);
        languages->input()->setText(u"German"_s); // a name stands for its code
        languages->addFromInput();
        checkEdit(doc, replaced(Card, u"  - fr\n"_s, u"  - fr\n  - de\n"_s));
        languages->input()->setText(u"de — German"_s); // as the completer puts it
        languages->addFromInput();
        checkEdit(doc, replaced(Card, u"  - fr\n"_s, u"  - fr\n  - de\n"_s));
    }

    void addLanguage_refusesRegionFormsWithTheFix()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *languages = editor<LanguageEditor>(form, u"language"_s);
        for (const QString &bad : {u"zh-CN"_s, u"en_US"_s}) {
            languages->input()->setText(bad);
            languages->addFromInput();
            QCOMPARE(doc.text(), Card);
            QVERIFY2(languages->message().contains(bad.left(2)), qPrintable(languages->message()));
            QVERIFY(languages->message().contains(u"region"_s));
            QCOMPARE(languages->input()->text(), bad); // kept to be fixed
        }
        QVERIFY(LanguageEditor::problem(u"EN"_s).contains(u"“en”"_s));
        QVERIFY(!LanguageEditor::problem(u"noinfo"_s).isEmpty());
        QVERIFY(LanguageEditor::problem(u"multilingual"_s).isEmpty());
        QVERIFY(LanguageEditor::problem(u"gsw"_s).isEmpty()); // ISO 639-3
    }

    void removeAndMoveLanguage()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *languages = editor<LanguageEditor>(form, u"language"_s);
        languages->list()->setCurrentRow(0);
        languages->removeCurrent();
        checkEdit(doc, replaced(Card, u"  - en    # English first\n"_s, QString()));
        languages->list()->setCurrentRow(0);
        languages->moveCurrent(1);
        QCOMPARE(doc.metadata().find(u"language"_s)->items().at(0).toString(), u"fr"_s);
        doc.textDocument()->undo();
        QCOMPARE(doc.text(), Card);
        QVERIFY(!doc.textDocument()->isUndoAvailable());
    }

    void pasteTags_commaList()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *tags = editor<ChipListEditor>(form, u"tags"_s);
        tags->input()->setText(u"lora,  text-generation , not-for-all-audiences"_s);
        tags->addFromInput();
        // Two appends in one undo step; the list's own spacing and quotes stay.
        checkEdit(doc, replaced(Card, u"[ text-generation,  'llama' ]"_s,
                                u"[ text-generation,  'llama', lora, not-for-all-audiences ]"_s));
    }

    void moveTag_movesOnlyThatItem()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *tags = editor<ChipListEditor>(form, u"tags"_s);
        tags->list()->setCurrentRow(1);
        tags->moveCurrent(-1);
        checkEdit(doc, replaced(Card, u"[ text-generation,  'llama' ]"_s,
                                u"[ 'llama',  text-generation ]"_s));
        QCOMPARE(tags->list()->currentRow(), 0); // the moved item stays current
    }

    void refusedEdit_isShownBesideTheField()
    {
        // An explicit key (`? license`) where a new key cannot go without breaking the YAML.
        const QString card = u"---\n? license\n: mit\n---\n"_s;
        CardDocument doc;
        doc.load(card);
        MetadataForm form(&doc);
        auto *tags = editor<ChipListEditor>(form, u"tags"_s);
        tags->input()->setText(u"lora"_s);
        tags->addFromInput();
        QCOMPARE(doc.text(), card);
        QVERIFY(!doc.textDocument()->isUndoAvailable());
        QVERIFY(note(form, u"tags"_s)->isVisibleTo(&form));
        QVERIFY2(note(form, u"tags"_s)->text().contains(u"Not changed"_s),
                 qPrintable(note(form, u"tags"_s)->text()));
        QCOMPARE(tags->items(), QStringList());
        // The next change of the card clears it.
        editor<CatalogPicker>(form, u"license"_s)->comboBox()->setEditText(u"apache-2.0"_s);
        editor<CatalogPicker>(form, u"license"_s)->commitText();
        QCOMPARE(doc.text(), u"---\n? license\n: apache-2.0\n---\n"_s);
        QVERIFY(!note(form, u"tags"_s)->isVisibleTo(&form));
    }

    void chipLists_keepComments()
    {
        const QString card = u"---\n"
                             "tags:\n"
                             "# about the task\n"
                             "- text-classification   # task\n"
                             "- en\n"
                             "# the domain\n"
                             "- medical\n"
                             "license: mit  # kept\n"
                             "---\n"_s;
        CardDocument doc;
        doc.load(card);
        MetadataForm form(&doc);
        auto *tags = editor<ChipListEditor>(form, u"tags"_s);
        const auto check = [&](const QString &from, const QString &to) {
            QCOMPARE(doc.text().split(u'\n'), replaced(card, from, to).split(u'\n'));
            doc.textDocument()->undo();
            QCOMPARE(doc.text(), card);
            QVERIFY(!doc.textDocument()->isUndoAvailable());
            QCOMPARE(tags->items(), QStringList({u"text-classification"_s, u"en"_s, u"medical"_s}));
        };
        // A paste of several values: appends, one undo step.
        tags->input()->setText(u"lora, en, fr"_s);
        tags->addFromInput();
        check(u"- medical\n"_s, u"- medical\n- lora\n- fr\n"_s);
        // A move: the item and the comment above it, nothing else.
        tags->list()->setCurrentRow(2);
        tags->moveCurrent(-1);
        check(u"- en\n# the domain\n- medical\n"_s, u"# the domain\n- medical\n- en\n"_s);
        // A drop that puts the first last: one move, not a rewrite of the list.
        tags->list()->model()->moveRow(QModelIndex(), 0, QModelIndex(), 3);
        QTRY_VERIFY(doc.textDocument()->isUndoAvailable());
        check(u"# about the task\n- text-classification   # task\n- en\n# the domain\n"
              "- medical\n"_s,
              u"- en\n# the domain\n- medical\n# about the task\n"
              "- text-classification   # task\n"_s);
        // A removal: only that item's line.
        tags->list()->setCurrentRow(1);
        tags->removeCurrent();
        check(u"- en\n"_s, QString());
    }

    void typingInTheSource_leavesOtherFieldsAlone()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        // Half-typed input in a field the user is in.
        auto *name = editor<QLineEdit>(form, u"new_version"_s);
        name->setFocus();
        name->setCursorPosition(4);
        QTest::keyClicks(name, u"xy"_s);
        auto *license = editor<CatalogPicker>(form, u"license"_s);
        license->comboBox()->setEditText(u"Apa"_s);
        // Typing in the source elsewhere.
        QTextCursor cursor(doc.textDocument());
        const int at = doc.documentPosition(Card.indexOf(u"transformers"_s));
        cursor.setPosition(at);
        cursor.setPosition(at + 12, QTextCursor::KeepAnchor);
        cursor.insertText(u"diffusers"_s);
        QTRY_COMPARE(editor<CatalogPicker>(form, u"library_name"_s)->value(), u"diffusers"_s);
        QCOMPARE(name->text(), u"org/xynewer"_s);
        QCOMPARE(name->cursorPosition(), 6);
        QVERIFY(name->isModified());
        QVERIFY(name->hasFocus());
        QCOMPARE(license->comboBox()->currentText(), u"Apa"_s);
        // A form edit is in the source at once, and the form shows it at once.
        auto *tags = editor<ChipListEditor>(form, u"tags"_s);
        tags->input()->setText(u"lora"_s);
        tags->addFromInput();
        QVERIFY(doc.text().contains(u"'llama', lora ]"_s));
        QCOMPARE(tags->items(), QStringList({u"text-generation"_s, u"llama"_s, u"lora"_s}));
    }

    void typingInTheSourceEditor_updatesTheFormAfterAPause()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        SourceEditor source;
        source.setCardDocument(&doc);
        QTextCursor cursor(doc.textDocument());
        cursor.setPosition(doc.documentPosition(Card.indexOf(u"org/newer'"_s) + 9));
        source.setTextCursor(cursor);
        QTest::keyClicks(&source, u"-v2"_s);
        QCOMPARE(doc.metadata().find(u"new_version"_s)->toString(), u"org/newer-v2"_s);
        QTRY_COMPARE(editor<QLineEdit>(form, u"new_version"_s)->text(), u"org/newer-v2"_s);
    }

    void ctrlZ_undoesTheFormEditWhereverTheFocusIs()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        form.show();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        auto *version = editor<QLineEdit>(form, u"new_version"_s);
        version->setFocus();
        QVERIFY(version->hasFocus());
        typeInto(version, u"org/newest"_s);
        const QString edited = replaced(Card, u"'org/newer'"_s, u"'org/newest'"_s);
        QCOMPARE(doc.text(), edited);
        // The line edit has its own history of that text, but the edit is the card's.
        QTest::keyClick(version, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc.text(), Card);
        QCOMPARE(version->text(), u"org/newer"_s);
        QTest::keyClick(version, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(doc.text(), edited);
        QCOMPARE(version->text(), u"org/newest"_s);
        // Half-typed text is undone in place first.
        QTest::keyClicks(version, u"-x"_s);
        QTest::keyClick(version, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc.text(), edited);
        QCOMPARE(version->text(), u"org/newest"_s);
        // A chip list with the focus: its move is undone.
        auto *tags = editor<ChipListEditor>(form, u"tags"_s);
        tags->list()->setFocus();
        tags->list()->setCurrentRow(1);
        tags->moveCurrent(-1);
        QVERIFY(doc.text().contains(u"[ 'llama',  text-generation ]"_s));
        QTest::keyClick(tags->list(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc.text(), edited);
        QCOMPARE(tags->items(), QStringList({u"text-generation"_s, u"llama"_s}));
    }

    void pipelineGroupHeaders_areNotChoices()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *pipeline = editor<PipelinePicker>(form, u"pipeline_tag"_s);
        QSignalSpy spy(pipeline, &PipelinePicker::chosen);
        QCOMPARE(pipeline->itemText(1), u"Multimodal"_s);
        emit pipeline->activated(1);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(doc.text(), Card);
        QCOMPARE(pipeline->currentData(Qt::UserRole + 1).toString(), u"text-generation"_s);
    }

    void removeOnlyDataset_unsetsTheKey()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *datasets = editor<ChipListEditor>(form, u"datasets"_s);
        datasets->list()->setCurrentRow(0);
        datasets->removeCurrent();
        checkEdit(doc, replaced(Card, u"datasets:\n- org/data-one   # indentless\n"_s, QString()));
    }

    void addMetric()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *metrics = editor<ChipListEditor>(form, u"metrics"_s);
        typeInto(metrics->input(), u"f1"_s);
        checkEdit(doc, replaced(Card, u"    - accuracy\n"_s, u"    - accuracy\n    - f1\n"_s));
    }

    void addBaseModel_oneBecomesMany()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *base = editor<ChipListEditor>(form, u"base_model"_s);
        base->input()->setText(u"org/other"_s);
        base->addFromInput();
        // A block list in the card's own (indentless) style; the comment stays at the end.
        checkEdit(doc, replaced(Card, u"base_model: org/base"_s,
                                u"base_model:\n- org/base\n- org/other"_s));
        // Back to one: a list of one stays a list, as the card now has it.
        base->input()->setText(u"org/other"_s);
        base->addFromInput();
        base->list()->setCurrentRow(0);
        base->removeCurrent();
        QCOMPARE(doc.metadata().find(u"base_model"_s)->items().size(), size_t(1));
    }

    void setBaseModelRelation()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *relation = editor<QComboBox>(form, u"base_model_relation"_s);
        const int quantized = relation->findData(u"quantized"_s);
        relation->setCurrentIndex(quantized);
        emit relation->activated(quantized);
        checkEdit(doc, replaced(Card, u"# one base\n"_s,
                                u"# one base\nbase_model_relation: quantized\n"_s));
    }

    void pipelineTag_setAndUnset()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *pipeline = editor<PipelinePicker>(form, u"pipeline_tag"_s);
        pipeline->choose(u"fill-mask"_s);
        checkEdit(doc,
                  replaced(Card, u"pipeline_tag: text-generation"_s, u"pipeline_tag: fill-mask"_s));
        pipeline->choose(QString());
        checkEdit(doc, replaced(Card, u"pipeline_tag: text-generation\n"_s, QString()));
        QAbstractItemModelTester tester(pipeline->model());
    }

    void libraryName_freeText()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        auto *library = editor<CatalogPicker>(form, u"library_name"_s);
        library->comboBox()->setEditText(u"my-lib"_s);
        library->commitText();
        checkEdit(doc, replaced(Card, u"library_name: transformers"_s, u"library_name: my-lib"_s));
        QAbstractItemModelTester tester(library->comboBox()->model());
    }

    void newVersionAndThumbnail()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        typeInto(editor<QLineEdit>(form, u"new_version"_s), u"org/newest"_s);
        checkEdit(doc, replaced(Card, u"'org/newer'"_s, u"'org/newest'"_s));
        typeInto(editor<QLineEdit>(form, u"thumbnail"_s), QString());
        checkEdit(doc, replaced(Card, u"thumbnail: https://example.com/t.png\n"_s, QString()));
        // A string YAML would read as something else is written quoted.
        typeInto(editor<QLineEdit>(form, u"new_version"_s), u"no"_s);
        checkEdit(doc, replaced(Card, u"'org/newer'"_s, u"'no'"_s));
    }

    void otherKeys_showInSource()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        QSignalSpy spy(&form, &MetadataForm::showInSource);
        editor<QToolButton>(form, u"show-custom_key"_s)->click();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 17);
    }

    void unfaithfulValues_areReadOnly()
    {
        const QString card = u"---\n"
                             "license: &l mit\n"
                             "new_version: *l\n"
                             "thumbnail: 2\n"
                             "tags: [a, 1]\n"
                             "base_model: {a: b}\n"
                             "library_name: |\n"
                             "  two\n"
                             "  lines\n"
                             "datasets: !!str x\n"
                             "---\n"_s;
        CardDocument doc;
        doc.load(card);
        MetadataForm form(&doc);
        QSignalSpy spy(&form, &MetadataForm::showInSource);
        const QStringList keys = {u"license"_s,    u"new_version"_s,  u"thumbnail"_s, u"tags"_s,
                                  u"base_model"_s, u"library_name"_s, u"datasets"_s};
        for (const QString &key : keys) {
            QVERIFY2(note(form, key)->isVisibleTo(&form), qPrintable(key));
            QVERIFY2(note(form, key)->text().contains(u"Edit in source"_s), qPrintable(key));
        }
        QVERIFY(editor<QLineEdit>(form, u"thumbnail"_s)->isReadOnly());
        QCOMPARE(editor<QLineEdit>(form, u"thumbnail"_s)->text(), u"2"_s);
        QVERIFY(editor<ChipListEditor>(form, u"tags"_s)->isReadOnly());
        QCOMPARE(editor<ChipListEditor>(form, u"tags"_s)->items(),
                 QStringList({u"[ \"a\", 1 ]"_s}));
        QVERIFY(!editor<CatalogPicker>(form, u"license"_s)->comboBox()->isEnabled());
        emit note(form, u"tags"_s)->linkActivated(u"5"_s);
        QCOMPARE(spy.count(), 1);
        // Nothing rewrites them.
        editor<ChipListEditor>(form, u"tags"_s)->input()->setText(u"c"_s);
        editor<ChipListEditor>(form, u"tags"_s)->addFromInput();
        QCOMPARE(doc.text(), card);
        // language is still editable.
        QVERIFY(!note(form, u"language"_s)->isVisibleTo(&form));
    }

    void typingInTheSource_updatesTheForm()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        QTextCursor cursor(doc.textDocument());
        const int at = doc.documentPosition(Card.indexOf(u"transformers"_s));
        cursor.setPosition(at);
        cursor.setPosition(at + 12, QTextCursor::KeepAnchor);
        cursor.insertText(u"diffusers"_s);
        // After a short pause in typing.
        QTRY_COMPARE(editor<CatalogPicker>(form, u"library_name"_s)->value(), u"diffusers"_s);
        cursor.setPosition(doc.documentPosition(doc.text().indexOf(u"  - fr"_s)));
        cursor.insertText(u"  - ja\n"_s);
        QTRY_COMPARE(editor<LanguageEditor>(form, u"language"_s)->items(),
                     QStringList({u"en"_s, u"ja"_s, u"fr"_s}));
    }

    void brokenYaml_makesTheFormReadOnly()
    {
        CardDocument doc;
        doc.load(Card);
        MetadataForm form(&doc);
        QSignalSpy spy(&form, &MetadataForm::showInSource);
        QTextCursor cursor(doc.textDocument());
        cursor.setPosition(doc.documentPosition(Card.indexOf(u"metrics:"_s)));
        cursor.insertText(u"broken: [\n"_s);
        QVERIFY(doc.hasYamlError());
        QTRY_VERIFY(form.isReadOnly());
        auto *banner = editor<QLabel>(form, u"banner"_s);
        QVERIFY(banner->isVisibleTo(&form));
        QVERIFY(!editor<QLineEdit>(form, u"new_version"_s)->isEnabled());
        // The values stay on show.
        QCOMPARE(editor<QLineEdit>(form, u"new_version"_s)->text(), u"org/newer"_s);
        const QString link = banner->text().section(u"href=\""_s, 1).section(u'"', 0, 0);
        emit banner->linkActivated(link);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), doc.yamlErrorLocation().line);
        doc.textDocument()->undo();
        QVERIFY(!form.isReadOnly());
        QVERIFY(!banner->isVisibleTo(&form));
        QVERIFY(editor<QLineEdit>(form, u"new_version"_s)->isEnabled());
    }

    void noFrontMatter_firstEditCreatesIt()
    {
        const QString card = u"# Just a body\n"_s;
        CardDocument doc;
        doc.load(card);
        MetadataForm form(&doc);
        QVERIFY(editor<QLabel>(form, u"banner"_s)->isVisibleTo(&form));
        auto *languages = editor<LanguageEditor>(form, u"language"_s);
        languages->input()->setText(u"en"_s);
        languages->addFromInput();
        QCOMPARE(doc.metadata().find(u"language"_s)->items().size(), size_t(1));
        QVERIFY(doc.text().endsWith(card));
        doc.textDocument()->undo();
        QCOMPARE(doc.text(), card);
    }

    void chipList_dragOrderAndModel()
    {
        ChipListEditor chips(u"Tags"_s);
        QAbstractItemModelTester tester(chips.list()->model());
        chips.setItems({u"a"_s, u"b"_s, u"c"_s});
        QSignalSpy spy(&chips, &ChipListEditor::itemsEdited);
        // What a drop does: the view moves the row, the editor reports the new order.
        chips.list()->model()->moveRow(QModelIndex(), 0, QModelIndex(), 3);
        QVERIFY(spy.wait());
        QCOMPARE(spy.at(0).at(0).toStringList(), QStringList({u"b"_s, u"c"_s, u"a"_s}));
        // Nobody took the new order: the card's order is shown again.
        QCOMPARE(chips.list()->item(0)->text(), u"a"_s);
    }
};

QTEST_MAIN(TestMetadataForm)
#include "tst_metadataform.moc"
