#pragma once

#include <QByteArray>
#include <QString>

namespace Cardigan {

/**
 * Reads and writes a card's bytes losslessly: strict UTF-8, an optional BOM, and every
 * line terminator (LF, CRLF, lone CR, mixed) kept exactly as it is. For every file
 * read() accepts, encode(text, bom) gives back the file's bytes.
 */
class CardFile
{
public:
    /// Why reading or writing failed.
    enum class Error {
        None,
        NotFound,    ///< no such file
        NotAFile,    ///< a folder (or another non-regular file)
        Unreadable,  ///< the file exists but could not be opened or read
        TooLarge,    ///< larger than maxSize, refused before reading it
        InvalidUtf8, ///< an ill-formed UTF-8 sequence
        Binary,      ///< a NUL byte
        WriteFailed, ///< the target could not be written; the old file is untouched
    };

    /// A decoded card, or why there is none.
    struct ReadResult
    {
        QString text;     ///< without the BOM; line terminators as in the bytes
        bool bom = false; ///< the bytes started with EF BB BF
        Error error = Error::None;
        QString message; ///< translated, user-facing; empty when ok()

        bool ok() const { return error == Error::None; }
    };

    /// The outcome of write().
    struct WriteResult
    {
        Error error = Error::None;
        QString message; ///< translated, user-facing; empty when ok()

        bool ok() const { return error == Error::None; }
    };

    /// Cards larger than this many bytes (50 MB) are refused.
    static constexpr qint64 maxSize = 50'000'000;

    /**
     * Reads and decodes the file at @p path. Fails for a missing file, a folder, an
     * unreadable file, a file over maxSize (checked before reading), and whatever
     * decode() refuses; the message then names the path.
     */
    static ReadResult read(const QString &path);

    /**
     * Decodes @p bytes: strips a leading BOM (only one: a second U+FEFF stays text) and
     * validates strictly (no overlong forms, no UTF-16 surrogates, nothing above
     * U+10FFFF, no truncated sequences). The first problem wins; its offset counts from
     * the first byte, BOM included, and names the start of the ill-formed sequence.
     * A NUL byte is refused as a sign of a binary file.
     */
    static ReadResult decode(const QByteArray &bytes);

    /// UTF-8 bytes of @p text, with a BOM first when @p bom. Inverse of decode().
    static QByteArray encode(const QString &text, bool bom);

    /**
     * Writes encode(@p text, @p bom) to @p path atomically through QSaveFile: on any
     * failure the old file stays as it was. Follows a symbolic link and keeps the
     * existing file's permissions.
     */
    static WriteResult write(const QString &path, const QString &text, bool bom);
};

} // namespace Cardigan
