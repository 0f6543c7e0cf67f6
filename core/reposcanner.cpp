#include "reposcanner.h"

#include "logging.h"
#include "safetensorsheader.h"
#include "tr.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Cardigan {

namespace {

bool isInside(const QString &canonicalRoot, const QString &canonicalPath)
{
    return canonicalPath == canonicalRoot ||
           canonicalPath.startsWith(canonicalRoot + QLatin1Char('/')) ||
           (canonicalRoot == QLatin1String("/") && canonicalPath.startsWith(u'/'));
}

class Walker
{
public:
    Walker(const QString &root, const RepoScanner::Options &options, RepoScan &scan)
        : m_root(root)
        , m_options(options)
        , m_scan(scan)
    {}

    void walk()
    {
        struct Pending
        {
            QString abs;
            QString rel;
            int depth;
        };
        std::vector<Pending> stack{{m_root, QString(), 0}};
        while (!stack.empty() && !m_scan.truncated && !m_scan.cancelled) {
            const Pending dir = stack.back();
            stack.pop_back();
            QDirIterator it(dir.abs,
                            QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
            while (it.hasNext()) {
                it.next();
                const QFileInfo fi = it.fileInfo();
                const QString name = fi.fileName();
                if (name == QLatin1String(".git")) {
                    continue; // the repository's own database (or a submodule's link to it)
                }
                const QString rel = dir.rel.isEmpty() ? name : dir.rel + u'/' + name;
                if (fi.isSymLink()) {
                    addLink(fi, rel);
                } else if (fi.isDir()) {
                    if (!fi.isReadable() || !fi.isExecutable()) {
                        m_scan.warnings.append({RepoWarning::Unreadable, rel,
                                                Tr::tr("%1: the folder cannot be read").arg(rel)});
                    } else if (dir.depth + 1 < m_options.maxDepth) {
                        stack.push_back({fi.filePath(), rel, dir.depth + 1});
                    }
                    continue;
                } else if (fi.isFile()) {
                    RepoFile f;
                    f.path = rel;
                    f.size = fi.size();
                    m_scan.files.push_back(std::move(f));
                }
                if (!report(false)) {
                    break;
                }
                if (int(m_scan.files.size()) >= m_options.maxFiles) {
                    m_scan.truncated = true;
                    m_scan.warnings.append({RepoWarning::Truncated, QString(),
                                            Tr::tr("more than %1 files: the listing stops there")
                                                .arg(m_options.maxFiles)});
                    break;
                }
            }
        }
    }

    /// Tells Options::progress how many files are listed, every progressInterval files
    /// (or now when @p force); false when it asked to stop.
    bool report(bool force)
    {
        if (!m_options.progress || m_scan.cancelled) {
            return !m_scan.cancelled;
        }
        const int n = int(m_scan.files.size());
        if (!force && (n == m_lastReport || n % qMax(1, m_options.progressInterval) != 0)) {
            return true;
        }
        m_lastReport = n;
        if (!m_options.progress(n)) {
            m_scan.cancelled = true;
        }
        return !m_scan.cancelled;
    }

private:
    void addLink(const QFileInfo &fi, const QString &rel)
    {
        RepoFile f;
        f.path = rel;
        f.symlink = true;
        f.linkTarget = fi.symLinkTarget();
        const QString target = fi.canonicalFilePath(); // empty when dangling
        if (target.isEmpty()) {
            f.outside = true;
            m_scan.warnings.append(
                {RepoWarning::LinkDangling, rel,
                 Tr::tr("%1: a symbolic link to nothing (%2)").arg(rel, f.linkTarget)});
        } else if (!isInside(m_root, target)) {
            // Never followed: the Hub would not have it, and reading it could leak files.
            f.outside = true;
            m_scan.warnings.append({RepoWarning::LinkOutside, rel,
                                    Tr::tr("%1: a symbolic link out of the repository (%2); "
                                           "not followed")
                                        .arg(rel, target)});
        } else {
            const QFileInfo t(target);
            // A link to a folder inside is listed but not entered: its files are listed
            // where they are, and cycles are impossible.
            f.size = t.isFile() ? t.size() : 0;
        }
        m_scan.files.push_back(std::move(f));
    }

    QString m_root;
    const RepoScanner::Options &m_options;
    RepoScan &m_scan;
    int m_lastReport = -1;
};

// Reads at most @p max bytes of the file at @p path, counting them.
QByteArray readSmall(const QString &path, qint64 max, RepoScan &scan)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return QByteArray();
    }
    const QByteArray bytes = f.read(max);
    scan.bytesRead += bytes.size();
    return bytes;
}

