#pragma once

#include "fileprompts.h"

#include <QList>
#include <QStringList>

namespace Cardigan {

// Answers FileController's questions from a script and records what was asked.
class FakeFilePrompts : public FilePrompts
{
public:
    SaveChanges saveChanges = SaveChanges::Cancel;
    QList<Conflict> conflicts; ///< answered in order; KeepMine once used up
    bool overwrite = false;
    bool saveElsewhere = false;
    bool createReadme = false;
    QList<Recovery> recoveries; ///< answered in order; Later once used up
    QString openPath;
    QString openFolder;
    QStringList savePaths; ///< answered in order; cancelled once used up

    QStringList asked;  ///< "askSaveChanges", "askReloadConflict", ... in order
    QStringList errors; ///< messages of showError
    QStringList diffs;  ///< diffs of showChanges
    QString lastSuggestedPath;

    SaveChanges askSaveChanges(const QString &) override
    {
        asked << QStringLiteral("askSaveChanges");
        return saveChanges;
    }
    Conflict askReloadConflict(const QString &) override
    {
        asked << QStringLiteral("askReloadConflict");
        return conflicts.isEmpty() ? Conflict::KeepMine : conflicts.takeFirst();
    }
    bool askOverwrite(const QString &) override
    {
        asked << QStringLiteral("askOverwrite");
        return overwrite;
    }
    bool askSaveElsewhere(const QString &message) override
    {
        asked << QStringLiteral("askSaveElsewhere");
        errors << message;
        return saveElsewhere;
    }
    bool askCreateReadme(const QString &) override
    {
        asked << QStringLiteral("askCreateReadme");
        return createReadme;
    }
    Recovery askRecover(const RecoveryStore::Entry &) override
    {
        asked << QStringLiteral("askRecover");
        return recoveries.isEmpty() ? Recovery::Later : recoveries.takeFirst();
    }
    QString getOpenPath(const QString &) override
    {
        asked << QStringLiteral("getOpenPath");
        return openPath;
    }
    QString getOpenFolder(const QString &) override
    {
        asked << QStringLiteral("getOpenFolder");
        return openFolder;
    }
    QString getSavePath(const QString &suggestedPath) override
    {
        asked << QStringLiteral("getSavePath");
        lastSuggestedPath = suggestedPath;
        return savePaths.isEmpty() ? QString() : savePaths.takeFirst();
    }
    void showError(const QString &, const QString &message) override
    {
        asked << QStringLiteral("showError");
        errors << message;
    }
    void showChanges(const QString &, const QString &unifiedDiff) override
    {
        asked << QStringLiteral("showChanges");
        diffs << unifiedDiff;
    }
};

} // namespace Cardigan
