#pragma once

#include "diagnostic.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;
class QTreeView;

namespace Cardigan {

class CardDocument;
class LintScheduler;
class MetadataForm;
class ProblemsModel;
class QuickFixer;
class SourceEditor;

// The problems panel: the card's diagnostics, linted again once the text settles, as a
// list with severity icons. A click (or Return) on a row puts the source cursor there;
// quick fixes come from the row's context menu and the Fix buttons. It also feeds the
// source editor's squiggles and the form's marks, and gives the window a status-bar
// summary (statusButton) that shows the panel when clicked.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    // @p form may be null.
    ProblemsPanel(CardDocument *document, SourceEditor *editor, MetadataForm *form,
                  QWidget *parent = nullptr);

    LintScheduler *scheduler() const { return m_scheduler; }
    QuickFixer *fixer() const { return m_fixer; }
    ProblemsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // For the window's status bar: "2 errors, 1 warning"; a click asks for the panel.
    QToolButton *statusButton() const { return m_statusButton; }

    // The card's folder, for the checks of files it names.
    void setFolder(const QString &folder);

public slots:
    void lintNow();
    // The quick fix of the current row (Fix button), and all fixes of its kind.
    void fixCurrent();
    void fixAllOfCurrentKind();

signals:
    // The status button was clicked: the window should show the panel.
    void showRequested();
    // A fix was done or refused, for the status bar.
    void notice(const QString &message);

private:
    void showDiagnostics(const QList<Diagnostic> &diagnostics);
    void goTo(int row);
    void updateButtons();
    void showContextMenu(const QPoint &pos);
    int currentRow() const;

    QPointer<CardDocument> m_document;
    SourceEditor *m_editor;
    QPointer<MetadataForm> m_form;
    LintScheduler *m_scheduler;
    QuickFixer *m_fixer;
    ProblemsModel *m_model;
    QTreeView *m_view;
    QLabel *m_counts;
    QLabel *m_notice;
    QToolButton *m_fix;
    QToolButton *m_fixAll;
    QToolButton *m_statusButton;
};

} // namespace Cardigan
