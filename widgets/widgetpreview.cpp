#include "widgetpreview.h"

#include "carddocument.h"
#include "logging.h"
#include "metadatafollower.h"
#include "widgetpreviewstyle.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Cardigan {

WidgetPreview::WidgetPreview(CardDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setAccessibleName(tr("Inference widget preview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("widgetTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_task = new QLabel(this);
    m_task->setObjectName(QStringLiteral("widgetTask"));
    m_task->setStyleSheet(WidgetPreviewStyle::taskChip(this));
    m_task->setAccessibleName(tr("Task"));
    m_groups = new QComboBox(this);
    m_groups->setObjectName(QStringLiteral("widgetGroups"));
    m_groups->setAccessibleName(tr("Example groups"));
    m_examples = new QComboBox(this);
    m_examples->setObjectName(QStringLiteral("widgetExamples"));
    m_examples->setAccessibleName(tr("Examples"));
    m_examples->setMinimumContentsLength(12);
    m_examples->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    header->addWidget(m_title);
    header->addWidget(m_task);
    header->addStretch(1);
    header->addWidget(m_groups);
    header->addWidget(m_examples);
    layout->addLayout(header);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("widgetNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("QLabel { color: palette(placeholder-text); }"));
    layout->addWidget(m_note);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("Example inputs and output"));
    layout->addWidget(m_scroll, 1);

    connect(m_groups, &QComboBox::activated, this, &WidgetPreview::groupChosen);
    connect(m_examples, &QComboBox::activated, this, &WidgetPreview::exampleMenuChosen);
    if (m_document) {
        new MetadataFollower(m_document, this, [this] { refresh(); });
    }
    refresh();
}

void WidgetPreview::setInferredPipeline(const QString &pipelineTag)
{
    if (pipelineTag != m_inferred) {
        m_inferred = pipelineTag;
        refresh();
    }
}

void WidgetPreview::setCardFolder(const QString &folder)
{
    if (folder != m_folder) {
        m_folder = folder;
        showIndex(m_current); // images are looked up again
    }
}

void WidgetPreview::setAllowRemoteContent(bool allow)
{
    if (allow != m_allowRemote) {
        m_allowRemote = allow;
        showIndex(m_current);
    }
}

void WidgetPreview::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Light or dark theme: the chips, bubbles and outputs are drawn again in its colours.
    if (event->type() == QEvent::PaletteChange && m_built) {
        m_task->setStyleSheet(WidgetPreviewStyle::taskChip(this));
        rebuild();
    }
}

void WidgetPreview::refresh()
{
    if (m_built && m_document && m_document->hasYamlError()) {
        return; // keep the last widget while the YAML is being typed
    }
    const WidgetInputs inputs =
        WidgetInputs::from(m_document ? m_document->metadata() : YamlValue(), m_inferred);
    if (m_built && inputs == m_inputs) {
        return; // nothing the widget shows changed
    }
    m_inputs = inputs;
    m_built = true;
    rebuild();
}

void WidgetPreview::rebuild()
{
    const int shownSource = m_current >= 0 && m_current < m_model.examples.size()
                                ? m_model.examples[m_current].sourceIndex
                                : -2;
    m_model = WidgetExamples::build(m_inputs);
    ++m_builds;
    qCDebug(lcPreview) << "widget preview rebuilt for" << m_model.pipelineTag;

    m_title->setText(m_model.title);
    m_task->setText(m_model.inferred ? tr("%1 (inferred)").arg(m_model.pipelineTag)
                                     : m_model.pipelineTag);
    m_task->setVisible(!m_model.pipelineTag.isEmpty());
    QStringList notes;
    if (m_model.defaults && !m_model.examples.isEmpty()) {
        notes << tr("The card has no widget examples: these are the Hub's default inputs for "
                    "\"%1\".")
                     .arg(m_model.defaultsLanguage);
    }
    notes << m_model.problems;
    m_note->setText(notes.join(u'\n'));
    m_note->setVisible(!notes.isEmpty());

    {
        const QSignalBlocker block(m_groups);
        m_groups->clear();
        m_groups->addItems(m_model.groups);
        m_groups->setVisible(m_model.groups.size() > 1);
    }
    // The same example stays shown when it is still offered.
    int index = shownSource >= -1 ? m_model.exampleForSource(shownSource) : -1;
    if (index < 0 && !m_model.examples.isEmpty()) {
        index = 0;
    }
    m_current = -1;
    showIndex(index);
}

void WidgetPreview::fillExamplesMenu()
{
    const QSignalBlocker block(m_examples);
    m_examples->clear();
    const QString group = m_groups->currentText();
    for (int i = 0; i < m_model.examples.size(); ++i) {
        const WidgetExample &ex = m_model.examples[i];
        if (m_model.groups.size() <= 1 || ex.group == group) {
            m_examples->addItem(ex.title, i);
        }
    }
    m_examples->setCurrentIndex(m_examples->findData(m_current));
    m_examples->setVisible(m_model.hasWidget() && !m_model.examples.isEmpty());
}

void WidgetPreview::showIndex(int index)
{
    m_current = index >= 0 && index < m_model.examples.size() ? index : -1;
    if (m_current >= 0) {
        const QSignalBlocker block(m_groups);
        m_groups->setCurrentIndex(m_model.groups.indexOf(m_model.examples[m_current].group));
    }
    fillExamplesMenu();

    QWidget *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 4, 0, 4);
    if (!m_model.explanation.isEmpty()) {
        auto *explanation = new QLabel(m_model.explanation, body);
        explanation->setObjectName(QStringLiteral("widgetExplanation"));
        explanation->setWordWrap(true);
        layout->addWidget(explanation);
    }
    if (m_current >= 0) {
        const WidgetExample &ex = m_model.examples[m_current];
        layout->addWidget(makeInputs(ex));
        if (QWidget *out = makeOutput(ex)) {
            layout->addWidget(out);
        }
    }
    layout->addStretch(1);
    m_scroll->setWidget(body); // deletes the previous body
    m_body = body;
}

void WidgetPreview::showExample(int sourceIndex)
{
    const int index = m_model.exampleForSource(sourceIndex);
    if (index >= 0 && index != m_current) {
        showIndex(index);
    }
}

void WidgetPreview::groupChosen(int groupIndex)
{
    const QString group = m_model.groups.value(groupIndex);
    for (int i = 0; i < m_model.examples.size(); ++i) {
        if (m_model.examples[i].group == group) {
            exampleMenuChosen(-1 - i); // the group's first example
            return;
        }
    }
}

void WidgetPreview::exampleMenuChosen(int menuIndex)
{
    const int index = menuIndex < 0 ? -1 - menuIndex : m_examples->itemData(menuIndex).toInt();
    showIndex(index);
    if (m_current >= 0 && m_model.examples[m_current].sourceIndex >= 0) {
        emit exampleChosen(m_model.examples[m_current].sourceIndex);
    }
}

} // namespace Cardigan
