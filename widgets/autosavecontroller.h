#pragma once

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
class AutosaveController : public QObject
{
    Q_OBJECT

public:
    AutosaveController(CardDocument *document, RecoveryStore *store, QObject *parent = nullptr);

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

    // The current entry's id; empty when there is none.
    QString entryId() const { return m_id; }
    bool hasPendingSave() const { return m_timer.isActive(); }

signals:
    void saved();
    // Writing failed (told once until a write succeeds again).
    void failed(const QString &message);

private:
    void schedule();

    QPointer<CardDocument> m_document;
    RecoveryStore *m_store = nullptr;
    QTimer m_timer;
    QString m_path;
    QString m_id;
    bool m_written = false; ///< m_id's entry exists
    bool m_dirty = false;   ///< changed since the entry was written
    bool m_failing = false;
};

} // namespace Cardigan
