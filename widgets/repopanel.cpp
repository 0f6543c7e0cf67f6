#include "repopanel.h"

#include "focusframedelegate.h"

#include "carddocument.h"
#include "diagnosticmarks.h"
#include "repofilemodel.h"
#include "repowatcher.h"
#include "yamlpath.h"
#include "yamlvalue.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Cardigan {

namespace {

constexpr int maxWarningsShown = 20;

QLabel *valueLabel(const QString &name, const QString &accessibleName)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString listText(const QStringList &items)
{
    return items.isEmpty() ? RepoPanel::tr("none") : items.join(QLatin1String(", "));
}

} // namespace

RepoPanel::RepoPanel(CardDocument *document, RepoWatcher *repo, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_repo(repo)
    , m_model(new RepoFileModel(this))
    , m_view(new QTableView)
    , m_status(new QLabel)
    , m_busy(new QProgressBar)
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_rescan(new QPushButton(tr("&Rescan")))
    , m_fromCard(valueLabel(QStringLiteral("fromCard"), tr("Tags from your card")))
    , m_addedByHub(valueLabel(QStringLiteral("addedByHub"), tr("Tags added by the Hub")))
    , m_pipeline(valueLabel(QStringLiteral("pipeline"), tr("Pipeline tag on the Hub")))
    , m_library(valueLabel(QStringLiteral("library"), tr("Library on the Hub")))
    , m_size(valueLabel(QStringLiteral("size"), tr("Model size on the Hub")))
    , m_warnings(valueLabel(QStringLiteral("warnings"), tr("Repository warnings")))
    , m_suggestions(new QWidget)
    , m_suggestionLayout(new QVBoxLayout(m_suggestions))
    , m_suggestionNote(valueLabel(QStringLiteral("suggestion-note"), tr("Suggestion result")))
    , m_deriveTimer(new QTimer(this))
{
    setAccessibleName(tr("Repository files"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Scan status"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(80);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Scanning"));
    m_busy->setVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->setAccessibleName(tr("Cancel the scan"));
    m_cancel->setVisible(false);
    m_rescan->setObjectName(QStringLiteral("rescan"));
    m_rescan->setAccessibleName(tr("Scan the repository again"));
    m_rescan->setToolTip(tr("Read the card's folder again"));
    connect(m_cancel, &QPushButton::clicked, m_repo, &RepoWatcher::cancel);
    connect(m_rescan, &QPushButton::clicked, m_repo, &RepoWatcher::rescan);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_busy);
    top->addWidget(m_cancel);
    top->addWidget(m_rescan);

    auto *summary = new QWidget;
    auto *form = new QFormLayout(summary);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(new QLabel(tr("<b>What the Hub will show</b>")));
    form->addRow(tr("Tags from your card:"), m_fromCard);
    form->addRow(tr("Added by the Hub:"), m_addedByHub);
    form->addRow(tr("pipeline_tag:"), m_pipeline);
    form->addRow(tr("library_name:"), m_library);
    form->addRow(tr("Model size:"), m_size);
    m_suggestions->setObjectName(QStringLiteral("suggestions"));
    m_suggestions->setAccessibleName(tr("Suggestions"));
    m_suggestionLayout->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_suggestions);
    form->addRow(m_suggestionNote);
    m_suggestionNote->setVisible(false);
    form->addRow(m_warnings);
    auto *scroll = new QScrollArea;
    scroll->setWidget(summary);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Read with the keyboard: Tab stops here and the arrows scroll.
    scroll->setAccessibleName(tr("What the Hub will show"));

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(RepoFileModel::SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setItemDelegate(new FocusFrameDelegate(m_view));
    m_view->setObjectName(QStringLiteral("files"));
    // Tab goes on to the next control; the arrows move between cells (Tab would cycle them).
    m_view->setTabKeyNavigation(false);
    m_view->setAccessibleName(tr("Files of the repository"));
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RepoFileModel::PathColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(scroll);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    // Body edits only change the arxiv: tags: gathered, not on every keystroke.
    m_deriveTimer->setSingleShot(true);
    m_deriveTimer->setInterval(400);
    connect(m_deriveTimer, &QTimer::timeout, this, &RepoPanel::derive);
    connect(m_document, &CardDocument::reparsed, m_deriveTimer, qOverload<>(&QTimer::start));
    connect(m_document, &CardDocument::metadataChanged, this, &RepoPanel::derive);
    connect(m_repo, &RepoWatcher::scanStarted, this, &RepoPanel::showStatus);
    connect(m_repo, &RepoWatcher::progress, this, &RepoPanel::showProgress);
    connect(m_repo, &RepoWatcher::scanCancelled, this, &RepoPanel::showStatus);
    connect(m_repo, &RepoWatcher::scanned, this, &RepoPanel::scanned);
    scanned();
}

