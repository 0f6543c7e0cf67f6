// The card as a whole: a BOM, the fences, YAML syntax, the metadata's shape.
#include "lintcontext.h"
#include "tr.h"

namespace Cardigan {

namespace {

using Severity = Diagnostic::Severity;

const QString missingMessage()
{
    // The Hub's own warning, so users can search for it.
    return Tr::tr("empty or missing yaml metadata in repo card");
}

// The opening fence of a block that never closes: the Hub's rule finds no metadata then.
// Returns the fence's offset, or -1.
qsizetype unclosedFence(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && FrontMatter::isJsSpace(text[i])) {
        ++i;
    }
    if (!text.mid(i, 3).startsWith(QLatin1String("---"))) {
        return -1;
    }
    const qsizetype after = i + 3;
    if (after < text.size() && text[after] != u'\n' && text[after] != u'\r') {
        return -1; // "----" or "--- x" is a thematic break or text, not a fence
    }
    return i;
}

void lintYamlError(LintContext &ctx)
{
    const CardSnapshot &card = ctx.card();
    const YamlError &e = card.yaml.error;
    const FrontMatter &fm = ctx.frontMatter();
    const qsizetype start = fm.yamlStart + e.offset;
    const qsizetype end = std::min(start + 1, std::max(fm.yamlEnd, start));
    const bool duplicate = e.reason.startsWith(QLatin1String("duplicated mapping key"));
    Diagnostic &d =
        ctx.add(Severity::Error,
                duplicate ? QStringLiteral("yaml-duplicate-key") : QStringLiteral("yaml-syntax"),
                Tr::tr("Invalid YAML in README.md: %1 (%2:%3)")
                    .arg(e.reason)
                    .arg(e.line + 1)
                    .arg(e.column + 1),
                start, end);
    // js-yaml's line, even where its mark is one line past the block's end (the offset
    // is clamped, the line is not): the fence line then, which is what the Hub shows.
    d.line = card.locationOf(fm.yamlStart).line + e.line;
    d.column = e.column + 1;
}

void lintShape(LintContext &ctx)
{
    const FrontMatter &fm = ctx.frontMatter();
    const YamlTree &tree = *ctx.tree();
    if (tree.root < 0) {
        // "---<EOL>---" (the Hub's special case) has no metadata; a block of blank lines or
        // comments is a YAML document without content, which js-yaml reads as undefined.
        if (fm.yamlStart == fm.openStart + 3) { // the special case: no line break taken
            ctx.add(Severity::Warning, QStringLiteral("metadata-missing"), missingMessage(),
                    fm.openStart, fm.openStart + 3);
        } else {
            ctx.add(Severity::Error, QStringLiteral("metadata-not-mapping"),
                    Tr::tr("The YAML metadata of your README.md is invalid: the block holds "
                           "no mapping."),
                    fm.openStart, fm.openStart + 3);
        }
        return;
    }
    const int root = ctx.resolved(tree.root);
    const YamlNode &n = ctx.node(root);
    if (n.kind == YamlNode::Kind::Mapping) {
        if (n.children.empty()) {
            ctx.addAt(tree.root, Severity::Warning, QStringLiteral("metadata-missing"),
                      missingMessage());
        }
        return;
    }
    ctx.addAt(tree.root, Severity::Error, QStringLiteral("metadata-not-mapping"),
              n.kind == YamlNode::Kind::Sequence
                  ? Tr::tr("\"value\" must be of type object: the metadata must be a mapping "
                           "of keys to values.")
                  : Tr::tr("The YAML metadata of your README.md is invalid: it must be a "
                           "mapping of keys to values."));
}

} // namespace

void lintDocumentRules(LintContext &ctx)
{
    const CardSnapshot &card = ctx.card();
    const FrontMatter &fm = ctx.frontMatter();
    if (card.bom && fm.found) {
        // The BOM is not part of the text, so the diagnostic marks the first character.
        ctx.add(Severity::Warning, QStringLiteral("bom"),
                Tr::tr("The file starts with a byte order mark: huggingface_hub (Python) does "
                       "not find the metadata behind it. Save the file without a BOM."),
                0, 0)
            .fix = Fix::removeBom(Tr::tr("Remove the byte order mark"));
    }
    if (!fm.found) {
        const qsizetype fence = unclosedFence(ctx.text());
        if (fence >= 0) {
            ctx.add(Severity::Warning, QStringLiteral("fence-unclosed"),
                    Tr::tr("The metadata block opened here is never closed by a \"---\" line, "
                           "so the Hub sees no metadata (%1).")
                        .arg(missingMessage()),
                    fence, fence + 3);
        } else {
            ctx.add(Severity::Warning, QStringLiteral("metadata-missing"), missingMessage(), 0, 0);
        }
        return;
    }
    if (!card.yaml.ok) {
        lintYamlError(ctx);
        return;
    }
    lintShape(ctx);
}

} // namespace Cardigan
