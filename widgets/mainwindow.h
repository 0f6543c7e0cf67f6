#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;

namespace Cardigan {

class CardDocument;
class CompletenessView;
class EvalResultsEditor;
class FileController;
class FilePrompts;
class MetadataForm;
class MetadataView;
class PreferencesDialog;
class PreviewScheduler;
class PreviewView;
class ProblemsPanel;
class RepoPanel;
class RepoWatcher;
class SourcePane;
class WidgetExampleEditor;
class WidgetPreview;

/**
 * The editor window: metadata | source | preview in a splitter, the menus, and the
 * wiring between them. It lays out and connects; the work is done by CardDocument,
 * FileController, SourcePane, PreviewScheduler and PreviewView.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// @p prompts and @p recoveryFolder are for tests (dialogs and the user's folder).
    explicit MainWindow(std::unique_ptr<FilePrompts> prompts = {},
                        const QString &recoveryFolder = QString(), QWidget *parent = nullptr);
    ~MainWindow() override;

    CardDocument *document() const { return m_document; }
    FileController *files() const { return m_files; }
    SourcePane *sourcePane() const { return m_source; }
    PreviewView *preview() const { return m_preview; }
    /// The inference widget preview, in a tab beside the preview.
    WidgetPreview *widgetPreview() const { return m_widgetPreview; }
    MetadataView *metadataView() const { return m_metadata; }
    MetadataForm *metadataForm() const { return m_form; }
    EvalResultsEditor *evaluationEditor() const { return m_evaluation; }
    WidgetExampleEditor *widgetExamples() const { return m_examples; }
    /// The card's repository: the latest scan of its folder (see RepoWatcher).
    RepoWatcher *repo() const { return m_repo; }
    RepoPanel *repoPanel() const { return m_repoPanel; }
    QAction *paneAction(int pane) const { return m_paneActions[pane]; }
    /// The diagnostics under the source, and the View menu's toggle for them.
    ProblemsPanel *problemsPanel() const { return m_problems; }
    QAction *problemsAction() const { return m_problemsAction; }
    /// The recommended metadata and sections, in a tab beside the problems.
    CompletenessView *completenessView() const { return m_completeness; }
    QAction *completenessAction() const { return m_completenessAction; }
    QAction *newFromTemplateAction() const { return m_newFromTemplate; }

    /// The bundled example card, as an untitled copy.
    void openExample();
    /// File > New from Template: an untitled card with the Hub's template sections, the
    /// completeness view shown. False when the user kept the current card.
    bool newFromTemplate();

    enum Pane { MetadataPane, SourcePaneIndex, PreviewPane, PaneCount };

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void restoreLayout();
    void saveLayout() const;
    void cardPathChanged(const QString &path);
    void showYamlError(const QString &message, int line, int column);

    CardDocument *m_document = nullptr;
    FileController *m_files = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_metadataTabs = nullptr;
    MetadataForm *m_form = nullptr;
    EvalResultsEditor *m_evaluation = nullptr;
    WidgetExampleEditor *m_examples = nullptr;
    MetadataView *m_metadata = nullptr;
    RepoWatcher *m_repo = nullptr;
    RepoPanel *m_repoPanel = nullptr;
    SourcePane *m_source = nullptr;
    QSplitter *m_middle = nullptr; // the source over the problems
    ProblemsPanel *m_problems = nullptr;
    QAction *m_problemsAction = nullptr;
    QTabWidget *m_bottomTabs = nullptr; // Problems | Completeness
    CompletenessView *m_completeness = nullptr;
    QAction *m_completenessAction = nullptr;
    QAction *m_newFromTemplate = nullptr;
    PreviewView *m_preview = nullptr;
    QTabWidget *m_rightTabs = nullptr; // Preview | Widget
    WidgetPreview *m_widgetPreview = nullptr;
    PreviewScheduler *m_scheduler = nullptr;
    QLabel *m_yamlStatus = nullptr;
    QAction *m_paneActions[PaneCount] = {};
    QAction *m_remoteImages = nullptr;
    QPointer<PreferencesDialog> m_preferences;
};

} // namespace Cardigan
