#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace Cardigan {

/**
 * Keeps TeX whole through markdown, as the Hub does by rendering math before markdown:
 * protect() replaces each math region of the UTF-8 source with an ASCII placeholder that
 * markdown leaves alone, restore() puts the math back into the sanitized HTML.
 *
 * Delimiters (the Hub's): `$$...$$` is display math (it may span lines, blank ones too);
 * `\\(...\\)` (two backslashes in the source) is inline math, within one paragraph. A
 * single `$` is text, `\$` is an escaped dollar, a backslash inside `$$` math escapes the
 * next character (so `\$$` does not close). Empty math is text. Math never starts, ends
 * or spans inside a code span or code block: a region that would is not math.
 *
 * restore() output, with the TeX HTML-escaped and otherwise exactly as written:
 *     <span class="math math-inline">\(TeX\)</span>
 *     <div class="math math-display">$$TeX$$</div>   (the math is a paragraph's only content)
 *     <span class="math math-display">$$TeX$$</span> (display math inside other text)
 * Inside an attribute value (an image's alt text) the math's source text comes back as is.
 */
class MathProtector
{
public:
    /// A byte range [begin, end) of the source.
    struct Range
    {
        qsizetype begin = 0;
        qsizetype end = 0;
    };

    /// @p code: the code ranges of @p markdown, sorted and not overlapping.
    QByteArray protect(const QByteArray &markdown, const std::vector<Range> &code);
    /// @p html: the rendered, sanitized HTML of protect()'s output.
    QString restore(const QString &html) const;

    qsizetype count() const { return qsizetype(m_math.size()); }

private:
    struct Math
    {
        QByteArray source; ///< with its delimiters, as written
        QByteArray tex;    ///< between the delimiters
        bool display = false;
    };

    qsizetype findDisplayEnd(const QByteArray &s, qsizetype from, qsizetype limit) const;
    qsizetype findInlineEnd(const QByteArray &s, qsizetype from, qsizetype limit,
                            qsizetype *texEnd) const;
    QString element(const Math &math) const;

    QByteArray m_prefix;
    std::vector<Math> m_math;
};

} // namespace Cardigan