void detectPointer(const QString &abs, RepoFile &f, RepoScan &scan)
{
    if (f.size < Lfs::minPointerSize || f.size >= Lfs::maxPointerSize || f.outside) {
        return;
    }
    // Only files that could be weights or that LFS should hold: a repository's many
    // small text files stay unread.
    if (!f.lfsTracked && f.format == FileFormat::Other) {
        return;
    }
    QFile file(abs);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return;
    }
    const qint64 prefixLength = qint64(sizeof(Lfs::versionLine)) - 1;
    QByteArray bytes = file.read(prefixLength);
    scan.bytesRead += bytes.size();
    if (bytes != Lfs::versionLine) {
        return;
    }
    const QByteArray rest = file.read(f.size - prefixLength);
    scan.bytesRead += rest.size();
    bytes += rest;
    if (const auto p = Lfs::parsePointer(bytes)) {
        f.lfsPointer = true;
        f.lfs = *p;
    }
}

QJsonObject readJsonObject(const QString &abs, const RepoFile &f, RepoScan &scan, bool *ok)
{
    *ok = false;
    if (f.size > RepoScanner::maxJsonSize) {
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(readSmall(abs, f.size, scan), &error);
    *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

void readConfig(const QDir &root, RepoScan &scan)
{
    const RepoFile *f = scan.file(QStringLiteral("config.json"));
    if (!f || f->outside) {
        return;
    }
    scan.hasConfig = true;
    if (f->lfsPointer) {
        return;
    }
    bool ok = false;
    const QJsonObject config = readJsonObject(root.filePath(f->path), *f, scan, &ok);
    if (!ok) {
        scan.warnings.append({RepoWarning::BadConfig, f->path,
                              Tr::tr("config.json is not a JSON object of at most %1 bytes")
                                  .arg(RepoScanner::maxJsonSize)});
        return;
    }
    for (const QJsonValue &v : config.value(QLatin1String("architectures")).toArray()) {
        if (v.isString()) {
            scan.architectures << v.toString();
        }
    }
    scan.modelType = config.value(QLatin1String("model_type")).toString();
}

void readShardIndex(const QDir &root, const RepoFile &f, RepoScan &scan, const QSet<QString> &paths)
{
    if (f.lfsPointer || f.outside) {
        return;
    }
    bool ok = false;
    const QJsonObject index = readJsonObject(root.filePath(f.path), f, scan, &ok);
    const QJsonObject map = index.value(QLatin1String("weight_map")).toObject();
    const qsizetype slash = f.path.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : f.path.left(slash + 1);
    QSet<QString> shards;
    for (auto it = map.begin(); it != map.end(); ++it) {
        shards.insert(it.value().toString());
    }
    for (const QString &shard : std::as_const(shards)) {
        if (!paths.contains(folder + shard)) {
            scan.warnings.append({RepoWarning::MissingShard, f.path,
                                  Tr::tr("%1 names the shard %2, which is not in the "
                                         "repository")
                                      .arg(f.path, shard)});
        }
    }
}

void readSafetensors(const QDir &root, const RepoFile &f, const RepoScanner::Options &options,
                     RepoScan &scan)
{
    if (f.symlink && !f.outside) {
        return; // its target is listed and read where it is: count it once
    }
    if (f.lfsPointer || f.outside) {
        ++scan.safetensorsUnread;
        return;
    }
    QFile file(root.filePath(f.path));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        ++scan.safetensorsUnread;
        scan.warnings.append(
            {RepoWarning::Unreadable, f.path, Tr::tr("%1: %2").arg(f.path, file.errorString())});
        return;
    }
    const SafetensorsHeader h =
        SafetensorsHeader::read(file, file.size(), options.maxSafetensorsHeader);
    scan.bytesRead += h.bytesRead;
    if (!h.ok) {
        ++scan.safetensorsUnread;
        scan.warnings.append(
            {RepoWarning::BadSafetensors, f.path, Tr::tr("%1: %2").arg(f.path, h.warning)});
        return;
    }
    ++scan.safetensorsRead;
    scan.safetensorsParameters += h.parameters;
    for (auto it = h.parametersByDtype.begin(); it != h.parametersByDtype.end(); ++it) {
        scan.parametersByDtype[it.key()] += it.value();
    }
}

void readGguf(const QDir &root, const RepoFile &f, const RepoScanner::Options &options,
              RepoScan &scan)
{
    if (f.lfsPointer || f.symlink) {
        return; // not here, or read where its target is
    }
    QFile file(root.filePath(f.path));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        scan.warnings.append(
            {RepoWarning::Unreadable, f.path, Tr::tr("%1: %2").arg(f.path, file.errorString())});
        return;
    }
    RepoGguf g{f.path, GgufHeader::read(file, file.size(), options.maxGgufHeader)};
    scan.bytesRead += g.header.bytesRead;
    if (!g.header.warning.isEmpty()) {
        scan.warnings.append(
            {RepoWarning::BadGguf, f.path, Tr::tr("%1: %2").arg(f.path, g.header.warning)});
    }
    scan.gguf.push_back(std::move(g));
}

