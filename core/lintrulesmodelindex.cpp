// The model-index schema (HUB-METADATA.md section 1), with the Hub's messages.
#include "lintcontext.h"
#include "tr.h"

namespace Cardigan {

namespace {

using Severity = Diagnostic::Severity;
using Kind = YamlNode::Kind;

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

class ModelIndexChecker
{
public:
    explicit ModelIndexChecker(LintContext &ctx)
        : m_ctx(ctx)
    {}

    void check(int value, int key)
    {
        const QString path = QStringLiteral("model-index");
        if (!array(value, key, path)) {
            return;
        }
        const YamlNode &n = m_ctx.node(value);
        for (size_t i = 0; i < n.children.size(); ++i) {
            checkModel(m_ctx.resolved(n.children[i]), QStringLiteral("%1[%2]").arg(path).arg(i));
        }
    }

private:
    void checkModel(int model, const QString &path)
    {
        if (!object(model, -1, path)) {
            return;
        }
        string(model, QStringLiteral("name"), path, true);
        const int results = required(model, QStringLiteral("results"), path);
        const QString resultsPath = path + QStringLiteral(".results");
        if (results < 0 || !array(results, keyOf(model, "results"), resultsPath)) {
            return;
        }
        const YamlNode &n = m_ctx.node(results);
        for (size_t j = 0; j < n.children.size(); ++j) {
            checkResult(m_ctx.resolved(n.children[j]),
                        QStringLiteral("%1[%2]").arg(resultsPath).arg(j));
        }
    }

    void checkResult(int result, const QString &path)
    {
        if (!object(result, -1, path)) {
            return;
        }
        const int task = required(result, QStringLiteral("task"), path);
        if (task >= 0 && object(task, keyOf(result, "task"), path + QStringLiteral(".task"))) {
            string(task, QStringLiteral("type"), path + QStringLiteral(".task"), true);
            string(task, QStringLiteral("name"), path + QStringLiteral(".task"), false);
        }
        // Cards without a dataset are on the Hub by the thousand (spaCy pushes them), but
        // huggingface_hub cannot read their results: a warning, not the Hub's error.
        const int dataset = m_ctx.valueOf(result, QStringLiteral("dataset"));
        const QString datasetPath = path + QStringLiteral(".dataset");
        if (dataset < 0) {
            m_ctx.addBrief(result, -1, Severity::Warning, QStringLiteral("model-index-dataset"),
                           Tr::tr("%1 is missing: huggingface_hub cannot read these results "
                                  "without it (Invalid model_index).")
                               .arg(quoted(datasetPath)));
        }
        if (dataset >= 0 && object(dataset, keyOf(result, "dataset"), datasetPath)) {
            string(dataset, QStringLiteral("type"), datasetPath, true);
            string(dataset, QStringLiteral("name"), datasetPath, true);
            for (const char *k : {"config", "split", "revision"}) {
                string(dataset, QLatin1String(k), datasetPath, false);
            }
        }
        const int metrics = required(result, QStringLiteral("metrics"), path);
        const QString metricsPath = path + QStringLiteral(".metrics");
        if (metrics >= 0 && array(metrics, keyOf(result, "metrics"), metricsPath)) {
            const YamlNode &n = m_ctx.node(metrics);
            for (size_t k = 0; k < n.children.size(); ++k) {
                checkMetric(m_ctx.resolved(n.children[k]),
                            QStringLiteral("%1[%2]").arg(metricsPath).arg(k));
            }
        }
        const int source = m_ctx.valueOf(result, QStringLiteral("source"));
        const QString sourcePath = path + QStringLiteral(".source");
        if (source >= 0 && object(source, keyOf(result, "source"), sourcePath)) {
            string(source, QStringLiteral("url"), sourcePath, true);
            string(source, QStringLiteral("name"), sourcePath, false);
        }
    }

    void checkMetric(int metric, const QString &path)
    {
        if (!object(metric, -1, path)) {
            return;
        }
        string(metric, QStringLiteral("type"), path, true);
        required(metric, QStringLiteral("value"), path);
        for (const char *k : {"name", "config"}) {
            string(metric, QLatin1String(k), path, false);
        }
    }

    int keyOf(int mapping, const char *key) const
    {
        return m_ctx.keyOf(mapping, QLatin1String(key));
    }

    void report(int node, int key, const QString &code, const QString &message)
    {
        m_ctx.addBrief(node, key, Severity::Error, code, message);
    }

    bool array(int node, int key, const QString &path)
    {
        if (m_ctx.node(node).kind == Kind::Sequence) {
            return true;
        }
        report(node, key, QStringLiteral("model-index-type"),
               Tr::tr("%1 must be an array").arg(quoted(path)));
        return false;
    }

    bool object(int node, int key, const QString &path)
    {
        if (m_ctx.node(node).kind == Kind::Mapping) {
            return true;
        }
        report(node, key, QStringLiteral("model-index-type"),
               Tr::tr("%1 must be of type object").arg(quoted(path)));
        return false;
    }

    /// The value of @p key in @p mapping, or -1 after reporting it missing (at the
    /// mapping's first key: the entry that lacks it).
    int required(int mapping, const QString &key, const QString &path)
    {
        const int value = m_ctx.valueOf(mapping, key);
        if (value < 0) {
            report(mapping, -1, QStringLiteral("model-index-required"),
                   Tr::tr("%1 is required").arg(quoted(path + QLatin1Char('.') + key)));
        }
        return value;
    }

    void string(int mapping, const QString &key, const QString &path, bool isRequired)
    {
        const int value = isRequired ? required(mapping, key, path) : m_ctx.valueOf(mapping, key);
        if (value >= 0 && !m_ctx.node(value).value.isString()) {
            // null too: the Hub refuses `config: null` and `split: None`'s null.
            report(value, m_ctx.keyOf(mapping, key), QStringLiteral("model-index-type"),
                   Tr::tr("%1 must be a string").arg(quoted(path + QLatin1Char('.') + key)));
        }
    }

    LintContext &m_ctx;
};

} // namespace

void lintModelIndexRules(LintContext &ctx)
{
    const int root = ctx.rootMapping();
    const int value = ctx.valueOf(root, QStringLiteral("model-index"));
    if (value >= 0) {
        ModelIndexChecker(ctx).check(value, ctx.keyOf(root, QStringLiteral("model-index")));
    }
}

} // namespace Cardigan
