#include "hubtags.h"

#include "repocatalog.h"
#include "tr.h"
#include "yamlvalue.h"

#include <QRegularExpression>

#include <algorithm>

namespace Cardigan {

namespace {

// A string, or each string of a list (the card keys that take either).
QStringList strings(const YamlValue *v)
{
    QStringList out;
    if (!v) {
        return out;
    }
    if (v->isString()) {
        out << v->toString();
    } else if (v->isSequence()) {
        for (const YamlValue &item : v->items()) {
            if (item.isString() && !item.toString().isEmpty()) {
                out << item.toString();
            }
        }
    }
    return out;
}

QString string(const YamlValue &metadata, const char *key)
{
    const YamlValue *v = metadata.isMapping() ? metadata.find(QLatin1String(key)) : nullptr;
    return v && v->isString() ? v->toString().trimmed() : QString();
}

QStringList list(const YamlValue &metadata, const char *key)
{
    return strings(metadata.isMapping() ? metadata.find(QLatin1String(key)) : nullptr);
}

// Files that only one library writes. Documented: *.nemo, *.mlmodel. The others are
// markers those libraries always save; checked before the legacy config.json rule.
QString libraryFromFiles(const RepoScan &scan, QString *detail)
{
    struct Marker
    {
        const char *file;
        const char *library;
    };
    static const Marker markers[] = {
        {"model_index.json", "diffusers"},
        {"config_sentence_transformers.json", "sentence-transformers"},
        {"adapter_config.json", "peft"},
    };
    for (const Marker &m : markers) {
        if (scan.file(QLatin1String(m.file))) {
            *detail = QLatin1String(m.file);
            return QLatin1String(m.library);
        }
    }
    struct ByFormat
    {
        FileFormat format;
        const char *pattern;
        const char *library;
    };
    static const ByFormat byFormat[] = {
        {FileFormat::Nemo, "*.nemo", "nemo"},
        {FileFormat::CoreMl, "*.mlmodel", "coreml"},
        {FileFormat::Keras, "*.keras", "keras"},
        {FileFormat::Gguf, "*.gguf", "gguf"},
    };
    for (const ByFormat &b : byFormat) {
        if (scan.has(b.format)) {
            *detail = QLatin1String(b.pattern);
            return QLatin1String(b.library);
        }
    }
    return QString();
}

void resolveLibrary(HubTags &t, const RepoScan &scan, const YamlValue &metadata)
{
    const RepoCatalog &catalog = RepoCatalog::instance();
    const QString explicitName = string(metadata, "library_name");
    if (!explicitName.isEmpty()) {
        t.libraryName = explicitName;
        t.librarySource = HubTags::LibrarySource::Explicit;
        if (catalog.library(explicitName).isEmpty()) {
            t.notes
                << Tr::tr("library_name \"%1\" is not a library the Hub knows").arg(explicitName);
        }
        return;
    }
    for (const QString &tag : std::as_const(t.fromCard)) {
        const QString id = catalog.library(tag);
        if (!id.isEmpty()) {
            t.libraryName = id;
            t.librarySource = HubTags::LibrarySource::Tag;
            t.libraryDetail = tag;
            return;
        }
    }
    QString detail;
    const QString fromFiles = libraryFromFiles(scan, &detail);
    if (!fromFiles.isEmpty()) {
        t.libraryName = fromFiles;
        t.librarySource = HubTags::LibrarySource::Files;
        t.libraryDetail = detail;
        return;
    }
    if (scan.hasConfig) {
        t.libraryName = QStringLiteral("transformers");
        t.librarySource = HubTags::LibrarySource::LegacyConfig;
        t.notes << Tr::tr("library_name comes from config.json only for repositories created "
                          "before August 2024: set library_name: transformers");
    }
}

void resolvePipeline(HubTags &t, const RepoScan &scan, const YamlValue &metadata)
{
    const RepoCatalog &catalog = RepoCatalog::instance();
    const QString explicitTag = string(metadata, "pipeline_tag");
    if (!explicitTag.isEmpty()) {
        t.pipelineTag = explicitTag;
        t.pipelineSource = HubTags::PipelineSource::Explicit;
        if (!catalog.isPipeline(explicitTag)) {
            t.notes << Tr::tr("pipeline_tag \"%1\" is not a pipeline type the Hub knows")
                           .arg(explicitTag);
        }
        return;
    }
    // The Hub reads transformers' own metadata only for transformers models.
    if (t.libraryName == QLatin1String("transformers")) {
        for (const QString &arch : scan.architectures) {
            const QString tag = catalog.pipelineForArchitecture(arch);
            if (!tag.isEmpty()) {
                t.pipelineTag = tag;
                t.pipelineSource = HubTags::PipelineSource::Architectures;
                t.pipelineDetail = arch;
                return;
            }
        }
    }
    // Among the card's tags naming a pipeline type, the first in PIPELINE_DATA wins.
    int best = -1;
    for (const QString &tag : std::as_const(t.fromCard)) {
        const int order = catalog.pipelineOrder(tag);
        if (order >= 0 && (best < 0 || order < best)) {
            best = order;
            t.pipelineTag = tag;
        }
    }
    if (best >= 0) {
        t.pipelineSource = HubTags::PipelineSource::Tags;
        t.pipelineDetail = t.pipelineTag;
    }
}

void computeModelSize(HubTags &t, const RepoScan &scan)
{
    if (scan.safetensorsRead > 0) {
        t.parameters = scan.safetensorsParameters;
        QList<QPair<qint64, QString>> types;
        for (auto it = scan.parametersByDtype.begin(); it != scan.parametersByDtype.end(); ++it) {
            types.append({it.value(), it.key()});
        }
        std::stable_sort(types.begin(), types.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        for (const auto &type : std::as_const(types)) {
            t.tensorTypes << type.second;
        }
        t.modelSize = Tr::tr("%1 params").arg(HubTags::formatParameters(t.parameters));
        if (!t.tensorTypes.isEmpty()) {
            t.modelSize += QStringLiteral(" · ") + t.tensorTypes.join(QStringLiteral(" · "));
        }
        if (scan.safetensorsUnread > 0) {
            t.notes << Tr::tr("%n safetensors file(s) could not be read: the parameter count "
                              "is partial",
                              nullptr, scan.safetensorsUnread);
        }
        return;
    }
    for (const RepoGguf &g : scan.gguf) {
        if (g.header.parameters >= 0) {
            t.parameters = g.header.parameters;
            t.modelSize = Tr::tr("%1 params").arg(HubTags::formatParameters(t.parameters));
            if (!g.header.architecture.isEmpty()) {
                t.modelSize += QStringLiteral(" · ") + g.header.architecture;
            }
            return;
        }
    }
}

} // namespace

QString HubTags::formatParameters(qint64 count)
{
    if (count < 1000) {
        return QString::number(count);
    }
    static const char suffixes[] = {'K', 'M', 'B', 'T'};
    double value = double(count);
    int unit = -1;
    while (value >= 999.5 && unit < 3) {
        value /= 1000.0;
        ++unit;
    }
    const int decimals = value >= 99.95 ? 0 : value >= 9.995 ? 1 : 2;
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0')) {
            text.chop(1);
        }
        if (text.endsWith(u'.')) {
            text.chop(1);
        }
    }
    return text + QLatin1Char(suffixes[unit]);
}

