#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <map>
#include <memory>

class QLockFile;

namespace Cardigan {

/**
 * Recovery files for crash safety: a copy of each modified card's text, written now and
 * then while it is edited, removed when the card is saved or closed, and offered back
 * after a crash.
 *
 * An entry is one file, `<id>.recovery`: a one-line JSON header (original path, time,
 * BOM, size) and then the card's bytes exactly as a save would write them. It is only
 * ever written whole (QSaveFile), so a process killed at any moment leaves the previous
 * entry or the new one, never a mix.
 *
 * A running Cardigan holds a lock file (`<id>.lock`, QLockFile) on each entry it writes,
 * so another instance does not offer or touch it; the lock of a crashed process is stale
 * (its process is gone) and then no longer counts.
 */
class RecoveryStore
{
public:
    /// What can be recovered.
    struct Entry
    {
        QString id;
        QString originalPath; ///< the card's path; empty for an untitled card
        QDateTime time;       ///< when the entry was written (UTC)
        qint64 size = 0;      ///< bytes of card text, BOM included
        bool bom = false;
    };

    /// A recovered card, or why there is none.
    struct Recovered
    {
        QString text;
        bool bom = false;
        QString originalPath;
        QDateTime time;
        QString message; ///< translated, user-facing; empty when ok()

        bool ok() const { return message.isEmpty(); }
    };

    /// A store in @p folder; the default is defaultFolder().
    explicit RecoveryStore(const QString &folder = QString());
    /// Releases this store's locks; its entries stay for a later recovery.
    ~RecoveryStore();
    RecoveryStore(const RecoveryStore &) = delete;
    RecoveryStore &operator=(const RecoveryStore &) = delete;

    /// `AppDataLocation/recovery`.
    static QString defaultFolder();
    QString folder() const { return m_folder; }

    /**
     * A locked id for the document at @p cardPath, derived from the path; a unique one
     * instead when another running instance holds that id or an earlier session's entry
     * under it still waits to be recovered (it is never overwritten). Untitled cards
     * (empty path) always get a unique id. Empty when no lock could be created.
     */
    QString claim(const QString &cardPath);
    /// Takes over the existing entry @p id (a recovered one), or keeps holding one this
    /// store holds. False when another running instance holds it or the lock cannot be
    /// created, with why in @p error (translated).
    bool adopt(const QString &id, QString *error = nullptr);
    /// Unlocks @p id and keeps its entry.
    void release(const QString &id);

    /**
     * Writes the entry @p id atomically: the text of the card at @p cardPath (empty when
     * untitled) and its BOM. Adopts @p id first when this store does not hold it yet.
     * On failure returns false and sets @p error (translated); the previous entry stays.
     */
    bool save(const QString &id, const QString &cardPath, const QString &text, bool bom,
              QString *error = nullptr);
    /**
     * save() for an @p id this store already holds (claim, adopt or save), touching only
     * the entry's files: safe on any thread while the store lives, as long as nothing
     * else writes or removes that entry meanwhile.
     */
    bool write(const QString &id, const QString &cardPath, const QString &text, bool bom,
               QString *error = nullptr) const;
    /// Deletes the entry @p id (if any) and its lock. False when a file could not be deleted.
    bool remove(const QString &id);

    /// The entries no running Cardigan holds (this store's own included), newest first.
    /// Unreadable or foreign files are skipped.
    QList<Entry> entries() const;
    /// The text of entry @p id, checked against its header.
    Recovered load(const QString &id) const;

private:
    QString entryPath(const QString &id) const;
    QString lockPath(const QString &id) const;
    bool lock(const QString &id);
    /// Logs why entry @p id was not written, sets @p error and returns false.
    bool writeFailed(const QString &id, const QString &reason, QString *error) const;
    void removeLeftovers(const QString &id) const;

    QString m_folder;
    std::map<QString, std::unique_ptr<QLockFile>> m_locks;
};

} // namespace Cardigan
