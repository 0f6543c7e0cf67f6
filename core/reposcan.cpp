#include "reposcan.h"

#include "tr.h"

#include <algorithm>

namespace Cardigan {

int RepoScan::count(FileFormat format) const
{
    return int(std::count_if(files.begin(), files.end(),
                             [format](const RepoFile &f) { return f.format == format; }));
}

const RepoFile *RepoScan::file(const QString &path) const
{
    const auto it =
        std::lower_bound(files.begin(), files.end(), path,
                         [](const RepoFile &f, const QString &p) { return f.path < p; });
    return it != files.end() && it->path == path ? &*it : nullptr;
}

QStringList RepoScan::formatTags() const
{
    // The order the Hub lists them in for classic transformers repos (pytorch, tf, jax,
    // ... safetensors); the rest after.
    static const FileFormat order[] = {
        FileFormat::PyTorch, FileFormat::TensorFlow, FileFormat::Flax,
        FileFormat::TfLite,  FileFormat::Onnx,       FileFormat::Safetensors,
        FileFormat::Gguf,    FileFormat::CoreMl,     FileFormat::OpenVino,
    };
    // A link out of the repository is not pushed as a file: it suggests no format.
    const auto present = [this](FileFormat format) {
        return std::any_of(files.begin(), files.end(), [format](const RepoFile &f) {
            return f.format == format && !f.outside;
        });
    };
    QStringList tags;
    for (const FileFormat f : order) {
        bool found = present(f);
        if (f == FileFormat::Safetensors) {
            found = found || present(FileFormat::SafetensorsIndex);
        } else if (f == FileFormat::PyTorch) {
            found = found || present(FileFormat::PyTorchIndex);
        }
        if (found) {
            tags << formatTag(f);
        }
    }
    return tags;
}

qint64 RepoScan::totalSize() const
{
    qint64 total = 0;
    for (const RepoFile &f : files) {
        total += f.realSize();
    }
    return total;
}

int RepoScan::lfsPointerCount() const
{
    return int(
        std::count_if(files.begin(), files.end(), [](const RepoFile &f) { return f.lfsPointer; }));
}

bool RepoScan::hasWarning(RepoWarning::Kind kind, const QString &path) const
{
    return std::any_of(warnings.begin(), warnings.end(), [&](const RepoWarning &w) {
        return w.kind == kind && (path.isNull() || w.path == path);
    });
}

QString RepoScan::formatName(FileFormat format)
{
    switch (format) {
    case FileFormat::Other:
        return QString();
    case FileFormat::Safetensors:
        return QStringLiteral("safetensors");
    case FileFormat::SafetensorsIndex:
        return Tr::tr("safetensors index");
    case FileFormat::PyTorch:
        return QStringLiteral("PyTorch");
    case FileFormat::PyTorchIndex:
        return Tr::tr("PyTorch index");
    case FileFormat::TensorFlow:
        return QStringLiteral("TensorFlow");
    case FileFormat::TfLite:
        return QStringLiteral("TFLite");
    case FileFormat::Flax:
        return QStringLiteral("Flax");
    case FileFormat::Onnx:
        return QStringLiteral("ONNX");
    case FileFormat::Gguf:
        return QStringLiteral("GGUF");
    case FileFormat::Joblib:
        return QStringLiteral("joblib");
    case FileFormat::Pickle:
        return QStringLiteral("pickle");
    case FileFormat::Keras:
        return QStringLiteral("Keras");
    case FileFormat::Nemo:
        return QStringLiteral("NeMo");
    case FileFormat::CoreMl:
        return QStringLiteral("Core ML");
    case FileFormat::OpenVino:
        return QStringLiteral("OpenVINO");
    }
    return QString();
}

QString RepoScan::formatTag(FileFormat format)
{
    // The tags seen on Hub model pages for these files. No public table exists (the Hub
    // keeps it in an internal enum), so this is our reading of observed pages.
    switch (format) {
    case FileFormat::Safetensors:
    case FileFormat::SafetensorsIndex:
        return QStringLiteral("safetensors");
    case FileFormat::PyTorch:
    case FileFormat::PyTorchIndex:
        return QStringLiteral("pytorch");
    case FileFormat::TensorFlow:
        return QStringLiteral("tf");
    case FileFormat::TfLite:
        return QStringLiteral("tflite");
    case FileFormat::Flax:
        return QStringLiteral("jax");
    case FileFormat::Onnx:
        return QStringLiteral("onnx");
    case FileFormat::Gguf:
        return QStringLiteral("gguf");
    case FileFormat::CoreMl:
        return QStringLiteral("coreml");
    case FileFormat::OpenVino:
        return QStringLiteral("openvino");
    default:
        return QString();
    }
}

} // namespace Cardigan
