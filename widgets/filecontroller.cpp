#include "filecontroller.h"

#include "autosavecontroller.h"
#include "carddocument.h"
#include "cardfile.h"
#include "dialogfileprompts.h"
#include "externalchangewatcher.h"
#include "linediff.h"
#include "logging.h"
#include "recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenu>
#include <QMimeData>
#include <QTextDocument>
#include <QUrl>
#include <QWidget>

namespace Cardigan {

namespace {

const QLatin1String readmeName("README.md");

QString absolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

FileController::FileController(CardDocument *document, QWidget *window,
                               std::unique_ptr<FilePrompts> prompts, const QString &recoveryFolder)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_prompts(prompts ? std::move(prompts) : std::make_unique<DialogFilePrompts>(window))
    , m_store(recoveryFolder)
    , m_autosave(std::make_unique<AutosaveController>(document, &m_store))
    , m_watcher(new ExternalChangeWatcher(this))
    , m_recent(new RecentFiles(this))
{
    createActions();
    if (window) {
        m_recentMenu = new QMenu(tr("Open &Recent"), window);
    } else {
        m_ownedRecentMenu = std::make_unique<QMenu>(tr("Open &Recent"));
        m_recentMenu = m_ownedRecentMenu.get();
    }
    m_recent->attachMenu(m_recentMenu);
    connect(m_recent, &RecentFiles::openRequested, this, &FileController::openPath);

    connect(document->textDocument(), &QTextDocument::modificationChanged, this,
            &FileController::updateState);
    connect(m_watcher, &ExternalChangeWatcher::changed, this, &FileController::onDiskChanged);
    connect(m_watcher, &ExternalChangeWatcher::removed, this, &FileController::onDiskRemoved);
    connect(m_autosave.get(), &AutosaveController::failed, this, &FileController::notice);
    updateState();
}

FileController::~FileController() = default;

void FileController::createActions()
{
    const auto make = [this](const QString &text, const QKeySequence &shortcut,
                             bool (FileController::*slot)()) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newAction = make(tr("&New"), QKeySequence::New, &FileController::newCard);
    m_openAction = make(tr("&Open\u2026"), QKeySequence::Open, &FileController::open);
    m_openFolderAction = make(tr("Open &Folder\u2026"), QKeySequence(tr("Ctrl+Shift+O")),
                              &FileController::openFolder);
    m_saveAction = make(tr("&Save"), QKeySequence::Save, &FileController::save);
    m_saveAsAction = make(tr("Save &As\u2026"), QKeySequence::SaveAs, &FileController::saveAs);
    m_revertAction = make(tr("Re&vert to Saved"), QKeySequence(), &FileController::revert);
    m_showChangesAction = new QAction(tr("Show &Changes"), this);
    connect(m_showChangesAction, &QAction::triggered, this, &FileController::showChanges);
    m_newAction->setStatusTip(tr("Start a new model card"));
    m_openAction->setStatusTip(tr("Open a model card (README.md)"));
    m_openFolderAction->setStatusTip(tr("Open the README.md of a model's folder"));
    m_revertAction->setStatusTip(tr("Go back to the card as it is on disk (Undo restores)"));
    m_showChangesAction->setStatusTip(tr("Compare the card here with the file on disk"));
}

QString FileController::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : RecentFiles::displayName(m_path);
}

QString FileController::windowTitle() const
{
    return tr("%1[*] \u2014 Cardigan").arg(displayName());
}

bool FileController::isModified() const
{
    return m_document->textDocument()->isModified();
}

void FileController::updateState()
{
    const bool hasFile = !m_path.isEmpty();
    m_revertAction->setEnabled(hasFile);
    m_showChangesAction->setEnabled(hasFile);
    emit titleChanged(windowTitle());
    emit modifiedChanged(isModified());
}

void FileController::setPath(const QString &path)
{
    const QString clean = path.isEmpty() ? QString() : absolute(path);
    if (clean == m_path) {
        return;
    }
    m_path = clean;
    m_autosave->setCardPath(m_path);
    emit pathChanged(m_path);
}

QString FileController::startFolder() const
{
    if (!m_path.isEmpty()) {
        return QFileInfo(m_path).absolutePath();
    }
    const QStringList recent = m_recent->files();
    return recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
}

void FileController::load(const QString &path, const QString &text, bool bom)
{
    // Whatever this card had is closed now (the caller asked): its entry goes.
    m_autosave->discard();
    m_document->load(text, bom);
    setPath(path);
    m_watcher->watch(m_path);
    if (!m_path.isEmpty() && QFileInfo::exists(m_path)) {
        m_watcher->setKnownBytes(CardFile::encode(text, bom));
    }
    emit documentLoaded();
    updateState();
}

// ---- New, Open --------------------------------------------------------------------------

bool FileController::newCard()
{
    if (!maybeClose()) {
        return false;
    }
    load(QString(), m_template, false);
    return true;
}

bool FileController::open()
{
    const QString path = m_prompts->getOpenPath(startFolder());
    return !path.isEmpty() && openPath(path);
}

bool FileController::openFolder()
{
    const QString folder = m_prompts->getOpenFolder(startFolder());
    return !folder.isEmpty() && openPath(folder);
}

bool FileController::openPath(const QString &path)
{
    if (QFileInfo(path).isDir()) {
        return openFolderPath(path);
    }
    return openFile(path);
}

bool FileController::openFile(const QString &path)
{
    // Read first: a file that cannot be opened never costs the current card anything.
    const CardFile::ReadResult card = CardFile::read(path);
    if (!card.ok()) {
        m_prompts->showError(tr("Cannot Open Card"), card.message);
        if (card.error == CardFile::Error::NotFound) {
            m_recent->remove(path);
        }
        return false;
    }
    if (!maybeClose()) {
        return false;
    }
    load(path, card.text, card.bom);
    m_recent->add(m_path);
    qCDebug(lcIo) << "opened" << m_path;
    return true;
}

bool FileController::openFolderPath(const QString &folder)
{
    const QDir dir(folder);
    // Hub repos have README.md; a clone on a case-insensitive disk may say readme.md.
    QStringList readmes = dir.entryList({readmeName}, QDir::Files);
    if (readmes.contains(readmeName)) {
        readmes = {readmeName};
    }
    if (!readmes.isEmpty()) {
        return openFile(dir.filePath(readmes.first()));
    }
    if (!m_prompts->askCreateReadme(dir.absolutePath())) {
        return false;
    }
    if (!maybeClose()) {
        return false;
    }
    // Nothing is written until the user saves.
    load(dir.filePath(readmeName), m_template, false);
    return true;
}

QString FileController::droppedPath(const QMimeData *data)
{
    if (!data || !data->hasUrls()) {
        return {};
    }
    const QList<QUrl> urls = data->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile()) {
            continue;
        }
        const QFileInfo info(url.toLocalFile());
        const QString suffix = info.suffix().toLower();
        if (info.isDir() || (info.isFile() && (suffix == QLatin1String("md") ||
                                               suffix == QLatin1String("markdown")))) {
            return info.absoluteFilePath();
        }
    }
    return {};
}