void checkSizes(const RepoFile &f, RepoScan &scan)
{
    if (f.outside) {
        return;
    }
    const double mb = double(f.realSize()) / (1024.0 * 1024.0);
    if (!f.lfsPointer && !f.lfsTracked && f.size >= RepoScanner::lfsRequiredSize) {
        scan.warnings.append({RepoWarning::NotInLfs, f.path,
                              Tr::tr("%1: %2 MB and not tracked by LFS: the Hub refuses files "
                                     "of 10 MB or more outside LFS (git lfs track)")
                                  .arg(f.path)
                                  .arg(mb, 0, 'f', 1)});
    }
    if (f.realSize() > RepoScanner::largeFileSize) {
        scan.warnings.append({RepoWarning::Over5GB, f.path,
                              Tr::tr("%1: %2 GB, over 5 GB: pushing it with git needs "
                                     "`huggingface-cli lfs-enable-largefiles .`")
                                  .arg(f.path)
                                  .arg(mb / 1024.0, 0, 'f', 1)});
    }
}

bool endsWith(const QString &s, const char *suffix)
{
    return s.endsWith(QLatin1String(suffix), Qt::CaseInsensitive);
}

} // namespace

FileFormat RepoScanner::formatOf(const QString &relativePath)
{
    const QString name = relativePath.mid(relativePath.lastIndexOf(u'/') + 1).toLower();
    if (relativePath.contains(QLatin1String(".mlpackage/"), Qt::CaseInsensitive) ||
        endsWith(name, ".mlmodel")) {
        return FileFormat::CoreMl;
    }
    if (endsWith(name, ".safetensors.index.json")) {
        return FileFormat::SafetensorsIndex;
    }
    if (endsWith(name, ".safetensors")) {
        return FileFormat::Safetensors;
    }
    if (name.startsWith(QLatin1String("pytorch_model")) && endsWith(name, ".bin.index.json")) {
        return FileFormat::PyTorchIndex;
    }
    if (((name.startsWith(QLatin1String("pytorch_model")) ||
          name.startsWith(QLatin1String("adapter_model"))) &&
         endsWith(name, ".bin")) ||
        endsWith(name, ".pt") || endsWith(name, ".pth")) {
        return FileFormat::PyTorch;
    }
    if (endsWith(name, ".h5") || name == QLatin1String("saved_model.pb")) {
        return FileFormat::TensorFlow;
    }
    static const std::pair<const char *, FileFormat> bySuffix[] = {
        {".tflite", FileFormat::TfLite}, {".msgpack", FileFormat::Flax},
        {".onnx", FileFormat::Onnx},     {".gguf", FileFormat::Gguf},
        {".joblib", FileFormat::Joblib}, {".pkl", FileFormat::Pickle},
        {".pickle", FileFormat::Pickle}, {".keras", FileFormat::Keras},
        {".nemo", FileFormat::Nemo},
    };
    for (const auto &[suffix, format] : bySuffix) {
        if (endsWith(name, suffix)) {
            return format;
        }
    }
    if (name.startsWith(QLatin1String("openvino_model")) && endsWith(name, ".xml")) {
        return FileFormat::OpenVino;
    }
    return FileFormat::Other;
}

