#include "recoverystore.h"

#include "cardfile.h"
#include "logging.h"
#include "tr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace Cardigan {

namespace {

const QLatin1String suffix(".recovery");
const QLatin1String formatName("cardigan-recovery");
constexpr int formatVersion = 1;
// A header is a path and a few fields; anything longer is not ours.
constexpr qint64 maxHeaderSize = 64 * 1024;

struct Header
{
    RecoveryStore::Entry entry;
    qint64 headerSize = 0; ///< bytes up to and including the header's newline
    bool ok = false;
};

Header parseHeader(const QByteArray &line, qint64 fileSize)
{
    Header header;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject()) {
        return header;
    }
    const QJsonObject o = json.object();
    if (o.value(QLatin1String("format")).toString() != formatName ||
        o.value(QLatin1String("version")).toInt() != formatVersion) {
        return header;
    }
    header.entry.originalPath = o.value(QLatin1String("path")).toString();
    header.entry.time =
        QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    header.entry.bom = o.value(QLatin1String("bom")).toBool();
    header.entry.size = qint64(o.value(QLatin1String("size")).toDouble(-1));
    header.headerSize = line.size() + 1;
    // QSaveFile makes a torn entry impossible; a size check still catches a foreign or
    // damaged file before it is offered.
    header.ok = header.entry.size >= 0 && header.headerSize + header.entry.size == fileSize;
    return header;
}

Header readHeader(QFile &file)
{
    const QByteArray line = file.readLine(maxHeaderSize);
    if (!line.endsWith('\n')) {
        return {};
    }
    return parseHeader(line.chopped(1), file.size());
}

std::unique_ptr<QLockFile> makeLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path);
    // A running instance keeps its lock for hours: never stale by age, only when its
    // process is gone.
    lock->setStaleLockTime(0);
    return lock;
}

} // namespace

RecoveryStore::RecoveryStore(const QString &folder)
    : m_folder(folder.isEmpty() ? defaultFolder() : folder)
{}

RecoveryStore::~RecoveryStore() = default;

QString RecoveryStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QLatin1String("/recovery");
}

QString RecoveryStore::entryPath(const QString &id) const
{
    return m_folder + u'/' + id + suffix;
}

QString RecoveryStore::lockPath(const QString &id) const
{
    return m_folder + u'/' + id + QLatin1String(".lock");
}

bool RecoveryStore::lock(const QString &id)
{
    if (m_locks.count(id) > 0) {
        return true;
    }
    if (!QDir().mkpath(m_folder)) {
        qCWarning(lcIo) << "cannot create the recovery folder" << m_folder;
        return false;
    }
    // Recovery files hold whatever the user typed: keep them private.
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    auto lockFile = makeLock(lockPath(id));
    if (!lockFile->tryLock(0)) {
        return false;
    }
    m_locks.emplace(id, std::move(lockFile));
    // A process killed inside QSaveFile::commit may leave its temporary file behind.
    removeLeftovers(id);
    return true;
}

