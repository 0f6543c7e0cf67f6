// YamlParser: scalars (plain, single and double quoted, block).

#include "yamlparser.h"

namespace Cardigan {

namespace {

bool isNonPrintable(char16_t c)
{
    return c <= 0x08 || c == 0x0b || c == 0x0c || (c >= 0x0e && c <= 0x1f) ||
           (c >= 0x7f && c <= 0x84) || (c >= 0x86 && c <= 0x9f) || c == 0xfffe || c == 0xffff;
}

// js-yaml's PATTERN_NON_PRINTABLE, lone surrogates included, over one segment.
bool hasNonPrintable(const char16_t *s, qsizetype n)
{
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i];
        if (isNonPrintable(c)) {
            return true;
        }
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 >= n || !QChar::isLowSurrogate(s[i + 1])) {
                return true;
            }
            ++i; // a valid pair
        } else if (QChar::isLowSurrogate(c)) {
            return true;
        }
    }
    return false;
}

void writeFoldedLines(QString &result, int count)
{
    if (count == 1) {
        result += u' ';
    } else if (count > 1) {
        result += QString(count - 1, u'\n');
    }
}

char16_t simpleEscape(char16_t c, bool *ok)
{
    *ok = true;
    switch (c) {
    case u'0':
        return 0x00;
    case u'a':
        return 0x07;
    case u'b':
        return 0x08;
    case u't':
    case u'\t':
        return 0x09;
    case u'n':
        return 0x0a;
    case u'v':
        return 0x0b;
    case u'f':
        return 0x0c;
    case u'r':
        return 0x0d;
    case u'e':
        return 0x1b;
    case u' ':
        return u' ';
    case u'"':
        return u'"';
    case u'/':
        return u'/';
    case u'\\':
        return u'\\';
    case u'N':
        return 0x85;
    case u'_':
        return 0xa0;
    case u'L':
        return 0x2028;
    case u'P':
        return 0x2029;
    default:
        *ok = false;
        return 0;
    }
}

int hexDigit(char16_t c)
{
    if (c >= u'0' && c <= u'9') {
        return c - u'0';
    }
    const char16_t lc = c | 0x20;
    if (lc >= u'a' && lc <= u'f') {
        return lc - u'a' + 10;
    }
    return -1;
}

// String.fromCharCode semantics: every code unit is taken modulo 2^16.
char16_t toUint16(qint64 v)
{
    return char16_t(quint64(v) & 0xffff);
}

// js-yaml's charFromCodepoint on the value its `<<` arithmetic produced (which wraps to a
// signed 32-bit integer for \U escapes of eight hex digits).
QString charFromCodepoint(qint64 c)
{
    if (c <= 0xffff) {
        return QString(QChar(toUint16(c)));
    }
    const qint32 shifted = qint32(quint32(c - 0x10000));
    const char16_t units[2] = {toUint16(qint64(shifted >> 10) + 0xd800),
                               toUint16(qint64((c - 0x10000) & 0x3ff) + 0xdc00)};
    return QString(reinterpret_cast<const QChar *>(units), 2);
}

} // namespace

void YamlParser::captureSegment(QString &result, qsizetype start, qsizetype end,
                                bool checkJson) const
{
    if (start >= end) {
        return;
    }
    if (checkJson) {
        for (qsizetype i = start; i < end; ++i) {
            const char16_t c = m_s[i];
            if (c != 0x09 && c < 0x20) {
                fail(QStringLiteral("expected valid JSON character"));
            }
        }
    } else if (hasNonPrintable(m_s + start, end - start)) {
        fail(QStringLiteral("the stream contains non-printable characters"));
    }
    result.append(reinterpret_cast<const QChar *>(m_s + start), end - start);
}

