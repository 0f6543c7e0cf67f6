#pragma once

#include "yamlpath.h"
#include "yamlvalue.h"

#include <QString>
#include <QStringList>

namespace Cardigan {

class CardDocument;
struct YamlTree;

/**
 * What the eval results editor needs to know about the card's `model-index`: paths to
 * its results and metrics, the nodes behind them (for "Show in source" and for what can
 * be edited faithfully), and which of the Hub's required fields are missing.
 */
namespace EvalYaml {

/// `model-index[model].results[result].metrics[metric].field`; -1 leaves a part out,
/// @p field is a dotted key path inside the item ("dataset.config").
YamlPath path(int model, int result = -1, int metric = -1, const QString &field = QString());
/// @p base with the dotted keys of @p field appended.
YamlPath child(const YamlPath &base, const QString &field);

/// The tree node at @p path (aliases followed), or -1 when the text has no node there
/// (a missing key, or a value that comes from a merge key).
int nodeAt(const CardDocument &doc, const YamlPath &path);
/// Why the node itself cannot be edited in place: an alias, an anchor others may use,
/// a tag. Empty when none.
QString ownProblem(const YamlTree &tree, int node);
/// ownProblem() of the node or of anything inside it, or a merge key inside it.
QString subtreeProblem(const YamlTree &tree, int node);
/// ownProblem() of the first node on the way from `model-index` down to @p path.
QString pathProblem(const CardDocument &doc, const YamlPath &path);
/// The 1-based card line of @p node (the front matter's first line for -1).
int lineOf(const CardDocument &doc, int node);
/// The line to show for @p path: its node, or the nearest parent that has one.
int lineOf(const CardDocument &doc, const YamlPath &path);

/// A scalar as the card writes it (`20.90` stays `20.90`), else its JSON.
QString displayText(const CardDocument &doc, const YamlPath &path, const YamlValue &value);
/// "a list", "a mapping", ... for messages.
QString typeName(const YamlValue &value);

/// The Hub's required fields that a result or a metric lacks (empty strings count as
/// missing), as dotted keys.
QStringList missingInResult(const YamlValue &result);
QStringList missingInMetric(const YamlValue &metric);

/// The value at dotted @p field of @p value, or nullptr.
const YamlValue *find(const YamlValue &value, const QString &field);

} // namespace EvalYaml

} // namespace Cardigan
