#pragma once

#include <QString>

namespace Cardigan {

struct WidgetModel;

/**
 * The inference widget as static HTML for `cardigan render`: the header (title, task chip),
 * then every example with its inputs and its output drawn as the Hub draws it (label/score
 * bars, answer and score, text in a green box or after the prompt, an image). All card text
 * is escaped; images are embedded as data: URLs when they are files in the card's folder,
 * never fetched from the network.
 *
 * Class names: `section.widget > div.widget-header (h2.widget-title, span.widget-task)`,
 * `div.widget-example > h3.widget-example-title`, inputs `div.widget-input`, outputs
 * `div.widget-bars > div.widget-bar-row (div.widget-bar[style=width:N%], span.widget-label,
 * span.widget-score)`, `div.widget-answer`, `div.widget-text`, `span.widget-generated`,
 * `div.widget-pending` (would be computed), `p.widget-explanation`.
 */
namespace WidgetHtml {

/// @p cardFolder: where repository-relative `src` and output `url` files are looked up
/// (empty: none is embedded).
QString render(const WidgetModel &model, const QString &cardFolder);

/// A local file as a data: URL (empty when it is missing, outside @p folder, not an image
/// or audio file, or larger than a few megabytes).
QString embeddedFile(const QString &folder, const QString &relativePath);

} // namespace WidgetHtml
} // namespace Cardigan
