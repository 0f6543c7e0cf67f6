#include "yamlpath.h"

#include "tr.h"

#include <cmath>

namespace Cardigan {

YamlPath::YamlPath(std::vector<Segment> segments)
    : m_segments(std::move(segments))
{}

std::optional<YamlPath> YamlPath::parse(const QString &text, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<YamlPath> {
        if (error) {
            *error = Tr::tr("bad path \"%1\": %2").arg(text, why);
        }
        return std::nullopt;
    };
    std::vector<Segment> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool expectKey = true;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'[') {
            const qsizetype close = text.indexOf(u']', i);
            if (close < 0) {
                return fail(Tr::tr("'[' without ']'"));
            }
            const QString inner = text.mid(i + 1, close - i - 1).trimmed();
            Segment s;
            if (inner == QLatin1String("+")) {
                s.kind = Segment::Kind::Append;
            } else {
                bool ok = false;
                s.index = inner.toLongLong(&ok);
                if (!ok || s.index < 0 || inner.startsWith(u'+')) {
                    return fail(
                        Tr::tr("'%1' is not an index (a number, or + to append)").arg(inner));
                }
                s.kind = Segment::Kind::Index;
            }
            out.push_back(s);
            i = close + 1;
            expectKey = false;
            continue;
        }
        if (c == u'.') {
            if (expectKey) {
                return fail(Tr::tr("empty key"));
            }
            expectKey = true;
            ++i;
            continue;
        }
        if (!expectKey) {
            return fail(Tr::tr("'.' or '[' expected at %1").arg(i + 1));
        }
        Segment s;
        if (c == u'"' || c == u'\'') {
            const qsizetype close = text.indexOf(c, i + 1);
            if (close < 0) {
                return fail(Tr::tr("unclosed quote"));
            }
            s.key = text.mid(i + 1, close - i - 1);
            i = close + 1;
        } else {
            qsizetype j = i;
            while (j < n && text.at(j) != u'.' && text.at(j) != u'[') {
                if (text.at(j) == u']') {
                    return fail(Tr::tr("']' without '['"));
                }
                ++j;
            }
            s.key = text.mid(i, j - i);
            i = j;
        }
        out.push_back(s);
        expectKey = false;
    }
    if (out.empty() || expectKey) {
        return fail(Tr::tr("empty key"));
    }
    return YamlPath(std::move(out));
}

YamlPath YamlPath::parent() const
{
    std::vector<Segment> s = m_segments;
    if (!s.empty()) {
        s.pop_back();
    }
    return YamlPath(std::move(s));
}

YamlPath YamlPath::child(const Segment &s) const
{
    std::vector<Segment> out = m_segments;
    out.push_back(s);
    return YamlPath(std::move(out));
}

QString YamlPath::toString() const
{
    QString out;
    for (const Segment &s : m_segments) {
        switch (s.kind) {
        case Segment::Kind::Key: {
            const bool quote = s.key.contains(u'.') || s.key.contains(u'[') ||
                               s.key.contains(u']') || s.key.isEmpty();
            if (!out.isEmpty()) {
                out += u'.';
            }
            out += quote ? u'"' + s.key + u'"' : s.key;
            break;
        }
        case Segment::Kind::Index:
            out += u'[' + QString::number(s.index) + u']';
            break;
        case Segment::Kind::Append:
            out += QLatin1String("[+]");
            break;
        }
    }
    return out;
}

