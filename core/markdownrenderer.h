#pragma once

#include <QString>
#include <QUrl>

namespace Cardigan {

class YamlValue;

/// How a card body is rendered for the preview.
struct RenderOptions
{
    QUrl baseUrl; ///< the card's folder as a file: URL (with trailing slash), or empty
    bool allowRemoteImages = false;
};

/**
 * A card as the Hub shows it, as safe HTML fragments for the preview page. GUI-free and
 * reentrant: safe to call from a worker thread.
 *
 * The HTML contract with the page (class names are reserved: the sanitizer strips them
 * from card HTML):
 * - math: see MathProtector (`span.math.math-inline` holding `\(TeX\)`,
 *   `div.math.math-display` or `span.math.math-display` holding `$$TeX$$`);
 * - a blocked remote image: `<img class="blocked-remote" data-src="URL" alt="...">`, no src;
 * - ids and `#fragment` links carry the prefix "user-content-";
 * - renderHeader(): `header.card-header > h1.card-title + ul.card-chips > li.card-chip`,
 *   each chip also `card-chip-pipeline | -library | -dataset | -language | -tag |
 *   -base-model | -license`, a visible label in `span.card-chip-label`;
 * - renderEvalResults(): `section.eval-results > h2.eval-title + table.eval-table`, cells
 *   `td.eval-task | .eval-dataset | .eval-split | .eval-metric | .eval-value | .eval-source`,
 *   ids under a name in `span.eval-id`, a dataset config in `span.eval-config`, a verified
 *   metric marked by `span.eval-verified` (✓).
 */
class MarkdownRenderer
{
public:
    /// The md4c flags, pinned: GitHub's dialect of md4c 0.4.8 (tables, strikethrough, task
    /// lists, permissive URL, www and e-mail autolinks), raw HTML on (it is sanitized), no
    /// md4c LaTeX (math is handled before markdown, as on the Hub).
    static unsigned parserFlags();

    /// The card body as an HTML fragment: GitHub-flavoured markdown, sanitized, math kept whole.
    static QString renderBody(const QString &markdown, const RenderOptions &options);
    /// A header like the Hub's model page: the repo name and chips for pipeline_tag,
    /// library_name, datasets, language, tags, base_model and license (string or list
    /// values alike); empty when there is nothing to show.
    static QString renderHeader(const QString &repoName, const YamlValue &metadata);
    /// The eval results table from `model-index` (empty string when there is none or it is
    /// malformed).
    static QString renderEvalResults(const YamlValue &metadata);
};

} // namespace Cardigan
