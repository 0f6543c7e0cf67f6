#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace Cardigan {

/**
 * A line diff: Myers' O(ND) algorithm in linear space, after the lines found on one side
 * only are set aside (they can never match, so the result stays a longest common
 * subsequence) and with a cost limit on each search, so that even two unrelated 600 KB
 * cards diff in milliseconds (the result is then valid but possibly not minimal).
 *
 * Lines keep their terminators ("\n", "\r\n", "\r"): a line whose terminator changed is a
 * changed line, as it is for the bytes on disk.
 */
class LineDiff
{
public:
    /// What a run of lines does.
    enum class Op { Equal, Delete, Insert };

    /// A run of lines: Equal and Delete count old lines from oldStart, Insert new lines
    /// from newStart. Runs come in order and cover both sides completely.
    struct Chunk
    {
        Op op = Op::Equal;
        qsizetype oldStart = 0;
        qsizetype newStart = 0;
        qsizetype count = 0;

        bool operator==(const Chunk &other) const
        {
            return op == other.op && oldStart == other.oldStart && newStart == other.newStart &&
                   count == other.count;
        }
    };

    /// The default cost limit: searches for one split point give up after this many steps.
    static constexpr int defaultCostLimit = 256;

    /// @p text cut into lines, each with its terminator; no empty line after a final one.
    static std::vector<QStringView> splitLines(QStringView text);

    /// The runs turning @p oldLines into @p newLines. A @p costLimit of 0 means none
    /// (always minimal; quadratic time on unrelated inputs).
    static std::vector<Chunk> diff(const std::vector<QStringView> &oldLines,
                                   const std::vector<QStringView> &newLines,
                                   int costLimit = defaultCostLimit);

    /**
     * A unified diff (as `diff -u`) from @p oldText to @p newText, with @p context lines
     * around each change; empty when the texts are equal. Lines are shown without their
     * terminators, except that a changed line whose terminator is not the old text's usual
     * one shows it as U+240D/U+240A, and a missing final newline is noted as diff does.
     */
    static QString unified(const QString &oldText, const QString &newText, const QString &oldLabel,
                           const QString &newLabel, int context = 3);
};

} // namespace Cardigan
