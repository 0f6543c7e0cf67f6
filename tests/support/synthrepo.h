#pragma once

// Builds synthetic model repositories for the repository scanner's tests: files,
// sparse files, hand-made safetensors and GGUF headers, LFS pointers. Nothing here is
// copied from real models.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QtEndian>

namespace SynthRepo {

inline QString write(const QString &root, const QString &rel, const QByteArray &bytes)
{
    const QString path = QDir(root).filePath(rel);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    f.write(bytes);
    return path;
}

/// A file of @p size bytes that takes no disk space (QFile::resize makes a hole).
inline QString sparse(const QString &root, const QString &rel, qint64 size,
                      const QByteArray &head = QByteArray())
{
    const QString path = write(root, rel, head);
    QFile f(path);
    if (!f.resize(size)) {
        qFatal("cannot resize %s", qPrintable(path));
    }
    return path;
}

inline QByteArray le64(quint64 v)
{
    QByteArray b(8, '\0');
    qToLittleEndian<quint64>(v, b.data());
    return b;
}

inline QByteArray le32(quint32 v)
{
    QByteArray b(4, '\0');
    qToLittleEndian<quint32>(v, b.data());
    return b;
}

/// The 8-byte length and the JSON of a safetensors header.
inline QByteArray safetensorsHead(const QByteArray &json)
{
    return le64(quint64(json.size())) + json;
}

/// A safetensors file whose header is @p json and whose data is a hole of @p dataSize.
inline QString safetensors(const QString &root, const QString &rel, const QByteArray &json,
                           qint64 dataSize)
{
    const QByteArray head = safetensorsHead(json);
    return sparse(root, rel, head.size() + dataSize, head);
}

/// A valid git-lfs pointer for a file of @p size bytes.
inline QByteArray lfsPointer(qint64 size, char digit = 'a')
{
    return "version https://git-lfs.github.com/spec/v1\noid sha256:" + QByteArray(64, digit) +
           "\nsize " + QByteArray::number(size) + "\n";
}

/// GGUF bytes, written field by field (little-endian, version 2+ 64-bit lengths).
class Gguf
{
public:
    QByteArray bytes;

    Gguf &raw(const QByteArray &b)
    {
        bytes += b;
        return *this;
    }
    Gguf &u32(quint32 v)
    {
        bytes += le32(v);
        return *this;
    }
    Gguf &u64(quint64 v)
    {
        bytes += le64(v);
        return *this;
    }
    Gguf &str(const QByteArray &s) { return u64(quint64(s.size())).raw(s); }
    Gguf &header(quint32 version, quint64 tensors, quint64 kvs)
    {
        return raw("GGUF").u32(version).u64(tensors).u64(kvs);
    }
    Gguf &kvString(const QByteArray &key, const QByteArray &value)
    {
        return str(key).u32(8).str(value);
    }
    Gguf &kvU32(const QByteArray &key, quint32 value) { return str(key).u32(4).u32(value); }
    Gguf &kvU64(const QByteArray &key, quint64 value) { return str(key).u32(10).u64(value); }
    /// An array of @p count float32 zeros.
    Gguf &kvFloats(const QByteArray &key, quint64 count)
    {
        str(key).u32(9).u32(6).u64(count);
        bytes += QByteArray(qsizetype(count * 4), '\0');
        return *this;
    }
    Gguf &kvStrings(const QByteArray &key, const QList<QByteArray> &items)
    {
        str(key).u32(9).u32(8).u64(quint64(items.size()));
        for (const QByteArray &s : items) {
            str(s);
        }
        return *this;
    }
    Gguf &tensor(const QByteArray &name, const QList<quint64> &dims, quint32 type = 0,
                 quint64 offset = 0)
    {
        str(name).u32(quint32(dims.size()));
        for (const quint64 d : dims) {
            u64(d);
        }
        return u32(type).u64(offset);
    }
};

} // namespace SynthRepo
