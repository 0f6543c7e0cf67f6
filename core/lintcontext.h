#pragma once

#include "cardsnapshot.h"
#include "diagnostic.h"
#include "yamltree.h"

#include <QList>

namespace Cardigan {

/// What the lint rules share: the card, its YAML tree, and the diagnostics found so far.
/// Internal to the linter (core/lintrules*.cpp).
class LintContext
{
public:
    using Severity = Diagnostic::Severity;

    LintContext(const CardSnapshot &card, const QString &folder);

    const CardSnapshot &card() const { return m_card; }
    const QString &text() const { return m_card.text; }
    /// The card's folder, or empty when files are not to be checked.
    const QString &folder() const { return m_folder; }
    const FrontMatter &frontMatter() const { return m_card.frontMatter; }
    /// The parsed tree, or nullptr without front matter or on a YAML error.
    const YamlTree *tree() const { return m_tree; }
    const YamlNode &node(int i) const { return m_tree->node(i); }
    /// The root node when it is a mapping, else -1.
    int rootMapping() const;
    /// @p node, or the node an alias refers to.
    int resolved(int node) const;
    /// The value node of @p key in @p mapping (aliases resolved), or -1.
    int valueOf(int mapping, const QString &key) const;
    /// The key node of @p key in @p mapping, or -1.
    int keyOf(int mapping, const QString &key) const;
    /// Card offsets of a node's span.
    qsizetype startOf(int n) const { return m_yamlStart + node(n).start; }
    qsizetype endOf(int n) const { return m_yamlStart + node(n).end; }

    /// Adds a diagnostic over card offsets [start, end); returns it for a fix.
    Diagnostic &add(Severity severity, const QString &code, const QString &message, qsizetype start,
                    qsizetype end);
    /// Adds a diagnostic over @p node's span.
    Diagnostic &addAt(int node, Severity severity, const QString &code, const QString &message);

    /// Adds a diagnostic about @p node, kept short for squiggles: its key @p keyNode when
    /// the value has no text, only the first key of a block mapping, only the first dash
    /// of a block sequence.
    Diagnostic &addBrief(int node, int keyNode, Severity severity, const QString &code,
                         const QString &message);

    QList<Diagnostic> take() { return std::move(m_diagnostics); }

private:
    const CardSnapshot &m_card;
    QString m_folder;
    const YamlTree *m_tree = nullptr;
    qsizetype m_yamlStart = 0;
    QList<Diagnostic> m_diagnostics;
};

/// A YamlPath from its text form (rules build paths such as `language[2]`).
YamlPath lintPath(const QString &text);

// The rule families, one file each.
void lintDocumentRules(LintContext &ctx);   ///< lintrulesdocument.cpp: syntax, shape, fences
void lintBodyRules(LintContext &ctx);       ///< lintrulesbody.cpp: math, recommended sections
void lintKeyRules(LintContext &ctx);        ///< lintruleskeys.cpp: license, language, lists
void lintModelIndexRules(LintContext &ctx); ///< lintrulesmodelindex.cpp
void lintWidgetRules(LintContext &ctx);     ///< lintruleswidget.cpp: widget examples
void lintYaml11Rules(LintContext &ctx);     ///< lintrulesyaml11.cpp: PyYAML disagreements

} // namespace Cardigan
