#include "highlightrules.h"

#include <QRegularExpression>

namespace Cardigan::HighlightRules {

namespace {

// A line of front matter starts in one of these; the markdown rules use kinds below 8, so
// the state alone tells which side of the fence a line was coloured for.
enum Kind {
    Normal = 8,
    BlockScalar = 9,   // param: the indentation its lines must exceed
    DoubleQuoted = 10, // a "..." scalar that goes on past the line's end
    SingleQuoted = 11,
};

int kindOf(int state)
{
    return state & 0xf;
}

int paramOf(int state)
{
    return (state >> 4) & 0xfff;
}

int makeState(Kind kind, int param = 0)
{
    return kind | (qBound(0, param, 0xfff) << 4);
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isFlowIndicator(QChar c)
{
    return c == u',' || c == u'[' || c == u']' || c == u'{' || c == u'}';
}

// The YAML 1.2 core schema's non-string plain scalars, as js-yaml (and so the Hub) reads them.
bool isLiteral(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE"
                       "|[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|0o[0-7_]+)"
                       "|[-+]?(?:[0-9][0-9_]*(?:\\.[0-9_]*)?|\\.[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)?"
                       "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"));
    return !text.isEmpty() && re.match(text).hasMatch();
}

class Line
{
public:
    Line(const QString &text, QList<HighlightSpan> *spans)
        : t(text)
        , n(int(text.size()))
        , m_spans(spans)
    {}

    void add(int from, int to, HighlightRole role)
    {
        if (to > from) {
            m_spans->append({from, to - from, role});
        }
    }
    int skipSpaces(int i) const
    {
        while (i < n && isSpace(t.at(i))) {
            ++i;
        }
        return i;
    }
    bool spaceOrEndAt(int i) const { return i >= n || isSpace(t.at(i)); }
    // A '#' starts a comment at the start of a value or after white space.
    bool commentAt(int i) const { return t.at(i) == u'#' && (i == 0 || isSpace(t.at(i - 1))); }
    // One past the closing quote of a scalar whose opening quote is before @p from, or -1.
    int quotedEnd(int from, QChar quote) const
    {
        for (int i = from; i < n; ++i) {
            const QChar c = t.at(i);
            if (quote == u'"' && c == u'\\') {
                ++i;
            } else if (c == quote) {
                if (quote == u'\'' && i + 1 < n && t.at(i + 1) == u'\'') {
                    ++i; // '' is an escaped quote
                } else {
                    return i + 1;
                }
            }
        }
        return -1;
    }
    // The colon that ends a key starting at @p p, or -1.
    int keyColon(int p) const
    {
        const QChar c = t.at(p);
        if (c == u'"' || c == u'\'') {
            const int end = quotedEnd(p + 1, c);
            if (end < 0) {
                return -1;
            }
            const int colon = skipSpaces(end);
            return colon < n && t.at(colon) == u':' && spaceOrEndAt(colon + 1) ? colon : -1;
        }
        if (QStringLiteral("[]{},&*!|>%@`#").contains(c)) {
            return -1;
        }
        for (int i = p; i < n; ++i) {
            if (t.at(i) == u':' && spaceOrEndAt(i + 1)) {
                return i;
            }
            if (i > p && commentAt(i)) {
                return -1;
            }
        }
        return -1;
    }
    // One past the last character of the token at @p i (anchors, aliases, tags).
    int tokenEnd(int i) const
    {
        while (i < n && !isSpace(t.at(i)) && !isFlowIndicator(t.at(i))) {
            ++i;
        }
        return i;
    }

    int value(int p, int parentIndent);
    void flow(int p);

