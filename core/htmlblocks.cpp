#include "htmlblocks.h"

#include "htmlallowlist.h"

namespace Cardigan {

namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u':' || c == u'_';
}

// From '<' at @p i: one past the tag's '>' (quoted attribute values may hold '>'), or the
// input's end.
qsizetype tagEnd(QStringView html, qsizetype i)
{
    QChar quote;
    for (++i; i < html.size(); ++i) {
        const QChar c = html[i];
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            }
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            return i + 1;
        }
    }
    return html.size();
}

} // namespace

QStringList HtmlBlocks::split(QStringView html)
{
    QStringList blocks;
    qsizetype start = 0;
    qsizetype i = 0;
    int depth = 0;
    // A block ends at the top level; the white space after it is kept with it.
    const auto endBlock = [&](qsizetype end) {
        while (end < html.size() && html[end] != u'<') {
            ++end;
        }
        blocks << html.mid(start, end - start).toString();
        start = end;
        return end;
    };
    while (i < html.size()) {
        const qsizetype lt = html.indexOf(u'<', i);
        if (lt < 0) {
            break;
        }
        if (html.mid(lt, 4) == u"<!--") {
            const qsizetype close = html.indexOf(u"-->", lt + 4);
            i = close < 0 ? html.size() : close + 3;
            continue;
        }
        const qsizetype end = tagEnd(html, lt);
        const bool closing = lt + 1 < html.size() && html[lt + 1] == u'/';
        qsizetype nameEnd = lt + (closing ? 2 : 1);
        while (nameEnd < html.size() && isNameChar(html[nameEnd])) {
            ++nameEnd;
        }
        const QStringView name = html.mid(lt + (closing ? 2 : 1), nameEnd - lt - (closing ? 2 : 1));
        const int id = HtmlAllowList::elementId(name);
        const bool selfClosed = end >= 2 && html[end - 2] == u'/';
        if (closing) {
            depth = std::max(0, depth - 1);
            i = depth == 0 ? endBlock(end) : end;
        } else if ((id >= 0 && HtmlAllowList::isVoid(id)) || selfClosed) {
            i = depth == 0 ? endBlock(end) : end;
        } else {
            ++depth;
            i = end;
        }
    }
    if (start < html.size()) {
        if (!blocks.isEmpty() && html.mid(start).trimmed().isEmpty()) {
            blocks.last() += html.mid(start);
        } else {
            blocks << html.mid(start).toString();
        }
    }
    return blocks;
}

} // namespace Cardigan
