#pragma once

#include "reposcan.h"

#include <QString>

#include <functional>

namespace Cardigan {

/**
 * Lists a cloned model repository and reads only what says something about the
 * model: `.gitattributes`, `config.json`, safetensors and GGUF headers, the first
 * bytes of small files that may be LFS pointers. Big files are never read beyond their
 * headers. `.git` is skipped; symbolic links are never followed out of the repository
 * (a link leading out is reported), links to folders inside are listed, not entered.
 * Runs on any thread: no QObject, no shared state but the read-only catalogue.
 */
class RepoScanner
{
public:
    struct Options
    {
        int maxFiles = 100'000; ///< past this the scan stops and says "truncated"
        int maxDepth = 64;
        bool readHeaders = true; ///< read safetensors/GGUF headers and config.json
        qint64 maxSafetensorsHeader = 100'000'000;
        qint64 maxGgufHeader = 64'000'000;
        /// Called on the scanning thread every progressInterval files listed, and once
        /// the listing is complete, with the number of files so far. Returning false
        /// stops the scan: the result is marked cancelled. Unset: no calls.
        std::function<bool(int files)> progress;
        int progressInterval = 256;
    };

    /// Files of this size or more must go through LFS or the Hub refuses the push.
    static constexpr qint64 lfsRequiredSize = 10 * 1024 * 1024;
    /// Files over this size need `huggingface-cli lfs-enable-largefiles` to push.
    static constexpr qint64 largeFileSize = qint64(5) * 1024 * 1024 * 1024;
    /// config.json and index files larger than this are not read.
    static constexpr qint64 maxJsonSize = 16'000'000;

    static RepoScan scan(const QString &dir, const Options &options);
    static RepoScan scan(const QString &dir) { return scan(dir, Options()); }

    /// The format of a file judged by its repository-relative path.
    static FileFormat formatOf(const QString &relativePath);
};

} // namespace Cardigan
