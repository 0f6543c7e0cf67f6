#include "htmlallowlist.h"

#include "htmlescape.h"
#include "urlpolicy.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace Cardigan::HtmlAllowList {

using namespace Qt::StringLiterals;

namespace {

// Every attribute any element may keep. The order is the bit in an element's mask.
// clang-format off
enum Attr : int {
    Class, Id, Title, Lang, Dir, Align, Style, // the global ones
    Href, Name, Src, Alt, Width, Height, Colspan, Rowspan, Valign, Nowrap, Scope, Border,
    Cellpadding, Cellspacing, Summary, Span, Start, Type, Reversed, Value, Checked, Open,
    Datetime, AttrCount
};
// clang-format on

constexpr QStringView attrNames[AttrCount] = {
    u"class",  u"id",          u"title",       u"lang",    u"dir",    u"align",
    u"style",  u"href",        u"name",        u"src",     u"alt",    u"width",
    u"height", u"colspan",     u"rowspan",     u"valign",  u"nowrap", u"scope",
    u"border", u"cellpadding", u"cellspacing", u"summary", u"span",   u"start",
    u"type",   u"reversed",    u"value",       u"checked", u"open",   u"datetime",
};

using Mask = quint64;
static_assert(AttrCount <= 64);

constexpr Mask bit(Attr a)
{
    return Mask(1) << a;
}

constexpr Mask globalMask =
    bit(Class) | bit(Id) | bit(Title) | bit(Lang) | bit(Dir) | bit(Align) | bit(Style);
constexpr Mask cellMask =
    bit(Colspan) | bit(Rowspan) | bit(Valign) | bit(Width) | bit(Height) | bit(Nowrap);

struct Element
{
    QStringView name;
    bool isVoid;
    Mask attributes; // beyond the global ones
    QString endTag;
};

// The formatting and structure cards use (md4c's output plus the HTML people write in
// cards), nothing that loads, submits, plays or scripts.
const std::vector<Element> &elements()
{
    static const std::vector<Element> list = [] {
        struct Entry
        {
            QStringView name;
            bool isVoid;
            Mask attributes;
        };
        const Entry entries[] = {
            {u"a", false, bit(Href) | bit(Name)},
            {u"img", true, bit(Src) | bit(Alt) | bit(Width) | bit(Height)},
            {u"td", false, cellMask},
            {u"th", false, cellMask | bit(Scope)},
            {u"tr", false, bit(Valign)},
            {u"thead", false, bit(Valign)},
            {u"tbody", false, bit(Valign)},
            {u"tfoot", false, bit(Valign)},
            {u"table", false,
             bit(Width) | bit(Border) | bit(Cellpadding) | bit(Cellspacing) | bit(Summary)},
            {u"col", true, bit(Span) | bit(Width)},
            {u"colgroup", false, bit(Span) | bit(Width)},
            {u"ol", false, bit(Start) | bit(Type) | bit(Reversed)},
            {u"ul", false, bit(Type)},
            {u"li", false, bit(Value)},
            {u"input", true, bit(Type) | bit(Checked)},
            {u"details", false, bit(Open)},
            {u"time", false, bit(Datetime)},
            {u"hr", true, bit(Width)},
            {u"br", true, 0},
            {u"wbr", true, 0},
        };
        const QStringView plain[] = {
            u"abbr",    u"article", u"aside",  u"b",    u"bdi",        u"bdo",     u"blockquote",
            u"caption", u"center",  u"cite",   u"code", u"dd",         u"del",     u"dfn",
            u"div",     u"dl",      u"dt",     u"em",   u"figcaption", u"figure",  u"footer",
            u"h1",      u"h2",      u"h3",     u"h4",   u"h5",         u"h6",      u"header",
            u"i",       u"ins",     u"kbd",    u"mark", u"p",          u"pre",     u"q",
            u"rp",      u"rt",      u"ruby",   u"s",    u"samp",       u"section", u"small",
            u"span",    u"strike",  u"strong", u"sub",  u"summary",    u"sup",     u"tt",
            u"u",       u"var",
        };
        std::vector<Element> out;
        for (const Entry &e : entries) {
            out.push_back({e.name, e.isVoid, e.attributes, u"</"_s + e.name.toString() + u'>'});
        }
        for (QStringView name : plain) {
            out.push_back({name, false, 0, u"</"_s + name.toString() + u'>'});
        }
        return out;
    }();
    return list;
}

// Element ids by lowercase first letter: a lookup compares a handful of names at most.
const std::vector<std::vector<int>> &elementsByInitial()
{
    static const std::vector<std::vector<int>> table = [] {
        std::vector<std::vector<int>> out(26);
        for (int i = 0; i < int(elements().size()); ++i) {
            out[size_t(elements()[size_t(i)].name[0].unicode() - u'a')].push_back(i);
        }
        return out;
    }();
    return table;
}

// HTML names are ASCII-case-insensitive (and only that: `ſcript` is not `script`).
bool equalsAsciiLower(QStringView name, QStringView lower)
{
    if (name.size() != lower.size()) {
        return false;
    }
    for (qsizetype i = 0; i < name.size(); ++i) {
        char16_t c = name[i].unicode();
        if (c >= u'A' && c <= u'Z') {
            c |= 0x20;
        }
        if (c != lower[i].unicode()) {
            return false;
        }
    }
    return true;
}

int attrId(QStringView name)
{
    for (int i = 0; i < AttrCount; ++i) {
        if (equalsAsciiLower(name, attrNames[i])) {
            return i;
        }
    }
    return -1;
}

bool matches(const QRegularExpression &re, QStringView value)
{
    return re.match(value).hasMatch();
}

bool isOneOf(QStringView value, std::initializer_list<QStringView> choices)
{
    for (QStringView c : choices) {
        if (value.compare(c, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

// The value to keep for a plain (non-URL, non-class/id/style) attribute, or a null
// QString to drop it; an empty one marks a boolean attribute.
QString checkedValue(QStringView element, Attr attr, const QString &raw)
{
    static const QRegularExpression dimension(u"^\\d{1,5}(\\.\\d{1,4})?(%|px)?$"_s);
    static const QRegularExpression integer(u"^-?\\d{1,6}$"_s);
    static const QRegularExpression language(u"^[A-Za-z0-9-]{1,35}$"_s);
    const QString value = raw.trimmed();
    const auto keyword = [&](std::initializer_list<QStringView> choices) {
        return isOneOf(value, choices) ? value.toLower() : QString();
    };
    switch (attr) {
    case Align:
        return keyword({u"left", u"right", u"center", u"justify", u"top", u"middle", u"bottom"});
    case Valign:
        return keyword({u"top", u"middle", u"bottom", u"baseline"});
    case Dir:
        return keyword({u"ltr", u"rtl", u"auto"});
    case Scope:
        return keyword({u"row", u"col", u"rowgroup", u"colgroup"});
    case Width:
    case Height:
        return matches(dimension, value) ? value : QString();
    case Colspan:
    case Rowspan:
    case Span:
    case Start:
    case Value:
    case Border:
    case Cellpadding:
    case Cellspacing:
        return matches(integer, value) ? value : QString();
    case Type:
        if (element == u"ol") {
            const bool ok =
                value == u"1" || value == u"a" || value == u"A" || value == u"i" || value == u"I";
            return ok ? value : QString();
        }
        return keyword({u"disc", u"circle", u"square"});
    case Lang:
        return matches(language, value) ? value : QString();
    case Nowrap:
    case Reversed:
    case Open:
        return u""_s;
    case Title:
    case Alt:
    case Summary:
    case Datetime:
        return raw;
    default:
        return {};
    }
}

QString prefixedId(const QString &raw)
{
    QString id = raw.simplified().remove(u' ');
    if (id.isEmpty()) {
        return {};
    }
    return id.startsWith(UrlPolicy::idPrefix) ? id : UrlPolicy::idPrefix.toString() + id;
}

// A card's class names, less those the page reserves for its own elements.
QStringList userClasses(const QString &value)
{
    static const QRegularExpression space(u"\\s+"_s);
    QStringList classes = value.split(space, Qt::SkipEmptyParts);
    classes.removeIf([](const QString &c) { return HtmlSanitizer::isReservedClass(c); });
    return classes;
}

void appendAttribute(QString &out, QStringView name, QStringView value)
{
    out += u' ';
    out += name;
    out += u"=\"";
    Html::appendEscaped(out, value);
    out += u'"';
}

// md4c's task list item: `<input type="checkbox" class="..." disabled [checked]>`, and
// never anything editable.
bool appendCheckbox(QString &out, const std::vector<Attribute> &attributes)
{
    bool checkbox = false;
    bool checked = false;
    QStringList classes;
    Mask seen = 0;
    for (const Attribute &a : attributes) {
        const int id = attrId(a.name);
        if (id < 0 || (seen & bit(Attr(id)))) {
            continue;
        }
        seen |= bit(Attr(id));
        if (id == Type) {
            checkbox = Html::decodeCharacterReferences(a.value).trimmed().compare(
                           u"checkbox", Qt::CaseInsensitive) == 0;
        } else if (id == Checked) {
            checked = true;
        } else if (id == Class) {
            classes = userClasses(Html::decodeCharacterReferences(a.value));
        }
    }
    if (!checkbox) {
        return false;
    }
    out += u"<input type=\"checkbox\""_s;
    if (!classes.isEmpty()) {
        appendAttribute(out, u"class", classes.join(u' '));
    }
    out += checked ? u" disabled checked>"_s : u" disabled>"_s;
    return true;
}

} // namespace

int elementId(QStringView name)
{
    if (name.isEmpty()) {
        return -1;
    }
    const char16_t initial = name[0].unicode() | 0x20;
    if (initial < u'a' || initial > u'z') {
        return -1;
    }
    for (int id : elementsByInitial()[size_t(initial - u'a')]) {
        if (equalsAsciiLower(name, elements()[size_t(id)].name)) {
            return id;
        }
    }
    return -1;
}

int elementCount()
{
    return int(elements().size());
}

bool isVoid(int id)
{
    return elements()[size_t(id)].isVoid;
}

QStringView endTag(int id)
{
    return elements()[size_t(id)].endTag;
}

Disallowed disallowed(QStringView name)
{
    if (equalsAsciiLower(name, u"plaintext")) {
        return Disallowed::DropRest;
    }
    // Raw text (and template's inert) content: what a browser would not show as markup.
    for (QStringView raw : {u"script", u"style", u"iframe", u"noscript", u"noembed", u"noframes",
                            u"xmp", u"textarea", u"title", u"template"}) {
        if (equalsAsciiLower(name, raw)) {
            return Disallowed::DropWithContent;
        }
    }
    return Disallowed::DropTag;
}

bool appendStartTag(QString &out, int id, const std::vector<Attribute> &attributes,
                    const HtmlSanitizer::Policy &policy)
{
    const Element &element = elements()[size_t(id)];
    if (element.name == u"input") {
        return appendCheckbox(out, attributes);
    }
    out += u'<';
    out += element.name;
    if (attributes.empty()) {
        out += u'>';
        return true;
    }

    const Mask allowed = globalMask | element.attributes;
    Mask seen = 0;
    QStringList classes;
    QString anchorName;
    for (const Attribute &a : attributes) {
        const int found = attrId(a.name);
        if (found < 0 || !(allowed & bit(Attr(found))) || (seen & bit(Attr(found)))) {
            continue; // on*, srcset, formaction, xlink:href, a repeated attribute, ...
        }
        const Attr attr = Attr(found);
        seen |= bit(attr);
        const QString value = Html::decodeCharacterReferences(a.value);
        switch (attr) {
        case Class:
            classes += userClasses(value);
            break;
        case Id:
            if (const QString prefixed = prefixedId(value); !prefixed.isEmpty()) {
                appendAttribute(out, u"id", prefixed);
            }
            break;
        case Name:
            anchorName = prefixedId(value);
            break;
        case Style:
            if (const QString style = cleanStyle(value); !style.isEmpty()) {
                appendAttribute(out, u"style", style);
            }
            break;
        case Href:
        case Src: {
            const UrlPolicy::Result r = UrlPolicy::apply(
                value, attr == Src ? UrlPolicy::Kind::Image : UrlPolicy::Kind::Link, policy.baseUrl,
                policy.allowRemoteImages);
            if (r.verdict == UrlPolicy::Verdict::Keep) {
                appendAttribute(out, attrNames[attr], r.url);
            } else if (r.verdict == UrlPolicy::Verdict::Blocked) {
                appendAttribute(out, u"data-src", r.url);
                classes += u"blocked-remote"_s;
            }
            break;
        }
        default: {
            const QString checked = checkedValue(element.name, attr, value);
            if (checked.isNull()) {
                break;
            }
            if (checked.isEmpty() && attr != Title && attr != Alt) {
                out += u' ';
                out += attrNames[attr];
            } else {
                appendAttribute(out, attrNames[attr], checked);
            }
        }
        }
    }
    if (!(seen & bit(Id)) && !anchorName.isEmpty()) {
        appendAttribute(out, u"id", anchorName); // legacy `<a name>` anchors still work
    }
    classes.removeDuplicates();
    if (!classes.isEmpty()) {
        appendAttribute(out, u"class", classes.join(u' '));
    }
    out += u'>';
    return true;
}

QString cleanStyle(QStringView style)
{
    // Lengths, keywords and colours only: no url(), no escapes, no comments, no
    // expression(), so nothing in a style can load or run anything.
    static const QRegularExpression length(
        u"^(-?(\\d{1,5}(\\.\\d{1,4})?|\\.\\d{1,4})(px|%|em|rem|vw|vh|pt|ch|ex)?|auto)$"_s);
    static const QRegularExpression color(
        u"^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}|rgba?\\(\\s*\\d{1,3}%?\\s*,\\s*\\d{1,3}%?\\s*,"
        u"\\s*\\d{1,3}%?\\s*(,\\s*(0|1|0?\\.\\d{1,3})\\s*)?\\))$"_s);
    static const QSet<QString> lengthProperties = {
        u"width"_s,        u"height"_s,        u"max-width"_s,      u"max-height"_s,
        u"min-width"_s,    u"min-height"_s,    u"margin"_s,         u"margin-top"_s,
        u"margin-right"_s, u"margin-bottom"_s, u"margin-left"_s,    u"padding"_s,
        u"padding-top"_s,  u"padding-right"_s, u"padding-bottom"_s, u"padding-left"_s,
        u"gap"_s,          u"border-radius"_s, u"font-size"_s,
    };
    static const QHash<QString, QSet<QString>> keywordProperties = {
        {u"text-align"_s, {u"left"_s, u"right"_s, u"center"_s, u"justify"_s, u"start"_s, u"end"_s}},
        {u"vertical-align"_s,
         {u"top"_s, u"middle"_s, u"bottom"_s, u"baseline"_s, u"text-top"_s, u"text-bottom"_s,
          u"sub"_s, u"super"_s}},
        {u"float"_s, {u"left"_s, u"right"_s, u"none"_s}},
        {u"clear"_s, {u"left"_s, u"right"_s, u"both"_s, u"none"_s}},
        {u"display"_s,
         {u"block"_s, u"inline"_s, u"inline-block"_s, u"flex"_s, u"inline-flex"_s, u"none"_s,
          u"table"_s, u"table-cell"_s, u"grid"_s}},
        {u"font-weight"_s,
         {u"normal"_s, u"bold"_s, u"bolder"_s, u"lighter"_s, u"100"_s, u"200"_s, u"300"_s, u"400"_s,
          u"500"_s, u"600"_s, u"700"_s, u"800"_s, u"900"_s}},
        {u"font-style"_s, {u"normal"_s, u"italic"_s}},
        {u"text-decoration"_s, {u"none"_s, u"underline"_s, u"line-through"_s, u"overline"_s}},
        {u"justify-content"_s,
         {u"flex-start"_s, u"flex-end"_s, u"center"_s, u"space-between"_s, u"space-around"_s,
          u"space-evenly"_s, u"start"_s, u"end"_s}},
        {u"align-items"_s,
         {u"flex-start"_s, u"flex-end"_s, u"center"_s, u"baseline"_s, u"stretch"_s, u"start"_s,
          u"end"_s}},
        {u"flex-wrap"_s, {u"wrap"_s, u"nowrap"_s}},
        {u"flex-direction"_s, {u"row"_s, u"column"_s, u"row-reverse"_s, u"column-reverse"_s}},
        {u"white-space"_s, {u"normal"_s, u"nowrap"_s, u"pre"_s, u"pre-wrap"_s, u"pre-line"_s}},
    };

    QStringList kept;
    for (QStringView declaration : style.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon <= 0) {
            continue;
        }
        const QString property = declaration.left(colon).trimmed().toString().toLower();
        const QString value = declaration.mid(colon + 1).trimmed().toString();
        bool ok = false;
        if (lengthProperties.contains(property)) {
            const QStringList parts = value.split(u' ', Qt::SkipEmptyParts);
            ok = !parts.isEmpty() && parts.size() <= 4;
            for (const QString &part : parts) {
                ok = ok && matches(length, part);
            }
        } else if (property == u"color"_s || property == u"background-color"_s) {
            ok = matches(color, value);
        } else if (const auto it = keywordProperties.constFind(property);
                   it != keywordProperties.constEnd()) {
            ok = it->contains(value.toLower());
        }
        if (ok) {
            kept += property + u": "_s + value;
        }
    }
    return kept.join(u"; "_s);
}

} // namespace Cardigan::HtmlAllowList
