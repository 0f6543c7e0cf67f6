#include "mainwindow.h"

#include "aboutdialog.h"
#include "appsettings.h"
#include "carddocument.h"
#include "cardfile.h"
#include "cardsections.h"
#include "completenessview.h"
#include "evalresultseditor.h"
#include "fieldfocus.h"
#include "filecontroller.h"
#include "metadataform.h"
#include "metadataview.h"
#include "panefocus.h"
#include "preferencesdialog.h"
#include "previewscheduler.h"
#include "previewview.h"
#include "problemspanel.h"
#include "repopanel.h"
#include "repowatcher.h"
#include "shortcutsdialog.h"
#include "sourceeditor.h"
#include "sourcepane.h"
#include "teardown.h"
#include "thememanager.h"
#include "widgetexampleeditor.h"
#include "widgetpreview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QToolButton>

namespace Cardigan {

MainWindow::MainWindow(std::unique_ptr<FilePrompts> prompts, const QString &recoveryFolder,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_document(new CardDocument(this))
{
    // The theme first: widgets made after it start with its palette (a later change reaches
    // them by posted events, after code that reads their colours may have run).
    ThemeManager *theme = ThemeManager::instance();
    m_files = new FileController(m_document, this, std::move(prompts), recoveryFolder);

    // The form edits; the tree shows everything the Hub reads, nested values included.
    // Each tab widget is made before its pages: Tab meets its tabs first, as they are shown.
    m_metadataTabs = new QTabWidget(this);
    m_form = new MetadataForm(m_document, this);
    m_metadata = new MetadataView(m_document, this);
    m_metadataTabs->setDocumentMode(true);
    m_metadataTabs->addTab(m_form, tr("Form"));
    m_metadataTabs->addTab(m_metadata, tr("All Metadata"));
    m_evaluation = new EvalResultsEditor(m_document, this);
    m_metadataTabs->addTab(m_evaluation, tr("Evaluation"));
    m_examples = new WidgetExampleEditor(m_document, this);
    m_metadataTabs->addTab(m_examples, tr("Examples"));
    // The card's folder as the Hub will see it; scanned off the GUI thread.
    m_repo = new RepoWatcher(this);
    m_repoPanel = new RepoPanel(m_document, m_repo, this);
    m_metadataTabs->addTab(m_repoPanel, tr("Files"));
    PaneFocus::setUpTabs(m_metadataTabs, tr("Metadata"));
    connect(m_repoPanel, &RepoPanel::inferredPipelineChanged, m_form,
            &MetadataForm::setInferredPipeline);
    m_source = new SourcePane(this);
    // Made before the preview: Tab goes from the source to its problems, then to the right.
    m_problems = new ProblemsPanel(m_document, m_source->editor(), m_form, this);
    // Under the source, so the checklist stays in view while its links fill in the form.
    m_bottomTabs = new QTabWidget(this);
    m_completeness = new CompletenessView(m_document, m_source->editor(), this);
    // The right pane: the rendered card, and the inference widget as the Hub would show it.
    m_rightTabs = new QTabWidget(this);
    m_preview = new PreviewView(this);
    m_widgetPreview = new WidgetPreview(m_document, this);
    m_rightTabs->setDocumentMode(true);
    m_rightTabs->addTab(m_preview, tr("Preview"));
    m_rightTabs->addTab(m_widgetPreview, tr("Widget"));
    PaneFocus::setUpTabs(m_rightTabs, tr("Preview"));
    m_scheduler = new PreviewScheduler(m_document, this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_metadataTabs);
    // The middle: the source over its problems panel.
    m_middle = new QSplitter(Qt::Vertical, this);
    m_middle->setChildrenCollapsible(false);
    m_middle->addWidget(m_source);
    m_bottomTabs->setDocumentMode(true);
    m_bottomTabs->addTab(m_problems, tr("Problems"));
    m_bottomTabs->addTab(m_completeness, tr("Completeness"));
    m_middle->addWidget(m_bottomTabs);
    m_middle->setStretchFactor(0, 5);
    m_middle->setStretchFactor(1, 1);
    m_splitter->addWidget(m_middle);
    m_splitter->addWidget(m_rightTabs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 4);
    setCentralWidget(m_splitter);

    m_yamlStatus = new QLabel(this);
    m_yamlStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_yamlStatus, 1);
    statusBar()->addPermanentWidget(m_problems->statusButton());
    connect(m_problems, &ProblemsPanel::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    // Connected before the card is attached: a card may arrive with a YAML error.
    connect(m_source->editor(), &SourceEditor::yamlErrorChanged, this, &MainWindow::showYamlError);
    m_source->setCardDocument(m_document);
    connect(m_evaluation, &EvalResultsEditor::showInSource, this, [this](int line) {
        m_paneActions[SourcePaneIndex]->setChecked(true);
        m_source->editor()->goToLine(line);
        m_source->editor()->setFocus();
    });
    connect(m_completeness, &CompletenessView::metadataRequested, this, [this](const QString &key) {
        m_paneActions[MetadataPane]->setChecked(true);
        const bool eval = key == QLatin1String("model-index");
        FieldFocus::show(m_metadataTabs, eval ? static_cast<QWidget *>(m_evaluation) : m_form,
                         eval ? QStringList{QStringLiteral("add-eval"), QStringLiteral("results")}
                              : QStringList{key});
    });
    connect(m_form, &MetadataForm::showInSource, this, [this](int line) {
        m_paneActions[SourcePaneIndex]->setChecked(true);
        m_source->editor()->goToLine(line);
        m_source->editor()->setFocus();
    });
    connect(m_examples, &WidgetExampleEditor::showInSource, this, [this](int line) {
        m_paneActions[SourcePaneIndex]->setChecked(true);
        m_source->editor()->goToLine(line);
        m_source->editor()->setFocus();
    });

    connect(m_scheduler, &PreviewScheduler::rendered, m_preview, &PreviewView::setContent);
    // The example table and the widget preview show the same example.
    connect(m_examples, &WidgetExampleEditor::currentExampleChanged, m_widgetPreview,
            &WidgetPreview::showExample);
    connect(m_widgetPreview, &WidgetPreview::exampleChosen, m_examples,
            &WidgetExampleEditor::selectExample);
    // A card without pipeline_tag gets the widget of the task inferred from the repository.
    connect(m_repoPanel, &RepoPanel::inferredPipelineChanged, m_widgetPreview,
            [this](const QString &id) { m_widgetPreview->setInferredPipeline(id); });
    connect(m_preview, &PreviewView::linkActivated, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    // Source and preview scroll together: the preview follows the editor's top line.
    connect(m_source->editor(), &SourceEditor::topLineChanged, this, [this](int line) {
        const int lines = std::max(1, m_document->textDocument()->blockCount() - 1);
        m_preview->scrollToFraction(double(line - 1) / lines);
    });
    connect(m_preview, &PreviewView::scrolledByUser, this, [this](double fraction) {
        const int lines = std::max(1, m_document->textDocument()->blockCount() - 1);
        m_source->editor()->scrollToLine(1 + int(fraction * lines));
    });

    connect(m_files, &FileController::titleChanged, this, &QWidget::setWindowTitle);
    connect(m_files, &FileController::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_files, &FileController::pathChanged, this, &MainWindow::cardPathChanged);
    connect(m_files, &FileController::documentLoaded, m_scheduler, &PreviewScheduler::renderNow);
    connect(m_files, &FileController::documentLoaded, m_problems, &ProblemsPanel::lintNow);
    connect(m_files, &FileController::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });

    // The preview's page follows the theme (light or dark) without reloading; the problems'
    // colours in the form are picked again once the widgets have the new palette.
    m_preview->setDarkTheme(theme->isDark());
    connect(theme, &ThemeManager::darkChanged, m_preview, &PreviewView::setDarkTheme);
    connect(theme, &ThemeManager::darkChanged, m_problems, &ProblemsPanel::lintNow,
            Qt::QueuedConnection);

    createMenus();
    setAcceptDrops(true);
    setWindowTitle(m_files->windowTitle());
    restoreLayout();
    cardPathChanged(m_files->path());
    // The source is where typing goes when the window opens.
    m_source->editor()->setFocus();
}

MainWindow::~MainWindow()
{
    disconnectDescendants(this);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_files->newAction());
    m_newFromTemplate =
        file->addAction(tr("New from &Template\u2026"), this, &MainWindow::newFromTemplate);
    m_newFromTemplate->setStatusTip(tr("Start a card with the sections the Hub recommends"));
    file->addAction(m_files->openAction());
    file->addAction(m_files->openFolderAction());
    file->addMenu(m_files->recentFilesMenu());
    file->addSeparator();
    file->addAction(m_files->saveAction());
    file->addAction(m_files->saveAsAction());
    file->addAction(m_files->revertAction());
    file->addAction(m_files->showChangesAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QTextDocument *doc = m_document->textDocument();
    QAction *undo = edit->addAction(tr("&Undo"), doc, qOverload<>(&QTextDocument::undo));
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(false);
    connect(doc, &QTextDocument::undoAvailable, undo, &QAction::setEnabled);
    QAction *redo = edit->addAction(tr("&Redo"), doc, qOverload<>(&QTextDocument::redo));
    redo->setShortcut(QKeySequence::Redo);
    redo->setEnabled(false);
    connect(doc, &QTextDocument::redoAvailable, redo, &QAction::setEnabled);
    edit->addSeparator();
    for (QAction *a :
         {m_source->findAction(), m_source->replaceAction(), m_source->findNextAction(),
          m_source->findPreviousAction(), m_source->goToLineAction()}) {
        a->setShortcutContext(Qt::WindowShortcut);
        edit->addAction(a);
    }
    // The fixes at the source cursor, or the selected problem's while the list has the focus.
    QAction *quickFix = edit->addAction(tr("&Quick Fix"), this, [this] {
        if (m_problems->isAncestorOf(QApplication::focusWidget())) {
            m_problems->fixCurrent();
        } else {
            m_source->editor()->setFocus();
            m_source->editor()->showQuickFixes();
        }
    });
    quickFix->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        if (!m_preferences) {
            m_preferences = new PreferencesDialog(this);
        }
        m_preferences->show();
        m_preferences->raise();
        m_preferences->activateWindow();
    });
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcut(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                 ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                 : QKeySequence(QKeySequence::Preferences));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QString names[PaneCount] = {tr("&Metadata"), tr("&Source"), tr("&Preview")};
    for (int i = 0; i < PaneCount; ++i) {
        QAction *a = view->addAction(names[i]);
        a->setCheckable(true);
        a->setChecked(true);
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::toggled, m_splitter->widget(i), &QWidget::setVisible);
        m_paneActions[i] = a;
    }
    m_problemsAction = view->addAction(tr("P&roblems"));
    m_problemsAction->setCheckable(true);
    m_problemsAction->setChecked(true);
    m_problemsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_completenessAction = view->addAction(tr("&Completeness"));
    m_completenessAction->setCheckable(true);
    // Each toggles its tab; with neither the tabs hide.
    const auto showTab = [this](QWidget *page, bool on) {
        m_bottomTabs->setTabVisible(m_bottomTabs->indexOf(page), on);
        if (on) {
            m_bottomTabs->setCurrentWidget(page);
        }
        m_bottomTabs->setVisible(m_problemsAction->isChecked() ||
                                 m_completenessAction->isChecked());
        // One panel alone needs no tab: it has its own title line.
        const bool both = m_problemsAction->isChecked() && m_completenessAction->isChecked();
        m_bottomTabs->tabBar()->setVisible(both);
        // The tab widget hands Tab to its tab bar: with the bar hidden that would keep the
        // focus where it was, so the tab widget is then no Tab stop at all.
        m_bottomTabs->setFocusPolicy(both ? Qt::TabFocus : Qt::NoFocus);
    };
    connect(m_problemsAction, &QAction::toggled, this,
            [this, showTab](bool on) { showTab(m_problems, on); });
    connect(m_completenessAction, &QAction::toggled, this,
            [this, showTab](bool on) { showTab(m_completeness, on); });
    showTab(m_completeness, false);
    connect(m_problems, &ProblemsPanel::showRequested, this, [this] {
        m_paneActions[SourcePaneIndex]->setChecked(true);
        m_problemsAction->setChecked(true);
        m_bottomTabs->setCurrentWidget(m_problems);
    });
    // The keyboard's way into each pane (Alt+1..3 above show and hide them).
    view->addSeparator();
    const auto show = [this](int pane) { m_paneActions[pane]->setChecked(true); };
    PaneFocus::addGoTo(view, tr("Go to M&etadata"), QKeySequence(Qt::CTRL | Qt::Key_1),
                       [this, show] {
                           show(MetadataPane);
                           return m_metadataTabs->currentWidget();
                       });
    PaneFocus::addGoTo(view, tr("Go to S&ource"), QKeySequence(Qt::CTRL | Qt::Key_2), [this, show] {
        show(SourcePaneIndex);
        return m_source->editor();
    });
    PaneFocus::addGoTo(view, tr("Go to Pre&view"), QKeySequence(Qt::CTRL | Qt::Key_3),
                       [this, show] {
                           show(PreviewPane);
                           return m_rightTabs->currentWidget();
                       });
    PaneFocus::addGoTo(view, tr("Go to Pro&blems"), QKeySequence(Qt::CTRL | Qt::Key_4),
                       [this, show] {
                           show(SourcePaneIndex);
                           m_problemsAction->setChecked(true);
                           m_bottomTabs->setCurrentWidget(m_problems);
                           return m_problems;
                       });
    view->addSeparator();
    m_remoteImages = view->addAction(tr("Load Remote &Images in the Preview"));
    m_remoteImages->setCheckable(true);
    m_remoteImages->setToolTip(tr("Off by default: the preview makes no network request."));
    connect(m_remoteImages, &QAction::toggled, this, [this](bool on) {
        m_preview->setAllowRemoteImages(on);
        m_widgetPreview->setAllowRemoteContent(on);
        m_scheduler->setAllowRemoteImages(on);
        m_scheduler->renderNow();
    });
    // One setting with the preferences dialog, both ways.
    connect(m_remoteImages, &QAction::toggled, AppSettings::instance(),
            &AppSettings::setRemoteImages);
    connect(AppSettings::instance(), &AppSettings::remoteImagesChanged, m_remoteImages,
            &QAction::setChecked);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(this);
        dialog.exec();
    });
    keys->setShortcut(QKeySequence(Qt::Key_F1));
    help->addAction(tr("&About Cardigan"), this, [this] { AboutDialog(this).exec(); })
        ->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::openExample()
{
    QFile example(QStringLiteral(":/example/README.md"));
    if (!example.open(QIODevice::ReadOnly)) {
        return;
    }
    const CardFile::ReadResult card = CardFile::decode(example.readAll());
    // An untitled copy: Save asks where, the bundled card is never written.
    m_files->setNewCardTemplate(card.text);
    m_files->newCard();
    m_files->setNewCardTemplate(QString());
}