void RepoPanel::scanned()
{
    m_model->setScan(m_repo->scan());
    m_view->resizeColumnsToContents();
    // The path column takes what is left; long paths elide in the middle.
    m_view->setColumnWidth(RepoFileModel::PathColumn,
                           qMin(m_view->columnWidth(RepoFileModel::PathColumn), 260));
    showStatus();
    derive();
}

void RepoPanel::showProgress(int files)
{
    if (m_repo->isScanning()) {
        m_status->setText(tr("Scanning %1: %n file(s) so far", nullptr, files)
                              .arg(QDir::toNativeSeparators(m_repo->folder())));
    }
}

void RepoPanel::showStatus()
{
    const bool scanning = m_repo->isScanning();
    m_busy->setVisible(scanning);
    m_cancel->setVisible(scanning);
    m_rescan->setEnabled(!m_repo->folder().isEmpty());
    const RepoScan &scan = m_repo->scan();
    if (m_repo->folder().isEmpty()) {
        m_status->setText(tr("Untitled card: no repository. Save it as README.md in a model's "
                             "folder to see its files as the Hub will."));
    } else if (scanning) {
        showProgress(m_repo->filesListed());
    } else if (!m_repo->hasScan()) {
        m_status->setText(tr("Scan cancelled: %1 was not read. Rescan to try again.")
                              .arg(QDir::toNativeSeparators(m_repo->folder())));
    } else if (!scan.ok) {
        m_status->setText(scan.error);
    } else {
        QString text = tr("%n file(s), %1, in %2", nullptr, int(scan.files.size()))
                           .arg(RepoFileModel::sizeText(scan.totalSize()),
                                QDir::toNativeSeparators(scan.root));
        if (const int pointers = scan.lfsPointerCount()) {
            text += u' ' + tr("(%n not downloaded: LFS pointer(s))", nullptr, pointers);
        }
        m_status->setText(text);
    }
}

