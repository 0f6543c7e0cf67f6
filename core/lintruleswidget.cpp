// `widget:` examples: the inputs the task's widget reads, the shape of example outputs,
// repository files named by `src`. Warnings: the Hub's schema for widgets is not public,
// and what goes wrong is an example the widget does not show.
#include "catalogs.h"
#include "lintcontext.h"
#include "tr.h"

#include <QDir>
#include <QFileInfo>

namespace Cardigan {

namespace {

using Severity = Diagnostic::Severity;
using Kind = YamlNode::Kind;

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

bool isString(LintContext &ctx, int mapping, const char *key)
{
    const int v = ctx.valueOf(mapping, QLatin1String(key));
    return v >= 0 && ctx.node(v).value.isString();
}

bool isNumber(LintContext &ctx, int mapping, const char *key)
{
    const int v = ctx.valueOf(mapping, QLatin1String(key));
    return v >= 0 && ctx.node(v).value.type() == YamlValue::Type::Number;
}

bool isLabelScore(LintContext &ctx, int n, const char *label)
{
    return ctx.node(n).kind == Kind::Mapping && isString(ctx, n, label) &&
           isNumber(ctx, n, "score");
}

bool allItems(LintContext &ctx, int n, const char *label)
{
    if (ctx.node(n).kind != Kind::Sequence) {
        return false;
    }
    for (int item : ctx.node(n).children) {
        if (!isLabelScore(ctx, ctx.resolved(item), label)) {
            return false;
        }
    }
    return true;
}

// Whether @p output has the shape the widget's validators accept for @p kind; fills
// @p shape with the expected shape for the message.
bool outputValid(LintContext &ctx, int output, const QString &kind, QString *shape)
{
    if (kind == QLatin1String("labels")) {
        *shape = QStringLiteral("[{label: string, score: number}, ...]");
        return allItems(ctx, output, "label");
    }
    if (kind == QLatin1String("answers")) {
        *shape = QStringLiteral("[{answer: string, score: number}, ...]");
        return allItems(ctx, output, "answer");
    }
    if (kind == QLatin1String("answer_score")) {
        *shape = QStringLiteral("{answer: string, score: number}");
        return isLabelScore(ctx, output, "answer");
    }
    const QByteArray key = kind.toLatin1(); // text, url
    *shape = QStringLiteral("{%1: string}").arg(kind);
    return ctx.node(output).kind == Kind::Mapping && isString(ctx, output, key.constData());
}

// A relative `src` or output `url` names a file of the repository: it should exist.
void checkFile(LintContext &ctx, int node, const QString &path)
{
    if (ctx.folder().isEmpty() || !ctx.node(node).value.isString()) {
        return;
    }
    const QString src = ctx.node(node).value.toString();
    if (src.isEmpty() || src.contains(QLatin1String("://")) ||
        src.startsWith(QLatin1String("data:")) || src.startsWith(u'/')) {
        return;
    }
    if (!QFileInfo::exists(QDir(ctx.folder()).filePath(src))) {
        ctx.addAt(
            node, Severity::Warning, QStringLiteral("widget-file-missing"),
            Tr::tr("%1 names %2, which is not in the repository.").arg(quoted(path), quoted(src)));
    }
}

void checkExample(LintContext &ctx, int example, const QString &path, const QString &task)
{
    if (ctx.node(example).kind != Kind::Mapping) {
        ctx.addBrief(
            example, -1, Severity::Warning, QStringLiteral("widget-type"),
            Tr::tr("%1 must be a mapping (text:, src:, example_title:, ...).").arg(quoted(path)));
        return;
    }
    const int src = ctx.valueOf(example, QStringLiteral("src"));
    if (src >= 0) {
        checkFile(ctx, src, path + QStringLiteral(".src"));
    }
    const auto it = Catalogs::instance().widgetTasks.constFind(task);
    if (it == Catalogs::instance().widgetTasks.constEnd()) {
        return;
    }
    // Chat models (text-generation, image-text-to-text) take `messages` instead of text.
    const bool chat = ctx.valueOf(example, QStringLiteral("messages")) >= 0;
    for (const QString &input : it->inputs) {
        if (ctx.valueOf(example, input) >= 0 || (chat && input == QLatin1String("text"))) {
            continue;
        }
        ctx.addBrief(example, -1, Severity::Warning, QStringLiteral("widget-input-missing"),
                     Tr::tr("%1 has no %2, which the %3 widget needs.")
                         .arg(quoted(path), quoted(input), task));
    }
    const int output = ctx.valueOf(example, QStringLiteral("output"));
    if (output < 0 || it->output.isEmpty()) {
        return;
    }
    QString shape;
    if (!outputValid(ctx, output, it->output, &shape)) {
        ctx.addBrief(output, ctx.keyOf(example, QStringLiteral("output")), Severity::Warning,
                     QStringLiteral("widget-output"),
                     Tr::tr("%1 must be %2 for the %3 widget.")
                         .arg(quoted(path + QStringLiteral(".output")), shape, task));
    } else if (it->output == QLatin1String("url")) {
        checkFile(ctx, ctx.valueOf(output, QStringLiteral("url")),
                  path + QStringLiteral(".output.url"));
    }
}

} // namespace

void lintWidgetRules(LintContext &ctx)
{
    const int root = ctx.rootMapping();
    const int widget = ctx.valueOf(root, QStringLiteral("widget"));
    if (widget < 0 || ctx.node(widget).value.isNull()) {
        return; // `widget:` alone: no examples, nothing to show
    }
    if (ctx.node(widget).kind != Kind::Sequence) {
        ctx.addBrief(widget, ctx.keyOf(root, QStringLiteral("widget")), Severity::Warning,
                     QStringLiteral("widget-type"),
                     Tr::tr("\"widget\" must be a list of examples."));
        return;
    }
    const int pipeline = ctx.valueOf(root, QStringLiteral("pipeline_tag"));
    const QString task = pipeline >= 0 ? ctx.node(pipeline).value.toString() : QString();
    const std::vector<int> &items = ctx.node(widget).children;
    for (size_t i = 0; i < items.size(); ++i) {
        checkExample(ctx, ctx.resolved(items[i]), QStringLiteral("widget[%1]").arg(i), task);
    }
}

} // namespace Cardigan
