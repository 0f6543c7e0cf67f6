#pragma once

#include "fileprompts.h"
#include "recoverystore.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QAction;
class QMenu;
class QMimeData;
class QWidget;

namespace Cardigan {

class AutosaveController;
class CardDocument;
class ExternalChangeWatcher;
class RecentFiles;

// Everything about the file behind one CardDocument: New, Open (a file, or a model's
// folder: its README.md), Save, Save As, Revert, recent files, drag and drop, asking
// before unsaved changes are lost, the window title, changes made on disk by other
// programs, and autosave to a RecoveryStore with recovery after a crash.
//
// Reloading a card that changed on disk (and Revert) is one undoable edit of the smallest
// run of whole lines that differ: Undo brings back what was there. Opening a card starts
// a fresh undo history.
//
// Every question goes through FilePrompts (dialogs by default), so tests answer them.
class FileController : public QObject
{
    Q_OBJECT

public:
    // @p window parents the dialogs (and this object); @p prompts defaults to dialogs;
    // @p recoveryFolder to RecoveryStore::defaultFolder().
    FileController(CardDocument *document, QWidget *window,
                   std::unique_ptr<FilePrompts> prompts = {},
                   const QString &recoveryFolder = QString());
    ~FileController() override;

    CardDocument *document() const { return m_document; }
    // The card's file; empty for an untitled card.
    QString path() const { return m_path; }
    // "model/README.md", "card.md" or "Untitled".
    QString displayName() const;
    // For QWidget::setWindowTitle, with Qt's "[*]" placeholder for the modified mark.
    QString windowTitle() const;
    bool isModified() const;

    QAction *newAction() const { return m_newAction; }
    QAction *openAction() const { return m_openAction; }
    QAction *openFolderAction() const { return m_openFolderAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *saveAsAction() const { return m_saveAsAction; }
    QAction *revertAction() const { return m_revertAction; }
    QAction *showChangesAction() const { return m_showChangesAction; }
    // "Open Recent", kept filled; add it to the File menu with QMenu::addMenu.
    QMenu *recentFilesMenu() const { return m_recentMenu; }

    RecentFiles *recentFiles() const { return m_recent; }
    AutosaveController *autosave() const { return m_autosave.get(); }
    ExternalChangeWatcher *watcher() const { return m_watcher; }
    RecoveryStore *recoveryStore() { return &m_store; }

    // The text of a new card (New, or a folder without README.md); empty by default.
    void setNewCardTemplate(const QString &text) { m_template = text; }

    // Each returns whether it was done (false: cancelled, refused or failed, with the
    // user told why, and nothing written).
    bool newCard();
    bool open();
    bool openFolder();
    // A card file or a model folder, without a file dialog (command line, recent, drop).
    bool openPath(const QString &path);
    bool save();
    bool saveAs();
    bool revert();
    void showChanges();
    // Before the card is closed or replaced: true when nothing unsaved is lost (saved,
    // discarded or unmodified), false when the user cancelled or saving failed.
    bool maybeClose();
    // At startup: offers the cards a crashed session left unsaved; true if one was loaded.
    bool offerRecovery();

    // Drag and drop: the first local .md file or folder in @p data.
    static QString droppedPath(const QMimeData *data);
    static bool canOpen(const QMimeData *data) { return !droppedPath(data).isEmpty(); }
    bool openDropped(const QMimeData *data);

signals:
    void titleChanged(const QString &title);
    // Also after opening or reloading, which QTextDocument::modificationChanged misses.
    void modifiedChanged(bool modified);
    void pathChanged(const QString &path);
    // The document was loaded anew (open, new, recovery): no undo history.
    void documentLoaded();
    void saved(const QString &path);
    // A short message for the status bar.
    void notice(const QString &message);

private:
    void createActions();
    bool openFile(const QString &path);
    bool openFolderPath(const QString &folder);
    bool saveTo(const QString &path, bool checkDisk);
    void load(const QString &path, const QString &text, bool bom);
    void setPath(const QString &path);
    void replaceText(const QString &text, bool bom);
    void markSynced(const QString &text, bool bom);
    void onDiskChanged();
    void handleDiskChange();
    void onDiskRemoved();
    void updateState();
    QString startFolder() const;
    QString diskDiff(const QString &diskText) const;

    CardDocument *m_document = nullptr;
    QPointer<QWidget> m_window;
    std::unique_ptr<FilePrompts> m_prompts;
    RecoveryStore m_store;
    // Declared after m_store: destroyed before it.
    std::unique_ptr<AutosaveController> m_autosave;
    ExternalChangeWatcher *m_watcher = nullptr;
    RecentFiles *m_recent = nullptr;
    QMenu *m_recentMenu = nullptr;
    std::unique_ptr<QMenu> m_ownedRecentMenu; ///< when there is no window to parent it
    QString m_path;
    QString m_template;
    bool m_handlingDiskChange = false;
    bool m_diskChangePending = false;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_showChangesAction = nullptr;
};

} // namespace Cardigan
