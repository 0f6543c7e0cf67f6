#pragma once

#include <QList>
#include <QString>

namespace Cardigan {

// What a stretch of a card's source is, for the source editor's colours.
enum class HighlightRole {
    // YAML front matter
    Fence,          // the "---" lines around the front matter
    Key,            // a mapping key
    String,         // a quoted scalar, or the text of a block scalar
    Literal,        // numbers, booleans and null as YAML 1.2 core reads them
    Comment,        // YAML "#" comments and HTML "<!-- -->" comments
    Anchor,         // &anchor, *alias
    Tag,            // !tag, !!str
    BlockIndicator, // "|", ">-" and friends
    Punctuation,    // "-", ":", flow brackets and commas
    // Markdown body
    Heading,
    Emphasis,
    Strong,
    Code,       // inline code and the content of fenced code blocks
    CodeFence,  // the ``` / ~~~ lines with their info string
    Link,       // the text of links and images
    Url,        // link destinations, autolinks, bare URLs
    Math,       // $$...$$ and \\(...\\)
    Html,       // raw HTML tags
    Quote,      // block quotes
    ListMarker, // list bullets and numbers, thematic breaks
};
inline constexpr int HighlightRoleCount = int(HighlightRole::ListMarker) + 1;

struct HighlightSpan
{
    int start = 0;
    int length = 0;
    HighlightRole role = HighlightRole::Fence;
};

// The rules that colour one line at a time. They are plain functions over a line's text and
// the state the previous line ended in, so they can be tested without a document. Later
// spans win where spans overlap. States are small non-negative ints (see highlightrules.cpp);
// 0 is "nothing open".
namespace HighlightRules {

// The state a line of front matter starts in after the opening fence.
int yamlStartState();
bool isYamlState(int state);
// Colours one line inside the front matter; returns the state the next line starts in.
int yamlLine(const QString &text, int state, QList<HighlightSpan> *spans);
// Colours one line of the markdown body; returns the state the next line starts in.
int markdownLine(const QString &text, int state, QList<HighlightSpan> *spans);

} // namespace HighlightRules

} // namespace Cardigan
