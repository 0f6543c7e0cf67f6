#include "dialogfileprompts.h"

#include "showchangesdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace Cardigan {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

DialogFilePrompts::DialogFilePrompts(QWidget *parent)
    : m_parent(parent)
{}

FilePrompts::SaveChanges DialogFilePrompts::askSaveChanges(const QString &name)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Save the changes to %1 before closing it?").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_parent);
    box.setInformativeText(tr("Your changes are lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return SaveChanges::Save;
    case QMessageBox::Discard:
        return SaveChanges::Discard;
    default:
        return SaveChanges::Cancel;
    }
}

FilePrompts::Conflict DialogFilePrompts::askReloadConflict(const QString &name)
{
    QMessageBox box(
        QMessageBox::Warning, tr("File Changed on Disk"),
        tr("%1 was changed by another program, and you have unsaved changes here.").arg(name),
        QMessageBox::NoButton, m_parent);
    box.setInformativeText(tr("Reload the file from disk (your changes here are lost, though "
                              "Undo brings them back), or keep your version?"));
    QPushButton *reload = box.addButton(tr("&Reload from Disk"), QMessageBox::DestructiveRole);
    QPushButton *show = box.addButton(tr("&Show Changes"), QMessageBox::ActionRole);
    QPushButton *keep = box.addButton(tr("&Keep My Version"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == reload) {
        return Conflict::Reload;
    }
    if (box.clickedButton() == show) {
        return Conflict::ShowChanges;
    }
    return Conflict::KeepMine;
}

bool DialogFilePrompts::askOverwrite(const QString &name)
{
    QMessageBox box(QMessageBox::Warning, tr("File Changed on Disk"),
                    tr("%1 was changed by another program since you opened it.").arg(name),
                    QMessageBox::Cancel, m_parent);
    box.setInformativeText(tr("Saving replaces those changes with your version."));
    QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == overwrite;
}

bool DialogFilePrompts::askSaveElsewhere(const QString &message)
{
    QMessageBox box(QMessageBox::Critical, tr("Cannot Save"), message, QMessageBox::Cancel,
                    m_parent);
    box.setInformativeText(tr("Nothing was written. Save the card somewhere else?"));
    QPushButton *saveAs = box.addButton(tr("Save &As\u2026"), QMessageBox::AcceptRole);
    box.setDefaultButton(saveAs);
    box.exec();
    return box.clickedButton() == saveAs;
}

bool DialogFilePrompts::askCreateReadme(const QString &folder)
{
    QMessageBox box(QMessageBox::Question, tr("No Model Card"),
                    tr("%1 has no README.md.").arg(native(folder)), QMessageBox::Cancel, m_parent);
    box.setInformativeText(tr("Start a new model card there? Nothing is written until you "
                              "save it."));
    QPushButton *create = box.addButton(tr("&New Card"), QMessageBox::AcceptRole);
    box.setDefaultButton(create);
    box.exec();
    return box.clickedButton() == create;
}

FilePrompts::Recovery DialogFilePrompts::askRecover(const RecoveryStore::Entry &entry)
{
    const QString name =
        entry.originalPath.isEmpty() ? tr("An untitled card") : native(entry.originalPath);
    const QString when =
        QLocale().toString(entry.time.toLocalTime(), QLocale::FormatType::ShortFormat);
    QMessageBox box(
        QMessageBox::Question, tr("Recover Unsaved Changes"),
        tr("%1 had unsaved changes when Cardigan stopped (last kept %2).").arg(name, when),
        QMessageBox::NoButton, m_parent);
    box.setInformativeText(tr("Recover them? The recovered card opens with the changes "
                              "unsaved, so you can compare before saving."));
    QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == recover) {
        return Recovery::Recover;
    }
    if (box.clickedButton() == discard) {
        return Recovery::Discard;
    }
    return Recovery::Later;
}

QString DialogFilePrompts::getOpenPath(const QString &folder)
{
    return QFileDialog::getOpenFileName(m_parent, tr("Open Model Card"), folder,
                                        tr("Markdown files (*.md);;All files (*)"));
}

QString DialogFilePrompts::getOpenFolder(const QString &folder)
{
    return QFileDialog::getExistingDirectory(m_parent, tr("Open Model Folder"), folder);
}

QString DialogFilePrompts::getSavePath(const QString &suggestedPath)
{
    return QFileDialog::getSaveFileName(m_parent, tr("Save Model Card As"), suggestedPath,
                                        tr("Markdown files (*.md);;All files (*)"));
}

void DialogFilePrompts::showError(const QString &title, const QString &message)
{
    QMessageBox::critical(m_parent, title, message);
}

void DialogFilePrompts::showChanges(const QString &title, const QString &unifiedDiff)
{
    ShowChangesDialog dialog(m_parent);
    dialog.setWindowTitle(title);
    dialog.setDiff(unifiedDiff);
    dialog.exec();
}

} // namespace Cardigan