bool MainWindow::newFromTemplate()
{
    // An untitled card like New: Save asks where, the template is never written.
    m_files->setNewCardTemplate(CardSections::templateText());
    const bool done = m_files->newCard();
    m_files->setNewCardTemplate(QString());
    if (done) {
        m_paneActions[SourcePaneIndex]->setChecked(true);
        m_completenessAction->setChecked(true);
        m_bottomTabs->setCurrentWidget(m_completeness);
        // Room for the checklist's missing items.
        const QList<int> sizes = m_middle->sizes();
        if (sizes.value(1) < 240) {
            m_middle->setSizes({sizes.value(0) + sizes.value(1) - 240, 240});
        }
    }
    return done;
}

void MainWindow::cardPathChanged(const QString &path)
{
    const QString folder = path.isEmpty() ? QString() : QFileInfo(path).absolutePath();
    m_preview->setCardFolder(folder);
    m_widgetPreview->setCardFolder(folder);
    m_form->setCardFolder(folder);
    m_evaluation->setCardPath(path);
    m_scheduler->setCardFolder(folder);
    m_scheduler->setRepoName(folder.isEmpty() ? tr("Untitled") : QFileInfo(folder).fileName());
    m_problems->setFolder(folder);
    m_examples->setRepoFolder(folder);
    m_repo->setFolder(folder);
    m_scheduler->renderNow();
}

