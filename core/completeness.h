#pragma once

#include "carddocument.h"

#include <QList>
#include <QString>

namespace Cardigan {

/**
 * What a card has of the metadata and the sections the Hub recommends: the checklist of
 * the completeness view. Metadata comes from the card's front matter as the Hub reads it
 * (a key that is null or empty counts as missing); sections from the headings of its
 * body (CardSections), outside code and comments.
 */
namespace Completeness {

struct Item
{
    enum class Kind { Metadata, Section };
    enum class State {
        Missing, ///< not in the card
        Empty,   ///< a section's heading with nothing but comments under it yet
        Present,
        Unknown, ///< metadata while the YAML does not parse
    };
    /// Where the user adds or fills it.
    enum class Place { Form, Evaluation, Source };

    Kind kind = Kind::Metadata;
    QString id;    ///< the metadata key ("license", "model-index") or the section id ("uses")
    QString title; ///< translated
    QString why;   ///< translated, one line
    State state = State::Missing;
    Place place = Place::Form;
    /// Sections: the card offset of the heading's line when there is one, else where
    /// insertSection() puts it.
    qsizetype offset = 0;

    bool isPresent() const { return state == State::Present || state == State::Empty; }
};

/// The recommended metadata keys, then the recommended sections, in the template's order.
QList<Item> check(const CardDocument &document);

/// How many of @p items are present (Present or Empty).
int presentCount(const QList<Item> &items);

/// The text insertSection() would insert for section @p id, and where.
struct Insertion
{
    qsizetype offset = -1; ///< -1: no such section
    QString text;          ///< blank lines around the heading as needed, then the heading line
                           ///< and one blank line
    qsizetype cursor = 0;  ///< card offset for the cursor afterwards: the blank line
};
Insertion planSection(const CardDocument &document, const QString &id);

/**
 * Adds the heading of recommended section @p id where the template's order puts it
 * (before the next recommended section the card has, else after the previous one, else
 * at the end), as one undo step that changes no other text. Returns the card offset for
 * the cursor, or -1 when it did nothing (@p why says why: the card already has it,
 * or no such section).
 */
qsizetype insertSection(CardDocument &document, const QString &id, QString *why = nullptr);

} // namespace Completeness

} // namespace Cardigan