bool YamlParser::readPlainScalar(qsizetype nodeIndent, bool withinFlowCollection)
{
    char16_t ch = cur();
    switch (ch) {
    case u'#':
    case u'&':
    case u'*':
    case u'!':
    case u'|':
    case u'>':
    case u'\'':
    case u'"':
    case u'%':
    case u'@':
    case u'`':
        return false;
    default:
        if (isWsOrEol(ch) || isFlowIndicator(ch)) {
            return false;
        }
    }
    if (ch == u'?' || ch == u'-') {
        const char16_t following = at(m_pos + 1);
        if (isWsOrEol(following) || (withinFlowCollection && isFlowIndicator(following))) {
            return false;
        }
    }

    const qsizetype start = m_pos;
    QString result;
    qsizetype captureStart = m_pos;
    qsizetype captureEnd = m_pos;
    bool hasPendingContent = false;
    int savedLine = m_line;
    qsizetype savedLineStart = m_lineStart;
    qsizetype savedLineIndent = m_lineIndent;

    while (ch != 0) {
        if (ch == u':') {
            const char16_t following = at(m_pos + 1);
            if (isWsOrEol(following) || (withinFlowCollection && isFlowIndicator(following))) {
                break;
            }
        } else if (ch == u'#') {
            if (isWsOrEol(at(m_pos - 1))) {
                break;
            }
        } else if ((m_pos == m_lineStart && testDocumentSeparator()) ||
                   (withinFlowCollection && isFlowIndicator(ch))) {
            break;
        } else if (isEol(ch)) {
            savedLine = m_line;
            savedLineStart = m_lineStart;
            savedLineIndent = m_lineIndent;
            skipSeparationSpace(false);
            if (m_lineIndent >= nodeIndent) {
                hasPendingContent = true;
                ch = cur();
                continue;
            }
            m_pos = captureEnd;
            m_line = savedLine;
            m_lineStart = savedLineStart;
            m_lineIndent = savedLineIndent;
            break;
        }

        if (hasPendingContent) {
            captureSegment(result, captureStart, captureEnd, false);
            writeFoldedLines(result, m_line - savedLine);
            captureStart = captureEnd = m_pos;
            hasPendingContent = false;
        }
        if (!isWhiteSpace(ch)) {
            captureEnd = m_pos + 1;
        }
        ch = at(++m_pos);
    }
    captureSegment(result, captureStart, captureEnd, false);

    if (result.isEmpty()) {
        return false; // js-yaml restores the previous kind and result: we never changed them
    }
    m_kind = Kind::Scalar;
    m_result = YamlValue::string(result);
    m_resultNode = newNode(YamlNode::Kind::Scalar, YamlStyle::Plain, start, captureEnd);
    node(m_resultNode).text = result;
    return true;
}

bool YamlParser::readSingleQuotedScalar(qsizetype /*nodeIndent*/)
{
    if (cur() != u'\'') {
        return false;
    }
    const qsizetype start = m_pos;
    QString result;
    ++m_pos;
    qsizetype captureStart = m_pos;
    qsizetype captureEnd = m_pos;
    char16_t ch = 0;

    while ((ch = cur()) != 0) {
        if (ch == u'\'') {
            captureSegment(result, captureStart, m_pos, true);
            ch = at(++m_pos);
            if (ch == u'\'') {
                // '' is a quote: start the next segment at the second one
                captureStart = m_pos;
                ++m_pos;
                captureEnd = m_pos;
            } else {
                m_kind = Kind::Scalar;
                m_result = YamlValue::string(result);
                m_resultNode =
                    newNode(YamlNode::Kind::Scalar, YamlStyle::SingleQuoted, start, m_pos);
                node(m_resultNode).text = result;
                return true;
            }
        } else if (isEol(ch)) {
            captureSegment(result, captureStart, captureEnd, true);
            writeFoldedLines(result, skipSeparationSpace(false));
            captureStart = captureEnd = m_pos;
        } else if (m_pos == m_lineStart && testDocumentSeparator()) {
            fail(QStringLiteral("unexpected end of the document within a single quoted scalar"));
        } else {
            ++m_pos;
            if (!isWhiteSpace(ch)) {
                captureEnd = m_pos;
            }
        }
    }
    fail(QStringLiteral("unexpected end of the stream within a single quoted scalar"));
}

bool YamlParser::readDoubleQuotedScalar(qsizetype /*nodeIndent*/)
{
    if (cur() != u'"') {
        return false;
    }
    const qsizetype start = m_pos;
    QString result;
    ++m_pos;
    qsizetype captureStart = m_pos;
    qsizetype captureEnd = m_pos;
    char16_t ch = 0;

    while ((ch = cur()) != 0) {
        if (ch == u'"') {
            captureSegment(result, captureStart, m_pos, true);
            ++m_pos;
            m_kind = Kind::Scalar;
            m_result = YamlValue::string(result);
            m_resultNode = newNode(YamlNode::Kind::Scalar, YamlStyle::DoubleQuoted, start, m_pos);
            node(m_resultNode).text = result;
            return true;
        }
        if (ch == u'\\') {
            captureSegment(result, captureStart, m_pos, true);
            ch = at(++m_pos);
            bool simple = false;
            const char16_t escaped = simpleEscape(ch, &simple);
            const int hexLength = ch == u'x' ? 2 : ch == u'u' ? 4 : ch == u'U' ? 8 : 0;
            if (isEol(ch)) {
                skipSeparationSpace(false);
            } else if (simple) {
                result += QChar(escaped);
                ++m_pos;
            } else if (hexLength > 0) {
                qint64 value = 0;
                for (int i = 0; i < hexLength; ++i) {
                    const int digit = hexDigit(at(++m_pos));
                    if (digit < 0) {
                        fail(QStringLiteral("expected hexadecimal character"));
                    }
                    value = qint64(qint32(quint32(value) << 4)) + digit;
                }
                result += charFromCodepoint(value);
                ++m_pos;
            } else {
                fail(QStringLiteral("unknown escape sequence"));
            }
            captureStart = captureEnd = m_pos;
        } else if (isEol(ch)) {
            captureSegment(result, captureStart, captureEnd, true);
            writeFoldedLines(result, skipSeparationSpace(false));
            captureStart = captureEnd = m_pos;
        } else if (m_pos == m_lineStart && testDocumentSeparator()) {
            fail(QStringLiteral("unexpected end of the document within a double quoted scalar"));
        } else {
            ++m_pos;
            if (!isWhiteSpace(ch)) {
                captureEnd = m_pos;
            }
        }
    }
    fail(QStringLiteral("unexpected end of the stream within a double quoted scalar"));
}

