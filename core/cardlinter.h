#pragma once

#include "diagnostic.h"

#include <QList>

namespace Cardigan {

class CardDocument;
struct CardSnapshot;

/**
 * Judges a card as the Hub would on push, offline (shared/spec/HUB-METADATA.md sections 1
 * and 3), plus what the Hub accepts but gets wrong in practice: values huggingface_hub's
 * PyYAML reads differently, `$...$` math the Hub does not render, tags the Hub adds itself,
 * missing recommended sections. Every diagnostic points at the key or value it is about.
 */
class CardLinter
{
public:
    /// The diagnostics of @p doc in text order (errors first at the same place).
    /// @p folder: the card's folder, to check that repository files it names exist
    /// (widget `src`); empty to skip those checks.
    static QList<Diagnostic> lint(const CardDocument &doc, const QString &folder = QString());
    /// The same for a snapshot of a card: safe on any thread (LintScheduler's worker).
    static QList<Diagnostic> lint(const CardSnapshot &card, const QString &folder = QString());
};

} // namespace Cardigan
