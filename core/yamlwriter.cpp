#include "yamlwriter.h"

#include "yaml11.h"
#include "yamlreader.h"

#include <charconv>
#include <cmath>
#include <map>

namespace Cardigan {

namespace {

QString pad(int n)
{
    return QString(n, u' ');
}

int columnOf(const QString &text, qsizetype pos)
{
    qsizetype s = pos;
    while (s > 0 && text.at(s - 1) != u'\n' && text.at(s - 1) != u'\r') {
        --s;
    }
    return int(pos - s);
}

int mostCommon(const std::map<int, int> &counts, int fallback)
{
    int best = fallback;
    int bestCount = 0;
    for (const auto &[value, count] : counts) {
        if (count > bestCount) {
            best = value;
            bestCount = count;
        }
    }
    return best;
}

bool needsEscape(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029 ||
           u == 0xfeff || u == 0xfffe || u == 0xffff;
}

} // namespace

YamlStyleGuide YamlStyleGuide::detect(const YamlTree &tree, const QString &yaml)
{
    YamlStyleGuide g;
    std::map<int, int> steps;
    std::map<int, int> seqIndents;
    std::map<int, int> itemIndents;
    int single = 0;
    int dbl = 0;
    int block = 0;
    int flow = 0;
    for (const YamlNode &n : tree.nodes) {
        switch (n.style) {
        case YamlStyle::SingleQuoted:
            ++single;
            break;
        case YamlStyle::DoubleQuoted:
            ++dbl;
            break;
        case YamlStyle::FlowSequence:
        case YamlStyle::FlowMapping:
            flow += n.children.empty() ? 0 : 1;
            break;
        case YamlStyle::BlockMapping:
        case YamlStyle::BlockSequence:
            ++block;
            break;
        default:
            break;
        }
        if (n.parent < 0) {
            continue;
        }
        const YamlNode &p = tree.node(n.parent);
        if (p.style == YamlStyle::BlockMapping && !n.children.empty()) {
            // n is a key or a value; only values that are block collections count.
            for (size_t i = 1; i < p.children.size(); i += 2) {
                if (&tree.node(p.children[i]) != &n) {
                    continue;
                }
                const int keyCol = columnOf(yaml, tree.node(p.children[i - 1]).start);
                const int col = columnOf(yaml, n.contentStart);
                if (n.style == YamlStyle::BlockMapping && col > keyCol) {
                    ++steps[col - keyCol];
                } else if (n.style == YamlStyle::BlockSequence && col >= keyCol) {
                    ++seqIndents[col - keyCol];
                }
            }
        }
        if (p.style == YamlStyle::BlockSequence && n.style == YamlStyle::BlockMapping &&
            !n.children.empty()) {
            // The item's first key against its dash: "- key" is 2, "-   key" is 4.
            const qsizetype keyStart = tree.node(n.children[0]).start;
            qsizetype dash = keyStart - 1;
            while (dash >= 0 && yaml.at(dash) == u' ') {
                --dash;
            }
            if (dash >= 0 && yaml.at(dash) == u'-') {
                ++itemIndents[int(keyStart - dash)];
            }
        }
    }
    g.indentStep = mostCommon(steps, 2);
    g.sequenceIndent = mostCommon(seqIndents, 0);
    g.itemIndent = mostCommon(itemIndents, 2);
    g.quote = dbl > single ? u'"' : u'\'';
    g.preferFlow = flow > block - 1 && flow > 0; // the root mapping itself is one block
    return g;
}

YamlWriter::YamlWriter(const YamlStyleGuide &guide)
    : m_guide(guide)
{}

bool YamlWriter::isPlainSafe(const QString &s, bool inFlow)
{
    if (s.isEmpty() || s.at(0).isSpace() || s.back().isSpace()) {
        return false;
    }
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(s.at(0)) || s.endsWith(u':')) {
        return false;
    }
    if (s.contains(QLatin1String(": ")) || s.contains(QLatin1String(" #"))) {
        return false;
    }
    for (QChar c : s) {
        if (needsEscape(c) || c == u'\t' || (inFlow && QStringLiteral(",[]{}").contains(c))) {
            return false;
        }
    }
    // Both readers must take it for this very string.
    if (Yaml11::resolve(s) != Yaml11::Type::String) {
        return false;
    }
    const YamlReadResult r = YamlReader::read(inFlow ? u'[' + s + u']' : QStringLiteral("k: ") + s);
    if (!r.ok) {
        return false;
    }
    const YamlValue v = r.tree.value();
    const YamlValue *got = inFlow
                               ? (v.isSequence() && v.items().size() == 1 ? &v.items()[0] : nullptr)
                               : (v.isMapping() ? v.find(QStringLiteral("k")) : nullptr);
    return got && got->isString() && got->toString() == s;
}

