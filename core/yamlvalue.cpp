#include "yamlvalue.h"

#include "yamljs.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Cardigan {

namespace {

// Sizes saturate here so that an alias bomb's count cannot overflow.
constexpr qsizetype sizeCap = qsizetype(1) << 60;
// Mappings at least this large get a hash index for find().
constexpr size_t indexThreshold = 12;

qsizetype addSizes(qsizetype a, qsizetype b)
{
    return std::min(sizeCap, a + b);
}

} // namespace

struct YamlValue::Data
{
    Type type = Type::Null;
    bool boolean = false;
    bool integral = false;
    bool binary = false;
    double number = 0;
    QString string;
    std::vector<YamlValue> items;
    std::vector<Entry> entries;
    QHash<QString, qsizetype> index;
    qsizetype size = 1;
    int depth = 1;
};

YamlValue::YamlValue() = default;

YamlValue::YamlValue(std::shared_ptr<const Data> d)
    : m_d(std::move(d))
{}

YamlValue YamlValue::boolean(bool b)
{
    auto d = std::make_shared<Data>();
    d->type = Type::Bool;
    d->boolean = b;
    return YamlValue(std::move(d));
}

YamlValue YamlValue::number(double n, bool integral)
{
    auto d = std::make_shared<Data>();
    d->type = Type::Number;
    d->number = n;
    d->integral = integral;
    return YamlValue(std::move(d));
}

YamlValue YamlValue::string(const QString &s)
{
    auto d = std::make_shared<Data>();
    d->type = Type::String;
    d->string = s;
    return YamlValue(std::move(d));
}

YamlValue YamlValue::timestamp(const QString &iso)
{
    auto d = std::make_shared<Data>();
    d->type = Type::Timestamp;
    d->string = iso;
    return YamlValue(std::move(d));
}

YamlValue YamlValue::sequence(std::vector<YamlValue> items)
{
    auto d = std::make_shared<Data>();
    d->type = Type::Sequence;
    for (const YamlValue &item : items) {
        d->size = addSizes(d->size, item.m_d ? item.m_d->size : 1);
        d->depth = std::max(d->depth, 1 + (item.m_d ? item.m_d->depth : 1));
    }
    d->items = std::move(items);
    return YamlValue(std::move(d));
}

YamlValue YamlValue::mapping(std::vector<Entry> entries)
{
    auto d = std::make_shared<Data>();
    d->type = Type::Mapping;
    for (const Entry &e : entries) {
        d->size = addSizes(d->size, e.second.m_d ? e.second.m_d->size : 1);
        d->depth = std::max(d->depth, 1 + (e.second.m_d ? e.second.m_d->depth : 1));
    }
    if (entries.size() >= indexThreshold) {
        d->index.reserve(qsizetype(entries.size()));
        for (size_t i = 0; i < entries.size(); ++i) {
            d->index.insert(entries[i].first, qsizetype(i));
        }
    }
    d->entries = std::move(entries);
    return YamlValue(std::move(d));
}

YamlValue YamlValue::binary(const QByteArray &bytes)
{
    std::vector<Entry> entries;
    entries.reserve(size_t(bytes.size()));
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        entries.emplace_back(QString::number(i), number(quint8(bytes.at(i)), true));
    }
    YamlValue v = mapping(std::move(entries));
    // The Data was made non-const by mapping() and nobody else holds it yet.
    const_cast<Data *>(v.m_d.get())->binary = true;
    return v;
}

YamlValue::Type YamlValue::type() const
{
    return m_d ? m_d->type : Type::Null;
}

bool YamlValue::isBinary() const
{
    return m_d && m_d->binary;
}

bool YamlValue::toBool() const
{
    return m_d && m_d->type == Type::Bool && m_d->boolean;
}

double YamlValue::toNumber() const
{
    return m_d && m_d->type == Type::Number ? m_d->number : 0.0;
}

bool YamlValue::isIntegral() const
{
    return m_d && m_d->type == Type::Number && m_d->integral;
}

QString YamlValue::toString() const
{
    if (m_d && (m_d->type == Type::String || m_d->type == Type::Timestamp)) {
        return m_d->string;
    }
    return QString();
}

const std::vector<YamlValue> &YamlValue::items() const
{
    static const std::vector<YamlValue> none;
    return m_d ? m_d->items : none;
}

const std::vector<YamlValue::Entry> &YamlValue::entries() const
{
    static const std::vector<Entry> none;
    return m_d ? m_d->entries : none;
}

const YamlValue *YamlValue::find(const QString &key) const
{
    if (!m_d || m_d->type != Type::Mapping) {
        return nullptr;
    }
    if (!m_d->index.isEmpty()) {
        const auto it = m_d->index.constFind(key);
        return it == m_d->index.cend() ? nullptr : &m_d->entries[size_t(*it)].second;
    }
    for (const Entry &e : m_d->entries) {
        if (e.first == key) {
            return &e.second;
        }
    }
    return nullptr;
}

bool YamlValue::operator==(const YamlValue &other) const
{
    if (m_d == other.m_d) {
        return true; // shared data: aliases compare without a walk
    }
    if (type() != other.type()) {
        return false;
    }
    switch (type()) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_d->boolean == other.m_d->boolean;
    case Type::Number:
        return m_d->number == other.m_d->number ||
               (std::isnan(m_d->number) && std::isnan(other.m_d->number));
    case Type::String:
    case Type::Timestamp:
        return m_d->string == other.m_d->string;
    case Type::Sequence:
        return m_d->items == other.m_d->items;
    case Type::Mapping:
        if (m_d->entries.size() != other.m_d->entries.size()) {
            return false;
        }
        for (const Entry &e : m_d->entries) {
            const YamlValue *v = other.find(e.first);
            if (!v || *v != e.second) {
                return false;
            }
        }
        return true;
    }
    return false;
}

