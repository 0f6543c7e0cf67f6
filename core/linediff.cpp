#include "linediff.h"

#include <QHash>

#include <algorithm>
#include <climits>

namespace Cardigan {

namespace {

// Myers' middle-snake search over line codes, as in GNU diff's diffseq.h: it marks the
// lines that are not part of the common subsequence. Ranges to compare wait on an
// explicit stack, so adversarial inputs cannot exhaust the call stack.
class Searcher
{
public:
    Searcher(const std::vector<int> &a, const std::vector<int> &b, int costLimit)
        : m_a(a)
        , m_b(b)
        , m_costLimit(costLimit)
        , m_offset(int(b.size()) + 1)
        , m_forward(a.size() + b.size() + 3)
        , m_backward(a.size() + b.size() + 3)
        , m_deleted(a.size(), false)
        , m_inserted(b.size(), false)
    {}

    void run()
    {
        struct Range
        {
            int xoff, xlim, yoff, ylim;
        };
        std::vector<Range> stack{{0, int(m_a.size()), 0, int(m_b.size())}};
        while (!stack.empty()) {
            auto [xoff, xlim, yoff, ylim] = stack.back();
            stack.pop_back();
            while (xoff < xlim && yoff < ylim && m_a[size_t(xoff)] == m_b[size_t(yoff)]) {
                ++xoff;
                ++yoff;
            }
            while (xlim > xoff && ylim > yoff && m_a[size_t(xlim - 1)] == m_b[size_t(ylim - 1)]) {
                --xlim;
                --ylim;
            }
            if (xoff == xlim || yoff == ylim) {
                markChanged(xoff, xlim, yoff, ylim);
                continue;
            }
            const auto [xmid, ymid] = split(xoff, xlim, yoff, ylim);
            // A split on a corner would not make progress (it cannot happen; be safe).
            const bool inside = xoff <= xmid && xmid <= xlim && yoff <= ymid && ymid <= ylim;
            if (!inside || (xmid == xoff && ymid == yoff) || (xmid == xlim && ymid == ylim)) {
                markChanged(xoff, xlim, yoff, ylim);
                continue;
            }
            stack.push_back({xmid, xlim, ymid, ylim});
            stack.push_back({xoff, xmid, yoff, ymid});
        }
    }

    const std::vector<bool> &deleted() const { return m_deleted; }
    const std::vector<bool> &inserted() const { return m_inserted; }

private:
    int &fd(int diagonal) { return m_forward[size_t(diagonal + m_offset)]; }
    int &bd(int diagonal) { return m_backward[size_t(diagonal + m_offset)]; }

    void markChanged(int xoff, int xlim, int yoff, int ylim)
    {
        std::fill(m_deleted.begin() + xoff, m_deleted.begin() + xlim, true);
        std::fill(m_inserted.begin() + yoff, m_inserted.begin() + ylim, true);
    }

