#include "cardfile.h"

#include "logging.h"
#include "tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace Cardigan {

namespace {

const char bomBytes[] = "\xEF\xBB\xBF";
constexpr qsizetype bomSize = 3;

struct Problem
{
    CardFile::Error error = CardFile::Error::None;
    qsizetype offset = -1;
};

bool allAsciiNoNul(quint64 w)
{
    constexpr quint64 high = 0x8080808080808080ULL;
    constexpr quint64 ones = 0x0101010101010101ULL;
    // The second term is the classic "has a zero byte" test; exact once all bytes are ASCII.
    return (w & high) == 0 && ((w - ones) & ~w & high) == 0;
}

// Strict UTF-8 (Unicode 3-7 "well-formed byte sequences") plus a NUL check, in one pass.
// QString::fromUtf8 would replace bad bytes silently, so this runs first.
Problem scan(const uchar *p, qsizetype n)
{
    qsizetype i = 0;
    while (i < n) {
        // Cards are mostly ASCII: skip eight plain bytes at a time.
        if (n - i >= 8) {
            quint64 w;
            std::memcpy(&w, p + i, sizeof w);
            if (allAsciiNoNul(w)) {
                i += 8;
                continue;
            }
        }
        const uchar c = p[i];
        if (c < 0x80) {
            if (c == 0) {
                return {CardFile::Error::Binary, i};
            }
            ++i;
            continue;
        }
        qsizetype length = 0;
        uchar low = 0x80; // the range of the second byte; the rest are always 80..BF
        uchar high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c == 0xE0) {
            length = 3;
            low = 0xA0; // below is overlong
        } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
            length = 3;
        } else if (c == 0xED) {
            length = 3;
            high = 0x9F; // above are the UTF-16 surrogates
        } else if (c == 0xF0) {
            length = 4;
            low = 0x90; // below is overlong
        } else if (c >= 0xF1 && c <= 0xF3) {
            length = 4;
        } else if (c == 0xF4) {
            length = 4;
            high = 0x8F; // above is past U+10FFFF
        } else {
            // 80..BF (a stray continuation), C0/C1 (always overlong), F5..FF.
            return {CardFile::Error::InvalidUtf8, i};
        }
        if (n - i < length || p[i + 1] < low || p[i + 1] > high) {
            return {CardFile::Error::InvalidUtf8, i};
        }
        for (qsizetype k = 2; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) {
                return {CardFile::Error::InvalidUtf8, i};
            }
        }
        i += length;
    }
    return {};
}

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

CardFile::ReadResult readFailure(CardFile::Error error, const QString &message)
{
    CardFile::ReadResult result;
    result.error = error;
    result.message = message;
    return result;
}

} // namespace

CardFile::ReadResult CardFile::decode(const QByteArray &bytes)
{
    ReadResult result;
    result.bom = bytes.startsWith(bomBytes);
    const qsizetype start = result.bom ? bomSize : 0;
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const Problem problem = scan(data + start, bytes.size() - start);
    if (problem.error != Error::None) {
        const qsizetype offset = start + problem.offset;
        const QString hex = QLatin1String("0x") +
                            QString::number(data[offset], 16).rightJustified(2, u'0').toUpper();
        if (problem.error == Error::Binary) {
            return readFailure(
                problem.error,
                Tr::tr("looks like a binary file (NUL byte at offset %1)").arg(offset));
        }
        return readFailure(problem.error,
                           Tr::tr("not valid UTF-8: byte %1 at offset %2").arg(hex).arg(offset));
    }
    // QString::fromUtf8 drops a leading BOM; after our own BOM a second U+FEFF is text.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    result.text = decoder.decode(QByteArrayView(bytes).sliced(start));
    return result;
}

QByteArray CardFile::encode(const QString &text, bool bom)
{
    // QString::toUtf8 never adds a BOM and keeps a leading U+FEFF as text.
    QByteArray bytes = text.toUtf8();
    if (bom) {
        bytes.prepend(bomBytes, bomSize);
    }
    return bytes;
}

CardFile::ReadResult CardFile::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return readFailure(Error::NotFound, Tr::tr("%1 does not exist").arg(displayPath(path)));
    }
    if (info.isDir()) {
        return readFailure(Error::NotAFile,
                           Tr::tr("%1 is a folder, not a file").arg(displayPath(path)));
    }
    if (!info.isFile()) {
        // A FIFO or a device: reading could block forever or never end.
        return readFailure(Error::NotAFile,
                           Tr::tr("%1 is not a regular file").arg(displayPath(path)));
    }
    const auto tooLarge = [&](qint64 size) {
        const QLocale locale;
        return readFailure(
            Error::TooLarge,
            Tr::tr("%1 is %2; Cardigan opens cards up to %3")
                .arg(displayPath(path),
                     locale.formattedDataSize(size, 1, QLocale::DataSizeSIFormat),
                     locale.formattedDataSize(maxSize, 0, QLocale::DataSizeSIFormat)));
    };
    if (info.size() > maxSize) {
        return tooLarge(info.size());
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return readFailure(
            Error::Unreadable,
            Tr::tr("%1 cannot be read: %2").arg(displayPath(path), file.errorString()));
    }
    // The size seen plus one byte, then on while the file is still growing, but never more
    // than the limit allows. (QIODevice::read(maxSize) would allocate the whole limit for
    // every card: free with lazy pages, but not under AddressSanitizer.)
    QByteArray bytes(qsizetype(info.size()) + 1, Qt::Uninitialized);
    qsizetype got = 0;
    while (got <= maxSize) {
        if (got == bytes.size()) {
            bytes.resize(qsizetype(std::min<qint64>(2 * qint64(bytes.size()), maxSize + 1)));
        }
        const qint64 n = file.read(bytes.data() + got, bytes.size() - got);
        if (n < 0) {
            return readFailure(
                Error::Unreadable,
                Tr::tr("%1 cannot be read: %2").arg(displayPath(path), file.errorString()));
        }
        if (n == 0) {
            break;
        }
        got += qsizetype(n);
    }
    bytes.truncate(got);
    if (bytes.size() > maxSize) {
        return tooLarge(file.size());
    }
    ReadResult result = decode(bytes);
    if (!result.ok()) {
        result.message = Tr::tr("%1: %2").arg(displayPath(path), result.message);
    }
    qCDebug(lcIo) << "read" << path << bytes.size() << "bytes" << (result.ok() ? "ok" : "refused");
    return result;
}

CardFile::WriteResult CardFile::write(const QString &path, const QString &text, bool bom)
{
    const auto failure = [&](const QString &reason) {
        qCWarning(lcIo) << "cannot write" << path << reason;
        WriteResult result;
        result.error = Error::WriteFailed;
        result.message = Tr::tr("Cannot save %1: %2").arg(displayPath(path), reason);
        return result;
    };
    const QByteArray bytes = encode(text, bom);
    QSaveFile file(path);
    // Never fall back to writing in place: a failure must leave the old file intact.
    file.setDirectWriteFallback(false);
    // Unbuffered, and a short write is retried: only the call that fails reports the
    // system's reason; a buffered or short write would end in "Unknown error".
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return failure(file.errorString());
    }
    for (qint64 done = 0; done < bytes.size();) {
        const qint64 written = file.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0) {
            const QString reason = file.errorString();
            file.cancelWriting();
            return failure(reason);
        }
        done += written;
    }
    if (!file.commit()) {
        return failure(file.errorString());
    }
    qCDebug(lcIo) << "wrote" << path << bytes.size() << "bytes";
    return {};
}

} // namespace Cardigan