RepoScan RepoScanner::scan(const QString &dir, const Options &options)
{
    QElapsedTimer timer;
    timer.start();
    RepoScan scan;
    const QFileInfo rootInfo(dir);
    scan.root = rootInfo.canonicalFilePath();
    if (scan.root.isEmpty() || !rootInfo.isDir()) {
        scan.error = Tr::tr("%1 is not a folder").arg(QDir::toNativeSeparators(dir));
        return scan;
    }
    if (!rootInfo.isReadable() || !rootInfo.isExecutable()) {
        scan.error = Tr::tr("%1 cannot be read").arg(QDir::toNativeSeparators(dir));
        return scan;
    }
    scan.ok = true;
    const QDir root(scan.root);

    Walker walker(scan.root, options, scan);
    walker.walk();
    if (!scan.cancelled) {
        walker.report(true);
    }
    if (scan.cancelled) {
        qCDebug(lcRepo) << "scan of" << scan.root << "cancelled after" << scan.files.size()
                        << "files";
        return scan;
    }
    std::sort(scan.files.begin(), scan.files.end(),
              [](const RepoFile &a, const RepoFile &b) { return a.path < b.path; });

    GitAttributes attributes;
    if (const RepoFile *ga = scan.file(QStringLiteral(".gitattributes")); ga && !ga->outside) {
        scan.hasGitAttributes = true;
        attributes = GitAttributes::parse(
            readSmall(root.filePath(ga->path), qMin(ga->size, qint64(1'000'000)), scan));
        scan.lfsPatterns = attributes.lfsPatterns();
    }
    scan.hasReadme = scan.file(QStringLiteral("README.md")) != nullptr;
    if (!scan.hasReadme) {
        scan.warnings.append({RepoWarning::NoReadme, QString(),
                              Tr::tr("no README.md: the repository has no model card")});
    }

    QSet<QString> paths;
    paths.reserve(qsizetype(scan.files.size()));
    for (RepoFile &f : scan.files) {
        paths.insert(f.path);
        f.format = formatOf(f.path);
        f.lfsTracked = !attributes.isEmpty() && attributes.isLfs(f.path);
        detectPointer(root.filePath(f.path), f, scan);
        checkSizes(f, scan);
    }
    if (options.readHeaders) {
        readConfig(root, scan);
        for (const RepoFile &f : scan.files) {
            switch (f.format) {
            case FileFormat::Safetensors:
                readSafetensors(root, f, options, scan);
                break;
            case FileFormat::SafetensorsIndex:
            case FileFormat::PyTorchIndex:
                readShardIndex(root, f, scan, paths);
                break;
            case FileFormat::Gguf:
                readGguf(root, f, options, scan);
                break;
            default:
                break;
            }
        }
    }
    qCDebug(lcRepo) << "scanned" << scan.root << scan.files.size() << "files in" << timer.elapsed()
                    << "ms," << scan.bytesRead << "bytes read";
    return scan;
}

} // namespace Cardigan
