#include "externalchangewatcher.h"

#include "cardfile.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>

#include <algorithm>

namespace Cardigan {

ExternalChangeWatcher::ExternalChangeWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
{
    m_settle.setObjectName(QStringLiteral("external change settle"));
    m_settle.setSingleShot(true);
    m_settle.setInterval(200);
    connect(&m_settle, &QTimer::timeout, this, &ExternalChangeWatcher::check);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_settle.start(); });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
}

void ExternalChangeWatcher::watch(const QString &path)
{
    m_settle.stop();
    if (!m_watcher->files().isEmpty()) {
        m_watcher->removePaths(m_watcher->files());
    }
    if (!m_watcher->directories().isEmpty()) {
        m_watcher->removePaths(m_watcher->directories());
    }
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_known = readState(m_path);
    rewatch();
}

void ExternalChangeWatcher::setKnownBytes(const QByteArray &bytes)
{
    m_known = {true, hashOf(bytes)};
    // A save by rename replaced the watched file: watch the new one.
    rewatch();
}

bool ExternalChangeWatcher::diskDiffers() const
{
    return !m_path.isEmpty() && readState(m_path) != m_known;
}

QByteArray ExternalChangeWatcher::hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

ExternalChangeWatcher::State ExternalChangeWatcher::readState(const QString &path)
{
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        // Present but unreadable: a state of its own, so a later readable version differs.
        return {true, QByteArrayLiteral("unreadable")};
    }
    // Never more than a card may be: whatever lies beyond cannot make it readable. Read in
    // pieces: QIODevice::read(n) would allocate all n bytes up front.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray piece(64 * 1024, Qt::Uninitialized);
    for (qint64 left = CardFile::maxSize + 1; left > 0;) {
        const qint64 n = file.read(piece.data(), std::min<qint64>(left, piece.size()));
        if (n <= 0) {
            break;
        }
        hash.addData(QByteArrayView(piece.constData(), qsizetype(n)));
        left -= n;
    }
    return {true, hash.result()};
}

void ExternalChangeWatcher::rewatch()
{
    if (m_path.isEmpty()) {
        return;
    }
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!m_watcher->directories().contains(folder)) {
        m_watcher->addPath(folder);
    }
    if (QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path)) {
        m_watcher->addPath(m_path);
    }
}

void ExternalChangeWatcher::check()
{
    if (m_path.isEmpty()) {
        return;
    }
    rewatch();
    const State now = readState(m_path);
    if (now != m_known) {
        m_known = now;
        if (now.exists) {
            qCDebug(lcIo) << m_path << "changed on disk";
            emit changed();
        } else {
            qCDebug(lcIo) << m_path << "removed from disk";
            emit removed();
        }
    }
    emit checked();
}

} // namespace Cardigan
