#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

namespace Cardigan {

class CardDocument;

/**
 * `cardigan render FILE [-o OUT.html]`: the card as one self-contained HTML page like the
 * Hub's model page (header chips, the rendered card, the inference widget with its examples
 * and outputs, the eval results table). It needs no network: KaTeX's script, stylesheet and
 * fonts are inlined, widget images from the card's folder are embedded, and remote images
 * stay blocked. Card HTML is sanitized; the only script is ours, pinned by a
 * content-security-policy hash.
 */
class RenderCommand
{
public:
    /// Runs with @p args after "render"; returns a Cli::Exit value.
    static int run(const QStringList &args, QIODevice &out, QIODevice &err);

    /// The page for @p doc, whose file is in @p folder (empty: untitled); @p warnings
    /// receives what the page could not include (a YAML error, KaTeX missing).
    static QString page(const CardDocument &doc, const QString &folder, const QString &repoName,
                        QStringList *warnings = nullptr);

    /// Where Debian's libjs-katex is (overridable with CARDIGAN_KATEX_DIR, for tests).
    static QString katexFolder();
};

} // namespace Cardigan
