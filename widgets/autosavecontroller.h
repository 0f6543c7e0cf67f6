#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace Cardigan {

class CardDocument;
class RecoveryStore;

// Keeps a recovery entry of a modified card: written a few seconds after the first
// change (the timer is not restarted by further typing, so a steady typist loses at most
// one interval), again after later changes, and removed when the card is unmodified
// again (saved, reverted, undone to the saved state) or discarded.
//
// The timer's writes run on a worker, one at a time, so typing never waits for the disk;
// everything else (the entry's lock, removing it, saveNow) stays on this thread and first
// waits for a write under way.
class AutosaveController : public QObject
{
    Q_OBJECT

public:
    AutosaveController(CardDocument *document, RecoveryStore *store, QObject *parent = nullptr);
    // Waits for a write under way: the store outlives it.
    ~AutosaveController() override;

    // Milliseconds from a change to its recovery entry (AppSettings::autosaveSeconds()).
    void setInterval(int ms) { m_timer.setInterval(ms); }
    int interval() const { return m_timer.interval(); }

    // The card's path changed (opened, saved as, new): the old entry goes.
    void setCardPath(const QString &path);
    // Continues the recovered entry @p id as this card's entry.
    bool adopt(const QString &id);
    // Removes the entry; the next change starts a new one.
    void discard();
    // Writes the entry now if the card is modified and changed since the last one.
    bool saveNow();
    // As saveNow, but the write runs on a worker (what the timer does) and saved() tells
    // when it is done. Asked for during a write, it follows that write.
    void saveInBackground();

    // The current entry's id; empty when there is none.
    QString entryId() const { return m_id; }
    // A write is due (its timer runs) or under way (its outcome is not taken yet).
    bool hasPendingSave() const { return m_timer.isActive() || m_outcomePending; }

signals:
    void saved();
    // Writing failed (told once until a write succeeds again).
    void failed(const QString &message);

private:
    void schedule();
    // Stops the timer and claims the entry's id; false when there is nothing to write
    // (and no entry is kept for a card that is not modified).
    bool prepareWrite();
    // Waits for a write under way and takes its outcome now.
    void finishWriting();
    // Takes the outcome of a write: @p error is empty when the entry was written.
    void written(const QString &error);

    QPointer<CardDocument> m_document;
    RecoveryStore *m_store = nullptr;
    QTimer m_timer;
    QFutureWatcher<QString> m_writing; ///< its result: the write's error, empty if none
    bool m_outcomePending = false;     ///< a write was started and its outcome not taken
    bool m_writeAgain = false;         ///< a write was asked for during a write
    QString m_path;
    QString m_id;
    bool m_written = false; ///< m_id's entry exists
    bool m_dirty = false;   ///< changed since the entry was written
    bool m_failing = false;
};

} // namespace Cardigan
