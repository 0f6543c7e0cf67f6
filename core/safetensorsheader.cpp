#include "safetensorsheader.h"

#include "tr.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace Cardigan {

namespace {

constexpr qint64 maxInt = std::numeric_limits<qint64>::max();

SafetensorsHeader failed(SafetensorsHeader h, const QString &warning)
{
    h.ok = false;
    h.warning = warning;
    h.tensorCount = 0;
    h.parameters = 0;
    h.parametersByDtype.clear();
    return h;
}

// A JSON number that is a non-negative integer JavaScript can represent exactly.
bool toCount(const QJsonValue &v, qint64 *out)
{
    if (!v.isDouble()) {
        return false;
    }
    const double d = v.toDouble();
    if (!(d >= 0) || d > 9007199254740992.0 || d != double(qint64(d))) {
        return false;
    }
    *out = qint64(d);
    return true;
}

} // namespace

int SafetensorsHeader::dtypeSize(const QString &dtype)
{
    static const QMap<QString, int> sizes = {
        {QStringLiteral("BOOL"), 1},    {QStringLiteral("U8"), 1},
        {QStringLiteral("I8"), 1},      {QStringLiteral("F8_E5M2"), 1},
        {QStringLiteral("F8_E4M3"), 1}, {QStringLiteral("F8_E8M0"), 1},
        {QStringLiteral("I16"), 2},     {QStringLiteral("U16"), 2},
        {QStringLiteral("F16"), 2},     {QStringLiteral("BF16"), 2},
        {QStringLiteral("I32"), 4},     {QStringLiteral("U32"), 4},
        {QStringLiteral("F32"), 4},     {QStringLiteral("I64"), 8},
        {QStringLiteral("U64"), 8},     {QStringLiteral("F64"), 8},
        {QStringLiteral("C64"), 8},
    };
    return sizes.value(dtype, 0);
}

SafetensorsHeader SafetensorsHeader::read(QIODevice &device, qint64 fileSize, qint64 maxLength)
{
    SafetensorsHeader h;
    if (fileSize < 8) {
        return failed(
            h, Tr::tr("the file is too short for a safetensors header (%1 bytes)").arg(fileSize));
    }
    const QByteArray prefix = device.read(8);
    h.bytesRead += prefix.size();
    if (prefix.size() != 8) {
        return failed(h, Tr::tr("the safetensors header length could not be read"));
    }
    quint64 length = 0;
    for (int i = 7; i >= 0; --i) {
        length = (length << 8) | quint8(prefix[i]);
    }
    // Check the claim against the cap and the file before allocating anything for it.
    if (length > quint64(maxLength)) {
        h.headerLength = length > quint64(maxInt) ? maxInt : qint64(length);
        return failed(h, Tr::tr("the safetensors header claims %1 bytes, more than the %2 "
                                "bytes allowed: the file is damaged or not safetensors")
                             .arg(length)
                             .arg(maxLength));
    }
    h.headerLength = qint64(length);
    if (h.headerLength > fileSize - 8) {
        return failed(h, Tr::tr("the safetensors header claims %1 bytes but the file has only "
                                "%2 after the length: the file is truncated")
                             .arg(h.headerLength)
                             .arg(fileSize - 8));
    }
    const QByteArray json = device.read(h.headerLength);
    h.bytesRead += json.size();
    if (json.size() != h.headerLength) {
        return failed(h, Tr::tr("the safetensors header could not be read in full (%1 of %2 "
                                "bytes)")
                             .arg(json.size())
                             .arg(h.headerLength));
    }
    SafetensorsHeader parsed = parse(json, fileSize - 8 - h.headerLength);
    parsed.headerLength = h.headerLength;
    parsed.bytesRead = h.bytesRead;
    return parsed;
}

SafetensorsHeader SafetensorsHeader::parse(const QByteArray &json, qint64 dataSize)
{
    SafetensorsHeader h;
    h.headerLength = json.size();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return failed(h, error.error != QJsonParseError::NoError
                             ? Tr::tr("the safetensors header is not valid JSON (%1 at byte %2)")
                                   .arg(error.errorString())
                                   .arg(error.offset)
                             : Tr::tr("the safetensors header is not a JSON object"));
    }
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() == QLatin1String("__metadata__")) {
            const QJsonObject meta = it.value().toObject();
            for (auto m = meta.begin(); m != meta.end(); ++m) {
                if (m.value().isString()) {
                    h.metadata.insert(m.key(), m.value().toString());
                }
            }
            continue;
        }
        const QJsonObject t = it.value().toObject();
        const QString dtype = t.value(QLatin1String("dtype")).toString();
        const QJsonArray shape = t.value(QLatin1String("shape")).toArray();
        const QJsonArray offsets = t.value(QLatin1String("data_offsets")).toArray();
        if (!it.value().isObject() || dtype.isEmpty() ||
            !t.value(QLatin1String("shape")).isArray() || offsets.size() != 2) {
            return failed(h, Tr::tr("tensor \"%1\" in the safetensors header lacks a dtype, "
                                    "a shape or two data offsets")
                                 .arg(it.key()));
        }
        qint64 count = 1;
        for (const QJsonValue &dim : shape) {
            qint64 n = 0;
            if (!toCount(dim, &n)) {
                return failed(h, Tr::tr("tensor \"%1\" has a dimension that is not a "
                                        "non-negative integer")
                                     .arg(it.key()));
            }
            if (n != 0 && count > maxInt / n) {
                return failed(h,
                              Tr::tr("tensor \"%1\" has an impossibly large shape").arg(it.key()));
            }
            count *= n;
        }
        qint64 begin = 0;
        qint64 end = 0;
        if (!toCount(offsets[0], &begin) || !toCount(offsets[1], &end) || end < begin ||
            end > dataSize) {
            return failed(h, Tr::tr("tensor \"%1\" has data offsets outside the file's %2 "
                                    "bytes of data: the file is truncated or the header lies")
                                 .arg(it.key())
                                 .arg(dataSize));
        }
        const int size = dtypeSize(dtype);
        if (size > 0 && (count > maxInt / size || count * size != end - begin)) {
            return failed(h, Tr::tr("tensor \"%1\": its shape and dtype %2 need a different "
                                    "number of bytes than its data offsets give (%3)")
                                 .arg(it.key(), dtype)
                                 .arg(end - begin));
        }
        if (h.parameters > maxInt - count) {
            return failed(h, Tr::tr("the safetensors header counts impossibly many parameters"));
        }
        h.parameters += count;
        h.parametersByDtype[dtype] += count;
        ++h.tensorCount;
    }
    h.ok = true;
    return h;
}

} // namespace Cardigan
