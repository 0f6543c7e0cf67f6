#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace Cardigan {

/**
 * The sections the Hub's model card template recommends, in the template's order, and
 * the headings of a card's markdown body. One list for the lint rule section-missing and
 * for the completeness view (core/completeness.h).
 */
namespace CardSections {

/// The text of a new card: the Hub's template sections with our guidance in comments
/// (resources/templates/modelcard.md).
QString templateText();

/// A recommended top-level section of the body.
struct Section
{
    const char *id;       ///< stable id: "uses", "training", ...
    const char *heading;  ///< the template's heading text (card content: English)
    const char *title;    ///< the title shown to the user (QT_TRANSLATE_NOOP, "Cardigan")
    const char *why;      ///< why it matters, one line (QT_TRANSLATE_NOOP, "Cardigan")
    const char *lintWhat; ///< "the card has no section about ..." for the linter, or nullptr
    QStringList keywords; ///< lower-case parts of a heading that count as this section
};

/// The recommended sections in the template's order.
const std::vector<Section> &recommended();
/// The section with @p id, or nullptr.
const Section *find(const QString &id);
/// True when @p heading (any case) names @p section.
bool matches(const Section &section, const QString &heading);

// A fence line (``` or ~~~, up to three spaces in): its character and length, or 0.
int fenceLength(QStringView line, QChar *ch);

/// A heading of the markdown body.
struct Heading
{
    int level = 0;           ///< 1 to 6
    QString text;            ///< its text, trimmed (closing #s removed)
    qsizetype lineStart = 0; ///< card offset of its (first) line
    qsizetype lineEnd = 0;   ///< card offset of the terminator of its (last) line
    qsizetype nextLine = 0;  ///< card offset of the line after it
    bool hasContent = false; ///< text other than comments and blank lines under it, before
                             ///< the next heading of the same or a higher level
};

/**
 * The headings of @p text from offset @p bodyStart on: ATX (`## Uses`), setext (a line
 * underlined with `===` or `---`) and HTML (`<h2>Uses</h2>`). Headings inside fenced or
 * indented code and inside HTML comments are not headings.
 */
std::vector<Heading> headings(const QString &text, qsizetype bodyStart);

} // namespace CardSections

} // namespace Cardigan
