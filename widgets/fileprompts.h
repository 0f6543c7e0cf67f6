#pragma once

#include "recoverystore.h"

#include <QString>

namespace Cardigan {

// Every question FileController asks the user, behind one interface: DialogFilePrompts
// asks with message boxes and file dialogs; tests answer with a script, no UI.
class FilePrompts
{
public:
    enum class SaveChanges { Save, Discard, Cancel };
    enum class Conflict { Reload, KeepMine, ShowChanges };
    enum class Recovery { Recover, Discard, Later };

    virtual ~FilePrompts() = default;

    // @p name has unsaved changes and is about to be closed.
    virtual SaveChanges askSaveChanges(const QString &name) = 0;
    // @p name changed on disk while it has unsaved changes here.
    virtual Conflict askReloadConflict(const QString &name) = 0;
    // @p name changed on disk since it was opened or saved: replace it anyway?
    virtual bool askOverwrite(const QString &name) = 0;
    // Saving failed (@p message says why): choose another place?
    virtual bool askSaveElsewhere(const QString &message) = 0;
    // @p folder has no README.md: start one there (written on the first save)?
    virtual bool askCreateReadme(const QString &folder) = 0;
    // A card was not saved when Cardigan last stopped: recover it?
    virtual Recovery askRecover(const RecoveryStore::Entry &entry) = 0;

    // Empty when cancelled. @p folder is where the dialog starts.
    virtual QString getOpenPath(const QString &folder) = 0;
    virtual QString getOpenFolder(const QString &folder) = 0;
    virtual QString getSavePath(const QString &suggestedPath) = 0;

    virtual void showError(const QString &title, const QString &message) = 0;
    // Shows a unified diff (LineDiff::unified) titled @p title.
    virtual void showChanges(const QString &title, const QString &unifiedDiff) = 0;
};

} // namespace Cardigan
