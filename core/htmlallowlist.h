#pragma once

#include "htmlsanitizer.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace Cardigan {

/**
 * The lists behind HtmlSanitizer: which elements and attributes card HTML may keep and
 * which values those attributes may hold. The tokenizer lives in htmlsanitizer.cpp.
 */
namespace HtmlAllowList {

/// An attribute as tokenized: views into the input, name in any case, value undecoded.
struct Attribute
{
    QStringView name;
    QStringView value;
};

/// What happens to an element that is not allowed.
enum class Disallowed {
    DropTag,         ///< the tags go, the content stays (and is sanitized)
    DropWithContent, ///< everything up to the matching end tag goes (raw text elements)
    DropRest,        ///< everything to the end of the input goes (plaintext)
};

/// A small integer for an allowed element (name in any case), or -1. Allocates nothing.
int elementId(QStringView name);
int elementCount();
/// br, hr, img, input, wbr, col: no end tag, never on the open-element stack.
bool isVoid(int id);
/// "</name>"
QStringView endTag(int id);
Disallowed disallowed(QStringView name);

/**
 * Appends to @p out the start tag (`<img src="..." alt="...">`) of allowed element @p id
 * with only its allowed attributes (the first of duplicates, as in HTML). Returns false,
 * having appended nothing, when the element must go (an input that is not a checkbox).
 */
bool appendStartTag(QString &out, int id, const std::vector<Attribute> &attributes,
                    const HtmlSanitizer::Policy &policy);

/// The allowed declarations of a style attribute, re-serialized; empty when none are.
QString cleanStyle(QStringView style);

} // namespace HtmlAllowList
} // namespace Cardigan
