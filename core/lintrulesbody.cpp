// The markdown body: `$...$` math the Hub does not render, recommended sections.
#include "cardsections.h"
#include "lintcontext.h"
#include "tr.h"

namespace Cardigan {

namespace {

using Severity = Diagnostic::Severity;

struct Line
{
    qsizetype start = 0;
    QString text; ///< without its terminator
};

std::vector<Line> bodyLines(const QString &text, qsizetype from)
{
    std::vector<Line> lines;
    qsizetype i = from;
    while (i < text.size()) {
        qsizetype e = i;
        while (e < text.size() && text[e] != u'\n' && text[e] != u'\r') {
            ++e;
        }
        lines.push_back({i, text.mid(i, e - i)});
        i = e;
        if (i < text.size() && text[i] == u'\r') {
            ++i;
        }
        if (i < text.size() && text[i] == u'\n') {
            ++i;
        }
    }
    return lines;
}

int leadingSpaces(const QString &s)
{
    int n = 0;
    for (QChar c : s) {
        if (c == u' ') {
            ++n;
        } else if (c == u'\t') {
            n += 4 - n % 4;
        } else {
            break;
        }
    }
    return n;
}

bool isBlank(const QString &s)
{
    return s.trimmed().isEmpty();
}

// The line with every code span blanked out, so math inside one is not seen.
QString withoutCodeSpans(const QString &s)
{
    QString out = s;
    qsizetype i = 0;
    while (i < out.size()) {
        if (out[i] != u'`') {
            ++i;
            continue;
        }
        qsizetype run = 0;
        while (i + run < out.size() && out[i + run] == u'`') {
            ++run;
        }
        const QString ticks(run, u'`');
        qsizetype close = i + run;
        for (;;) {
            close = out.indexOf(ticks, close);
            if (close < 0 || close + run >= out.size() || out[close + run] != u'`') {
                break;
            }
            while (close < out.size() && out[close] == u'`') {
                ++close; // a longer run does not close this span
            }
        }
        if (close < 0) {
            i += run;
            continue;
        }
        for (qsizetype k = i; k < close + run; ++k) {
            out[k] = u' ';
        }
        i = close + run;
    }
    return out;
}

bool isDollar(const QString &s, qsizetype i)
{
    return i >= 0 && i < s.size() && s[i] == u'$';
}

// Inline `$...$` on one line, with the usual TeX heuristics so prices are not math: no
// space after the opening `$` or before the closing one, no digit right after the
// closing one, `\$` escaped, `$$` left alone (the Hub renders it).
void lintMathLine(LintContext &ctx, const Line &line, const QString &masked)
{
    qsizetype i = 0;
    while (i < masked.size()) {
        const bool opening = masked[i] == u'$' && !isDollar(masked, i - 1) &&
                             !isDollar(masked, i + 1) && (i == 0 || masked[i - 1] != u'\\') &&
                             i + 1 < masked.size() && !masked[i + 1].isSpace();
        if (!opening) {
            ++i;
            continue;
        }
        qsizetype close = -1;
        for (qsizetype j = i + 2; j < masked.size(); ++j) {
            if (masked[j] != u'$' || masked[j - 1] == u'\\') {
                continue;
            }
            if (isDollar(masked, j + 1)) {
                break; // `$$` starts display math: not the end of inline math
            }
            if (!masked[j - 1].isSpace() && !(j + 1 < masked.size() && masked[j + 1].isDigit())) {
                close = j;
            }
            break;
        }
        if (close < 0) {
            ++i;
            continue;
        }
        const QString tex = line.text.mid(i + 1, close - i - 1);
        const qsizetype start = line.start + i;
        Diagnostic &d = ctx.add(Severity::Warning, QStringLiteral("math-inline-dollar"),
                                Tr::tr("The Hub does not render $...$ as math; write "
                                       "\\\\(...\\\\) for inline math."),
                                start, line.start + close + 1);
        d.fix = Fix::replace(Tr::tr("Write as \\\\(...\\\\)"),
                             {start, line.start + close + 1,
                              QStringLiteral("\\\\(") + tex + QStringLiteral("\\\\)")});
        i = close + 1;
    }
}

// The recommended sections the linter asks for (CardSections: the list the completeness
// view shares), each found when a heading names it.
void lintSections(LintContext &ctx, qsizetype at)
{
    const std::vector<CardSections::Heading> headings = CardSections::headings(ctx.text(), at);
    for (const CardSections::Section &s : CardSections::recommended()) {
        if (!s.lintWhat) {
            continue;
        }
        const bool present =
            std::any_of(headings.begin(), headings.end(), [&](const CardSections::Heading &h) {
                return CardSections::matches(s, h.text);
            });
        if (!present) {
            ctx.add(Severity::Info, QStringLiteral("section-missing"),
                    Tr::tr("The card has no section about %1 (recommended by the Hub's model "
                           "card guide).")
                        .arg(Tr::tr(s.lintWhat)),
                    at, at);
        }
    }
}

} // namespace

void lintBodyRules(LintContext &ctx)
{
    const FrontMatter &fm = ctx.frontMatter();
    const qsizetype bodyStart = fm.found ? fm.bodyStart : 0;
    const std::vector<Line> lines = bodyLines(ctx.text(), bodyStart);
    QChar fenceChar;
    int fenceLen = 0; // inside a fenced code block when > 0
    bool previousBlank = true;
    bool inIndentedCode = false;
    for (const Line &line : lines) {
        QChar ch;
        const int len = CardSections::fenceLength(line.text, &ch);
        if (fenceLen > 0) {
            if (len >= fenceLen && ch == fenceChar && line.text.trimmed().size() == len) {
                fenceLen = 0;
            }
            continue;
        }
        if (len > 0) {
            fenceLen = len;
            fenceChar = ch;
            continue;
        }
        const bool blank = isBlank(line.text);
        inIndentedCode =
            !blank && leadingSpaces(line.text) >= 4 && (previousBlank || inIndentedCode);
        previousBlank = blank;
        if (inIndentedCode || blank) {
            continue;
        }
        lintMathLine(ctx, line, withoutCodeSpans(line.text));
    }
    lintSections(ctx, bodyStart);
}

} // namespace Cardigan
