#include "evalresultseditor.h"

#include "focusframedelegate.h"
#include "metadatafollower.h"
#include "teardown.h"

#include "carddocument.h"
#include "evaldetail.h"
#include "evalresultsmodel.h"
#include "evalyaml.h"
#include "yamltree.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Cardigan {

namespace {

const QString ErrorLink = QStringLiteral("yaml-error");

// Expanding everything is handy until a card has very many metrics.
constexpr int ExpandAllUpTo = 40;

QToolButton *toolButton(const QString &name, const QString &text, const QString &tip)
{
    auto *b = new QToolButton;
    b->setObjectName(name);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(QString(text).remove(u'&'));
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

EvalResultsEditor::EvalResultsEditor(CardDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_banner(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_emptyPage(new QWidget)
    , m_mainPage(new QWidget)
    , m_addEval(new QPushButton(tr("&Add evaluation results")))
    , m_models(new QComboBox)
    , m_modelsLabel(new QLabel(tr("M&odel")))
    , m_name(new QLineEdit)
    , m_view(new QTreeView)
    , m_model(new EvalResultsModel(this))
    , m_addResult(toolButton(QStringLiteral("add-result"), tr("Add &result"),
                             tr("Add a result (a task on a dataset) as one complete entry")))
    , m_addMetric(toolButton(QStringLiteral("add-metric"), tr("Add me&tric"),
                             tr("Add a metric to the selected result")))
    , m_remove(toolButton(QStringLiteral("remove"), tr("Remo&ve"),
                          tr("Remove the selected result or metric")))
    , m_up(toolButton(QStringLiteral("up"), tr("\u2191"), tr("Move the selection up")))
    , m_down(toolButton(QStringLiteral("down"), tr("\u2193"), tr("Move the selection down")))
    , m_show(toolButton(QStringLiteral("show"), tr("Show in source"),
                        tr("Show the selected result or metric in the source")))
    , m_details(new QStackedWidget)
    , m_resultDetail(new EvalDetail(document, EvalDetail::Kind::Result))
    , m_metricDetail(new EvalDetail(document, EvalDetail::Kind::Metric))
    , m_noSelection(new QLabel(tr("Select a result or a metric to edit it.")))
{
    setAccessibleName(tr("Evaluation results"));
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setVisible(false);
    connect(m_banner, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == ErrorLink) {
            emit showInSource(m_document->yamlErrorLocation().line);
            return;
        }
        const auto path = YamlPath::parse(link);
        emit showInSource(EvalYaml::lineOf(*m_document, path ? *path : EvalYaml::path(-1)));
    });

    // A card without model-index: one button that writes a complete skeleton.
    auto *emptyText = new QLabel(tr("This card has no evaluation results (<tt>model-index</tt>). "
                                    "The Hub shows them on the model page and in leaderboards."));
    emptyText->setWordWrap(true);
    m_addEval->setObjectName(QStringLiteral("add-eval"));
    m_addEval->setToolTip(tr("Adds model-index with one result to fill in"));
    connect(m_addEval, &QPushButton::clicked, this, &EvalResultsEditor::addEvaluationResults);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(m_addEval, 0, Qt::AlignLeft);
    emptyLayout->addStretch(1);

    m_models->setObjectName(QStringLiteral("models"));
    m_models->setAccessibleName(tr("Model entry"));
    m_models->setToolTip(tr("The card lists several models; huggingface_hub reads the first"));
    m_modelsLabel->setBuddy(m_models);
    connect(m_models, &QComboBox::activated, this, &EvalResultsEditor::selectEntry);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Model name"));
    m_name->setPlaceholderText(tr("Required: the model's name"));
    m_name->setToolTip(QStringLiteral("model-index[].name"));
    connect(m_name, &QLineEdit::editingFinished, this, &EvalResultsEditor::commitName);
    auto *top = new QFormLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    top->addRow(m_modelsLabel, m_models);
    auto *nameLabel = new QLabel(tr("&Name"));
    nameLabel->setBuddy(m_name);
    top->addRow(nameLabel, m_name);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(2);
    m_up->setAccessibleName(tr("Move up"));
    m_down->setAccessibleName(tr("Move down"));
    for (QToolButton *b : {m_addResult, m_addMetric, m_remove, m_up, m_down, m_show}) {
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    connect(m_addResult, &QToolButton::clicked, this, &EvalResultsEditor::addResult);
    connect(m_addMetric, &QToolButton::clicked, this, &EvalResultsEditor::addMetric);
    connect(m_remove, &QToolButton::clicked, this, &EvalResultsEditor::removeCurrent);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_show, &QToolButton::clicked, this, [this] {
        emit showInSource(EvalYaml::lineOf(*m_document, m_model->path(m_view->currentIndex())));
    });

    m_view->setItemDelegate(new FocusFrameDelegate(m_view));
    m_view->setObjectName(QStringLiteral("results"));
    m_view->setAccessibleName(tr("Results and metrics"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    // Results often differ only at the end of their names ("... (en)", "... (de)").
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(EvalResultsModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(EvalResultsModel::ValueColumn,
                                           QHeaderView::ResizeToContents);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        refreshDetail();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first) {
                if (!parent.isValid()) {
                    m_view->expand(m_model->resultIndex(first));
                }
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        int metrics = 0;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            metrics += m_model->rowCount(m_model->resultIndex(r));
        }
        if (metrics <= ExpandAllUpTo) {
            m_view->expandAll();
        }
    });

    m_noSelection->setWordWrap(true);
    m_noSelection->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->addWidget(m_noSelection);
    m_details->addWidget(m_resultDetail);
    m_details->addWidget(m_metricDetail);
    for (EvalDetail *d : {m_resultDetail, m_metricDetail}) {
        connect(d, &EvalDetail::showInSource, this, &EvalResultsEditor::showInSource);
    }
    auto *detailScroll = new QScrollArea;
    detailScroll->setWidget(m_details);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own: the details are fields, and the area scrolls to them.
    detailScroll->setFocusPolicy(Qt::NoFocus);
    auto *split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->addWidget(m_view);
    split->addWidget(detailScroll);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *mainLayout = new QVBoxLayout(m_mainPage);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->addLayout(top);
    mainLayout->addLayout(buttons);
    mainLayout->addWidget(split, 1);

    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(m_mainPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);

    new MetadataFollower(document, this, [this] { refresh(); });
    refresh();
}

EvalResultsEditor::~EvalResultsEditor()
{
    disconnectDescendants(this);
}

void EvalResultsEditor::setCardPath(const QString &path)
{
    m_cardPath = path;
}

QString EvalResultsEditor::suggestedModelName() const
{
    if (!m_cardPath.isEmpty()) {
        const QString folder = QFileInfo(m_cardPath).absoluteDir().dirName();
        if (!folder.isEmpty()) {
            return folder;
        }
    }
    // The card's first heading, as the Hub's page shows it at the top.
    const QString &text = m_document->text();
    const qsizetype body =
        m_document->frontMatter().found ? m_document->frontMatter().bodyStart : 0;
    static const QRegularExpression heading(QStringLiteral("^#[ \\t]+(.+?)[ \\t#]*$"),
                                            QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = heading.match(text, body);
    if (m.hasMatch() && !m.captured(1).trimmed().isEmpty()) {
        return m.captured(1).trimmed();
    }
    return QStringLiteral("my-model");
}

void EvalResultsEditor::setBanner(const QString &message, const QString &path)
{
    m_bannerPath = path;
    if (message.isEmpty()) {
        m_banner->clear();
        m_banner->setVisible(false);
        return;
    }
    QString html = message.toHtmlEscaped();
    if (!path.isEmpty()) {
        html += QStringLiteral(" <a href=\"%1\">%2</a>")
                    .arg(path.toHtmlEscaped(), tr("Show in source"));
    }
    m_banner->setText(html);
    m_banner->setVisible(true);
}

void EvalResultsEditor::refresh()
{
    if (m_document->hasYamlError()) {
        // Keep what was shown: nothing is lost while the source is being fixed.
        m_hadError = true;
        m_pages->setEnabled(false);
        setBanner(tr("The YAML does not parse, so the evaluation results are read-only until "
                     "it does: %1.")
                      .arg(m_document->yaml().error.reason),
                  ErrorLink);
        return;
    }
    const YamlValue meta = m_document->metadata();
    const YamlValue *index = meta.isMapping() ? meta.find(QStringLiteral("model-index")) : nullptr;
    const int node = EvalYaml::nodeAt(*m_document, EvalYaml::path(-1));
    QString text = index ? QStringLiteral("+") : QString();
    if (node >= 0) {
        const YamlNode &n = m_document->yaml().tree.node(node);
        text +=
            m_document->text().mid(m_document->frontMatter().yamlStart + n.start, n.end - n.start);
    }
    const YamlValue value = index ? *index : YamlValue();
    if (m_seen && !m_hadError && text == m_lastText && value == m_lastValue) {
        return; // model-index is as it was: the selection and the open field stay
    }
    m_seen = true;
    m_hadError = false;
    m_lastText = text;
    m_lastValue = value;
    m_pages->setEnabled(true);
    rebuild();
}

void EvalResultsEditor::rebuild()
{
    const YamlValue meta = m_document->metadata();
    const YamlValue *index = meta.isMapping() ? meta.find(QStringLiteral("model-index")) : nullptr;
    const bool empty = !index || index->isNull() || (index->isSequence() && index->items().empty());
    m_pages->setCurrentWidget(empty ? m_emptyPage : m_mainPage);
    const QModelIndex current = m_view->currentIndex();
    const int oldResult = m_model->resultRow(current);
    const int oldMetric = m_model->metricRow(current);

    QString problem;
    QString problemPath = EvalYaml::path(-1).toString();
    const YamlTree &tree = m_document->yaml().tree;
    if (!empty) {
        problem = EvalYaml::ownProblem(tree, EvalYaml::nodeAt(*m_document, EvalYaml::path(-1)));
        if (problem.isEmpty() && !index->isSequence()) {
            problem = tr("it is %1, not a list of models").arg(EvalYaml::typeName(*index));
        }
    }
    const int entries = !empty && index->isSequence() ? int(index->items().size()) : 0;
    m_entry = std::clamp(m_entry, 0, std::max(0, entries - 1));
    {
        const QSignalBlocker blocker(m_models);
        m_models->clear();
        for (int i = 0; i < entries; ++i) {
            const YamlValue *name =
                EvalYaml::find(index->items()[size_t(i)], QStringLiteral("name"));
            m_models->addItem(tr("%1. %2").arg(i + 1).arg(
                name && name->isString() ? name->toString() : tr("(no name)")));
        }
        m_models->setCurrentIndex(m_entry);
    }
    m_models->setVisible(entries > 1);
    m_modelsLabel->setVisible(entries > 1);

    const YamlValue entry = entries > 0 ? index->items()[size_t(m_entry)] : YamlValue();
    if (problem.isEmpty() && entries > 0) {
        problemPath = EvalYaml::path(m_entry).toString();
        problem = EvalYaml::pathProblem(*m_document, EvalYaml::path(m_entry));
        if (problem.isEmpty() && !entry.isMapping()) {
            problem = tr("it is %1, not a mapping").arg(EvalYaml::typeName(entry));
        }
    }
    // The name: a one-line string, or read-only.
    const YamlValue *name = EvalYaml::find(entry, QStringLiteral("name"));
    QString nameProblem = problem;
    if (nameProblem.isEmpty() && name) {
        const int nameNode =
            EvalYaml::nodeAt(*m_document, EvalYaml::path(m_entry, -1, -1, QStringLiteral("name")));
        nameProblem =
            nameNode < 0 ? tr("it comes from a merge key") : EvalYaml::ownProblem(tree, nameNode);
        if (nameProblem.isEmpty() && (!name->isString() || name->toString().contains(u'\n'))) {
            nameProblem = tr("it is %1").arg(EvalYaml::typeName(*name));
        }
    }
    {
        const QSignalBlocker blocker(m_name);
        const QString text =
            name ? EvalYaml::displayText(
                       *m_document, EvalYaml::path(m_entry, -1, -1, QStringLiteral("name")), *name)
                 : QString();
        if (m_name->text() != text) {
            m_name->setText(text);
            m_name->setCursorPosition(0);
        }
        m_name->setModified(false);
        m_name->setReadOnly(!nameProblem.isEmpty());
        m_name->setToolTip(nameProblem.isEmpty() ? QStringLiteral("model-index[].name")
                                                 : tr("Read-only here: %1").arg(nameProblem));
    }

    const YamlValue *results = EvalYaml::find(entry, QStringLiteral("results"));
    if (problem.isEmpty() && results) {
        const YamlPath resultsPath =
            EvalYaml::child(EvalYaml::path(m_entry), QStringLiteral("results"));
        problemPath = resultsPath.toString();
        problem = EvalYaml::pathProblem(*m_document, resultsPath);
        if (problem.isEmpty() && !results->isSequence() && !results->isNull()) {
            problem = tr("results is %1, not a list").arg(EvalYaml::typeName(*results));
        }
    }
    m_readOnly = !empty && !problem.isEmpty();
    if (m_readOnly) {
        setBanner(tr("The evaluation results are read-only here: %1.").arg(problem), problemPath);
    } else if (!empty && entry.isMapping() && !results) {
        setBanner(tr("This model has no results yet: add one."), QString());
    } else {
        setBanner(QString(), QString());
    }

    m_model->update(*m_document, m_readOnly || empty ? -1 : m_entry);
    if (!m_view->currentIndex().isValid() && oldResult >= 0 && oldResult < m_model->rowCount()) {
        const int metrics = m_model->rowCount(m_model->resultIndex(oldResult));
        const QModelIndex restore =
            oldMetric >= 0 && metrics > 0
                ? m_model->metricIndex(oldResult, std::min(oldMetric, metrics - 1))
                : m_model->resultIndex(oldResult);
        m_view->setCurrentIndex(restore);
    }
    refreshDetail();
    updateButtons();
}

void EvalResultsEditor::refreshDetail()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->setCurrentWidget(m_noSelection);
        return;
    }
    const QString problem =
        current.siblingAtColumn(0).data(EvalResultsModel::ProblemRole).toString();
    EvalDetail *detail = m_model->isMetric(current) ? m_metricDetail : m_resultDetail;
    detail->showItem(m_model->path(current), problem);
    m_details->setCurrentWidget(detail);
}

void EvalResultsEditor::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const bool editable = !m_readOnly && m_pages->currentWidget() == m_mainPage;
    const QModelIndex result = m_model->resultIndex(m_model->resultRow(current));
    const bool resultOk =
        result.isValid() && result.data(EvalResultsModel::ProblemRole).toString().isEmpty();
    m_addResult->setEnabled(editable);
    m_addMetric->setEnabled(editable && resultOk);
    m_remove->setEnabled(
        editable && current.isValid() &&
        current.siblingAtColumn(0).data(EvalResultsModel::ProblemRole).toString().isEmpty());
    const int row = current.row();
    const int rows = current.isValid() ? m_model->rowCount(current.parent()) : 0;
    const bool movable = editable && current.isValid() &&
                         (m_model->isMetric(current) ? resultOk : m_model->rowCount() > 0);
    m_up->setEnabled(movable && row > 0);
    m_down->setEnabled(movable && row + 1 < rows);
    m_show->setEnabled(current.isValid());
}

void EvalResultsEditor::report(const QString &what, bool ok, const QString &message)
{
    if (!ok) {
        setBanner(tr("%1: not done: %2").arg(what, message), QString());
    }
}

void EvalResultsEditor::selectEntry(int entry)
{
    if (entry == m_entry) {
        return;
    }
    m_entry = entry;
    m_view->setCurrentIndex(QModelIndex());
    rebuild();
}

} // namespace Cardigan
