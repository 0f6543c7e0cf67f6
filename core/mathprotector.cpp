#include "mathprotector.h"

#include "htmlescape.h"

namespace Cardigan {

using namespace Qt::StringLiterals;

namespace {

bool isLineBreak(char c)
{
    return c == '\n' || c == '\r';
}

// The line starting at @p i (just after a line break) holds only spaces and tabs.
bool blankLineAt(const QByteArray &s, qsizetype i)
{
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) {
        ++i;
    }
    return i >= s.size() || isLineBreak(s[i]);
}

} // namespace

QByteArray MathProtector::protect(const QByteArray &s, const std::vector<Range> &code)
{
    m_math.clear();
    // ASCII letters and digits pass through md4c untouched in every context (text, link
    // destinations, attributes), unlike control or private-use characters.
    m_prefix = "cgmathq";
    while (s.contains(m_prefix)) {
        m_prefix += 'q';
    }

    QByteArray out;
    const qsizetype n = s.size();
    qsizetype copied = 0;
    size_t r = 0;
    // A failed search for a closer fails again for any opener before where it stopped:
    // remembering that keeps the scan linear on text full of unmatched delimiters.
    qsizetype displayFailedUntil = -1;
    qsizetype inlineFailedUntil = -1;

    const auto record = [&](qsizetype begin, qsizetype texBegin, qsizetype texEnd, qsizetype end,
                            bool display) {
        if (out.isEmpty()) {
            out.reserve(n);
        }
        out.append(s.constData() + copied, begin - copied);
        out += m_prefix;
        out += QByteArray::number(qsizetype(m_math.size()));
        out += 'x';
        m_math.push_back({s.mid(begin, end - begin), s.mid(texBegin, texEnd - texBegin), display});
        copied = end;
    };

    qsizetype i = 0;
    while (i < n) {
        while (r < code.size() && code[r].end <= i) {
            ++r;
        }
        if (r < code.size() && code[r].begin <= i) {
            i = code[r].end;
            continue;
        }
        const qsizetype limit = r < code.size() ? std::min(code[r].begin, n) : n;
        const char c = s[i];
        if (c == '\\') {
            qsizetype run = i;
            while (run < n && s[run] == '\\') {
                ++run;
            }
            if (run - i == 2 && run < limit && s[run] == '(' && i >= inlineFailedUntil) {
                qsizetype texEnd = 0;
                const qsizetype end = findInlineEnd(s, run + 1, limit, &texEnd);
                if (end < 0) {
                    inlineFailedUntil = texEnd;
                } else if (texEnd > run + 1) {
                    record(i, run + 1, texEnd, end, false);
                    i = end;
                    continue;
                }
            }
            // An odd run before '$' escapes it: `\$$` is a dollar and a lone '$'.
            i = (run < n && s[run] == '$' && (run - i) % 2 == 1) ? run + 1 : run;
            continue;
        }
        if (c == '$' && i + 1 < limit && s[i + 1] == '$') {
            if (i >= displayFailedUntil) {
                const qsizetype close = findDisplayEnd(s, i + 2, limit);
                if (close < 0) {
                    displayFailedUntil = limit;
                } else if (!s.mid(i + 2, close - i - 2).trimmed().isEmpty()) {
                    record(i, i + 2, close, close + 2, true);
                    i = close + 2;
                    continue;
                } else {
                    i = close + 2; // "$$$$" and "$$ $$" are text
                    continue;
                }
            }
            i += 2;
            continue;
        }
        ++i;
    }
    if (m_math.empty()) {
        return s;
    }
    out.append(s.constData() + copied, n - copied);
    return out;
}

qsizetype MathProtector::findDisplayEnd(const QByteArray &s, qsizetype from, qsizetype limit) const
{
    for (qsizetype k = from; k < limit;) {
        if (s[k] == '\\') {
            k += 2; // TeX's escapes (`\$`, `\\`) never close the math
        } else if (s[k] == '$' && k + 1 < limit && s[k + 1] == '$') {
            return k;
        } else {
            ++k;
        }
    }
    return -1;
}

qsizetype MathProtector::findInlineEnd(const QByteArray &s, qsizetype from, qsizetype limit,
                                       qsizetype *texEnd) const
{
    for (qsizetype k = from; k < limit;) {
        const char c = s[k];
        if (c == '\\') {
            qsizetype run = k;
            while (run < limit && s[run] == '\\') {
                ++run;
            }
            if (run - k >= 2 && run < limit && s[run] == ')') {
                *texEnd = run - 2;
                return run + 1;
            }
            k = run;
        } else if (isLineBreak(c)) {
            const qsizetype next =
                (c == '\r' && k + 1 < s.size() && s[k + 1] == '\n') ? k + 2 : k + 1;
            if (blankLineAt(s, next)) {
                *texEnd = k; // inline math ends with its paragraph
                return -1;
            }
            k = next;
        } else {
            ++k;
        }
    }
    *texEnd = limit;
    return -1;
}

QString MathProtector::element(const Math &math) const
{
    const QString tex = Html::escape(QString::fromUtf8(math.tex));
    if (math.display) {
        return u"<span class=\"math math-display\">$$"_s + tex + u"$$</span>"_s;
    }
    return u"<span class=\"math math-inline\">\\("_s + tex + u"\\)</span>"_s;
}

QString MathProtector::restore(const QString &html) const
{
    if (m_math.empty()) {
        return html;
    }
    const QString prefix = QString::fromLatin1(m_prefix);
    QString out;
    out.reserve(html.size() + html.size() / 4);
    qsizetype pos = 0;
    bool inTag = false;
    while (true) {
        const qsizetype at = html.indexOf(prefix, pos);
        if (at < 0) {
            break;
        }
        // Sanitized HTML escapes '<' and '>' everywhere but in tags, so this is exact.
        for (qsizetype k = pos; k < at; ++k) {
            if (html[k] == u'<') {
                inTag = true;
            } else if (html[k] == u'>') {
                inTag = false;
            }
        }
        out += QStringView(html).mid(pos, at - pos);
        qsizetype d = at + prefix.size();
        qsizetype index = 0;
        const qsizetype digits = d;
        while (d < html.size() && html[d].isDigit() && html[d].unicode() < 128 && d - digits < 12) {
            index = index * 10 + (html[d].unicode() - u'0');
            ++d;
        }
        if (d == digits || d >= html.size() || html[d] != u'x' || index >= count()) {
            out += prefix; // not ours after all (cannot happen: the prefix is unique)
            pos = at + prefix.size();
            continue;
        }
        const Math &math = m_math[size_t(index)];
        pos = d + 1;
        if (inTag) {
            Html::appendEscaped(out, QString::fromUtf8(math.source));
        } else if (math.display && out.endsWith(u"<p>"_s) &&
                   QStringView(html).mid(pos).startsWith(u"</p>")) {
            out.chop(3);
            out += u"<div class=\"math math-display\">$$"_s;
            Html::appendEscaped(out, QString::fromUtf8(math.tex));
            out += u"$$</div>"_s;
            pos += 4;
        } else {
            out += element(math);
        }
    }
    out += QStringView(html).mid(pos);
    return out;
}

} // namespace Cardigan