void RepoPanel::derive()
{
    m_deriveTimer->stop();
    const bool broken = m_document->hasYamlError();
    const YamlValue metadata = broken ? YamlValue() : m_document->metadata();
    const FrontMatter &fm = m_document->frontMatter();
    const QString body = fm.found ? m_document->text().mid(fm.bodyStart) : m_document->text();
    m_tags = HubTags::derive(m_repo->scan(), metadata, body);

    m_fromCard->setText(broken ? tr("unknown while the YAML has an error")
                               : listText(m_tags.fromCard));
    m_addedByHub->setText(listText(m_tags.addedByHub));
    const auto withSource = [](const QString &value, const QString &source, const QString &detail) {
        return detail.isEmpty() ? tr("%1 (from %2)").arg(value, source)
                                : tr("%1 (from %2: %3)").arg(value, source, detail);
    };
    using PS = HubTags::PipelineSource;
    using LS = HubTags::LibrarySource;
    m_pipeline->setText(m_tags.pipelineSource == PS::None ? tr("none: the model page shows no task")
                        : m_tags.pipelineSource == PS::Explicit
                            ? tr("%1 (set in the card)").arg(m_tags.pipelineTag)
                            : withSource(m_tags.pipelineTag,
                                         HubTags::sourceText(m_tags.pipelineSource),
                                         m_tags.pipelineDetail));
    m_library->setText(
        m_tags.librarySource == LS::None ? tr("none: the model page shows no library")
        : m_tags.librarySource == LS::Explicit
            ? tr("%1 (set in the card)").arg(m_tags.libraryName)
            : withSource(m_tags.libraryName, HubTags::sourceText(m_tags.librarySource),
                         m_tags.libraryDetail));
    const RepoScan &scan = m_repo->scan();
    QString size = m_tags.modelSize;
    if (size.isEmpty()) {
        size = scan.safetensorsUnread > 0
                   ? tr("unknown: %n safetensors file(s) could not be read (not downloaded or "
                        "unreadable)",
                        nullptr, scan.safetensorsUnread)
                   : tr("unknown: the Hub shows it for safetensors weights");
    } else if (scan.safetensorsUnread > 0) {
        size += u' ' +
                tr("(partial: %n safetensors file(s) not read)", nullptr, scan.safetensorsUnread);
    }
    m_size->setText(size);

    QStringList lines;
    for (const RepoWarning &w : scan.warnings) {
        if (lines.size() == maxWarningsShown) {
            lines << tr("\u2026 and %n more (see the files below)", nullptr,
                        int(scan.warnings.size()) - maxWarningsShown);
            break;
        }
        lines << QStringLiteral("\u26a0 ") + w.message;
    }
    for (const QString &note : std::as_const(m_tags.notes)) {
        lines << QStringLiteral("\u2139 ") + note;
    }
    m_warnings->setText(lines.join(u'\n'));
    // In the theme's red, picked when shown (a new scan follows a theme change too).
    QPalette warningPalette = m_warnings->palette();
    warningPalette.setColor(QPalette::WindowText,
                            DiagnosticMarks::color(Diagnostic::Severity::Error, palette()));
    m_warnings->setPalette(warningPalette);
    m_warnings->setVisible(!lines.isEmpty());
    showSuggestions();

    const bool inferred =
        m_tags.pipelineSource == PS::Architectures || m_tags.pipelineSource == PS::Tags;
    const QString id = inferred ? m_tags.pipelineTag : QString();
    const QString source = inferred ? HubTags::sourceText(m_tags.pipelineSource) : QString();
    const QString key = id + u'\n' + source;
    if (key != m_inferred) {
        m_inferred = key;
        emit inferredPipelineChanged(id, source);
    }
}

void RepoPanel::showSuggestions()
{
    while (QLayoutItem *item = m_suggestionLayout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            // Later: this may run from a click on one of these buttons. Unnamed now, so
            // findChild sees only the current suggestions.
            w->setObjectName(QString());
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    // With the YAML broken the card's keys are unknown, and no edit could be made.
    const YamlValue metadata = m_document->metadata();
    const bool editable =
        !m_document->hasYamlError() && (metadata.isNull() || metadata.isMapping());
    int shown = 0;
    for (const HubTags::Suggestion &s : std::as_const(m_tags.suggestions)) {
        if (!editable || (metadata.isMapping() && metadata.find(s.key))) {
            continue;
        }
        auto *button = new QPushButton(tr("Set %1: %2").arg(s.key, s.value));
        button->setObjectName(QStringLiteral("suggest-") + s.key);
        button->setToolTip(s.reason);
        button->setAccessibleName(tr("Set %1 to %2 in the card").arg(s.key, s.value));
        button->setAccessibleDescription(s.reason);
        connect(button, &QPushButton::clicked, this, [this, s] { apply(s); });
        m_suggestionLayout->addWidget(button, 0, Qt::AlignLeft);
        ++shown;
    }
    m_suggestions->setVisible(shown > 0);
}

void RepoPanel::apply(const HubTags::Suggestion &suggestion)
{
    m_suggestionNote->setVisible(false);
    const std::optional<YamlPath> path = YamlPath::parse(suggestion.key);
    if (!path) {
        return;
    }
    const CardDocument::EditResult result =
        m_document->set(*path, YamlValue::string(suggestion.value));
    if (!result.ok) {
        m_suggestionNote->setText(tr("%1 was not set: %2").arg(suggestion.key, result.message));
        m_suggestionNote->setVisible(true);
    }
}

} // namespace Cardigan
