#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

namespace Cardigan {

/**
 * An allow-list HTML sanitizer for card content (md4c's output, raw HTML included).
 *
 * The input is tokenized the way a browser's HTML tokenizer would (unquoted attributes,
 * `<scr<script>ipt>`, unclosed tags and comments, uppercase), and only what is on the
 * lists is re-serialized: known formatting elements, a few attributes with checked values,
 * every attribute value quoted and escaped, text escaped, elements balanced. So the page
 * parses exactly what was checked. One pass, linear in the input, no recursion.
 *
 * Dropped with their content: script, style, iframe, noscript, noembed, noframes, xmp,
 * textarea, title, plaintext (to the end). Dropped, content kept: every other element not
 * listed (form controls, object, embed, svg, math, video, font, ...). Comments, doctypes
 * and processing instructions are dropped. `style` keeps only a short list of layout and
 * colour properties whose values match strict patterns (no url(), no escapes).
 * Element ids and `name` anchors get the prefix "user-content-" (as do `#fragment` links),
 * and class names the page reserves (see isReservedClass()) are removed.
 */
class HtmlSanitizer
{
public:
    struct Policy
    {
        QUrl baseUrl; ///< relative URLs resolve against it; empty: they stay relative
        bool allowRemoteImages = false;
    };

    /// Elements nested deeper than this are dropped (their text is kept).
    static constexpr int maxDepth = 256;

    static QString sanitize(QStringView html, const Policy &policy);

    /// Class names a card may not use because the preview page gives them meaning: `math`,
    /// `math-*`, `katex*`, `blocked-remote`, `card-*`, `eval-*`.
    static bool isReservedClass(QStringView token);
};

} // namespace Cardigan
