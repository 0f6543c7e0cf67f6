#pragma once

#include "fileprompts.h"

#include <QCoreApplication>
#include <QPointer>
#include <QWidget>

namespace Cardigan {

// FilePrompts with QMessageBox, QFileDialog and ShowChangesDialog, parented to a window.
class DialogFilePrompts : public FilePrompts
{
    Q_DECLARE_TR_FUNCTIONS(Cardigan::DialogFilePrompts)

public:
    explicit DialogFilePrompts(QWidget *parent = nullptr);

    SaveChanges askSaveChanges(const QString &name) override;
    Conflict askReloadConflict(const QString &name) override;
    bool askOverwrite(const QString &name) override;
    bool askSaveElsewhere(const QString &message) override;
    bool askCreateReadme(const QString &folder) override;
    Recovery askRecover(const RecoveryStore::Entry &entry) override;
    QString getOpenPath(const QString &folder) override;
    QString getOpenFolder(const QString &folder) override;
    QString getSavePath(const QString &suggestedPath) override;
    void showError(const QString &title, const QString &message) override;
    void showChanges(const QString &title, const QString &unifiedDiff) override;

private:
    QPointer<QWidget> m_parent;
};

} // namespace Cardigan
