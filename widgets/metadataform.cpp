#include "metadataform.h"

#include "catalognames.h"
#include "catalogpicker.h"
#include "chiplisteditor.h"
#include "formundokeys.h"
#include "languageeditor.h"
#include "metadatafollower.h"
#include "pipelinepicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Cardigan {

namespace {

const QString License = QStringLiteral("license");
const QString LicenseName = QStringLiteral("license_name");
const QString LicenseLink = QStringLiteral("license_link");
const QString BaseModel = QStringLiteral("base_model");
const QString Relation = QStringLiteral("base_model_relation");

QString typeName(const YamlValue &v)
{
    switch (v.type()) {
    case YamlValue::Type::Null:
        return MetadataForm::tr("empty");
    case YamlValue::Type::Bool:
        return MetadataForm::tr("a boolean");
    case YamlValue::Type::Number:
        return MetadataForm::tr("a number");
    case YamlValue::Type::String:
        return MetadataForm::tr("a string");
    case YamlValue::Type::Timestamp:
        return MetadataForm::tr("a date");
    case YamlValue::Type::Sequence:
        return MetadataForm::tr("a list");
    case YamlValue::Type::Mapping:
        return MetadataForm::tr("a mapping");
    }
    return QString();
}

QString summary(const YamlValue &v)
{
    if (v.isMapping()) {
        return MetadataForm::tr("mapping of %n key(s)", nullptr, int(v.entries().size()));
    }
    if (v.isSequence()) {
        return MetadataForm::tr("list of %n item(s)", nullptr, int(v.items().size()));
    }
    const QString text = v.isString() ? v.toString() : QString::fromUtf8(v.toJson());
    return text.size() > 60 ? text.left(59) + QChar(0x2026) : text;
}

} // namespace

