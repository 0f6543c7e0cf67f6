#include "highlightrules.h"

#include <QRegularExpression>

namespace Cardigan::HighlightRules {

namespace {

// What a body line can start inside of (kinds 0..7; the YAML rules use 8 and up).
enum Kind {
    Normal = 0,
    FencedCode = 1,  // param: the fence's length, plus 0x80 when it is made of '~'
    DisplayMath = 2, // a $$ that the line did not close
    HtmlComment = 3, // a <!-- that the line did not close
};

int kindOf(int state)
{
    return state < 0 || (state & 0xf) > HtmlComment ? Normal : state & 0xf;
}

struct Fence
{
    QChar ch;
    int length = 0;
    int end = 0; // one past the fence run
};

// A run of three or more backticks or tildes after optional indentation.
Fence fenceAt(const QString &t)
{
    int i = 0;
    while (i < t.size() && t.at(i) == u' ') {
        ++i;
    }
    if (i >= t.size() || (t.at(i) != u'`' && t.at(i) != u'~')) {
        return {};
    }
    const QChar ch = t.at(i);
    int end = i;
    while (end < t.size() && t.at(end) == ch) {
        ++end;
    }
    if (end - i < 3) {
        return {};
    }
    return {ch, end - i, end};
}

bool isBlankFrom(const QString &t, int i)
{
    for (; i < t.size(); ++i) {
        if (!t.at(i).isSpace()) {
            return false;
        }
    }
    return true;
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
    void blockStart();
    int inlines(int from, int to, int depth = 0);

    const QString &t;
    const int n;

private:
    int link(int i, int to, int depth);
    int closing(int i, int to, QChar open, QChar close) const;
    QList<HighlightSpan> *m_spans;
};

// Headings, quotes, list markers and thematic breaks, which only a line's start can open.
void Line::blockStart()
{
    static const QRegularExpression heading(QStringLiteral("^ {0,3}(?:> ?)*#{1,6}(?=\\s|$)"));
    static const QRegularExpression quote(QStringLiteral("^ {0,3}>(?: {0,4}>)*"));
    static const QRegularExpression rule(
        QStringLiteral("^ {0,3}(?:(?:-[ \\t]*){3,}|(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,})$"));
    static const QRegularExpression list(QStringLiteral(
        "^[ \\t]*(?:>[ \\t]?)*(?:[-*+]|\\d{1,9}[.)])(?:[ \\t]+\\[[ xX]\\])?(?=[ \\t]|$)"));
    static const QRegularExpression definition(
        QStringLiteral("^ {0,3}(\\[[^\\]]+\\]):[ \\t]*(\\S+)"));

    if (rule.match(t).hasMatch()) {
        add(0, n, HighlightRole::ListMarker);
        return;
    }
    if (const auto m = quote.match(t); m.hasMatch()) {
        add(0, n, HighlightRole::Quote);
    }
    if (const auto m = heading.match(t); m.hasMatch()) {
        add(0, n, HighlightRole::Heading);
        return;
    }
    if (const auto m = list.match(t); m.hasMatch()) {
        // The marker only, not the quote markers before it.
        int markerStart = 0;
        for (int i = 0; i < int(m.capturedEnd()); ++i) {
            if (!t.at(i).isSpace() && t.at(i) != u'>') {
                markerStart = i;
                break;
            }
        }
        add(markerStart, int(m.capturedEnd()), HighlightRole::ListMarker);
    }
    if (const auto m = definition.match(t); m.hasMatch()) {
        add(int(m.capturedStart(1)), int(m.capturedEnd(1)), HighlightRole::Link);
        add(int(m.capturedStart(2)), int(m.capturedEnd(2)), HighlightRole::Url);
    }
}

// The index of the bracket that closes the one at @p i (nested pairs and escapes skipped),
// or -1 before @p to.
int Line::closing(int i, int to, QChar open, QChar close) const
{
    int depth = 0;
    for (int j = i; j < to; ++j) {
        const QChar c = t.at(j);
        if (c == u'\\') {
            ++j;
        } else if (c == open) {
            ++depth;
        } else if (c == close && --depth == 0) {
            return j;
        }
    }
    return -1;
}

// A link or image at @p i ("[text](url)", "![alt](src)", "[text][ref]"); returns where
// scanning goes on, or -1 when there is none.
int Line::link(int i, int to, int depth)
{
    const int open = t.at(i) == u'!' ? i + 1 : i;
    const int close = closing(open, to, u'[', u']');
    if (close < 0 || close + 1 >= to) {
        return -1;
    }
    const QChar next = t.at(close + 1);
    int end = -1;
    if (next == u'(') {
        end = closing(close + 1, to, u'(', u')');
    } else if (next == u'[') {
        end = closing(close + 1, to, u'[', u']');
    }
    if (end < 0) {
        return -1;
    }
    add(i, close + 1, HighlightRole::Link);
    // Code, math and emphasis inside the text keep their own colours.
    inlines(open + 1, close, depth + 1);
    add(close + 1, end + 1, HighlightRole::Url);
    return end + 1;
}

// Colours inline markup in [from, to); returns the state the next line starts in.
int Line::inlines(int from, int to, int depth)
{
    static const QRegularExpression strong(
        QStringLiteral("(?<![\\w*\\\\])\\*\\*(?!\\s).+?(?<![\\s\\\\])\\*\\*|(?<![\\w_])__(?!\\s).+?"
                       "(?<!\\s)__(?!\\w)"));
    static const QRegularExpression emphasis(
        QStringLiteral("(?<![\\w*\\\\])\\*(?![\\s*]).*?(?<![\\s*\\\\])\\*(?![*\\w])"
                       "|(?<![\\w_])_(?![\\s_]).*?(?<![\\s_])_(?!\\w)"));
    static const QRegularExpression tag(QStringLiteral(
        "</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*?)?/?>|</?[A-Za-z][A-Za-z0-9-]*(?=\\s|$)"));
    static const QRegularExpression autolink(QStringLiteral("<(?:https?|ftp|mailto):[^\\s<>]*>"));
    static const QRegularExpression bareUrl(
        QStringLiteral("https?://[^\\s<>()\\[\\]]*[^\\s<>()\\[\\].,;:!?'\"]"));

    if (depth > 4) {
        return Normal;
    }
    const QStringView view = QStringView(t).left(to);
    // Emphasis first: code, math, tags and URLs found below are coloured over it.
    for (const QRegularExpression *re : {&emphasis, &strong}) {
        auto it = re->globalMatch(view, from);
        while (it.hasNext()) {
            const auto m = it.next();
            add(int(m.capturedStart()), int(m.capturedEnd()),
                re == &strong ? HighlightRole::Strong : HighlightRole::Emphasis);
        }
    }

    int i = from;
    while (i < to) {
        const QChar c = t.at(i);
        if (c == u'\\') {
            // "\\(" is inline math as the Hub writes it; any other backslash escapes.
            if (t.mid(i, 3) == QLatin1String("\\\\(")) {
                const int end = int(t.indexOf(QLatin1String("\\\\)"), i + 3));
                if (end >= 0 && end < to) {
                    add(i, end + 3, HighlightRole::Math);
                    i = end + 3;
                    continue;
                }
            }
            i += 2;
        } else if (c == u'`') {
            int run = i;
            while (run < to && t.at(run) == u'`') {
                ++run;
            }
            const int length = run - i;
            // The span closes at a run of exactly as many backticks.
            int j = run;
            int end = -1;
            while (j < to) {
                if (t.at(j) != u'`') {
                    ++j;
                    continue;
                }
                int k = j;
                while (k < to && t.at(k) == u'`') {
                    ++k;
                }
                if (k - j == length) {
                    end = k;
                    break;
                }
                j = k;
            }
            if (end >= 0) {
                add(i, end, HighlightRole::Code);
                i = end;
            } else {
                i = run;
            }
        } else if (c == u'$' && i + 1 < to && t.at(i + 1) == u'$') {
            const int end = int(t.indexOf(QLatin1String("$$"), i + 2));
            if (end < 0 || end >= to) {
                add(i, to, HighlightRole::Math);
                return DisplayMath;
            }
            add(i, end + 2, HighlightRole::Math);
            i = end + 2;
        } else if (c == u'<') {
            if (QStringView(t).mid(i, 4) == QLatin1String("<!--")) {
                const int end = int(t.indexOf(QLatin1String("-->"), i + 4));
                if (end < 0 || end >= to) {
                    add(i, to, HighlightRole::Comment);
                    return HtmlComment;
                }
                add(i, end + 3, HighlightRole::Comment);
                i = end + 3;
                continue;
            }
            QRegularExpressionMatch m =
                autolink.match(view, i, QRegularExpression::NormalMatch,
                               QRegularExpression::AnchorAtOffsetMatchOption);
            const HighlightRole role = m.hasMatch() ? HighlightRole::Url : HighlightRole::Html;
            if (!m.hasMatch()) {
                m = tag.match(view, i, QRegularExpression::NormalMatch,
                              QRegularExpression::AnchorAtOffsetMatchOption);
            }
            if (m.hasMatch()) {
                add(i, int(m.capturedEnd()), role);
                i = int(m.capturedEnd());
            } else {
                ++i;
            }
        } else if (c == u'[' || (c == u'!' && i + 1 < to && t.at(i + 1) == u'[')) {
            const int next = link(i, to, depth);
            i = next < 0 ? i + 1 : next;
        } else if (c == u'h' && (i == 0 || !t.at(i - 1).isLetterOrNumber())) {
            const auto m = bareUrl.match(view, i, QRegularExpression::NormalMatch,
                                         QRegularExpression::AnchorAtOffsetMatchOption);
            if (m.hasMatch()) {
                add(i, int(m.capturedEnd()), HighlightRole::Url);
                i = int(m.capturedEnd());
            } else {
                ++i;
            }
        } else {
            ++i;
        }
    }
    return Normal;
}

} // namespace

int markdownLine(const QString &text, int state, QList<HighlightSpan> *spans)
{
    Line line(text, spans);
    const int n = line.n;
    int from = 0;
    switch (kindOf(state)) {
    case FencedCode: {
        const Fence fence = fenceAt(text);
        const QChar ch = (state >> 4) & 0x80 ? u'~' : u'`';
        if (fence.length >= ((state >> 4) & 0x7f) && fence.ch == ch &&
            isBlankFrom(text, fence.end)) {
            line.add(0, n, HighlightRole::CodeFence);
            return Normal;
        }
        line.add(0, n, HighlightRole::Code);
        return state;
    }
    case DisplayMath: {
        const int end = int(text.indexOf(QLatin1String("$$")));
        if (end < 0) {
            line.add(0, n, HighlightRole::Math);
            return state;
        }
        line.add(0, end + 2, HighlightRole::Math);
        from = end + 2;
        break;
    }
    case HtmlComment: {
        const int end = int(text.indexOf(QLatin1String("-->")));
        if (end < 0) {
            line.add(0, n, HighlightRole::Comment);
            return state;
        }
        line.add(0, end + 3, HighlightRole::Comment);
        from = end + 3;
        break;
    }
    default:
        break;
    }
    if (from == 0) {
        const Fence fence = fenceAt(text);
        // A backtick fence's info string cannot hold a backtick (that is inline code).
        if (fence.length > 0 && (fence.ch == u'~' || text.indexOf(u'`', fence.end) < 0)) {
            line.add(0, n, HighlightRole::CodeFence);
            const int param = qMin(fence.length, 0x7f) | (fence.ch == u'~' ? 0x80 : 0);
            return FencedCode | (param << 4);
        }
        line.blockStart();
    }
    return line.inlines(from, n);
}

} // namespace Cardigan::HighlightRules