QString YamlWriter::number(double n, bool integral)
{
    if (std::isnan(n)) {
        return QStringLiteral(".nan");
    }
    if (std::isinf(n)) {
        return n > 0 ? QStringLiteral(".inf") : QStringLiteral("-.inf");
    }
    if ((integral || n == std::floor(n)) && std::fabs(n) < 9007199254740992.0) {
        return QString::number(qint64(n));
    }
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, n);
    QString out = QString::fromLatin1(buf, int(res.ptr - buf));
    // YAML 1.1 wants a dot and a signed exponent: 1e-07 -> 1.0e-07, 1e+21 -> 1.0e+21.
    const qsizetype e = out.indexOf(u'e');
    if (e >= 0 && !out.left(e).contains(u'.')) {
        out.insert(e, QLatin1String(".0"));
    }
    return out;
}

QString YamlWriter::doubleQuoted(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (QChar c : s) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case 0:
            out += QLatin1String("\\0");
            break;
        default:
            if (needsEscape(c)) {
                out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
            } else {
                out += c;
            }
        }
    }
    return out + u'"';
}

QString YamlWriter::singleQuoted(const QString &s)
{
    QString inner = s;
    inner.replace(u'\'', QLatin1String("''"));
    return u'\'' + inner + u'\'';
}

QString YamlWriter::scalar(const YamlValue &v, bool inFlow, QChar quote) const
{
    switch (v.type()) {
    case YamlValue::Type::Null:
        return QStringLiteral("null");
    case YamlValue::Type::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case YamlValue::Type::Number:
        return number(v.toNumber(), v.isIntegral());
    case YamlValue::Type::Timestamp:
        return v.toString();
    case YamlValue::Type::String: {
        const QString s = v.toString();
        if (isPlainSafe(s, inFlow)) {
            return s;
        }
        const QChar q = quote.isNull() ? m_guide.quote : quote;
        bool singleOk = q == u'\'';
        for (QChar c : s) {
            singleOk = singleOk && !needsEscape(c);
        }
        return singleOk ? singleQuoted(s) : doubleQuoted(s);
    }
    case YamlValue::Type::Sequence:
    case YamlValue::Type::Mapping:
        return flow(v);
    }
    return QString();
}

QString YamlWriter::key(const QString &k) const
{
    return scalar(YamlValue::string(k), false);
}

QString YamlWriter::flow(const YamlValue &v) const
{
    if (v.isSequence()) {
        QStringList parts;
        for (const YamlValue &item : v.items()) {
            parts << flow(item);
        }
        return u'[' + parts.join(QLatin1String(", ")) + u']';
    }
    if (v.isMapping()) {
        QStringList parts;
        for (const YamlValue::Entry &e : v.entries()) {
            parts << scalar(YamlValue::string(e.first), true) + QLatin1String(": ") +
                         flow(e.second);
        }
        return u'{' + parts.join(QLatin1String(", ")) + u'}';
    }
    return scalar(v, true);
}

bool YamlWriter::isInline(const YamlValue &v) const
{
    if (v.isSequence()) {
        return v.items().empty() || m_guide.preferFlow;
    }
    if (v.isMapping()) {
        return v.entries().empty() || m_guide.preferFlow;
    }
    return true;
}

QStringList YamlWriter::entry(const QString &k, const YamlValue &v, int column) const
{
    const QString head = pad(column) + key(k) + u':';
    if (isInline(v)) {
        return {head + u' ' + (v.isSequence() || v.isMapping() ? flow(v) : scalar(v, false))};
    }
    const int child = column + (v.isMapping() ? m_guide.indentStep : m_guide.sequenceIndent);
    return QStringList{head} + block(v, child);
}

QStringList YamlWriter::item(const YamlValue &v, int column) const
{
    if (isInline(v)) {
        return {pad(column) + QLatin1String("- ") +
                (v.isSequence() || v.isMapping() ? flow(v) : scalar(v, false))};
    }
    // The content starts on the dash line: "- key: v" with the rest aligned under "key".
    const int indent = v.isMapping() ? m_guide.itemIndent : 2;
    QStringList lines = block(v, column + indent);
    lines[0] = pad(column) + u'-' + pad(indent - 1) + lines[0].mid(column + indent);
    return lines;
}

QStringList YamlWriter::block(const YamlValue &v, int column) const
{
    QStringList lines;
    if (v.isMapping()) {
        for (const YamlValue::Entry &e : v.entries()) {
            lines += entry(e.first, e.second, column);
        }
    } else if (v.isSequence()) {
        for (const YamlValue &i : v.items()) {
            lines += item(i, column);
        }
    } else {
        lines << pad(column) + scalar(v, false);
    }
    return lines;
}

} // namespace Cardigan