bool YamlParser::readBlockScalar(qsizetype nodeIndent)
{
    enum class Chomping { Clip, Strip, Keep };
    char16_t ch = cur();
    bool folding = false;
    if (ch == u'|') {
        folding = false;
    } else if (ch == u'>') {
        folding = true;
    } else {
        return false;
    }
    const qsizetype start = m_pos;
    QString result;
    Chomping chomping = Chomping::Clip;
    bool didReadContent = false;
    bool detectedIndent = false;
    qsizetype textIndent = nodeIndent;
    int emptyLines = 0;
    bool atMoreIndented = false;

    while (ch != 0) {
        ch = at(++m_pos);
        if (ch == u'+' || ch == u'-') {
            if (chomping != Chomping::Clip) {
                fail(QStringLiteral("repeat of a chomping mode identifier"));
            }
            chomping = ch == u'+' ? Chomping::Keep : Chomping::Strip;
        } else if (ch >= u'0' && ch <= u'9') {
            if (ch == u'0') {
                fail(QStringLiteral("bad explicit indentation width of a block scalar; it "
                                    "cannot be less than one"));
            }
            if (detectedIndent) {
                fail(QStringLiteral("repeat of an indentation width identifier"));
            }
            textIndent = nodeIndent + (ch - u'0') - 1;
            detectedIndent = true;
        } else {
            break;
        }
    }
    qsizetype end = m_pos; // the header, until a content line is read

    if (isWhiteSpace(ch)) {
        do {
            ch = at(++m_pos);
        } while (isWhiteSpace(ch));
        if (ch == u'#') {
            do {
                ch = at(++m_pos);
            } while (!isEol(ch) && ch != 0);
        }
    }

    while (ch != 0) {
        readLineBreak();
        m_lineIndent = 0;
        ch = cur();
        while ((!detectedIndent || m_lineIndent < textIndent) && ch == u' ') {
            ++m_lineIndent;
            ch = at(++m_pos);
        }
        if (!detectedIndent && m_lineIndent > textIndent) {
            textIndent = m_lineIndent;
        }
        if (isEol(ch)) {
            ++emptyLines;
            continue;
        }
        if (!detectedIndent && textIndent == 0) {
            fail(QStringLiteral("missing indentation for block scalar"));
        }
        if (m_lineIndent < textIndent) {
            // End of the scalar: chomp.
            if (chomping == Chomping::Keep) {
                result += QString(didReadContent ? 1 + emptyLines : emptyLines, u'\n');
            } else if (chomping == Chomping::Clip && didReadContent) {
                result += u'\n';
            }
            break;
        }
        if (folding) {
            if (isWhiteSpace(ch)) {
                // More-indented lines are not folded.
                atMoreIndented = true;
                result += QString(didReadContent ? 1 + emptyLines : emptyLines, u'\n');
            } else if (atMoreIndented) {
                atMoreIndented = false;
                result += QString(emptyLines + 1, u'\n');
            } else if (emptyLines == 0) {
                if (didReadContent) {
                    result += u' ';
                }
            } else {
                result += QString(emptyLines, u'\n');
            }
        } else {
            result += QString(didReadContent ? 1 + emptyLines : emptyLines, u'\n');
        }
        didReadContent = true;
        detectedIndent = true;
        emptyLines = 0;
        const qsizetype captureStart = m_pos;
        while (!isEol(ch) && ch != 0) {
            ch = at(++m_pos);
        }
        captureSegment(result, captureStart, m_pos, false);
        if (m_pos > captureStart) {
            end = m_pos; // an empty last "line" at the very end is not content to us
        }
    }

    m_kind = Kind::Scalar;
    m_result = YamlValue::string(result);
    m_resultNode = newNode(YamlNode::Kind::Scalar, folding ? YamlStyle::Folded : YamlStyle::Literal,
                           start, end);
    node(m_resultNode).text = result;
    return true;
}

} // namespace Cardigan
