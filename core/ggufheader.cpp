#include "ggufheader.h"

#include "tr.h"

#include <QByteArray>
#include <QIODevice>

#include <limits>

namespace Cardigan {

namespace {

constexpr quint64 maxKeyLength = 65'536;
constexpr quint64 maxKeptString = 4'096;  // longer string values are skipped, not kept
constexpr quint64 maxCount = 100'000'000; // tensors, key/values, array items
constexpr quint32 maxDims = 8;            // GGML_MAX_DIMS is 4

enum ValueType : quint32 {
    U8 = 0,
    I8 = 1,
    U16 = 2,
    I16 = 3,
    U32 = 4,
    I32 = 5,
    F32 = 6,
    Bool = 7,
    String = 8,
    Array = 9,
    U64 = 10,
    I64 = 11,
    F64 = 12,
};

int fixedSize(quint32 type)
{
    switch (type) {
    case U8:
    case I8:
    case Bool:
        return 1;
    case U16:
    case I16:
        return 2;
    case U32:
    case I32:
    case F32:
        return 4;
    case U64:
    case I64:
    case F64:
        return 8;
    default:
        return 0;
    }
}

// Little-endian reads from a device through a small window, never past the file's
// end nor past a budget of consumed bytes; skips seek instead of reading.
class Reader
{
public:
    Reader(QIODevice &device, qint64 fileSize, qint64 budget)
        : m_device(device)
        , m_fileSize(fileSize)
        , m_budget(budget)
    {}

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    qint64 bytesRead() const { return m_bytesRead; }

    bool take(quint64 n, QByteArray *out)
    {
        if (!ensure(n)) {
            return false;
        }
        const qint64 inWindow = qint64(m_window.size()) - m_windowPos;
        if (qint64(n) <= inWindow || qint64(n) <= windowSize) {
            fill(qint64(n));
            if (failed()) {
                return false;
            }
            if (out) {
                *out = m_window.mid(m_windowPos, qint64(n));
            }
            m_windowPos += qint64(n);
            m_pos += qint64(n);
            return true;
        }
        // Bigger than the window: skip it (only strings we do not keep get here).
        if (out) {
            m_error = Tr::tr("a value is too long to keep");
            return false;
        }
        m_pos += qint64(n);
        m_window.clear();
        m_windowPos = 0;
        if (!m_device.seek(m_pos)) {
            m_error = Tr::tr("could not seek to byte %1").arg(m_pos);
            return false;
        }
        return true;
    }
    bool skip(quint64 n) { return take(n, nullptr); }

    template <typename T>
    bool number(T *out)
    {
        QByteArray b;
        if (!take(sizeof(T), &b)) {
            return false;
        }
        quint64 v = 0;
        for (int i = int(sizeof(T)) - 1; i >= 0; --i) {
            v = (v << 8) | quint8(b[i]);
        }
        *out = T(v);
        return true;
    }

    // A gguf_string: a 64-bit length (32-bit in version 1), then the bytes. Kept when
    // short enough, skipped otherwise.
    bool string(bool wide, quint64 keepLimit, QString *out)
    {
        quint64 length = 0;
        if (wide) {
            if (!number(&length)) {
                return false;
            }
        } else {
            quint32 l = 0;
            if (!number(&l)) {
                return false;
            }
            length = l;
        }
        if (!out || length > keepLimit) {
            if (out) {
                out->clear();
            }
            return skip(length);
        }
        QByteArray b;
        if (!take(length, &b)) {
            return false;
        }
        *out = QString::fromUtf8(b);
        return true;
    }

private:
    static constexpr qint64 windowSize = 64 * 1024;

    bool ensure(quint64 n)
    {
        if (failed()) {
            return false;
        }
        if (n > quint64(m_fileSize - m_pos)) {
            m_error = Tr::tr("the header runs past the end of the file at byte %1 (the file "
                             "is truncated or the header lies)")
                          .arg(m_pos);
            return false;
        }
        if (n > quint64(m_budget - m_pos)) {
            m_error =
                Tr::tr("the header is larger than %1 bytes; the rest was not read").arg(m_budget);
            return false;
        }
        return true;
    }