    // The point where a shortest edit path crosses the middle, searching from both ends
    // at once (diagonal k holds the points with x - y == k). Past the cost limit, the
    // point furthest along any path found so far: valid, maybe not minimal.
    std::pair<int, int> split(int xoff, int xlim, int yoff, int ylim)
    {
        const int dmin = xoff - ylim;
        const int dmax = xlim - yoff;
        const int fmid = xoff - yoff;
        const int bmid = xlim - ylim;
        const bool odd = ((fmid - bmid) & 1) != 0;
        int fmin = fmid;
        int fmax = fmid;
        int bmin = bmid;
        int bmax = bmid;
        fd(fmid) = xoff;
        bd(bmid) = xlim;
        for (int cost = 1;; ++cost) {
            if (fmin > dmin) {
                fd(--fmin - 1) = -1;
            } else {
                ++fmin;
            }
            if (fmax < dmax) {
                fd(++fmax + 1) = -1;
            } else {
                --fmax;
            }
            m_budget -= fmax - fmin + 1;
            for (int d = fmax; d >= fmin; d -= 2) {
                const int lo = fd(d - 1);
                const int hi = fd(d + 1);
                int x = lo >= hi ? lo + 1 : hi;
                int y = x - d;
                while (x < xlim && y < ylim && m_a[size_t(x)] == m_b[size_t(y)]) {
                    ++x;
                    ++y;
                }
                fd(d) = x;
                if (odd && bmin <= d && d <= bmax && bd(d) <= x) {
                    return {x, y};
                }
            }
            if (bmin > dmin) {
                bd(--bmin - 1) = INT_MAX;
            } else {
                ++bmin;
            }
            if (bmax < dmax) {
                bd(++bmax + 1) = INT_MAX;
            } else {
                --bmax;
            }
            m_budget -= bmax - bmin + 1;
            for (int d = bmax; d >= bmin; d -= 2) {
                const int lo = bd(d - 1);
                const int hi = bd(d + 1);
                int x = lo < hi ? lo : hi - 1;
                int y = x - d;
                while (x > xoff && y > yoff && m_a[size_t(x - 1)] == m_b[size_t(y - 1)]) {
                    --x;
                    --y;
                }
                bd(d) = x;
                if (!odd && fmin <= d && d <= fmax && x <= fd(d)) {
                    return {x, y};
                }
            }
            // Once the whole diff has used its budget, every further search stops at once:
            // the rest of the script is coarser, but the time stays bounded.
            const bool overBudget = m_costLimit > 0 && m_budget <= 0;
            if ((m_costLimit > 0 && cost >= m_costLimit) || overBudget) {
                return furthest(xoff, xlim, yoff, ylim, fmin, fmax, bmin, bmax);
            }
        }
    }

