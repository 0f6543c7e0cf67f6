#pragma once

#include <QString>
#include <QStringView>

namespace Cardigan {

/**
 * The small HTML text helpers the preview needs: escaping for text and attribute values,
 * and decoding the character references an attribute value may hold.
 */
namespace Html {

/// @p text with & < > " ' escaped: safe as element text and inside a quoted attribute value.
QString escape(QStringView text);

/// Appends escape(@p text) to @p out without a temporary.
void appendEscaped(QString &out, QStringView text);

/**
 * Decodes character references as a browser does inside an attribute value: numeric
 * references (`&#97;`, `&#x61;`, with or without the semicolon) and the named ones that
 * matter for URLs and common text (`&colon;`, `&Tab;`, `&amp;`, `&copy;`...). Unknown
 * names stay as they are. Invalid code points become U+FFFD, as in HTML.
 */
QString decodeCharacterReferences(QStringView text);

/// The length of the well-formed character reference at @p text's start (which is '&'),
/// semicolon included, or 0 when it is none (then the '&' is a literal ampersand).
qsizetype characterReferenceLength(QStringView text);

} // namespace Html
} // namespace Cardigan
