#include "htmlsanitizer.h"

#include "htmlallowlist.h"
#include "htmlescape.h"

#include <vector>

namespace Cardigan {

using namespace Qt::StringLiterals;
using HtmlAllowList::Attribute;

namespace {

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r';
}

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// ASCII lowercase only, as HTML does for tag and attribute names.
QString asciiLower(QStringView s)
{
    QString out = s.toString();
    for (QChar &c : out) {
        if (c >= u'A' && c <= u'Z') {
            c = QChar(c.unicode() | 0x20);
        }
    }
    return out;
}

// One pass over the input, with the state of a (simplified) HTML tokenizer and the
// stack of allowed elements opened so far, so the output is always balanced.
class Sanitizer
{
public:
    Sanitizer(QStringView in, const HtmlSanitizer::Policy &policy)
        : m_in(in)
        , m_policy(policy)
        , m_openCount(size_t(HtmlAllowList::elementCount()), 0)
    {
        m_out.reserve(in.size() + in.size() / 8);
    }

    QString run();

private:
    void text();
    void lessThan();
    void startTag();
    void endTag();
    // Tokenizes the attributes of a tag from m_pos to its '>' into m_attributes (when
    // @p keep). False at the end of the input inside the tag: a browser drops such a tag,
    // and so do we.
    bool attributes(bool keep);
    void skipPast(QStringView terminator);
    void skipRawText(QStringView name);
    void close(int id);