QString yamlKeyString(const YamlValue &key)
{
    switch (key.type()) {
    case YamlValue::Type::Null:
        return QStringLiteral("null");
    case YamlValue::Type::Bool:
        return key.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case YamlValue::Type::Number: {
        const QByteArray json = key.toJson();
        if (json.startsWith('{')) { // NaN and infinities
            const double d = key.toNumber();
            return std::isnan(d)
                       ? QStringLiteral("NaN")
                       : (d > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity"));
        }
        return QString::fromUtf8(json);
    }
    case YamlValue::Type::String:
    case YamlValue::Type::Timestamp:
        return key.toString();
    case YamlValue::Type::Sequence: {
        QStringList parts;
        for (const YamlValue &v : key.items()) {
            parts << (v.isNull() ? QString() : yamlKeyString(v));
        }
        return parts.join(u',');
    }
    case YamlValue::Type::Mapping:
        return QStringLiteral("[object Object]");
    }
    return QString();
}

const YamlValue *yamlValueAt(const YamlValue &root, const YamlPath &path)
{
    const YamlValue *cur = &root;
    for (const YamlPath::Segment &s : path.segments()) {
        if (s.kind == YamlPath::Segment::Kind::Key) {
            if (!cur->isMapping()) {
                return nullptr;
            }
            cur = cur->find(s.key);
        } else if (s.kind == YamlPath::Segment::Kind::Index) {
            if (!cur->isSequence() || s.index >= qsizetype(cur->items().size())) {
                return nullptr;
            }
            cur = &cur->items()[size_t(s.index)];
        } else {
            return nullptr;
        }
        if (!cur) {
            return nullptr;
        }
    }
    return cur;
}

namespace {

std::optional<YamlValue> withValue(const YamlValue &node, const YamlPath &path, qsizetype depth,
                                   const YamlValue &value, QString *error)
{
    if (depth == path.size()) {
        return value;
    }
    const YamlPath::Segment &s = path.at(depth);
    auto fail = [&](const QString &why) -> std::optional<YamlValue> {
        if (error) {
            *error = why;
        }
        return std::nullopt;
    };
    const QString where = YamlPath(std::vector<YamlPath::Segment>(path.segments().begin(),
                                                                  path.segments().begin() + depth))
                              .toString();
    if (s.kind == YamlPath::Segment::Kind::Key) {
        if (!node.isMapping() && !node.isNull()) {
            return fail(Tr::tr("%1 is not a mapping")
                            .arg(where.isEmpty() ? Tr::tr("the metadata") : where));
        }
        std::vector<YamlValue::Entry> entries =
            node.isMapping() ? node.entries() : std::vector<YamlValue::Entry>();
        for (YamlValue::Entry &e : entries) {
            if (e.first == s.key) {
                auto v = withValue(e.second, path, depth + 1, value, error);
                if (!v) {
                    return std::nullopt;
                }
                e.second = *v;
                return YamlValue::mapping(std::move(entries));
            }
        }
        auto v = withValue(YamlValue(), path, depth + 1, value, error);
        if (!v) {
            return std::nullopt;
        }
        entries.emplace_back(s.key, *v);
        return YamlValue::mapping(std::move(entries));
    }
    const bool startsList =
        node.isNull() && (s.kind == YamlPath::Segment::Kind::Append || s.index == 0);
    if (!node.isSequence() && !startsList) {
        return fail(Tr::tr("%1 is not a list").arg(where));
    }
    std::vector<YamlValue> items = node.isSequence() ? node.items() : std::vector<YamlValue>();
    const qsizetype index =
        s.kind == YamlPath::Segment::Kind::Append ? qsizetype(items.size()) : s.index;
    if (index > qsizetype(items.size())) {
        return fail(
            Tr::tr("%1 has %n item(s); index %2 is past the end", nullptr, int(items.size()))
                .arg(where)
                .arg(index));
    }
    const YamlValue old = index < qsizetype(items.size()) ? items[size_t(index)] : YamlValue();
    auto v = withValue(old, path, depth + 1, value, error);
    if (!v) {
        return std::nullopt;
    }
    if (index == qsizetype(items.size())) {
        items.push_back(*v);
    } else {
        items[size_t(index)] = *v;
    }
    return YamlValue::sequence(std::move(items));
}

std::optional<YamlValue> without(const YamlValue &node, const YamlPath &path, qsizetype depth)
{
    const YamlPath::Segment &s = path.at(depth);
    const bool last = depth + 1 == path.size();
    if (s.kind == YamlPath::Segment::Kind::Key) {
        if (!node.isMapping()) {
            return std::nullopt;
        }
        std::vector<YamlValue::Entry> entries = node.entries();
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            if (it->first != s.key) {
                continue;
            }
            if (last) {
                entries.erase(it);
            } else {
                auto v = without(it->second, path, depth + 1);
                if (!v) {
                    return std::nullopt;
                }
                it->second = *v;
            }
            return YamlValue::mapping(std::move(entries));
        }
        return std::nullopt;
    }
    if (s.kind != YamlPath::Segment::Kind::Index || !node.isSequence() ||
        s.index >= qsizetype(node.items().size())) {
        return std::nullopt;
    }
    std::vector<YamlValue> items = node.items();
    if (last) {
        items.erase(items.begin() + s.index);
    } else {
        auto v = without(items[size_t(s.index)], path, depth + 1);
        if (!v) {
            return std::nullopt;
        }
        items[size_t(s.index)] = *v;
    }
    return YamlValue::sequence(std::move(items));
}

} // namespace

std::optional<YamlValue> yamlWithValue(const YamlValue &root, const YamlPath &path,
                                       const YamlValue &value, QString *error)
{
    return withValue(root, path, 0, value, error);
}

std::optional<YamlValue> yamlWithout(const YamlValue &root, const YamlPath &path)
{
    if (path.isEmpty()) {
        return std::nullopt;
    }
    return without(root, path, 0);
}

} // namespace Cardigan