    std::pair<int, int> furthest(int xoff, int xlim, int yoff, int ylim, int fmin, int fmax,
                                 int bmin, int bmax)
    {
        int forwardBest = -1;
        int forwardX = xoff;
        for (int d = fmax; d >= fmin; d -= 2) {
            int x = std::min(fd(d), xlim);
            int y = x - d;
            if (y > ylim) {
                x = ylim + d;
                y = ylim;
            }
            if (x + y > forwardBest) {
                forwardBest = x + y;
                forwardX = x;
            }
        }
        int backwardBest = INT_MAX;
        int backwardX = xlim;
        for (int d = bmax; d >= bmin; d -= 2) {
            int x = std::max(xoff, bd(d));
            int y = x - d;
            if (y < yoff) {
                x = yoff + d;
                y = yoff;
            }
            if (x + y < backwardBest) {
                backwardBest = x + y;
                backwardX = x;
            }
        }
        // Take whichever search got further from its own corner.
        if ((xlim + ylim) - backwardBest < forwardBest - (xoff + yoff)) {
            return {forwardX, forwardBest - forwardX};
        }
        return {backwardX, backwardBest - backwardX};
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    const int m_costLimit;
    const int m_offset;
    std::vector<int> m_forward;
    std::vector<int> m_backward;
    std::vector<bool> m_deleted;
    std::vector<bool> m_inserted;
    // Diagonal steps left for the whole diff (snakes are linear and not counted).
    qint64 m_budget = 20'000'000;
};

qsizetype terminatorLength(QStringView text, qsizetype i)
{
    if (text[i] == u'\n') {
        return 1;
    }
    if (text[i] == u'\r') {
        return i + 1 < text.size() && text[i + 1] == u'\n' ? 2 : 1;
    }
    return 0;
}

QStringView terminatorOf(QStringView line)
{
    if (line.endsWith(u"\r\n")) {
        return line.last(2);
    }
    if (line.endsWith(u'\n') || line.endsWith(u'\r')) {
        return line.last(1);
    }
    return {};
}

QString visibleTerminator(QStringView eol)
{
    QString shown;
    for (const QChar c : eol) {
        shown += c == u'\r' ? QChar(0x240d) : QChar(0x240a);
    }
    return shown;
}

// The terminator most lines of @p lines end with ("\n" when there are none).
QStringView usualTerminator(const std::vector<QStringView> &lines)
{
    int lf = 0;
    int crlf = 0;
    int cr = 0;
    for (const QStringView line : lines) {
        const QStringView eol = terminatorOf(line);
        if (eol == u"\n") {
            ++lf;
        } else if (eol == u"\r\n") {
            ++crlf;
        } else if (eol == u"\r") {
            ++cr;
        }
    }
    if (crlf > lf && crlf >= cr) {
        return u"\r\n";
    }
    if (cr > lf && cr > crlf) {
        return u"\r";
    }
    return u"\n";
}

} // namespace

std::vector<QStringView> LineDiff::splitLines(QStringView text)
{
    std::vector<QStringView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype n = terminatorLength(text, i);
        if (n == 0) {
            ++i;
            continue;
        }
        i += n;
        lines.push_back(text.sliced(start, i - start));
        start = i;
    }
    if (start < text.size()) {
        lines.push_back(text.sliced(start));
    }
    return lines;
}

std::vector<LineDiff::Chunk> LineDiff::diff(const std::vector<QStringView> &oldLines,
                                            const std::vector<QStringView> &newLines, int costLimit)
{
    // Lines become integers; a line found on one side only is certainly deleted or
    // inserted, so only lines found on both sides go to the (costly) search.
    QHash<QStringView, int> codes;
    codes.reserve(qsizetype(oldLines.size()));
    std::vector<int> oldCodes;
    oldCodes.reserve(oldLines.size());
    for (const QStringView line : oldLines) {
        auto it = codes.find(line);
        if (it == codes.end()) {
            it = codes.insert(line, int(codes.size()));
        }
        oldCodes.push_back(*it);
    }
    std::vector<bool> inNew(size_t(codes.size()), false);
    std::vector<int> newCodes;
    newCodes.reserve(newLines.size());
    for (const QStringView line : newLines) {
        const auto it = codes.constFind(line);
        const int code = it == codes.cend() ? -1 : *it;
        newCodes.push_back(code);
        if (code >= 0) {
            inNew[size_t(code)] = true;
        }
    }
    std::vector<int> a;
    std::vector<size_t> aIndex;
    for (size_t i = 0; i < oldCodes.size(); ++i) {
        if (inNew[size_t(oldCodes[i])]) {
            a.push_back(oldCodes[i]);
            aIndex.push_back(i);
        }
    }
    std::vector<int> b;
    std::vector<size_t> bIndex;
    for (size_t j = 0; j < newCodes.size(); ++j) {
        if (newCodes[j] >= 0) {
            b.push_back(newCodes[j]);
            bIndex.push_back(j);
        }
    }
    Searcher searcher(a, b, costLimit);
    searcher.run();

    std::vector<bool> deleted(oldLines.size(), true);
    for (size_t i = 0; i < a.size(); ++i) {
        deleted[aIndex[i]] = searcher.deleted()[i];
    }
    std::vector<bool> inserted(newLines.size(), true);
    for (size_t j = 0; j < b.size(); ++j) {
        inserted[bIndex[j]] = searcher.inserted()[j];
    }

    // Kept lines pair up in order; between two kept pairs come deletions, then insertions.
    std::vector<Chunk> chunks;
    const auto append = [&](Op op, qsizetype oldStart, qsizetype newStart) {
        if (!chunks.empty() && chunks.back().op == op) {
            ++chunks.back().count;
        } else {
            chunks.push_back({op, oldStart, newStart, 1});
        }
    };
    size_t i = 0;
    size_t j = 0;
    while (i < oldLines.size() || j < newLines.size()) {
        if (i < oldLines.size() && deleted[i]) {
            append(Op::Delete, qsizetype(i), qsizetype(j));
            ++i;
        } else if (j < newLines.size() && inserted[j]) {
            append(Op::Insert, qsizetype(i), qsizetype(j));
            ++j;
        } else {
            append(Op::Equal, qsizetype(i), qsizetype(j));
            ++i;
            ++j;
        }
    }
    return chunks;
}

QString LineDiff::unified(const QString &oldText, const QString &newText, const QString &oldLabel,
                          const QString &newLabel, int context)
{
    const std::vector<QStringView> oldLines = splitLines(oldText);
    const std::vector<QStringView> newLines = splitLines(newText);
    const std::vector<Chunk> chunks = diff(oldLines, newLines);
    const QStringView usual = usualTerminator(oldLines);
    context = std::max(context, 0);

    QString out;
    const auto emitLine = [&](QChar mark, QStringView line, bool changed) {
        const QStringView eol = terminatorOf(line);
        out += mark;
        out += line.chopped(eol.size());
        if (changed && !eol.isEmpty() && eol != usual) {
            out += visibleTerminator(eol);
        }
        out += u'\n';
        if (eol.isEmpty()) {
            out += QLatin1String("\\ No newline at end of file\n");
        }
    };

    // Hunks: changed chunks with their context; two hunks whose context would touch merge.
    size_t c = 0;
    while (c < chunks.size()) {
        if (chunks[c].op == Op::Equal) {
            ++c;
            continue;
        }
        size_t last = c;
        while (last + 1 < chunks.size()) {
            const Chunk &next = chunks[last + 1];
            if (next.op != Op::Equal) {
                ++last;
            } else if (last + 2 < chunks.size() && next.count <= 2 * context) {
                last += 2;
            } else {
                break;
            }
        }
        const qsizetype lead = c > 0 ? std::min<qsizetype>(chunks[c - 1].count, context) : 0;
        const qsizetype trail =
            last + 1 < chunks.size() ? std::min<qsizetype>(chunks[last + 1].count, context) : 0;
        const qsizetype oldStart = chunks[c].oldStart - lead;
        const qsizetype newStart = chunks[c].newStart - lead;
        const Chunk &end = last + 1 < chunks.size() ? chunks[last + 1] : chunks[last];
        const qsizetype oldEnd =
            last + 1 < chunks.size() ? end.oldStart + trail : qsizetype(oldLines.size());
        const qsizetype newEnd =
            last + 1 < chunks.size() ? end.newStart + trail : qsizetype(newLines.size());
        if (out.isEmpty()) {
            out += QLatin1String("--- ") + oldLabel + u'\n';
            out += QLatin1String("+++ ") + newLabel + u'\n';
        }
        // diff -u numbers from 1, and names the line before an empty range.
        const auto range = [](qsizetype start, qsizetype count) {
            const qsizetype first = count == 0 ? start : start + 1;
            return count == 1 ? QString::number(first)
                              : QStringLiteral("%1,%2").arg(first).arg(count);
        };
        out += QStringLiteral("@@ -%1 +%2 @@\n")
                   .arg(range(oldStart, oldEnd - oldStart), range(newStart, newEnd - newStart));
        for (qsizetype k = 0; k < lead; ++k) {
            emitLine(u' ', oldLines[size_t(oldStart + k)], false);
        }
        for (size_t k = c; k <= last; ++k) {
            const Chunk &chunk = chunks[k];
            for (qsizetype n = 0; n < chunk.count; ++n) {
                switch (chunk.op) {
                case Op::Equal:
                    emitLine(u' ', oldLines[size_t(chunk.oldStart + n)], false);
                    break;
                case Op::Delete:
                    emitLine(u'-', oldLines[size_t(chunk.oldStart + n)], true);
                    break;
                case Op::Insert:
                    emitLine(u'+', newLines[size_t(chunk.newStart + n)], true);
                    break;
                }
            }
        }
        for (qsizetype k = 0; k < trail; ++k) {
            emitLine(u' ', oldLines[size_t(end.oldStart + k)], false);
        }
        c = last + 1;
    }
    return out;
}

} // namespace Cardigan