bool FileController::openDropped(const QMimeData *data)
{
    const QString path = droppedPath(data);
    return !path.isEmpty() && openPath(path);
}

// ---- Save -------------------------------------------------------------------------------

bool FileController::save()
{
    if (m_path.isEmpty()) {
        return saveAs();
    }
    return saveTo(m_path, true);
}

bool FileController::saveAs()
{
    const QString suggested = m_path.isEmpty() ? QDir(startFolder()).filePath(readmeName) : m_path;
    QString path = m_prompts->getSavePath(suggested);
    if (path.isEmpty()) {
        return false;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1String(".md");
    }
    return saveTo(path, absolute(path) == m_path);
}

bool FileController::saveTo(const QString &path, bool checkDisk)
{
    // Another program changed the file and we have not reloaded: do not overwrite blindly.
    if (checkDisk && QFileInfo::exists(path) && m_watcher->diskDiffers() &&
        !m_prompts->askOverwrite(displayName())) {
        return false;
    }
    const QString text = m_document->text();
    const bool bom = m_document->hasBom();
    const CardFile::WriteResult result = CardFile::write(path, text, bom);
    if (!result.ok()) {
        if (m_prompts->askSaveElsewhere(result.message)) {
            return saveAs();
        }
        return false;
    }
    const bool moved = absolute(path) != m_path;
    setPath(path);
    if (moved) {
        m_watcher->watch(m_path);
    }
    markSynced(text, bom);
    m_recent->add(m_path);
    updateState();
    emit saved(m_path);
    emit notice(tr("Saved %1").arg(QDir::toNativeSeparators(m_path)));
    return true;
}

// The document holds exactly what the file holds: unmodified, no recovery entry, and the
// watcher knows these bytes (so the events of our own write are ignored).
void FileController::markSynced(const QString &text, bool bom)
{
    m_document->textDocument()->setModified(false);
    m_autosave->discard();
    m_watcher->setKnownBytes(CardFile::encode(text, bom));
}

// ---- Revert, reload, show changes -------------------------------------------------------

bool FileController::revert()
{
    if (m_path.isEmpty()) {
        return false;
    }
    const CardFile::ReadResult disk = CardFile::read(m_path);
    if (!disk.ok()) {
        m_prompts->showError(tr("Cannot Revert"), disk.message);
        return false;
    }
    replaceText(disk.text, disk.bom);
    markSynced(disk.text, disk.bom);
    updateState();
    return true;
}

// Replaces the text by one undoable splice of the lines that differ, so the cursor and
// the undo history outside them stay. Only a BOM change needs a load (the BOM is not
// part of the text Undo knows).
void FileController::replaceText(const QString &text, bool bom)
{
    const QString old = m_document->text();
    if (bom != m_document->hasBom()) {
        m_document->load(text, bom);
        emit documentLoaded();
        return;
    }
    if (old == text) {
        return;
    }
    const std::vector<QStringView> a = LineDiff::splitLines(old);
    const std::vector<QStringView> b = LineDiff::splitLines(text);
    size_t prefix = 0;
    qsizetype start = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) {
        start += a[prefix].size();
        ++prefix;
    }
    size_t suffix = 0;
    qsizetype tail = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
        tail += a[a.size() - 1 - suffix].size();
        ++suffix;
    }
    Splice splice;
    splice.start = start;
    splice.end = old.size() - tail;
    splice.text = text.mid(start, text.size() - tail - start);
    m_document->applySplice(splice);
    if (m_document->text() != text) {
        // Not expected; a card must never end up different from the file.
        qCWarning(lcIo) << "reload by splice differed; loading instead";
        m_document->load(text, bom);
        emit documentLoaded();
    }
}

