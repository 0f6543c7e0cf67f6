#pragma once

#include <QByteArray>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Cardigan {

/// A git-lfs pointer file: what a clone holds for a big file it did not download.
struct LfsPointer
{
    QByteArray oid;  ///< "sha256:<64 hex digits>"
    qint64 size = 0; ///< the size of the real file
};

/**
 * git-lfs pointer files and the `.gitattributes` rules that route paths to LFS.
 */
namespace Lfs {

/// git-lfs never treats a blob of this size or more as a pointer (spec: "< 1024 bytes").
constexpr qint64 maxPointerSize = 1024;
/// The smallest possible pointer: the version line, an oid line and "size 0".
constexpr qint64 minPointerSize = 120;
/// The first line of every pointer.
constexpr char versionLine[] = "version https://git-lfs.github.com/spec/v1\n";

/**
 * Parses @p bytes as a pointer (spec v1): the version line first, then "key value"
 * lines sorted by key, among them `oid sha256:<hex>` and `size <digits>`. Anything else
 * is not a pointer.
 */
std::optional<LfsPointer> parsePointer(const QByteArray &bytes);

} // namespace Lfs

/**
 * The LFS rules of a `.gitattributes` file: which paths have `filter=lfs`.
 *
 * The common subset of gitattributes patterns is implemented: `#` comments; `*`, `?`
 * and `[...]` (with `!` or `^` negation) not crossing `/`; a pattern without a slash
 * matches the file name at any depth; a pattern with a slash is anchored at the
 * repository root (a leading `/` is dropped); `**` as a whole path segment (leading,
 * trailing or between two slashes) matches any number of folders; a trailing `/`
 * (folders only) never matches a file, as in git. Later lines win. `filter=lfs` sets; `-filter`,
 * `!filter` and any other `filter=` value unset. Not implemented: quoted patterns,
 * macros (`[attr]`), `.gitattributes` files in subfolders.
 */
class GitAttributes
{
public:
    static GitAttributes parse(const QByteArray &text);

    /// True when the last rule matching @p relativePath (with `/` separators) sets LFS.
    bool isLfs(const QString &relativePath) const;
    /// The patterns that set `filter=lfs`, in file order.
    QStringList lfsPatterns() const;
    bool isEmpty() const { return m_rules.empty(); }

    /// The anchored regular expression a gitattributes @p pattern compiles to.
    static QString patternToRegex(const QString &pattern);

private:
    struct Rule
    {
        QString pattern;
        QRegularExpression regex;
        QString suffix; ///< for the common "*.ext" patterns: matched without the regex
        bool lfs = false;
    };
    std::vector<Rule> m_rules;
};

} // namespace Cardigan