    // Makes sure n bytes from m_pos are in the window.
    void fill(qint64 n)
    {
        if (qint64(m_window.size()) - m_windowPos >= n) {
            return;
        }
        m_window = m_window.mid(m_windowPos);
        m_windowPos = 0;
        const qint64 want = qMin(qMax(n, windowSize), m_fileSize - m_pos) - m_window.size();
        const qint64 at = m_pos + m_window.size();
        if (m_device.pos() != at && !m_device.seek(at)) {
            m_error = Tr::tr("could not seek to byte %1").arg(at);
            return;
        }
        const QByteArray more = m_device.read(want);
        m_bytesRead += more.size();
        m_window += more;
        if (qint64(m_window.size()) < n) {
            m_error = Tr::tr("could not read the header at byte %1").arg(m_pos);
        }
    }

    QIODevice &m_device;
    qint64 m_fileSize;
    qint64 m_budget;
    qint64 m_pos = 0;
    QByteArray m_window;
    qint64 m_windowPos = 0;
    qint64 m_bytesRead = 0;
    QString m_error;
};

template <typename Unsigned, typename Signed>
bool readInteger(Reader &r, bool isSigned, qint64 *out)
{
    Unsigned v = 0;
    if (!r.number(&v)) {
        return false;
    }
    *out = isSigned ? qint64(Signed(v)) : qint64(v);
    return true;
}

// Reads one value of @p type; keeps integers and short strings in the out parameters.
bool readValue(Reader &r, bool wide, quint32 type, int depth, qint64 *integer, QString *text)
{
    if (type == String) {
        return r.string(wide, maxKeptString, text);
    }
    if (type == Array) {
        quint32 itemType = 0;
        quint64 count = 0;
        if (!r.number(&itemType)) {
            return false;
        }
        if (wide) {
            if (!r.number(&count)) {
                return false;
            }
        } else {
            quint32 c = 0;
            if (!r.number(&c)) {
                return false;
            }
            count = c;
        }
        if (count > maxCount || depth > 2) {
            return false;
        }
        if (const int size = fixedSize(itemType)) {
            return r.skip(count * quint64(size)); // count <= 1e8, so no overflow
        }
        for (quint64 i = 0; i < count; ++i) {
            if (!readValue(r, wide, itemType, depth + 1, nullptr, nullptr)) {
                return false;
            }
        }
        return true;
    }
    const int size = fixedSize(type);
    if (size == 0) {
        return false;
    }
    if (!integer || type == F32 || type == F64) {
        return r.skip(quint64(size));
    }
    switch (size) {
    case 1:
        return readInteger<quint8, qint8>(r, type == I8, integer);
    case 2:
        return readInteger<quint16, qint16>(r, type == I16, integer);
    case 4:
        return readInteger<quint32, qint32>(r, type == I32, integer);
    default:
        return readInteger<quint64, qint64>(r, true, integer);
    }
}

} // namespace

QString GgufHeader::fileTypeName(qint64 fileType)
{
    // llama.cpp's enum llama_ftype (the LLAMA_FTYPE_MOSTLY_ prefix dropped).
    static const char *const names[] = {
        "F32",    "F16",    "Q4_0",  "Q4_1",    nullptr,  nullptr,  nullptr,  "Q8_0",
        "Q5_0",   "Q5_1",   "Q2_K",  "Q3_K_S",  "Q3_K_M", "Q3_K_L", "Q4_K_S", "Q4_K_M",
        "Q5_K_S", "Q5_K_M", "Q6_K",  "IQ2_XXS", "IQ2_XS", "Q2_K_S", "IQ3_XS", "IQ3_XXS",
        "IQ1_S",  "IQ4_NL", "IQ3_S", "IQ3_M",   "IQ2_S",  "IQ2_M",  "IQ4_XS", "IQ1_M",
        "BF16",   nullptr,  nullptr, nullptr,   "TQ1_0",  "TQ2_0",  nullptr,  "MXFP4",
    };
    if (fileType < 0 || fileType >= qint64(std::size(names)) || !names[fileType]) {
        return QString();
    }
    return QString::fromLatin1(names[fileType]);
}

QString GgufHeader::quantization() const
{
    return fileTypeName(fileType);
}

GgufHeader GgufHeader::read(QIODevice &device, qint64 fileSize, qint64 maxHeaderBytes)
{
    GgufHeader h;
    Reader r(device, fileSize, maxHeaderBytes);
    const auto finish = [&](const QString &why) {
        h.bytesRead = r.bytesRead();
        if (!why.isEmpty()) {
            h.warning = r.failed() ? why + QStringLiteral(": ") + r.error() : why;
        }
        return h;
    };
    QByteArray magic;
    if (!r.take(4, &magic) || magic != "GGUF") {
        return finish(Tr::tr("not a GGUF file (no GGUF magic)"));
    }
    if (!r.number(&h.version) || h.version < 1 || h.version > 3) {
        return finish(Tr::tr("unsupported GGUF version %1").arg(h.version));
    }
    const bool wide = h.version >= 2; // version 1 used 32-bit counts and lengths
    if (wide) {
        if (!r.number(&h.tensorCount) || !r.number(&h.kvCount)) {
            return finish(Tr::tr("the GGUF header is truncated"));
        }
    } else {
        quint32 t = 0;
        quint32 k = 0;
        if (!r.number(&t) || !r.number(&k)) {
            return finish(Tr::tr("the GGUF header is truncated"));
        }
        h.tensorCount = t;
        h.kvCount = k;
    }
    if (h.tensorCount > maxCount || h.kvCount > maxCount) {
        return finish(Tr::tr("the GGUF header claims %1 tensors and %2 key/values: the file is "
                             "damaged")
                          .arg(h.tensorCount)
                          .arg(h.kvCount));
    }
    for (quint64 i = 0; i < h.kvCount; ++i) {
        QString key;
        quint32 type = 0;
        if (!r.string(wide, maxKeyLength, &key) || !r.number(&type)) {
            return finish(Tr::tr("GGUF key/value %1 could not be read").arg(i));
        }
        qint64 integer = -1;
        QString text;
        if (!readValue(r, wide, type, 0, &integer, &text)) {
            return finish(
                Tr::tr("GGUF value \"%1\" (type %2) could not be read").arg(key).arg(type));
        }
        if (key == QLatin1String("general.architecture")) {
            h.architecture = text;
        } else if (key == QLatin1String("general.name")) {
            h.name = text;
        } else if (key == QLatin1String("general.size_label")) {
            h.sizeLabel = text;
        } else if (key == QLatin1String("general.file_type")) {
            h.fileType = integer;
        } else if (key == QLatin1String("general.parameter_count")) {
            h.parameters = integer;
        }
    }
    h.ok = true;
    if (h.parameters >= 0) {
        return finish(QString());
    }
    // No stored count: sum the tensor infos, which follow the key/values.
    qint64 total = 0;
    for (quint64 i = 0; i < h.tensorCount; ++i) {
        quint32 dims = 0;
        if (!r.string(wide, 0, nullptr) || !r.number(&dims) || dims > maxDims) {
            return finish(Tr::tr("GGUF tensor info %1 could not be read; the parameter count "
                                 "is unknown")
                              .arg(i));
        }
        qint64 count = 1;
        for (quint32 d = 0; d < dims; ++d) {
            quint64 n = 0;
            if (wide) {
                r.number(&n);
            } else {
                quint32 n32 = 0;
                r.number(&n32);
                n = n32;
            }
            if (r.failed() ||
                (n != 0 && quint64(count) > quint64(std::numeric_limits<qint64>::max()) / n)) {
                return finish(Tr::tr("GGUF tensor info %1 has an impossible shape").arg(i));
            }
            count *= qint64(n);
        }
        quint32 type = 0;
        quint64 offset = 0;
        if (!r.number(&type) || !r.number(&offset) ||
            total > std::numeric_limits<qint64>::max() - count) {
            return finish(Tr::tr("GGUF tensor info %1 could not be read").arg(i));
        }
        total += count;
    }
    h.parameters = total;
    h.parametersFromTensors = true;
    return finish(QString());
}

} // namespace Cardigan