void MainWindow::showYamlError(const QString &message, int line, int column)
{
    m_yamlStatus->setText(
        message.isEmpty()
            ? QString()
            : tr("YAML error at line %1, column %2: %3").arg(line).arg(column).arg(message));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!m_splitter->restoreState(
            settings.value(QStringLiteral("window/splitter")).toByteArray())) {
        resize(1280, 800);
        m_splitter->setSizes({400, 440, 440});
    }
    for (int i = 0; i < PaneCount; ++i) {
        m_paneActions[i]->setChecked(
            settings.value(QStringLiteral("window/pane%1").arg(i), true).toBool());
    }
    if (!m_middle->restoreState(settings.value(QStringLiteral("window/middle")).toByteArray())) {
        m_middle->setSizes({600, 140});
    }
    m_problemsAction->setChecked(settings.value(QStringLiteral("window/problems"), true).toBool());
    m_completenessAction->setChecked(
        settings.value(QStringLiteral("window/completeness"), false).toBool());
    m_remoteImages->setChecked(AppSettings::instance()->remoteImages());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    for (int i = 0; i < PaneCount; ++i) {
        settings.setValue(QStringLiteral("window/pane%1").arg(i), m_paneActions[i]->isChecked());
    }
    settings.setValue(QStringLiteral("window/middle"), m_middle->saveState());
    settings.setValue(QStringLiteral("window/problems"), m_problemsAction->isChecked());
    settings.setValue(QStringLiteral("window/completeness"), m_completenessAction->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeClose()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (FileController::canOpen(event->mimeData())) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (m_files->openDropped(event->mimeData())) {
        event->acceptProposedAction();
    }
}

} // namespace Cardigan
