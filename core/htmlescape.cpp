#include "htmlescape.h"

#include <QHash>

namespace Cardigan::Html {

using namespace Qt::StringLiterals;

namespace {

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Not the full HTML table (2,000+ names): the ASCII ones that obfuscate URLs
// (`jav&#x61;script&colon;`) and the typographic ones cards write in alt texts. An unknown
// name is kept literally, which is safe because every attribute is re-escaped on output.
const QHash<QString, char32_t> &namedReferences()
{
    static const QHash<QString, char32_t> table = {
        {u"amp"_s, U'&'},      {u"lt"_s, U'<'},      {u"gt"_s, U'>'},      {u"quot"_s, U'"'},
        {u"apos"_s, U'\''},    {u"nbsp"_s, 0xA0},    {u"colon"_s, U':'},   {u"Tab"_s, U'\t'},
        {u"NewLine"_s, U'\n'}, {u"sol"_s, U'/'},     {u"bsol"_s, U'\\'},   {u"lpar"_s, U'('},
        {u"rpar"_s, U')'},     {u"period"_s, U'.'},  {u"comma"_s, U','},   {u"excl"_s, U'!'},
        {u"num"_s, U'#'},      {u"percnt"_s, U'%'},  {u"plus"_s, U'+'},    {u"equals"_s, U'='},
        {u"quest"_s, U'?'},    {u"commat"_s, U'@'},  {u"lsqb"_s, U'['},    {u"rsqb"_s, U']'},
        {u"lowbar"_s, U'_'},   {u"semi"_s, U';'},    {u"dollar"_s, U'$'},  {u"ast"_s, U'*'},
        {u"grave"_s, U'`'},    {u"hat"_s, U'^'},     {u"verbar"_s, U'|'},  {u"lcub"_s, U'{'},
        {u"rcub"_s, U'}'},     {u"copy"_s, 0xA9},    {u"reg"_s, 0xAE},     {u"trade"_s, 0x2122},
        {u"hellip"_s, 0x2026}, {u"mdash"_s, 0x2014}, {u"ndash"_s, 0x2013}, {u"lsquo"_s, 0x2018},
        {u"rsquo"_s, 0x2019},  {u"ldquo"_s, 0x201C}, {u"rdquo"_s, 0x201D}, {u"laquo"_s, 0xAB},
        {u"raquo"_s, 0xBB},    {u"middot"_s, 0xB7},  {u"times"_s, 0xD7},   {u"divide"_s, 0xF7},
        {u"deg"_s, 0xB0},      {u"plusmn"_s, 0xB1},  {u"micro"_s, 0xB5},   {u"para"_s, 0xB6},
        {u"sect"_s, 0xA7},     {u"euro"_s, 0x20AC},  {u"pound"_s, 0xA3},   {u"yen"_s, 0xA5},
        {u"cent"_s, 0xA2},     {u"bull"_s, 0x2022},  {u"rarr"_s, 0x2192},  {u"larr"_s, 0x2190},
        {u"check"_s, 0x2713},  {u"zwj"_s, 0x200D},   {u"zwnj"_s, 0x200C},
    };
    return table;
}

void appendCodePoint(QString &out, char32_t cp)
{
    // As HTML: NUL, surrogates and out-of-range values are replaced.
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        cp = 0xFFFD;
    }
    if (QChar::requiresSurrogates(cp)) {
        out.append(QChar(QChar::highSurrogate(cp)));
        out.append(QChar(QChar::lowSurrogate(cp)));
    } else {
        out.append(QChar(char16_t(cp)));
    }
}

// Decodes the reference at text[0] == '&'. Returns the characters consumed (0: none).
qsizetype decodeOne(QStringView text, QString &out)
{
    const qsizetype n = text.size();
    if (n < 2) {
        return 0;
    }
    if (text[1] == u'#') {
        const bool hex = n > 2 && (text[2] == u'x' || text[2] == u'X');
        qsizetype i = hex ? 3 : 2;
        const qsizetype digitsStart = i;
        char32_t value = 0;
        bool overflow = false;
        while (i < n && (hex ? isHexDigit(text[i]) : isAsciiDigit(text[i]))) {
            const char16_t c = text[i].unicode();
            const int digit = c <= u'9' ? c - u'0' : (c | 0x20) - u'a' + 10;
            value = value * (hex ? 16 : 10) + char32_t(digit);
            overflow = overflow || value > 0x10FFFF;
            if (overflow) {
                value = 0x110000; // keeps growing digits from wrapping around
            }
            ++i;
        }
        if (i == digitsStart) {
            return 0;
        }
        if (i < n && text[i] == u';') {
            ++i;
        }
        appendCodePoint(out, value);
        return i;
    }
    qsizetype i = 1;
    while (i < n && i < 33 && (isAsciiAlpha(text[i]) || isAsciiDigit(text[i]))) {
        ++i;
    }
    if (i == 1 || i >= n || text[i] != u';') {
        return 0;
    }
    const auto it = namedReferences().constFind(text.mid(1, i - 1).toString());
    if (it == namedReferences().constEnd()) {
        return 0;
    }
    appendCodePoint(out, it.value());
    return i + 1;
}

} // namespace

void appendEscaped(QString &out, QStringView text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;";
            break;
        case u'<':
            out += u"&lt;";
            break;
        case u'>':
            out += u"&gt;";
            break;
        case u'"':
            out += u"&quot;";
            break;
        case u'\'':
            out += u"&#39;";
            break;
        default:
            out += c;
        }
    }
}

QString escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    appendEscaped(out, text);
    return out;
}

QString decodeCharacterReferences(QStringView text)
{
    if (!text.contains(u'&')) {
        return text.toString();
    }
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] == u'&') {
            const qsizetype used = decodeOne(text.mid(i), out);
            if (used > 0) {
                i += used;
                continue;
            }
        }
        out += text[i];
        ++i;
    }
    return out;
}

qsizetype characterReferenceLength(QStringView text)
{
    const qsizetype n = text.size();
    qsizetype i = 1;
    if (n > 1 && text[1] == u'#') {
        const bool hex = n > 2 && (text[2] == u'x' || text[2] == u'X');
        i = hex ? 3 : 2;
        const qsizetype digitsStart = i;
        while (i < n && i - digitsStart < 8 &&
               (hex ? isHexDigit(text[i]) : isAsciiDigit(text[i]))) {
            ++i;
        }
        if (i == digitsStart) {
            return 0;
        }
    } else {
        while (i < n && i < 33 && (isAsciiAlpha(text[i]) || isAsciiDigit(text[i]))) {
            ++i;
        }
        if (i == 1 || !isAsciiAlpha(text[1])) {
            return 0;
        }
    }
    return i < n && text[i] == u';' ? i + 1 : 0;
}

} // namespace Cardigan::Html
