#include "frontmatter.h"

namespace Cardigan {

namespace {

bool isEol(QChar c)
{
    return c == u'\n' || c == u'\r';
}

bool hasFenceAt(const QString &text, qsizetype i)
{
    return text.size() - i >= 3 && text.at(i) == u'-' && text.at(i + 1) == u'-' &&
           text.at(i + 2) == u'-';
}

// Group 3 and 4 of the rule at i: (?:\r\n|\r|\n)---[ \t]*(\r\n|\n|$). Returns the offset
// of the closing "---" and sets bodyStart, or -1.
qsizetype matchClose(const QString &text, qsizetype i, qsizetype *bodyStart)
{
    qsizetype fence = -1;
    if (text.at(i) == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
        fence = i + 2;
    } else {
        fence = i + 1;
    }
    if (!hasFenceAt(text, fence)) {
        return -1;
    }
    qsizetype j = fence + 3;
    while (j < text.size() && (text.at(j) == u' ' || text.at(j) == u'\t')) {
        ++j;
    }
    if (j == text.size()) {
        *bodyStart = j;
    } else if (text.at(j) == u'\n') {
        *bodyStart = j + 1;
    } else if (text.at(j) == u'\r' && j + 1 < text.size() && text.at(j + 1) == u'\n') {
        *bodyStart = j + 2;
    } else {
        return -1; // a lone CR does not close the block
    }
    return fence;
}

} // namespace

bool FrontMatter::isJsSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || (u >= 0x09 && u <= 0x0d) || u == 0xa0 || u == 0x1680 ||
           (u >= 0x2000 && u <= 0x200a) || u == 0x2028 || u == 0x2029 || u == 0x202f ||
           u == 0x205f || u == 0x3000 || u == 0xfeff;
}

FrontMatter FrontMatter::shifted(qsizetype delta) const
{
    FrontMatter fm = *this;
    if (found) {
        fm.openStart += delta;
        fm.yamlStart += delta;
        fm.yamlEnd += delta;
        fm.closeStart += delta;
        fm.bodyStart += delta;
    }
    return fm;
}

FrontMatter FrontMatter::find(const QString &text)
{
    FrontMatter fm;
    // \s* is greedy and '-' is not white space, so only the longest prefix can work.
    qsizetype open = 0;
    while (open < text.size() && isJsSpace(text.at(open))) {
        ++open;
    }
    if (hasFenceAt(text, open)) {
        const qsizetype eol = open + 3;
        // (?:\r\n|\r|\n): try \r\n first, then backtrack to a lone \r.
        qsizetype starts[2] = {-1, -1};
        if (eol < text.size() && text.at(eol) == u'\r' && eol + 1 < text.size() &&
            text.at(eol + 1) == u'\n') {
            starts[0] = eol + 2;
            starts[1] = eol + 1;
        } else if (eol < text.size() && isEol(text.at(eol))) {
            starts[0] = eol + 1;
        }
        for (qsizetype start : starts) {
            if (start < 0) {
                continue;
            }
            // ([\S\s]*?) is lazy: the first line break followed by a closing fence wins.
            for (qsizetype i = start; i < text.size(); ++i) {
                if (!isEol(text.at(i))) {
                    continue;
                }
                qsizetype body = 0;
                const qsizetype close = matchClose(text, i, &body);
                if (close >= 0) {
                    fm.found = true;
                    fm.openStart = open;
                    fm.yamlStart = start;
                    fm.yamlEnd = i;
                    fm.closeStart = close;
                    fm.bodyStart = body;
                    return fm;
                }
            }
        }
    }
    // The Hub's special case: "---<EOL>---" at the very start is an empty block.
    if (hasFenceAt(text, 0) && text.size() > 3 && isEol(text.at(3))) {
        const qsizetype start =
            (text.at(3) == u'\r' && text.size() > 4 && text.at(4) == u'\n') ? 5 : 4;
        // The empty rule's own EOL is (?:\r\n|\r|\n) as well: try both readings.
        for (qsizetype s : {start, qsizetype(4)}) {
            qsizetype body = 0;
            if (s <= text.size() && hasFenceAt(text, s)) {
                qsizetype j = s + 3;
                while (j < text.size() && (text.at(j) == u' ' || text.at(j) == u'\t')) {
                    ++j;
                }
                bool ok = false;
                if (j == text.size()) {
                    ok = true, body = j;
                } else if (text.at(j) == u'\n') {
                    ok = true, body = j + 1;
                } else if (text.at(j) == u'\r' && j + 1 < text.size() && text.at(j + 1) == u'\n') {
                    ok = true, body = j + 2;
                }
                if (ok) {
                    fm.found = true;
                    fm.openStart = 0;
                    fm.yamlStart = 3;
                    fm.yamlEnd = 3;
                    fm.closeStart = s;
                    fm.bodyStart = body;
                    return fm;
                }
            }
        }
    }
    return fm;
}

} // namespace Cardigan
