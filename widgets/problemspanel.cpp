#include "problemspanel.h"

#include "carddocument.h"
#include "focusframedelegate.h"
#include "lintscheduler.h"
#include "metadataform.h"
#include "problemsmodel.h"
#include "quickfixer.h"
#include "sourceeditor.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Cardigan {

namespace {

QString countsText(const ProblemsModel &model)
{
    const int errors = model.count(Diagnostic::Severity::Error);
    const int warnings = model.count(Diagnostic::Severity::Warning);
    const int infos = model.count(Diagnostic::Severity::Info);
    if (errors + warnings + infos == 0) {
        return ProblemsPanel::tr("No problems");
    }
    QStringList parts;
    parts << (errors == 1 ? ProblemsPanel::tr("1 error")
                          : ProblemsPanel::tr("%1 errors").arg(errors))
          << (warnings == 1 ? ProblemsPanel::tr("1 warning")
                            : ProblemsPanel::tr("%1 warnings").arg(warnings));
    if (infos > 0) {
        parts << (infos == 1 ? ProblemsPanel::tr("1 note")
                             : ProblemsPanel::tr("%1 notes").arg(infos));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

ProblemsPanel::ProblemsPanel(CardDocument *document, SourceEditor *editor, MetadataForm *form,
                             QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_editor(editor)
    , m_form(form)
    , m_scheduler(new LintScheduler(document, this))
    , m_fixer(new QuickFixer(document, m_scheduler, this))
    , m_model(new ProblemsModel(this))
    , m_view(new QTreeView(this))
    , m_counts(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_fix(new QToolButton(this))
    , m_fixAll(new QToolButton(this))
    , m_statusButton(new QToolButton)
{
    setAccessibleName(tr("Problems"));
    auto *title = new QLabel(tr("<b>Problems</b>"), this);
    m_counts->setObjectName(QStringLiteral("counts"));
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setForegroundRole(QPalette::PlaceholderText);
    m_fix->setObjectName(QStringLiteral("fix"));
    m_fix->setText(tr("&Fix"));
    m_fix->setAccessibleName(tr("Apply the quick fix of the selected problem"));
    m_fixAll->setObjectName(QStringLiteral("fixAll"));
    m_fixAll->setText(tr("Fix &All of This Kind"));
    m_fixAll->setAccessibleName(tr("Apply the quick fixes of every problem of this kind"));
    connect(m_fix, &QToolButton::clicked, this, &ProblemsPanel::fixCurrent);
    connect(m_fixAll, &QToolButton::clicked, this, &ProblemsPanel::fixAllOfCurrentKind);

    m_view->setObjectName(QStringLiteral("problems"));
    m_view->setAccessibleName(tr("Problems list"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new FocusFrameDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ProblemsModel::CodeColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ProblemsModel::PlaceColumn,
                                           QHeaderView::ResizeToContents);
    // A click, or Return (activated), takes the user to the place in the source.
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &i) { goTo(i.row()); });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &i) { goTo(i.row()); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &ProblemsPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProblemsPanel::updateButtons);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 2, 2, 2);
    header->setSpacing(10);
    header->addWidget(title);
    header->addWidget(m_counts);
    header->addWidget(m_notice, 1);
    header->addWidget(m_fix);
    header->addWidget(m_fixAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);

    m_statusButton->setObjectName(QStringLiteral("problemsStatus"));
    m_statusButton->setAutoRaise(true);
    m_statusButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_statusButton->setToolTip(tr("Show the problems panel"));
    connect(m_statusButton, &QToolButton::clicked, this, &ProblemsPanel::showRequested);
    // Owned by the panel even while the status bar shows it.
    connect(this, &QObject::destroyed, m_statusButton, &QObject::deleteLater);

    connect(m_scheduler, &LintScheduler::linted, this, &ProblemsPanel::showDiagnostics);
    connect(editor, &SourceEditor::fixRequested, m_fixer, &QuickFixer::apply);
    connect(m_fixer, &QuickFixer::notice, this, [this](const QString &message) {
        m_notice->setText(message);
        m_notice->setToolTip(message);
        emit notice(message);
    });
    // The notice belongs to the fix: the next edit of the text makes it old news.
    connect(document, &CardDocument::reparsed, this, [this] {
        if (!m_scheduler->isCurrent()) {
            m_notice->clear();
        }
    });
    showDiagnostics({});
}

void ProblemsPanel::setFolder(const QString &folder)
{
    m_scheduler->setFolder(folder);
}

void ProblemsPanel::lintNow()
{
    m_scheduler->lintNow();
}

void ProblemsPanel::showDiagnostics(const QList<Diagnostic> &diagnostics)
{
    // The selection survives a re-lint when the same finding is still there.
    const int row = currentRow();
    const QString code = row >= 0 ? m_model->diagnostic(row).code : QString();
    const int line = row >= 0 ? m_model->diagnostic(row).line : 0;
    m_model->setDiagnostics(diagnostics);
    for (int i = 0; row >= 0 && i < diagnostics.size(); ++i) {
        if (diagnostics[i].code == code && diagnostics[i].line == line) {
            m_view->setCurrentIndex(m_model->index(i, 0));
            break;
        }
    }
    m_editor->setDiagnostics(diagnostics);
    if (m_form) {
        m_form->setDiagnostics(diagnostics);
    }
    const QString counts = countsText(*m_model);
    m_counts->setText(counts);
    m_statusButton->setText(counts);
    const Diagnostic::Severity worst =
        m_model->count(Diagnostic::Severity::Error) > 0     ? Diagnostic::Severity::Error
        : m_model->count(Diagnostic::Severity::Warning) > 0 ? Diagnostic::Severity::Warning
                                                            : Diagnostic::Severity::Info;
    m_statusButton->setIcon(diagnostics.isEmpty() ? QIcon() : ProblemsModel::severityIcon(worst));
    m_statusButton->setAccessibleName(tr("Problems: %1").arg(counts));
    updateButtons();
}

int ProblemsPanel::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ProblemsPanel::goTo(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return;
    }
    const Diagnostic &d = m_model->diagnostic(row);
    m_editor->goToLine(d.line, d.column);
    m_editor->setFocus(Qt::OtherFocusReason);
}

void ProblemsPanel::updateButtons()
{
    const int row = currentRow();
    const bool fixable = row >= 0 && m_model->diagnostic(row).fix.has_value();
    m_fix->setEnabled(fixable);
    m_fix->setToolTip(fixable ? m_model->diagnostic(row).fix->description
                              : tr("Select a problem that has a quick fix"));
    const int kind = row >= 0 ? m_fixer->fixableCount(m_model->diagnostic(row).code) : 0;
    m_fixAll->setEnabled(kind > 1);
    m_fixAll->setToolTip(kind > 1 ? tr("Fix all %1 problems of kind %2 as one undo step")
                                        .arg(kind)
                                        .arg(m_model->diagnostic(row).code)
                                  : QString());
}

void ProblemsPanel::fixCurrent()
{
    const int row = currentRow();
    if (row >= 0 && m_model->diagnostic(row).fix) {
        const Diagnostic d = m_model->diagnostic(row); // the model is reset by the fix
        m_fixer->apply(d);
    }
}

void ProblemsPanel::fixAllOfCurrentKind()
{
    const int row = currentRow();
    if (row >= 0) {
        const QString code = m_model->diagnostic(row).code;
        m_fixer->applyAll(code);
    }
}

void ProblemsPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid()) {
        return;
    }
    m_view->setCurrentIndex(index);
    const Diagnostic d = m_model->diagnostic(index.row());
    QMenu menu(this);
    if (d.fix) {
        menu.addAction(tr("Fix: %1").arg(d.fix->description), this, &ProblemsPanel::fixCurrent);
    }
    const int kind = m_fixer->fixableCount(d.code);
    if (kind > 1) {
        menu.addAction(tr("Fix All %1 of Kind %2").arg(kind).arg(d.code), this,
                       &ProblemsPanel::fixAllOfCurrentKind);
    }
    if (!menu.isEmpty()) {
        menu.addSeparator();
    }
    const int row = index.row();
    menu.addAction(tr("Go to Line %1").arg(d.line), this, [this, row] { goTo(row); });
    menu.addAction(tr("Copy Message"), this, [d] {
        QApplication::clipboard()->setText(
            QStringLiteral("%1:%2: %3 [%4]").arg(d.line).arg(d.column).arg(d.message, d.code));
    });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace Cardigan