qsizetype YamlValue::expandedSize(qsizetype limit) const
{
    return std::min(limit, m_d ? m_d->size : qsizetype(1));
}

int YamlValue::depth() const
{
    return m_d ? m_d->depth : 1;
}

namespace {

void appendJsonString(QByteArray &out, const QString &s)
{
    static const char hex[] = "0123456789abcdef";
    auto escapeUnit = [&](char16_t u) {
        out += "\\u";
        out += hex[(u >> 12) & 0xf];
        out += hex[(u >> 8) & 0xf];
        out += hex[(u >> 4) & 0xf];
        out += hex[u & 0xf];
    };
    out += '"';
    const qsizetype n = s.size();
    const QChar *p = s.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = p[i].unicode();
        switch (u) {
        case u'"':
            out += "\\\"";
            continue;
        case u'\\':
            out += "\\\\";
            continue;
        case u'\b':
            out += "\\b";
            continue;
        case u'\f':
            out += "\\f";
            continue;
        case u'\n':
            out += "\\n";
            continue;
        case u'\r':
            out += "\\r";
            continue;
        case u'\t':
            out += "\\t";
            continue;
        default:
            break;
        }
        if (u < 0x20) {
            escapeUnit(u);
        } else if (u < 0x80) {
            out += char(u);
        } else if (QChar::isHighSurrogate(u) && i + 1 < n && p[i + 1].isLowSurrogate()) {
            out += QString(p + i, 2).toUtf8();
            ++i;
        } else if (QChar::isSurrogate(u)) {
            escapeUnit(u); // JSON.stringify escapes lone surrogates
        } else {
            out += QString(p + i, 1).toUtf8();
        }
    }
    out += '"';
}

// Keys in the order JSON.stringify prints an object whose keys were inserted sorted: array
// indices first in numeric order, then the other keys by UTF-16 code units.
std::vector<const YamlValue::Entry *> jsonKeyOrder(const std::vector<YamlValue::Entry> &entries)
{
    std::vector<const YamlValue::Entry *> order;
    order.reserve(entries.size());
    for (const YamlValue::Entry &e : entries) {
        order.push_back(&e);
    }
    std::sort(order.begin(), order.end(), [](const YamlValue::Entry *a, const YamlValue::Entry *b) {
        quint32 ia = 0;
        quint32 ib = 0;
        const bool aIndex = Js::isArrayIndex(a->first, &ia);
        const bool bIndex = Js::isArrayIndex(b->first, &ib);
        if (aIndex != bIndex) {
            return aIndex;
        }
        if (aIndex) {
            return ia < ib;
        }
        return a->first < b->first;
    });
    return order;
}

void writeJson(QByteArray &out, const YamlValue &v, int indent);

void writeTagged(QByteArray &out, const char *key, const QString &text, int indent)
{
    out += "{\n";
    out += QByteArray(indent + 1, ' ');
    out += '"';
    out += key;
    out += "\": ";
    appendJsonString(out, text);
    out += '\n';
    out += QByteArray(indent, ' ');
    out += '}';
}

void writeJson(QByteArray &out, const YamlValue &v, int indent)
{
    switch (v.type()) {
    case YamlValue::Type::Null:
        out += "null";
        return;
    case YamlValue::Type::Bool:
        out += v.toBool() ? "true" : "false";
        return;
    case YamlValue::Type::Number: {
        const double n = v.toNumber();
        if (std::isnan(n)) {
            writeTagged(out, "$float", QStringLiteral("nan"), indent);
        } else if (std::isinf(n)) {
            writeTagged(out, "$float", n > 0 ? QStringLiteral("inf") : QStringLiteral("-inf"),
                        indent);
        } else {
            out += Js::numberToString(n).toLatin1();
        }
        return;
    }
    case YamlValue::Type::String:
        appendJsonString(out, v.toString());
        return;
    case YamlValue::Type::Timestamp:
        writeTagged(out, "$timestamp", v.toString(), indent);
        return;
    case YamlValue::Type::Sequence: {
        if (v.items().empty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        bool first = true;
        for (const YamlValue &item : v.items()) {
            if (!first) {
                out += ",\n";
            }
            first = false;
            out += QByteArray(indent + 1, ' ');
            writeJson(out, item, indent + 1);
        }
        out += '\n';
        out += QByteArray(indent, ' ');
        out += ']';
        return;
    }
    case YamlValue::Type::Mapping: {
        if (v.entries().empty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        bool first = true;
        for (const YamlValue::Entry *e : jsonKeyOrder(v.entries())) {
            if (!first) {
                out += ",\n";
            }
            first = false;
            out += QByteArray(indent + 1, ' ');
            appendJsonString(out, e->first);
            out += ": ";
            writeJson(out, e->second, indent + 1);
        }
        out += '\n';
        out += QByteArray(indent, ' ');
        out += '}';
        return;
    }
    }
}

} // namespace

QByteArray YamlValue::toJson() const
{
    QByteArray out;
    writeJson(out, *this, 0);
    return out;
}

} // namespace Cardigan
