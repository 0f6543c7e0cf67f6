#include "tagscommand.h"

#include "carddocument.h"
#include "cardfile.h"
#include "cli.h"
#include "hubtags.h"
#include "reposcanner.h"
#include "tr.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cardigan {

namespace {

void print(QIODevice &dev, const QString &line)
{
    dev.write(line.toUtf8());
    dev.write("\n");
}

QString sourceId(HubTags::PipelineSource s)
{
    switch (s) {
    case HubTags::PipelineSource::Explicit:
        return QStringLiteral("explicit");
    case HubTags::PipelineSource::Architectures:
        return QStringLiteral("architectures");
    case HubTags::PipelineSource::Tags:
        return QStringLiteral("tags");
    case HubTags::PipelineSource::None:
        break;
    }
    return QStringLiteral("none");
}

QString sourceId(HubTags::LibrarySource s)
{
    switch (s) {
    case HubTags::LibrarySource::Explicit:
        return QStringLiteral("explicit");
    case HubTags::LibrarySource::Tag:
        return QStringLiteral("tag");
    case HubTags::LibrarySource::Files:
        return QStringLiteral("files");
    case HubTags::LibrarySource::LegacyConfig:
        return QStringLiteral("legacy-config");
    case HubTags::LibrarySource::None:
        break;
    }
    return QStringLiteral("none");
}

QString warningId(RepoWarning::Kind kind)
{
    switch (kind) {
    case RepoWarning::NotInLfs:
        return QStringLiteral("not-in-lfs");
    case RepoWarning::Over5GB:
        return QStringLiteral("over-5gb");
    case RepoWarning::LinkOutside:
        return QStringLiteral("link-outside");
    case RepoWarning::LinkDangling:
        return QStringLiteral("link-dangling");
    case RepoWarning::BadSafetensors:
        return QStringLiteral("bad-safetensors");
    case RepoWarning::BadGguf:
        return QStringLiteral("bad-gguf");
    case RepoWarning::BadConfig:
        return QStringLiteral("bad-config");
    case RepoWarning::MissingShard:
        return QStringLiteral("missing-shard");
    case RepoWarning::NoReadme:
        return QStringLiteral("no-readme");
    case RepoWarning::Truncated:
        return QStringLiteral("truncated");
    case RepoWarning::Unreadable:
        return QStringLiteral("unreadable");
    }
    return QString();
}

// Format name -> file count, in the order of the enum.
QList<QPair<QString, int>> formatCounts(const RepoScan &scan)
{
    QList<QPair<QString, int>> out;
    for (int f = int(FileFormat::Other) + 1; f <= int(FileFormat::OpenVino); ++f) {
        if (const int n = scan.count(FileFormat(f))) {
            out.append({RepoScan::formatName(FileFormat(f)), n});
        }
    }
    return out;
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QByteArray toJson(const RepoScan &scan, const HubTags &t)
{
    QJsonObject formats;
    for (const auto &[name, n] : formatCounts(scan)) {
        formats.insert(name, n);
    }
    QJsonArray gguf;
    for (const RepoGguf &g : scan.gguf) {
        gguf.append(QJsonObject{
            {QStringLiteral("path"), g.path},
            {QStringLiteral("architecture"), orNull(g.header.architecture)},
            {QStringLiteral("parameters"),
             g.header.parameters >= 0 ? QJsonValue(double(g.header.parameters)) : QJsonValue()},
            {QStringLiteral("quantization"), orNull(g.header.quantization())},
        });
    }
    QJsonArray warnings;
    for (const RepoWarning &w : scan.warnings) {
        warnings.append(QJsonObject{{QStringLiteral("kind"), warningId(w.kind)},
                                    {QStringLiteral("path"), orNull(w.path)},
                                    {QStringLiteral("message"), w.message}});
    }
    QJsonArray suggestions;
    for (const HubTags::Suggestion &s : t.suggestions) {
        suggestions.append(QJsonObject{{QStringLiteral("key"), s.key},
                                       {QStringLiteral("value"), s.value},
                                       {QStringLiteral("reason"), s.reason}});
    }
    const QJsonObject root{
        {QStringLiteral("tags"),
         QJsonObject{{QStringLiteral("card"), QJsonArray::fromStringList(t.fromCard)},
                     {QStringLiteral("hub"), QJsonArray::fromStringList(t.addedByHub)}}},
        {QStringLiteral("pipeline_tag"),
         QJsonObject{{QStringLiteral("value"), orNull(t.pipelineTag)},
                     {QStringLiteral("source"), sourceId(t.pipelineSource)},
                     {QStringLiteral("detail"), orNull(t.pipelineDetail)}}},
        {QStringLiteral("library_name"),
         QJsonObject{{QStringLiteral("value"), orNull(t.libraryName)},
                     {QStringLiteral("source"), sourceId(t.librarySource)},
                     {QStringLiteral("detail"), orNull(t.libraryDetail)}}},
        {QStringLiteral("formats"), formats},
        {QStringLiteral("parameters"),
         t.parameters >= 0 ? QJsonValue(double(t.parameters)) : QJsonValue()},
        {QStringLiteral("tensor_types"), QJsonArray::fromStringList(t.tensorTypes)},
        {QStringLiteral("model_size"), orNull(t.modelSize)},
        {QStringLiteral("gguf"), gguf},
        {QStringLiteral("files"), double(scan.files.size())},
        {QStringLiteral("lfs_pointers"), scan.lfsPointerCount()},
        {QStringLiteral("total_size"), double(scan.totalSize())},
        {QStringLiteral("truncated"), scan.truncated},
        {QStringLiteral("bytes_read"), double(scan.bytesRead)},
        {QStringLiteral("warnings"), warnings},
        {QStringLiteral("notes"), QJsonArray::fromStringList(t.notes)},
        {QStringLiteral("suggestions"), suggestions},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString withSource(const QString &value, const QString &source, const QString &detail)
{
    if (value.isEmpty()) {
        return Tr::tr("(none)");
    }
    return detail.isEmpty() ? QStringLiteral("%1 (%2)").arg(value, source)
                            : QStringLiteral("%1 (%2: %3)").arg(value, source, detail);
}

void printText(QIODevice &out, const RepoScan &scan, const HubTags &t)
{
    const QString none = Tr::tr("(none)");
    print(out, Tr::tr("Tags from the card: %1")
                   .arg(t.fromCard.isEmpty() ? none : t.fromCard.join(QStringLiteral(", "))));
    print(out, Tr::tr("Tags added by the Hub: %1").arg(t.addedByHub.join(QStringLiteral(", "))));
    print(out, Tr::tr("pipeline_tag: %1")
                   .arg(withSource(t.pipelineTag, HubTags::sourceText(t.pipelineSource),
                                   t.pipelineDetail)));
    print(out, Tr::tr("library_name: %1")
                   .arg(withSource(t.libraryName, HubTags::sourceText(t.librarySource),
                                   t.libraryDetail)));
    QStringList formats;
    for (const auto &[name, n] : formatCounts(scan)) {
        formats << QStringLiteral("%1 %2").arg(name).arg(n);
    }
    print(out,
          Tr::tr("Formats: %1").arg(formats.isEmpty() ? none : formats.join(QStringLiteral(", "))));
    print(out,
          Tr::tr("Model size: %1").arg(t.modelSize.isEmpty() ? Tr::tr("unknown") : t.modelSize));
    for (const RepoGguf &g : scan.gguf) {
        print(out,
              Tr::tr("GGUF %1: %2, %3 params, %4")
                  .arg(g.path,
                       g.header.architecture.isEmpty() ? Tr::tr("unknown architecture")
                                                       : g.header.architecture,
                       g.header.parameters >= 0 ? HubTags::formatParameters(g.header.parameters)
                                                : Tr::tr("unknown"),
                       g.header.quantization().isEmpty() ? Tr::tr("unknown type")
                                                         : g.header.quantization()));
    }
    print(out, Tr::tr("Files: %1%2, %3 LFS pointer(s), %4 bytes")
                   .arg(scan.files.size())
                   .arg(scan.truncated ? Tr::tr(" (truncated)") : QString())
                   .arg(scan.lfsPointerCount())
                   .arg(scan.totalSize()));
    for (const RepoWarning &w : scan.warnings) {
        print(out, Tr::tr("Warning: %1").arg(w.message));
    }
    for (const QString &n : t.notes) {
        print(out, Tr::tr("Note: %1").arg(n));
    }
    for (const HubTags::Suggestion &s : t.suggestions) {
        print(out, Tr::tr("Suggestion: set %1: %2 (%3)").arg(s.key, s.value, s.reason));
    }
}

} // namespace

int TagsCommand::run(const QStringList &args, QIODevice &out, QIODevice &err)
{
    QStringList rest = args;
    const bool json = rest.removeAll(QStringLiteral("--json")) > 0;
    if (rest.size() != 1 || rest.first().startsWith(QLatin1String("--"))) {
        print(err, Cli::usage());
        return Cli::UsageOrIo;
    }
    const QString dir = rest.first();
    const RepoScan scan = RepoScanner::scan(dir);
    if (!scan.ok) {
        print(err, QStringLiteral("cardigan: ") + scan.error);
        return Cli::UsageOrIo;
    }
    YamlValue metadata;
    QString body;
    if (scan.hasReadme) {
        const QString path = QDir(scan.root).filePath(QStringLiteral("README.md"));
        const CardFile::ReadResult r = CardFile::read(path);
        if (!r.ok()) {
            print(err, QStringLiteral("cardigan: ") + r.message);
            return Cli::UsageOrIo;
        }
        CardDocument doc;
        doc.load(r.text, r.bom);
        if (doc.hasYamlError()) {
            print(err, Tr::tr("cardigan: %1: the metadata has a YAML error (%2); card tags are "
                              "ignored")
                           .arg(path, doc.yaml().error.reason));
        } else {
            metadata = doc.metadata();
        }
        body = doc.frontMatter().found ? doc.text().mid(doc.frontMatter().bodyStart) : doc.text();
    }
    const HubTags tags = HubTags::derive(scan, metadata, body);
    if (json) {
        out.write(toJson(scan, tags));
    } else {
        printText(out, scan, tags);
    }
    return Cli::Done;
}

} // namespace Cardigan