QString RecoveryStore::claim(const QString &cardPath)
{
    if (!QDir().mkpath(m_folder)) {
        qCWarning(lcIo) << "cannot create the recovery folder" << m_folder;
        return {};
    }
    QString id;
    if (cardPath.isEmpty()) {
        id = QLatin1String("untitled-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    } else {
        const QByteArray key = QFileInfo(cardPath).absoluteFilePath().toUtf8();
        id = QLatin1String("card-") +
             QString::fromLatin1(
                 QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
    }
    if (lock(id)) {
        if (!QFile::exists(entryPath(id))) {
            return id;
        }
        // An earlier session's entry for this file waits to be recovered: keep it.
        release(id);
    }
    // ... or another running instance edits the same file: keep the entries apart.
    id += u'-' + QUuid::createUuid().toString(QUuid::Id128).left(8);
    return lock(id) ? id : QString();
}

bool RecoveryStore::adopt(const QString &id, QString *error)
{
    if (!id.isEmpty() && lock(id)) {
        return true;
    }
    return writeFailed(id, Tr::tr("it is in use or its folder cannot be written"), error);
}

void RecoveryStore::release(const QString &id)
{
    m_locks.erase(id);
}

bool RecoveryStore::save(const QString &id, const QString &cardPath, const QString &text, bool bom,
                         QString *error)
{
    return adopt(id, error) && write(id, cardPath, text, bom, error);
}

bool RecoveryStore::writeFailed(const QString &id, const QString &reason, QString *error) const
{
    qCWarning(lcIo) << "cannot write recovery entry" << id << reason;
    if (error) {
        *error = Tr::tr("Cannot write the recovery file %1: %2")
                     .arg(QDir::toNativeSeparators(entryPath(id)), reason);
    }
    return false;
}

bool RecoveryStore::write(const QString &id, const QString &cardPath, const QString &text, bool bom,
                          QString *error) const
{
    const auto fail = [&](const QString &reason) { return writeFailed(id, reason, error); };
    const QByteArray bytes = CardFile::encode(text, bom);
    QJsonObject header;
    header.insert(QLatin1String("format"), formatName);
    header.insert(QLatin1String("version"), formatVersion);
    header.insert(QLatin1String("path"), cardPath);
    header.insert(QLatin1String("time"),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    header.insert(QLatin1String("bom"), bom);
    header.insert(QLatin1String("size"), double(bytes.size()));

    QSaveFile file(entryPath(id));
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(file.errorString());
    }
    file.write(QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n');
    file.write(bytes);
    // commit() reports any write error; it renames only a complete file.
    if (!file.commit()) {
        return fail(file.errorString());
    }
    qCDebug(lcIo) << "recovery entry" << id << "written," << bytes.size() << "bytes";
    return true;
}

bool RecoveryStore::remove(const QString &id)
{
    if (id.isEmpty()) {
        return true;
    }
    QFile file(entryPath(id));
    const bool removed = !file.exists() || file.remove();
    if (!removed) {
        qCWarning(lcIo) << "cannot remove recovery entry" << id << file.errorString();
    }
    removeLeftovers(id);
    release(id);
    return removed;
}

void RecoveryStore::removeLeftovers(const QString &id) const
{
    const QDir dir(m_folder);
    const QStringList temporaries =
        dir.entryList({id + suffix + QLatin1String(".*")}, QDir::Files | QDir::Hidden);
    for (const QString &name : temporaries) {
        QFile::remove(dir.filePath(name));
    }
}

QList<RecoveryStore::Entry> RecoveryStore::entries() const
{
    QList<Entry> result;
    const QDir dir(m_folder);
    const QStringList names = dir.entryList({QLatin1String("*") + suffix}, QDir::Files);
    for (const QString &name : names) {
        const QString id = name.chopped(suffix.size());
        if (m_locks.count(id) > 0) {
            continue;
        }
        // Probing takes the lock for a moment: free (or stale) means nobody edits it.
        auto probe = makeLock(lockPath(id));
        if (!probe->tryLock(0)) {
            continue;
        }
        probe->unlock();
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        Header header = readHeader(file);
        if (!header.ok) {
            qCWarning(lcIo) << "skipping unreadable recovery file" << file.fileName();
            continue;
        }
        header.entry.id = id;
        result << header.entry;
    }
    std::sort(result.begin(), result.end(),
              [](const Entry &a, const Entry &b) { return a.time > b.time; });
    return result;
}

RecoveryStore::Recovered RecoveryStore::load(const QString &id) const
{
    Recovered result;
    QFile file(entryPath(id));
    const auto fail = [&](const QString &reason) {
        result.message =
            Tr::tr("Cannot recover %1: %2").arg(QDir::toNativeSeparators(file.fileName()), reason);
        return result;
    };
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(file.errorString());
    }
    const Header header = readHeader(file);
    if (!header.ok || header.entry.size > CardFile::maxSize) {
        return fail(Tr::tr("it is damaged or not a recovery file"));
    }
    const QByteArray bytes = file.read(header.entry.size);
    if (bytes.size() != header.entry.size) {
        return fail(Tr::tr("it is damaged or not a recovery file"));
    }
    const CardFile::ReadResult card = CardFile::decode(bytes);
    if (!card.ok()) {
        return fail(card.message);
    }
    result.text = card.text;
    result.bom = card.bom;
    result.originalPath = header.entry.originalPath;
    result.time = header.entry.time;
    return result;
}

} // namespace Cardigan
