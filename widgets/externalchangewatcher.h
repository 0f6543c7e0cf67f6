#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

class QFileSystemWatcher;

namespace Cardigan {

// Tells when another program changes or deletes the card's file.
//
// It remembers what it knows is on disk (a hash of the bytes, or "no file") and reports
// only real differences from that: our own saves (set with setKnownBytes) and touches
// that leave the bytes alone are silent. Notifications settle for a moment first, as
// editors write in several steps. Editors that save by writing a new file and renaming it
// over the old one end the system's watch on the old file, so the path is watched again
// after every check, and the folder is watched too to see the file come back.
class ExternalChangeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ExternalChangeWatcher(QObject *parent = nullptr);

    // Watches @p path (empty: nothing), taking what is on disk now as known.
    void watch(const QString &path);
    QString path() const { return m_path; }
    // We wrote (or loaded) exactly @p bytes: that is what is on disk now.
    void setKnownBytes(const QByteArray &bytes);
    // What is on disk now differs from what is known (checked now, not from events).
    bool diskDiffers() const;

    // How long events settle before the file is checked (default 200 ms).
    void setSettleDelay(int ms) { m_settle.setInterval(ms); }

signals:
    // The file's bytes changed; they are known from now on (each version is told once).
    void changed();
    // The file is gone (deleted or moved away); it is watched for its return.
    void removed();
    // A settled look at the file ended, whether or not it had changed.
    void checked();

private:
    struct State
    {
        bool exists = false;
        QByteArray hash;

        bool operator==(const State &other) const
        {
            return exists == other.exists && hash == other.hash;
        }
        bool operator!=(const State &other) const { return !(*this == other); }
    };

    static State readState(const QString &path);
    static QByteArray hashOf(const QByteArray &bytes);
    void rewatch();
    void check();

    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_settle;
    QString m_path;
    State m_known;
};

} // namespace Cardigan
