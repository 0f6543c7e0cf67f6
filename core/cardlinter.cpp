#include "cardlinter.h"

#include "carddocument.h"
#include "lintcontext.h"

#include <algorithm>

namespace Cardigan {

LintContext::LintContext(const CardSnapshot &card, const QString &folder)
    : m_card(card)
    , m_folder(folder)
{
    if (card.frontMatter.found && card.yaml.ok) {
        m_tree = &card.yaml.tree;
        m_yamlStart = card.frontMatter.yamlStart;
    }
}

int LintContext::rootMapping() const
{
    if (!m_tree || m_tree->root < 0) {
        return -1;
    }
    const int root = resolved(m_tree->root);
    return node(root).kind == YamlNode::Kind::Mapping ? root : -1;
}

int LintContext::resolved(int n) const
{
    // Anchors precede their aliases, so this ends; the cap guards a malformed tree.
    for (int hops = 0; n >= 0 && node(n).kind == YamlNode::Kind::Alias && hops < 64; ++hops) {
        n = node(n).target;
    }
    return n;
}

int LintContext::keyOf(int mapping, const QString &key) const
{
    if (mapping < 0 || node(mapping).kind != YamlNode::Kind::Mapping) {
        return -1;
    }
    const std::vector<int> &c = node(mapping).children;
    for (size_t i = 0; i + 1 < c.size(); i += 2) {
        if (yamlKeyString(node(c[i]).value) == key) {
            return c[i];
        }
    }
    return -1;
}

int LintContext::valueOf(int mapping, const QString &key) const
{
    if (mapping < 0 || node(mapping).kind != YamlNode::Kind::Mapping) {
        return -1;
    }
    const std::vector<int> &c = node(mapping).children;
    for (size_t i = 0; i + 1 < c.size(); i += 2) {
        if (yamlKeyString(node(c[i]).value) == key) {
            return resolved(c[i + 1]);
        }
    }
    return -1;
}

Diagnostic &LintContext::add(Severity severity, const QString &code, const QString &message,
                             qsizetype start, qsizetype end)
{
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.message = message;
    d.start = start;
    d.end = std::max(start, end);
    const CardLocation at = m_card.locationOf(start);
    d.line = at.line;
    d.column = at.column;
    m_diagnostics.append(d);
    return m_diagnostics.last();
}

Diagnostic &LintContext::addAt(int n, Severity severity, const QString &code,
                               const QString &message)
{
    return add(severity, code, message, startOf(n), endOf(n));
}

Diagnostic &LintContext::addBrief(int n, int keyNode, Severity severity, const QString &code,
                                  const QString &message)
{
    const YamlNode &v = node(n);
    qsizetype start = startOf(n);
    qsizetype end = endOf(n);
    if (v.style == YamlStyle::Empty && keyNode >= 0) {
        start = startOf(keyNode);
        end = endOf(keyNode);
    } else if (v.style == YamlStyle::BlockMapping && !v.children.empty()) {
        end = endOf(v.children.front());
    } else if (v.style == YamlStyle::BlockSequence && !v.children.empty()) {
        end = startOf(v.children.front());
    }
    return add(severity, code, message, start, end);
}

YamlPath lintPath(const QString &text)
{
    return YamlPath::parse(text).value_or(YamlPath());
}

QList<Diagnostic> CardLinter::lint(const CardDocument &doc, const QString &folder)
{
    return lint(doc.snapshot(), folder);
}

QList<Diagnostic> CardLinter::lint(const CardSnapshot &card, const QString &folder)
{
    LintContext ctx(card, folder);
    lintDocumentRules(ctx);
    if (ctx.rootMapping() >= 0) {
        lintKeyRules(ctx);
        lintModelIndexRules(ctx);
        lintWidgetRules(ctx);
    }
    if (ctx.tree()) {
        lintYaml11Rules(ctx);
    }
    lintBodyRules(ctx);
    QList<Diagnostic> out = ctx.take();
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.start != b.start) {
            return a.start < b.start;
        }
        return a.severity < b.severity;
    });
    return out;
}

} // namespace Cardigan
