#pragma once

#include <QString>

class QIODevice;

namespace Cardigan {

/**
 * The header of a GGUF file (llama.cpp's format, versions 1 to 3): magic, version,
 * tensor and key/value counts, the metadata key/values and the tensor infos. Only the
 * header is read, through a bounded window: large arrays (the tokenizer's vocabulary)
 * are skipped with seeks, every count and length is checked against the file size and
 * the caps below before anything is allocated for it.
 */
struct GgufHeader
{
    /// At most this many header bytes are consumed (read or skipped); past it the
    /// tensor infos are left unread and the parameter count is unknown.
    static constexpr qint64 defaultMaxHeaderBytes = 64'000'000;

    bool ok = false; ///< magic, version and every key/value read
    QString warning; ///< translated; what could not be read
    quint32 version = 0;
    quint64 tensorCount = 0;
    quint64 kvCount = 0;
    QString architecture;   ///< general.architecture
    QString name;           ///< general.name
    QString sizeLabel;      ///< general.size_label ("7B")
    qint64 fileType = -1;   ///< general.file_type, -1 when absent
    qint64 parameters = -1; ///< general.parameter_count, else summed tensor infos; -1 unknown
    bool parametersFromTensors = false;
    qint64 bytesRead = 0; ///< bytes actually read from the device (skips are not reads)

    /// The name of general.file_type ("Q4_K_M", "F16"), empty when unknown.
    QString quantization() const;
    static QString fileTypeName(qint64 fileType);

    /// Reads the header of a file of @p fileSize bytes from @p device (at position 0).
    static GgufHeader read(QIODevice &device, qint64 fileSize,
                           qint64 maxHeaderBytes = defaultMaxHeaderBytes);
};

} // namespace Cardigan
