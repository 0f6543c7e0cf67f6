#pragma once

#include "ggufheader.h"
#include "lfs.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace Cardigan {

/// What a file in a model repository is, judged by its name.
enum class FileFormat {
    Other,
    Safetensors,
    SafetensorsIndex, ///< `*.safetensors.index.json`: the map of a sharded checkpoint
    PyTorch,          ///< `pytorch_model*.bin`, `adapter_model*.bin`, `*.pt`, `*.pth`
    PyTorchIndex,     ///< `pytorch_model*.bin.index.json`
    TensorFlow,       ///< `*.h5`, `saved_model.pb`
    TfLite,
    Flax, ///< `*.msgpack`
    Onnx,
    Gguf,
    Joblib,
    Pickle, ///< `*.pkl`, `*.pickle`
    Keras,  ///< `*.keras`
    Nemo,
    CoreMl, ///< `*.mlmodel`, and everything inside a `*.mlpackage` folder
    OpenVino,
};

/// One file of a scanned repository.
struct RepoFile
{
    QString path;    ///< relative to the repository, `/` separators
    qint64 size = 0; ///< on disk (the pointer's own size for an LFS pointer)
    FileFormat format = FileFormat::Other;
    bool lfsTracked = false; ///< `.gitattributes` routes it to LFS
    bool lfsPointer = false; ///< the file is a git-lfs pointer: the content is not here
    LfsPointer lfs;          ///< valid when lfsPointer
    bool symlink = false;
    bool outside = false; ///< a symbolic link leading out of the repository (or nowhere)
    QString linkTarget;   ///< for symbolic links

    /// The real size: the pointer's size for an LFS pointer, else the size on disk.
    qint64 realSize() const { return lfsPointer ? lfs.size : size; }
};

/// Something the scan wants the user to know.
struct RepoWarning
{
    enum Kind {
        NotInLfs,       ///< 10 MB or more and not tracked by LFS: the Hub refuses the push
        Over5GB,        ///< needs `huggingface-cli lfs-enable-largefiles` to push with git
        LinkOutside,    ///< a symbolic link out of the repository: not followed
        LinkDangling,   ///< a symbolic link to nothing
        BadSafetensors, ///< a header that could not be used
        BadGguf,
        BadConfig,    ///< config.json is not a JSON object
        MissingShard, ///< an index names a shard that is not in the repository
        NoReadme,
        Truncated, ///< the file limit was reached
        Unreadable,
    };
    Kind kind;
    QString path;    ///< relative; empty for the repository itself
    QString message; ///< translated
};

/// A GGUF file's header as read by the scan.
struct RepoGguf
{
    QString path;
    GgufHeader header;
};

/**
 * The result of RepoScanner::scan(): the files and what was read from the few that
 * say something about the model. A plain value; safe to hand to another thread.
 */
struct RepoScan
{
    bool ok = false;             ///< the folder could be listed
    QString error;               ///< translated, when not ok
    QString root;                ///< canonical path
    std::vector<RepoFile> files; ///< sorted by path
    bool truncated = false;
    bool cancelled = false; ///< Options::progress asked to stop: the result is partial
    qint64 bytesRead = 0;   ///< every byte the scan read from files
    QList<RepoWarning> warnings;

    bool hasReadme = false;
    bool hasGitAttributes = false;
    QStringList lfsPatterns;

    bool hasConfig = false;    ///< a config.json at the root
    QStringList architectures; ///< config.json "architectures"
    QString modelType;         ///< config.json "model_type"

    qint64 safetensorsParameters = 0;        ///< summed over every readable header
    QMap<QString, qint64> parametersByDtype; ///< "F32" -> count
    int safetensorsRead = 0;                 ///< files whose header was read
    int safetensorsUnread = 0; ///< pointers, links out, bad headers: the count is partial
    std::vector<RepoGguf> gguf;

    /// How many files have @p format.
    int count(FileFormat format) const;
    bool has(FileFormat format) const { return count(format) > 0; }
    const RepoFile *file(const QString &path) const;
    /// The framework/format tags the files suggest ("pytorch", "safetensors", ...), in a
    /// stable order.
    QStringList formatTags() const;
    qint64 totalSize() const;
    int lfsPointerCount() const;
    bool hasWarning(RepoWarning::Kind kind, const QString &path = QString()) const;

    /// The short name of a format ("safetensors", "PyTorch"), for lists and tables.
    static QString formatName(FileFormat format);
    /// The Hub tag of a format, empty when it has none.
    static QString formatTag(FileFormat format);
};

} // namespace Cardigan