MetadataForm::MetadataForm(CardDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_banner(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget)
{
    m_fields.reserve(16);
    setAccessibleName(tr("Metadata form"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setVisible(false);
    m_banner->setObjectName(QStringLiteral("banner"));
    connect(m_banner, &QLabel::linkActivated, this,
            [this](const QString &link) { emit showInSource(link.toInt()); });

    auto *fields = new QWidget;
    m_form = new QFormLayout(fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->addWidget(fields);
    contentLayout->addStretch(1);

    auto *license = new CatalogPicker(CatalogNames::instance().licenses, false, tr("License"));
    addField(m_form, License, tr("&License"), Shape::Text, license);
    connect(license, &CatalogPicker::chosen, this,
            [this](const QString &id) { commitText(License, id); });
    addLineEdit(m_form, LicenseName, tr("License &name"), tr("A slug id, e.g. my-license-1.0"));
    addLineEdit(m_form, LicenseLink, tr("License lin&k"), tr("A URL, or LICENSE for the file"));
    addLicenseLinkPicker();

    addList(m_form, QStringLiteral("language"), tr("Lan&guages"), new LanguageEditor);
    auto *tags = new ChipListEditor(tr("Tags"));
    addList(m_form, QStringLiteral("tags"), tr("&Tags"), tags);

    auto *pipeline = new PipelinePicker;
    addField(m_form, QStringLiteral("pipeline_tag"), tr("&Pipeline tag"), Shape::Text, pipeline);
    connect(pipeline, &PipelinePicker::chosen, this,
            [this](const QString &id) { commitText(QStringLiteral("pipeline_tag"), id); });
    auto *library = new CatalogPicker(CatalogNames::instance().libraries, true, tr("Library name"));
    addField(m_form, QStringLiteral("library_name"), tr("Li&brary"), Shape::Text, library);
    connect(library, &CatalogPicker::chosen, this,
            [this](const QString &id) { commitText(QStringLiteral("library_name"), id); });

    auto *baseModel = new ChipListEditor(tr("Base models"));
    baseModel->setPlaceholderText(tr("Add a model id; several for a merge"));
    addList(m_form, BaseModel, tr("Base &model"), baseModel);
    auto *relation = new QComboBox;
    relation->setAccessibleName(tr("Base model relation"));
    relation->addItem(tr("Not set (the Hub infers it)"), QString());
    for (const char *r : {"adapter", "merge", "quantized", "finetune"}) {
        relation->addItem(QString::fromLatin1(r), QString::fromLatin1(r));
    }
    addField(m_form, Relation, tr("Base model &relation"), Shape::Text, relation);
    connect(relation, &QComboBox::activated, this, [this, relation](int index) {
        commitText(Relation, relation->itemData(index).toString());
    });

    auto *datasets = new ChipListEditor(tr("Datasets"));
    datasets->setPlaceholderText(tr("Add a dataset id (org/name)"));
    datasets->setToolTip(tr("Hub dataset ids, e.g. org/name"));
    addList(m_form, QStringLiteral("datasets"), tr("&Datasets"), datasets);
    addList(m_form, QStringLiteral("metrics"), tr("Me&trics"), new ChipListEditor(tr("Metrics")));
    addLineEdit(m_form, QStringLiteral("new_version"), tr("&New version"),
                tr("The id of a newer model"));
    addLineEdit(m_form, QStringLiteral("thumbnail"), tr("T&humbnail"),
                tr("An image URL for social sharing"));

    addSections();
    auto *otherTitle = new QLabel(tr("<b>Other keys</b> (edit them in the source)"));
    m_form->addRow(otherTitle);
    m_otherKeys = new QWidget;
    m_otherKeys->setAccessibleName(tr("Other keys"));
    m_otherGrid = new QGridLayout(m_otherKeys);
    m_otherGrid->setContentsMargins(0, 0, 0, 0);
    m_otherGrid->setColumnStretch(1, 1);
    m_form->addRow(m_otherKeys);

    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own: every row holds a control, and the area scrolls to it.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_scroll, 1);

    // Until a card with `license: other` says otherwise (also when it opens broken).
    m_form->setRowVisible(field(LicenseName)->editor->parentWidget(), false);
    m_form->setRowVisible(field(LicenseLink)->editor->parentWidget(), false);
    // Typing in the source reaches the form after a short pause (each change restarts
    // it), within 50 ms of it; the form's own edits, undo and redo show at once.
    m_follow = new MetadataFollower(document, this, [this] { refresh(); });
    new FormUndoKeys(this, document->textDocument());
    refresh();
}

MetadataForm::~MetadataForm()
{
    // QWidget's destructor takes the focus away from a field, which would commit its
    // half-typed text into the card after the form's members are gone.
    const QList<QWidget *> widgets = findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        w->blockSignals(true);
    }
}

MetadataForm::Field &MetadataForm::addField(QFormLayout *form, const QString &key,
                                            const QString &label, Shape shape, QWidget *editor)
{
    editor->setObjectName(key);
    auto *box = new QWidget;
    auto *vbox = new QVBoxLayout(box);
    vbox->setContentsMargins(0, 0, 0, 0);
    vbox->setSpacing(2);
    vbox->addWidget(editor);
    auto *note = new QLabel;
    note->setObjectName(key + QStringLiteral("-note"));
    note->setWordWrap(true);
    note->setTextFormat(Qt::RichText);
    note->setVisible(false);
    vbox->addWidget(note);
    connect(note, &QLabel::linkActivated, this,
            [this](const QString &link) { emit showInSource(link.toInt()); });
    auto *labelWidget = new QLabel(label);
    labelWidget->setBuddy(editor);
    labelWidget->setToolTip(key);
    form->addRow(labelWidget, box);
    Field f;
    f.key = key;
    f.shape = shape;
    f.editor = editor;
    f.note = note;
    m_fields.push_back(f);
    return m_fields.back();
}

MetadataForm::Field *MetadataForm::field(const QString &key)
{
    for (Field &f : m_fields) {
        if (f.key == key) {
            return &f;
        }
    }
    return nullptr;
}

void MetadataForm::addLineEdit(QFormLayout *form, const QString &key, const QString &label,
                               const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    edit->setAccessibleName(QString(label).remove(u'&'));
    addField(form, key, label, Shape::Text, edit);
    connect(edit, &QLineEdit::editingFinished, this, [this, key, edit] {
        // editingFinished also comes when the focus leaves an untouched field.
        if (edit->isModified()) {
            edit->setModified(false);
            commitText(key, edit->text());
        }
    });
}

void MetadataForm::addList(QFormLayout *form, const QString &key, const QString &label,
                           ChipListEditor *editor)
{
    addField(form, key, label, Shape::List, editor);
    connect(editor, &ChipListEditor::itemsEdited, this, [this, key](const QStringList &items) {
        // One base model is written as a string, as the Hub's docs show it.
        commitList(key, items, key == BaseModel);
    });
}

void MetadataForm::showBanner(const QString &html)
{
    m_banner->setText(html);
    m_banner->setVisible(!html.isEmpty());
}

void MetadataForm::refresh()
{
    if (m_document->hasYamlError()) {
        // Keep what the form showed: nothing is lost while the source is being fixed.
        const CardDocument::Location at = m_document->yamlErrorLocation();
        showBanner(tr("The YAML does not parse, so the form is read-only: %1 "
                      "(<a href=\"%2\">line %2, column %3</a>).")
                       .arg(m_document->yaml().error.reason.toHtmlEscaped())
                       .arg(at.line)
                       .arg(at.column));
        m_content->setEnabled(false);
        m_readOnly = true;
        return;
    }
    const YamlValue meta = m_document->metadata();
    m_readOnly = !meta.isNull() && !meta.isMapping();
    m_content->setEnabled(!m_readOnly);
    if (m_readOnly) {
        showBanner(tr("The metadata is %1, not a mapping: the Hub refuses it. "
                      "<a href=\"%2\">Fix it in the source</a>.")
                       .arg(typeName(meta))
                       .arg(m_document->locationOf(m_document->frontMatter().yamlStart).line));
    } else if (!m_document->frontMatter().found) {
        showBanner(tr("The card has no metadata yet: the first edit here adds it."));
    } else {
        showBanner(QString());
    }
    for (Field &f : m_fields) {
        refreshField(f, meta);
    }
    // license_name and license_link belong to `license: other`; shown whenever they
    // are there too, so no value is hidden.
    for (const QString &key : {LicenseName, LicenseLink}) {
        const bool show = (meta.isMapping() && meta.find(key)) || field(License)->readOnly ||
                          (meta.isMapping() && meta.find(License) &&
                           meta.find(License)->toString() == QLatin1String("other"));
        m_form->setRowVisible(field(key)->editor->parentWidget(), show);
    }
    refreshSections();
    refreshOtherKeys(meta);
}

void MetadataForm::refreshField(Field &f, const YamlValue &meta)
{
    const YamlValue *found = meta.isMapping() ? meta.find(f.key) : nullptr;
    const YamlValue value = found ? *found : YamlValue();
    const QString problem = found ? unfaithful(f.key, value, f.shape) : QString();
    f.readOnly = !problem.isEmpty();
    QString noteText;
    if (f.readOnly) {
        int keyNode = -1;
        valueNode(f.key, &keyNode);
        noteText = tr("Read-only here: %1. <a href=\"%2\">Edit in source</a>")
                       .arg(problem.toHtmlEscaped())
                       .arg(lineOfNode(keyNode));
    }
    // A note of a refused edit goes with the next change of the card.
    f.note->setText(noteText);
    f.note->setVisible(f.readOnly);
    if (f.shown && f.shownValue == value && f.shownNote == noteText) {
        return;
    }
    f.shown = true;
    f.shownValue = value;
    f.shownNote = noteText;

    // Values the form cannot show faithfully are shown as text, never offered for editing.
    const QString text = value.isString() ? value.toString()
                         : value.isNull() ? QString()
                                          : QString::fromUtf8(value.toJson()).simplified();
    if (auto *list = qobject_cast<ChipListEditor *>(f.editor)) {
        list->setItems(f.readOnly ? QStringList{text} : listOf(value));
        list->setReadOnly(f.readOnly);
        list->setMessage(QString());
    } else if (auto *picker = qobject_cast<CatalogPicker *>(f.editor)) {
        picker->setValue(text);
        picker->setReadOnly(f.readOnly);
        picker->setMessage(QString());
    } else if (auto *pipeline = qobject_cast<PipelinePicker *>(f.editor)) {
        pipeline->setValue(text);
        pipeline->setEnabled(!f.readOnly);
    } else if (auto *combo = qobject_cast<QComboBox *>(f.editor)) {
        const QSignalBlocker blocker(combo);
        int index = combo->findData(text);
        if (index < 0) {
            combo->addItem(text, text);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
        combo->setEnabled(!f.readOnly);
    } else if (auto *edit = qobject_cast<QLineEdit *>(f.editor)) {
        const QSignalBlocker blocker(edit);
        if (edit->text() != text) {
            edit->setText(text);
        }
        edit->setModified(false);
        edit->setReadOnly(f.readOnly);
    }
}

void MetadataForm::refreshOtherKeys(const YamlValue &meta)
{
    // Rebuilt only when the keys, their summaries or their lines changed: a button keeps
    // its focus meanwhile.
    QStringList shown;
    if (meta.isMapping()) {
        for (const YamlValue::Entry &e : meta.entries()) {
            int keyNode = -1;
            valueNode(e.first, &keyNode);
            shown << e.first << summary(e.second) << QString::number(lineOfNode(keyNode));
        }
    }
    if (shown == m_otherShown && m_otherGrid->count() > 0) {
        return;
    }
    m_otherShown = shown;
    while (QLayoutItem *item = m_otherGrid->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            // Later: this may run from a click on one of these buttons.
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    if (!meta.isMapping()) {
        return;
    }
    int row = 0;
    for (const YamlValue::Entry &e : meta.entries()) {
        if (field(e.first) || ownedBySection(e.first)) {
            continue;
        }
        int keyNode = -1;
        valueNode(e.first, &keyNode);
        const int line = lineOfNode(keyNode);
        auto *key = new QLabel(e.first.toHtmlEscaped());
        key->setTextFormat(Qt::PlainText);
        key->setText(e.first);
        // The keys with a tab of their own say where they are edited.
        QString where;
        if (e.first == QLatin1String("widget")) {
            where = tr("%1; edit it in the Examples tab").arg(summary(e.second));
        } else if (e.first == QLatin1String("model-index")) {
            where = tr("%1; edit it in the Evaluation tab").arg(summary(e.second));
        }
        auto *value = new QLabel(where.isEmpty() ? summary(e.second) : where);
        value->setWordWrap(!where.isEmpty());
        value->setTextFormat(Qt::PlainText);
        value->setForegroundRole(QPalette::PlaceholderText);
        value->setToolTip(value->text());
        auto *show = new QToolButton;
        show->setObjectName(QStringLiteral("show-") + e.first);
        show->setText(tr("Show in source"));
        show->setAccessibleName(tr("Show %1 in source").arg(e.first));
        connect(show, &QToolButton::clicked, this, [this, line] { emit showInSource(line); });
        m_otherGrid->addWidget(key, row, 0);
        m_otherGrid->addWidget(value, row, 1);
        m_otherGrid->addWidget(show, row, 2);
        ++row;
    }
    if (row == 0) {
        m_otherGrid->addWidget(new QLabel(tr("None")), 0, 0, 1, 3);
    }
}

int MetadataForm::valueNode(const QString &key, int *keyNode) const
{
    const YamlTree &tree = m_document->yaml().tree;
    return m_document->yaml().ok ? tree.valueOf(tree.root, key, keyNode) : -1;
}

int MetadataForm::lineOfNode(int node) const
{
    const qsizetype start = node >= 0 ? m_document->yaml().tree.node(node).start : 0;
    return m_document->locationOf(m_document->frontMatter().yamlStart + start).line;
}

QString MetadataForm::unfaithful(const QString &key, const YamlValue &value, Shape shape) const
{
    const int node = valueNode(key);
    if (node < 0) {
        return tr("the value comes from a merge key (<<)");
    }
    const YamlTree &tree = m_document->yaml().tree;
    auto nodeProblem = [&tree](int n) -> QString {
        const YamlNode &yn = tree.node(n);
        if (yn.kind == YamlNode::Kind::Alias) {
            return tr("it is an alias (*%1)").arg(yn.text);
        }
        if (!yn.anchor.isEmpty()) {
            return tr("it has an anchor (&%1) that other values may use").arg(yn.anchor);
        }
        if (!yn.tag.isEmpty()) {
            return tr("it has a tag (%1)").arg(yn.tag);
        }
        return QString();
    };
    if (const QString p = nodeProblem(node); !p.isEmpty()) {
        return p;
    }
    if (value.isNull() || (value.isString() && !value.toString().contains(u'\n'))) {
        return QString();
    }
    if (value.isString()) {
        return tr("it spans several lines");
    }
    if (shape == Shape::List && value.isSequence()) {
        const std::vector<int> &items = tree.node(node).children;
        for (size_t i = 0; i < items.size(); ++i) {
            const YamlValue &item = value.items()[i];
            if (const QString p = nodeProblem(items[i]); !p.isEmpty()) {
                return tr("item %1: %2").arg(i + 1).arg(p);
            }
            if (!item.isString() || item.toString().isEmpty() || item.toString().contains(u'\n')) {
                return tr("item %1 is %2, not a one-line string").arg(i + 1).arg(typeName(item));
            }
        }
        return QString();
    }
    return tr("it is %1, not %2")
        .arg(typeName(value), shape == Shape::List ? tr("a list of strings") : tr("a string"));
}

QStringList MetadataForm::listOf(const YamlValue &v)
{
    if (v.isString()) {
        return {v.toString()};
    }
    QStringList out;
    if (v.isSequence()) {
        for (const YamlValue &item : v.items()) {
            out << item.toString();
        }
    }
    return out;
}

void MetadataForm::setInferredPipeline(const QString &id, const QString &source)
{
    if (Field *f = field(QStringLiteral("pipeline_tag"))) {
        static_cast<PipelinePicker *>(f->editor)->setInferred(id, source);
    }
}

} // namespace Cardigan