    QStringView m_in;
    qsizetype m_pos = 0;
    const HtmlSanitizer::Policy &m_policy;
    QString m_out;
    std::vector<int> m_stack;
    // How many of each element are open: makes "is a </b> closing anything?" O(1), so
    // stray end tags cannot make the pass quadratic.
    std::vector<int> m_openCount;
    std::vector<Attribute> m_attributes; // reused: no allocation per tag
};

QString Sanitizer::run()
{
    while (m_pos < m_in.size()) {
        if (m_in[m_pos] == u'<') {
            lessThan();
        } else {
            text();
        }
    }
    while (!m_stack.empty()) {
        close(m_stack.back());
    }
    return m_out;
}

void Sanitizer::text()
{
    const qsizetype n = m_in.size();
    qsizetype runStart = m_pos;
    while (m_pos < n) {
        const QChar c = m_in[m_pos];
        if (c != u'<' && c != u'>' && c != u'&' && c.unicode() != 0) {
            ++m_pos;
            continue;
        }
        m_out += m_in.mid(runStart, m_pos - runStart);
        if (c == u'<') {
            return;
        }
        if (c == u'>') {
            m_out += u"&gt;";
            ++m_pos;
        } else if (c == u'&') {
            // Keep well-formed references (they are only text); a bare '&' is escaped.
            const qsizetype length = Html::characterReferenceLength(m_in.mid(m_pos));
            if (length > 0) {
                m_out += m_in.mid(m_pos, length);
                m_pos += length;
            } else {
                m_out += u"&amp;";
                ++m_pos;
            }
        } else {
            m_out += QChar(0xFFFD);
            ++m_pos;
        }
        runStart = m_pos;
    }
    m_out += m_in.mid(runStart, m_pos - runStart);
}

void Sanitizer::lessThan()
{
    const qsizetype n = m_in.size();
    const QChar next = m_pos + 1 < n ? m_in[m_pos + 1] : QChar();
    if (isAsciiAlpha(next)) {
        startTag();
    } else if (next == u'/' && m_pos + 2 < n && isAsciiAlpha(m_in[m_pos + 2])) {
        endTag();
    } else if (next == u'/' && m_pos + 2 < n && m_in[m_pos + 2] == u'>') {
        m_pos += 3; // "</>" is nothing
    } else if (next == u'!' && m_in.mid(m_pos).startsWith(u"<!--")) {
        // Comments end at "-->" or "--!>"; "<!-->" and "<!--->" are empty ones.
        m_pos += 4;
        if (m_in.mid(m_pos).startsWith(u">")) {
            m_pos += 1;
        } else if (m_in.mid(m_pos).startsWith(u"->")) {
            m_pos += 2;
        } else {
            const qsizetype end = m_in.indexOf(u"--", m_pos);
            qsizetype at = end;
            while (at >= 0 && !m_in.mid(at).startsWith(u"-->") &&
                   !m_in.mid(at).startsWith(u"--!>")) {
                at = m_in.indexOf(u"--", at + 1);
            }
            m_pos = at < 0 ? n : at + (m_in[at + 2] == u'>' ? 3 : 4);
        }
    } else if ((next == u'!' || next == u'?') || (next == u'/' && m_pos + 2 < n)) {
        // Doctype, CDATA, processing instruction, "</ x>": bogus comments up to '>'.
        m_pos += 2;
        skipPast(u">");
    } else {
        m_out += u"&lt;";
        ++m_pos;
    }
}

void Sanitizer::skipPast(QStringView terminator)
{
    const qsizetype at = m_in.indexOf(terminator, m_pos);
    m_pos = at < 0 ? m_in.size() : at + terminator.size();
}

void Sanitizer::startTag()
{
    const qsizetype n = m_in.size();
    qsizetype p = m_pos + 1;
    // A tag name runs to white space, '/' or '>' and may hold anything else: that is
    // why `<scr<script>` is one (unknown) tag.
    while (p < n && !isHtmlSpace(m_in[p]) && m_in[p] != u'/' && m_in[p] != u'>') {
        ++p;
    }
    const QStringView name = m_in.mid(m_pos + 1, p - m_pos - 1);
    m_pos = p;
    if (!attributes(true)) {
        return;
    }
    const int id = HtmlAllowList::elementId(name);
    if (id >= 0) {
        if (int(m_stack.size()) < HtmlSanitizer::maxDepth &&
            HtmlAllowList::appendStartTag(m_out, id, m_attributes, m_policy) &&
            !HtmlAllowList::isVoid(id)) {
            m_stack.push_back(id);
            ++m_openCount[size_t(id)];
        }
        return;
    }
    switch (HtmlAllowList::disallowed(name)) {
    case HtmlAllowList::Disallowed::DropTag:
        break;
    case HtmlAllowList::Disallowed::DropWithContent:
        skipRawText(name);
        break;
    case HtmlAllowList::Disallowed::DropRest:
        m_pos = n;
        break;
    }
}

void Sanitizer::endTag()
{
    const qsizetype n = m_in.size();
    qsizetype p = m_pos + 2;
    while (p < n && !isHtmlSpace(m_in[p]) && m_in[p] != u'/' && m_in[p] != u'>') {
        ++p;
    }
    const QStringView name = m_in.mid(m_pos + 2, p - m_pos - 2);
    m_pos = p;
    // End tags may carry (ignored) attributes, quoted '>' included.
    if (!attributes(false)) {
        return;
    }
    const int id = HtmlAllowList::elementId(name);
    if (id >= 0 && m_openCount[size_t(id)] > 0) {
        // Close what was left open inside it, as a browser would for formatting elements.
        while (m_stack.back() != id) {
            close(m_stack.back());
        }
        close(id);
    }
}

bool Sanitizer::attributes(bool keep)
{
    m_attributes.clear();
    const qsizetype n = m_in.size();
    qsizetype p = m_pos;
    while (true) {
        while (p < n && (isHtmlSpace(m_in[p]) || m_in[p] == u'/')) {
            ++p;
        }
        if (p >= n) {
            m_pos = n;
            return false;
        }
        if (m_in[p] == u'>') {
            m_pos = p + 1;
            return true;
        }
        // The first character is part of the name whatever it is ('=' and quotes too).
        const qsizetype nameStart = p++;
        while (p < n && !isHtmlSpace(m_in[p]) && m_in[p] != u'/' && m_in[p] != u'>' &&
               m_in[p] != u'=') {
            ++p;
        }
        const QStringView name = m_in.mid(nameStart, p - nameStart);
        while (p < n && isHtmlSpace(m_in[p])) {
            ++p;
        }
        QStringView value;
        if (p < n && m_in[p] == u'=') {
            ++p;
            while (p < n && isHtmlSpace(m_in[p])) {
                ++p;
            }
            if (p >= n) {
                m_pos = n;
                return false;
            }
            const QChar quote = m_in[p];
            if (quote == u'"' || quote == u'\'') {
                const qsizetype close = m_in.indexOf(quote, p + 1);
                if (close < 0) {
                    m_pos = n;
                    return false;
                }
                value = m_in.mid(p + 1, close - p - 1);
                p = close + 1;
            } else {
                const qsizetype valueStart = p;
                while (p < n && !isHtmlSpace(m_in[p]) && m_in[p] != u'>') {
                    ++p;
                }
                value = m_in.mid(valueStart, p - valueStart);
            }
        }
        if (keep) {
            m_attributes.push_back({name, value});
        }
    }
}

void Sanitizer::skipRawText(QStringView name)
{
    // Raw text ends only at "</name" followed by white space, '/' or '>'.
    const QString closer = u"</"_s + asciiLower(name);
    const qsizetype n = m_in.size();
    qsizetype at = m_in.indexOf(closer, m_pos, Qt::CaseInsensitive);
    while (at >= 0) {
        const qsizetype after = at + closer.size();
        if (after >= n || isHtmlSpace(m_in[after]) || m_in[after] == u'/' || m_in[after] == u'>') {
            m_pos = after;
            attributes(false);
            return;
        }
        at = m_in.indexOf(closer, after, Qt::CaseInsensitive);
    }
    m_pos = n;
}

void Sanitizer::close(int id)
{
    m_stack.pop_back();
    --m_openCount[size_t(id)];
    m_out += HtmlAllowList::endTag(id);
}

} // namespace

QString HtmlSanitizer::sanitize(QStringView html, const Policy &policy)
{
    return Sanitizer(html, policy).run();
}

bool HtmlSanitizer::isReservedClass(QStringView token)
{
    return token == u"math" || token.startsWith(u"math-") || token.startsWith(u"katex") ||
           token == u"blocked-remote" || token.startsWith(u"card-") || token.startsWith(u"eval-");
}

} // namespace Cardigan