QStringList HubTags::arxivIds(const QString &body)
{
    // New-style ids (2106.09685, with an optional version dropped) behind arxiv.org
    // abs/pdf links and the Hub's own paper pages; old-style ids (hep-th/9901001).
    static const QRegularExpression re(
        QStringLiteral("(?:arxiv\\.org/(?:abs|pdf)/|(?:huggingface\\.co|hf\\.co)/papers/)"
                       "(\\d{4}\\.\\d{4,5}|[a-z][a-z-]*(?:\\.[A-Z]{2})?/\\d{7})"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList ids;
    auto it = re.globalMatch(body);
    while (it.hasNext()) {
        const QString id = it.next().captured(1);
        if (!ids.contains(id)) {
            ids << id;
        }
    }
    return ids;
}

HubTags HubTags::derive(const RepoScan &scan, const YamlValue &metadata, const QString &body)
{
    HubTags t;
    t.fromCard = list(metadata, "tags");
    t.fromCard.removeDuplicates();
    resolveLibrary(t, scan, metadata);
    resolvePipeline(t, scan, metadata);
    computeModelSize(t, scan);

    // Inferred values can change under the card (files added, the legacy rule gone for
    // new repositories); written down they cannot.
    if (!t.libraryName.isEmpty() && t.librarySource != LibrarySource::Explicit) {
        t.suggestions.append(
            {QStringLiteral("library_name"), t.libraryName,
             t.librarySource == LibrarySource::LegacyConfig
                 ? Tr::tr("repositories created since August 2024 are not "
                          "recognised as transformers from config.json")
                 : Tr::tr("the Hub infers it from %1").arg(sourceText(t.librarySource))});
    }
    if (!t.pipelineTag.isEmpty() && t.pipelineSource != PipelineSource::Explicit) {
        t.suggestions.append(
            {QStringLiteral("pipeline_tag"), t.pipelineTag,
             Tr::tr("the Hub infers it from %1").arg(sourceText(t.pipelineSource))});
    }

    QStringList added;
    if (!t.libraryName.isEmpty()) {
        added << t.libraryName;
    }
    added << scan.formatTags();
    if (t.libraryName == QLatin1String("transformers") && !scan.modelType.isEmpty()) {
        added << scan.modelType; // transformers repos are tagged with their model_type
    }
    if (!t.pipelineTag.isEmpty()) {
        added << t.pipelineTag;
    }
    added << list(metadata, "language");
    for (const QString &d : list(metadata, "datasets")) {
        added << QStringLiteral("dataset:") + d;
    }
    const QString relation = string(metadata, "base_model_relation");
    static const QStringList relations = {QStringLiteral("adapter"), QStringLiteral("merge"),
                                          QStringLiteral("quantized"), QStringLiteral("finetune")};
    for (const QString &b : list(metadata, "base_model")) {
        added << QStringLiteral("base_model:") + b;
        if (relations.contains(relation)) {
            added << QStringLiteral("base_model:%1:%2").arg(relation, b);
        }
    }
    for (const QString &id : arxivIds(body)) {
        added << QStringLiteral("arxiv:") + id;
    }
    const QString license = string(metadata, "license");
    if (!license.isEmpty()) {
        added << QStringLiteral("license:") + license;
    }
    added << QStringLiteral("region:us");
    for (const QString &tag : std::as_const(added)) {
        if (!t.fromCard.contains(tag) && !t.addedByHub.contains(tag)) {
            t.addedByHub << tag;
        }
    }
    return t;
}

QString HubTags::sourceText(PipelineSource source)
{
    switch (source) {
    case PipelineSource::None:
        return Tr::tr("none");
    case PipelineSource::Explicit:
        return Tr::tr("explicit (pipeline_tag in the card)");
    case PipelineSource::Architectures:
        return Tr::tr("config.json architectures");
    case PipelineSource::Tags:
        return Tr::tr("a tag in the card");
    }
    return QString();
}

QString HubTags::sourceText(LibrarySource source)
{
    switch (source) {
    case LibrarySource::None:
        return Tr::tr("none");
    case LibrarySource::Explicit:
        return Tr::tr("explicit (library_name in the card)");
    case LibrarySource::Tag:
        return Tr::tr("a tag in the card");
    case LibrarySource::Files:
        return Tr::tr("the repository's files");
    case LibrarySource::LegacyConfig:
        return Tr::tr("legacy: config.json");
    }
    return QString();
}

} // namespace Cardigan
