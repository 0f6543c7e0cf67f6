#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

class QIODevice;

namespace Cardigan {

/**
 * The header of a `.safetensors` file: an 8-byte little-endian length, then that many
 * bytes of JSON naming every tensor's dtype, shape and data offsets. Reading it gives
 * the parameter count per dtype without touching the tensor data.
 */
struct SafetensorsHeader
{
    /// Headers longer than this are refused before anything is allocated (the format's
    /// own reference implementation caps them at 100 MB too).
    static constexpr qint64 maxHeaderLength = 100'000'000;

    bool ok = false;
    QString warning;         ///< translated; why the header could not be used
    qint64 headerLength = 0; ///< as the file claims it
    qint64 bytesRead = 0;    ///< what reading it cost
    int tensorCount = 0;
    qint64 parameters = 0;
    QMap<QString, qint64> parametersByDtype; ///< "F32" -> count
    QMap<QString, QString> metadata;         ///< "__metadata__" (string values only)

    /**
     * Reads the header from @p device (positioned at the file's start) of a file of
     * @p fileSize bytes. A length over @p maxLength, over the file size, bad JSON, or a
     * tensor whose shape, dtype or offsets disagree give a warning and no counts.
     */
    static SafetensorsHeader read(QIODevice &device, qint64 fileSize,
                                  qint64 maxLength = maxHeaderLength);
    /// Parses the JSON of a header whose tensor data is @p dataSize bytes long.
    static SafetensorsHeader parse(const QByteArray &json, qint64 dataSize);
    /// Bytes per element of a safetensors dtype, 0 when unknown ("F8_E4M3" is 1).
    static int dtypeSize(const QString &dtype);
};

} // namespace Cardigan
