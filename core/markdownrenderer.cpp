#include "markdownrenderer.h"

#include "htmlescape.h"
#include "htmlsanitizer.h"
#include "logging.h"
#include "mathprotector.h"
#include "tr.h"
#include "urlpolicy.h"
#include "yamljs.h"
#include "yamlvalue.h"

#include <md4c-html.h>
#include <md4c.h>

#include <algorithm>

namespace Cardigan {

using namespace Qt::StringLiterals;

namespace {

// md4c reports code text (spans and blocks) with pointers into the input, so a parse
// with no output finds the code the math scan must leave alone.
struct CodeScan
{
    const char *begin = nullptr;
    const char *end = nullptr;
    std::vector<MathProtector::Range> ranges;
};

int ignoreBlock(MD_BLOCKTYPE, void *, void *)
{
    return 0;
}

int ignoreSpan(MD_SPANTYPE, void *, void *)
{
    return 0;
}

int collectCode(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    auto *scan = static_cast<CodeScan *>(userdata);
    // Line breaks and tab-expanded indentation come from md4c's own strings: skip them.
    if (type != MD_TEXT_CODE || text < scan->begin || text + size > scan->end || size == 0) {
        return 0;
    }
    const qsizetype begin = text - scan->begin;
    const qsizetype end = begin + qsizetype(size);
    if (!scan->ranges.empty() && begin <= scan->ranges.back().end) {
        scan->ranges.back().end = std::max(scan->ranges.back().end, end);
    } else {
        scan->ranges.push_back({begin, end});
    }
    return 0;
}

std::vector<MathProtector::Range> codeRanges(const QByteArray &markdown)
{
    CodeScan scan;
    scan.begin = markdown.constData();
    scan.end = markdown.constData() + markdown.size();
    MD_PARSER parser = {};
    parser.abi_version = 0;
    parser.flags = MarkdownRenderer::parserFlags();
    parser.enter_block = ignoreBlock;
    parser.leave_block = ignoreBlock;
    parser.enter_span = ignoreSpan;
    parser.leave_span = ignoreSpan;
    parser.text = collectCode;
    md_parse(markdown.constData(), MD_SIZE(markdown.size()), &parser, &scan);
    // Document order in practice; sorting costs nothing and makes it a guarantee.
    std::sort(scan.ranges.begin(), scan.ranges.end(),
              [](const auto &a, const auto &b) { return a.begin < b.begin; });
    return scan.ranges;
}

void appendHtml(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(text, qsizetype(size));
}

// What the Hub would print for a scalar: strings as they are, numbers as JavaScript does.
QString scalarText(const YamlValue &value)
{
    switch (value.type()) {
    case YamlValue::Type::String:
    case YamlValue::Type::Timestamp:
        return value.toString();
    case YamlValue::Type::Number:
        return Js::numberToString(value.toNumber());
    case YamlValue::Type::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return {};
    }
}

// A key that may hold a string or a list of them (`language: en` or `language: [en, fr]`).
QStringList scalarList(const YamlValue &metadata, const QString &key)
{
    const YamlValue *value = metadata.isMapping() ? metadata.find(key) : nullptr;
    if (!value) {
        return {};
    }
    QStringList out;
    if (value->isSequence()) {
        for (const YamlValue &item : value->items()) {
            const QString text = scalarText(item);
            if (!text.isEmpty()) {
                out += text;
            }
        }
    } else if (const QString text = scalarText(*value); !text.isEmpty()) {
        out += text;
    }
    return out;
}

QString field(const YamlValue &mapping, const QString &key)
{
    const YamlValue *value = mapping.isMapping() ? mapping.find(key) : nullptr;
    return value ? scalarText(*value) : QString();
}

// A chip either shows its label (license, base model) or carries it as a tooltip.
void appendChip(QString &out, const QString &kind, const QString &label, const QString &value,
                bool visibleLabel)
{
    out += u"<li class=\"card-chip card-chip-"_s + kind + u'"';
    if (visibleLabel) {
        out += u"><span class=\"card-chip-label\">"_s;
        Html::appendEscaped(out, label);
        out += u"</span> "_s;
    } else {
        out += u" title=\""_s;
        Html::appendEscaped(out, label);
        out += u"\">"_s;
    }
    Html::appendEscaped(out, value);
    out += u"</li>\n"_s;
}

// "Name <span class=eval-id>id</span>" when both are known and differ, else whichever is.
QString nameWithId(const QString &name, const QString &id)
{
    if (name.isEmpty() || name == id) {
        return Html::escape(name.isEmpty() ? id : name);
    }
    if (id.isEmpty()) {
        return Html::escape(name);
    }
    return Html::escape(name) + u" <span class=\"eval-id\">"_s + Html::escape(id) + u"</span>"_s;
}

// A result's `source` ({name, url}) as a link when the URL is a safe one, else its name.
QString sourceLink(const YamlValue &source)
{
    const QString url = field(source, u"url"_s);
    const QString name = field(source, u"name"_s);
    const UrlPolicy::Result link = UrlPolicy::apply(url, UrlPolicy::Kind::Link, QUrl(), false);
    if (link.verdict != UrlPolicy::Verdict::Keep) {
        return Html::escape(name);
    }
    return u"<a href=\""_s + Html::escape(link.url) + u"\">"_s +
           Html::escape(name.isEmpty() ? url : name) + u"</a>"_s;
}

} // namespace

unsigned MarkdownRenderer::parserFlags()
{
    // Spelled out rather than MD_DIALECT_GITHUB, so a newer md4c cannot change the preview.
    return MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS |
           MD_FLAG_PERMISSIVEURLAUTOLINKS | MD_FLAG_PERMISSIVEWWWAUTOLINKS |
           MD_FLAG_PERMISSIVEEMAILAUTOLINKS;
}

QString MarkdownRenderer::renderBody(const QString &markdown, const RenderOptions &options)
{
    const QByteArray source = markdown.toUtf8();
    MathProtector math;
    // Most cards hold no math delimiter at all: then the code scan is not needed.
    const bool mayHoldMath = source.contains("$$") || source.contains("\\\\(");
    const QByteArray protectedSource =
        mayHoldMath ? math.protect(source, codeRanges(source)) : source;

    QByteArray html;
    html.reserve(protectedSource.size() + protectedSource.size() / 4);
    const int result = md_html(protectedSource.constData(), MD_SIZE(protectedSource.size()),
                               appendHtml, &html, parserFlags(), MD_HTML_FLAG_SKIP_UTF8_BOM);
    if (result != 0) {
        // md4c fails only when out of memory; show the text rather than nothing.
        qCWarning(lcPreview, "md4c could not render the card body (%d)", result);
        return u"<pre>"_s + Html::escape(markdown) + u"</pre>"_s;
    }
    const QString safe = HtmlSanitizer::sanitize(QString::fromUtf8(html),
                                                 {options.baseUrl, options.allowRemoteImages});
    return math.restore(safe);
}

QString MarkdownRenderer::renderHeader(const QString &repoName, const YamlValue &metadata)
{
    QString chips;
    for (const QString &v : scalarList(metadata, u"pipeline_tag"_s)) {
        appendChip(chips, u"pipeline"_s, Tr::tr("Task"), v, false);
    }
    for (const QString &v : scalarList(metadata, u"library_name"_s)) {
        appendChip(chips, u"library"_s, Tr::tr("Library"), v, false);
    }
    for (const QString &v : scalarList(metadata, u"datasets"_s)) {
        appendChip(chips, u"dataset"_s, Tr::tr("Dataset"), v, false);
    }
    for (const QString &v : scalarList(metadata, u"language"_s)) {
        appendChip(chips, u"language"_s, Tr::tr("Language"), v, false);
    }
    for (const QString &v : scalarList(metadata, u"tags"_s)) {
        appendChip(chips, u"tag"_s, Tr::tr("Tag"), v, false);
    }
    for (const QString &v : scalarList(metadata, u"base_model"_s)) {
        appendChip(chips, u"base-model"_s, Tr::tr("Base model:"), v, true);
    }
    for (QString v : scalarList(metadata, u"license"_s)) {
        const QString name = field(metadata, u"license_name"_s);
        if (v == u"other"_s && !name.isEmpty()) {
            v = Tr::tr("other (%1)").arg(name);
        }
        appendChip(chips, u"license"_s, Tr::tr("License:"), v, true);
    }

    if (repoName.isEmpty() && chips.isEmpty()) {
        return {};
    }
    QString out = u"<header class=\"card-header\">\n"_s;
    if (!repoName.isEmpty()) {
        out += u"<h1 class=\"card-title\">"_s + Html::escape(repoName) + u"</h1>\n"_s;
    }
    if (!chips.isEmpty()) {
        out += u"<ul class=\"card-chips\">\n"_s + chips + u"</ul>\n"_s;
    }
    out += u"</header>\n"_s;
    return out;
}

QString MarkdownRenderer::renderEvalResults(const YamlValue &metadata)
{
    const YamlValue *index = metadata.isMapping() ? metadata.find(u"model-index"_s) : nullptr;
    // Like huggingface_hub and the Hub: the first entry is the model.
    if (!index || !index->isSequence() || index->items().empty() ||
        !index->items().front().isMapping()) {
        return {};
    }
    const YamlValue &model = index->items().front();
    const YamlValue *results = model.find(u"results"_s);
    if (!results || !results->isSequence()) {
        return {};
    }

    // Cells before the source column, and the source cell: the column is shown only when
    // some result names a source (rare, and wide).
    std::vector<std::pair<QString, QString>> rows;
    bool anySource = false;
    for (const YamlValue &result : results->items()) {
        const YamlValue *metrics = result.isMapping() ? result.find(u"metrics"_s) : nullptr;
        if (!metrics || !metrics->isSequence()) {
            continue;
        }
        const YamlValue none;
        const YamlValue *task = result.find(u"task"_s);
        const YamlValue *dataset = result.find(u"dataset"_s);
        const YamlValue *source = result.find(u"source"_s);
        const YamlValue &d = dataset ? *dataset : none;

        const QString taskCell = nameWithId(field(task ? *task : none, u"name"_s),
                                            field(task ? *task : none, u"type"_s));
        QString datasetCell = nameWithId(field(d, u"name"_s), field(d, u"type"_s));
        if (const QString config = field(d, u"config"_s); !config.isEmpty()) {
            datasetCell += u" <span class=\"eval-config\">"_s + Html::escape(config) + u"</span>"_s;
        }
        const QString sourceCell = sourceLink(source ? *source : none);
        anySource = anySource || !sourceCell.isEmpty();

        for (const YamlValue &metric : metrics->items()) {
            if (!metric.isMapping()) {
                continue;
            }
            const YamlValue *verified = metric.find(u"verified"_s);
            const bool isVerified =
                verified && verified->type() == YamlValue::Type::Bool && verified->toBool();
            const QString metricName = field(metric, u"name"_s);
            QString cells =
                u"<td class=\"eval-task\">"_s + taskCell + u"</td><td class=\"eval-dataset\">"_s +
                datasetCell + u"</td><td class=\"eval-split\">"_s +
                Html::escape(field(d, u"split"_s)) + u"</td><td class=\"eval-metric\">"_s +
                Html::escape(metricName.isEmpty() ? field(metric, u"type"_s) : metricName) +
                u"</td><td class=\"eval-value\">"_s + Html::escape(field(metric, u"value"_s));
            if (isVerified) {
                cells += u" <span class=\"eval-verified\" title=\""_s +
                         Html::escape(Tr::tr("Verified")) + u"\">\u2713</span>"_s;
            }
            cells += u"</td>"_s;
            rows.emplace_back(cells, sourceCell);
        }
    }
    if (rows.empty()) {
        return {};
    }

    QString out = u"<section class=\"eval-results\">\n<h2 class=\"eval-title\">"_s +
                  Html::escape(Tr::tr("Evaluation results")) + u"</h2>\n"_s;
    out += u"<table class=\"eval-table\">\n"_s;
    if (const QString name = field(model, u"name"_s); !name.isEmpty()) {
        out += u"<caption class=\"eval-model\">"_s + Html::escape(name) + u"</caption>\n"_s;
    }
    out += u"<thead><tr><th>"_s + Html::escape(Tr::tr("Task")) + u"</th><th>"_s +
           Html::escape(Tr::tr("Dataset")) + u"</th><th>"_s + Html::escape(Tr::tr("Split")) +
           u"</th><th>"_s + Html::escape(Tr::tr("Metric")) + u"</th><th>"_s +
           Html::escape(Tr::tr("Value")) + u"</th>"_s;
    if (anySource) {
        out += u"<th>"_s + Html::escape(Tr::tr("Source")) + u"</th>"_s;
    }
    out += u"</tr></thead>\n<tbody>\n"_s;
    for (const auto &[cells, sourceCell] : rows) {
        out += u"<tr>"_s + cells;
        if (anySource) {
            out += u"<td class=\"eval-source\">"_s + sourceCell + u"</td>"_s;
        }
        out += u"</tr>\n"_s;
    }
    out += u"</tbody>\n</table>\n</section>\n"_s;
    return out;
}

} // namespace Cardigan