    const QString &t;
    const int n;

private:
    QList<HighlightSpan> *m_spans;
};

// Colours the value that starts at @p p; a block scalar's lines must be indented deeper
// than @p parentIndent. Returns the state the next line starts in.
int Line::value(int p, int parentIndent)
{
    while (true) {
        p = skipSpaces(p);
        if (p >= n) {
            return Normal;
        }
        const QChar c = t.at(p);
        if (commentAt(p)) {
            add(p, n, HighlightRole::Comment);
            return Normal;
        }
        if (c == u'&' || c == u'*' || c == u'!') {
            const int end = tokenEnd(p + 1);
            add(p, end, c == u'!' ? HighlightRole::Tag : HighlightRole::Anchor);
            p = end;
            continue;
        }
        if (c == u'|' || c == u'>') {
            int end = p + 1;
            while (end < n && (t.at(end) == u'+' || t.at(end) == u'-' || t.at(end).isDigit())) {
                ++end;
            }
            const int rest = skipSpaces(end);
            if (rest >= n || commentAt(rest)) {
                add(p, end, HighlightRole::BlockIndicator);
                add(rest, n, HighlightRole::Comment);
                return makeState(BlockScalar, parentIndent);
            }
        }
        if (c == u'"' || c == u'\'') {
            const int end = quotedEnd(p + 1, c);
            if (end < 0) {
                add(p, n, HighlightRole::String);
                return makeState(c == u'"' ? DoubleQuoted : SingleQuoted);
            }
            add(p, end, HighlightRole::String);
            p = end;
            continue;
        }
        if (c == u'[' || c == u'{') {
            flow(p);
            return Normal;
        }
        // A plain scalar: to a comment or the line's end.
        int end = p;
        while (end < n && !commentAt(end)) {
            ++end;
        }
        int last = end;
        while (last > p && isSpace(t.at(last - 1))) {
            --last;
        }
        if (isLiteral(QStringView(t).mid(p, last - p))) {
            add(p, last, HighlightRole::Literal);
        }
        p = end;
    }
}

// Colours a flow collection ("[a, b]", "{k: v}") to the line's end.
void Line::flow(int p)
{
    int i = p;
    while (i < n) {
        const QChar c = t.at(i);
        if (isSpace(c)) {
            ++i;
        } else if (isFlowIndicator(c)) {
            add(i, i + 1, HighlightRole::Punctuation);
            ++i;
        } else if (commentAt(i)) {
            add(i, n, HighlightRole::Comment);
            return;
        } else if (c == u'"' || c == u'\'') {
            const int end = quotedEnd(i + 1, c);
            add(i, end < 0 ? n : end, HighlightRole::String);
            i = end < 0 ? n : end;
        } else if (c == u'&' || c == u'*' || c == u'!') {
            const int end = tokenEnd(i + 1);
            add(i, end, c == u'!' ? HighlightRole::Tag : HighlightRole::Anchor);
            i = end;
        } else if (c == u':') {
            add(i, i + 1, HighlightRole::Punctuation);
            ++i;
        } else {
            int end = i;
            while (end < n && !isFlowIndicator(t.at(end)) && !commentAt(end) &&
                   !(t.at(end) == u':' &&
                     (end + 1 >= n || isSpace(t.at(end + 1)) || isFlowIndicator(t.at(end + 1))))) {
                ++end;
            }
            int last = end;
            while (last > i && isSpace(t.at(last - 1))) {
                --last;
            }
            if (end < n && t.at(end) == u':') {
                add(i, last, HighlightRole::Key);
            } else if (isLiteral(QStringView(t).mid(i, last - i))) {
                add(i, last, HighlightRole::Literal);
            }
            i = end;
        }
    }
}

} // namespace

int yamlStartState()
{
    return Normal;
}

bool isYamlState(int state)
{
    return state >= 0 && kindOf(state) >= Normal;
}

int yamlLine(const QString &text, int state, QList<HighlightSpan> *spans)
{
    Line line(text, spans);
    const int n = line.n;
    const int indent = line.skipSpaces(0);
    switch (isYamlState(state) ? kindOf(state) : Normal) {
    case BlockScalar:
        // Blank lines and lines indented deeper than the parent belong to the scalar.
        if (indent >= n || indent > paramOf(state)) {
            line.add(indent, n, HighlightRole::String);
            return state;
        }
        break;
    case DoubleQuoted:
    case SingleQuoted: {
        const int end = line.quotedEnd(0, kindOf(state) == DoubleQuoted ? u'"' : u'\'');
        if (end < 0) {
            line.add(0, n, HighlightRole::String);
            return state;
        }
        line.add(0, end, HighlightRole::String);
        return line.value(end, 0);
    }
    default:
        break;
    }

    int p = indent;
    if (p >= n) {
        return Normal;
    }
    if (text.at(p) == u'#') {
        line.add(p, n, HighlightRole::Comment);
        return Normal;
    }
    if (p == 0 &&
        (text.startsWith(QLatin1String("---")) || text.startsWith(QLatin1String("..."))) &&
        line.spaceOrEndAt(3)) {
        line.add(0, 3, HighlightRole::Fence);
        return line.value(3, 0);
    }
    int parentIndent = indent;
    // Sequence entries ("- - item") and explicit keys ("? key").
    while (p < n && (text.at(p) == u'-' || text.at(p) == u'?') && line.spaceOrEndAt(p + 1)) {
        line.add(p, p + 1, HighlightRole::Punctuation);
        parentIndent = p;
        p = line.skipSpaces(p + 1);
    }
    if (p >= n) {
        return Normal;
    }
    const int colon = line.keyColon(p);
    if (colon >= 0) {
        int last = colon;
        while (last > p && isSpace(text.at(last - 1))) {
            --last;
        }
        line.add(p, last, HighlightRole::Key);
        line.add(colon, colon + 1, HighlightRole::Punctuation);
        parentIndent = p;
        p = colon + 1;
    }
    return line.value(p, parentIndent);
}

} // namespace Cardigan::HighlightRules