void FileController::showChanges()
{
    if (m_path.isEmpty()) {
        return;
    }
    const CardFile::ReadResult disk = CardFile::read(m_path);
    if (!disk.ok() && disk.error != CardFile::Error::NotFound) {
        m_prompts->showError(tr("Cannot Compare"), disk.message);
        return;
    }
    m_prompts->showChanges(tr("Changes in %1").arg(displayName()), diskDiff(disk.text));
}

QString FileController::diskDiff(const QString &diskText) const
{
    const QString name = QFileInfo(m_path).fileName();
    return LineDiff::unified(diskText, m_document->text(), tr("%1 (on disk)").arg(name),
                             tr("%1 (in Cardigan)").arg(name));
}

void FileController::onDiskChanged()
{
    // The conflict question runs a nested event loop, in which the file may change again:
    // handle that after the question, with the newest file.
    if (m_handlingDiskChange) {
        m_diskChangePending = true;
        return;
    }
    m_handlingDiskChange = true;
    do {
        m_diskChangePending = false;
        handleDiskChange();
    } while (m_diskChangePending);
    m_handlingDiskChange = false;
}

void FileController::handleDiskChange()
{
    const CardFile::ReadResult disk = CardFile::read(m_path);
    if (!disk.ok()) {
        // Not a card any more (binary, bad UTF-8, too large): keep ours, and make sure
        // closing asks before it is lost.
        m_document->textDocument()->setModified(true);
        emit notice(
            tr("%1 was changed on disk and cannot be read: %2").arg(displayName(), disk.message));
        return;
    }
    if (disk.text == m_document->text() && disk.bom == m_document->hasBom()) {
        markSynced(disk.text, disk.bom);
        return;
    }
    if (!isModified()) {
        replaceText(disk.text, disk.bom);
        markSynced(disk.text, disk.bom);
        emit notice(tr("Reloaded %1: it was changed by another program").arg(displayName()));
        return;
    }
    for (;;) {
        switch (m_prompts->askReloadConflict(displayName())) {
        case FilePrompts::Conflict::Reload:
            replaceText(disk.text, disk.bom);
            markSynced(disk.text, disk.bom);
            emit notice(
                tr("Reloaded %1 from disk; Undo brings your changes back").arg(displayName()));
            return;
        case FilePrompts::Conflict::KeepMine:
            // The watcher now knows the disk version: saving will not ask again.
            emit notice(
                tr("Kept your version of %1; saving replaces the one on disk").arg(displayName()));
            return;
        case FilePrompts::Conflict::ShowChanges:
            m_prompts->showChanges(tr("Changes in %1").arg(displayName()), diskDiff(disk.text));
            break;
        }
    }
}

void FileController::onDiskRemoved()
{
    // Only this window has the card now: closing must ask, saving writes it again.
    m_document->textDocument()->setModified(true);
    emit notice(
        tr("%1 was deleted or moved by another program; save to keep it").arg(displayName()));
}

// ---- Closing and recovery ---------------------------------------------------------------

bool FileController::maybeClose()
{
    if (!isModified()) {
        m_autosave->discard();
        return true;
    }
    switch (m_prompts->askSaveChanges(displayName())) {
    case FilePrompts::SaveChanges::Save:
        return save();
    case FilePrompts::SaveChanges::Discard:
        m_autosave->discard();
        return true;
    case FilePrompts::SaveChanges::Cancel:
        break;
    }
    return false;
}

bool FileController::offerRecovery()
{
    const QList<RecoveryStore::Entry> entries = m_store.entries();
    for (const RecoveryStore::Entry &entry : entries) {
        switch (m_prompts->askRecover(entry)) {
        case FilePrompts::Recovery::Recover: {
            const RecoveryStore::Recovered card = m_store.load(entry.id);
            if (!card.ok()) {
                m_prompts->showError(tr("Cannot Recover"), card.message);
                continue;
            }
            if (!maybeClose()) {
                return false;
            }
            load(QString(), card.text, card.bom);
            // The card points at its file again, with the recovered text unsaved; the
            // watcher takes the file as it is now, so saving does not ask to overwrite.
            setPath(card.originalPath);
            m_watcher->watch(m_path);
            m_autosave->adopt(entry.id);
            m_document->textDocument()->setModified(true);
            updateState();
            emit notice(tr("Recovered unsaved changes of %1").arg(displayName()));
            return true;
        }
        case FilePrompts::Recovery::Discard:
            m_store.remove(entry.id);
            break;
        case FilePrompts::Recovery::Later:
            break;
        }
    }
    return false;
}

} // namespace Cardigan
