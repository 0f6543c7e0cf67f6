#include "blockscalar.h"

#include "logging.h"
#include "tr.h"
#include "yamlreader.h"

#include <QStringList>

namespace Cardigan::BlockScalar {

namespace {

bool isBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

int leadingSpaces(QStringView line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == u' ') {
        ++n;
    }
    return n;
}

// A line that folds: not empty and not starting with white space.
bool folds(const QString &line)
{
    return !line.isEmpty() && line.at(0) != u' ' && line.at(0) != u'\t';
}

// The content lines of @p body in folded style: a single line break between two lines
// that fold must be written as an empty line, or it would read as a space.
QStringList foldedLines(const QStringList &lines)
{
    QStringList out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        out << lines.at(i);
        if (!folds(lines.at(i))) {
            continue;
        }
        qsizetype j = i + 1;
        while (j < lines.size() && lines.at(j).isEmpty()) {
            ++j;
        }
        if (j < lines.size() && folds(lines.at(j))) {
            for (qsizetype k = i + 1; k <= j; ++k) {
                out << QString();
            }
            i = j - 1;
        }
    }
    return out;
}

} // namespace

std::optional<QString> rewrite(const QString &card, qsizetype headerStart, qsizetype end,
                               const QString &value, const QString &eol, QString *why)
{
    auto fail = [why](const QString &reason) -> std::optional<QString> {
        if (why) {
            *why = reason;
        }
        return std::nullopt;
    };
    if (headerStart >= card.size() ||
        (card.at(headerStart) != u'|' && card.at(headerStart) != u'>')) {
        return fail(Tr::tr("the value is not a block scalar"));
    }
    const QChar style = card.at(headerStart);
    qsizetype headerEnd = headerStart;
    while (headerEnd < card.size() && !isBreak(card.at(headerEnd))) {
        ++headerEnd;
    }
    // The header's indicators, then what follows them (spaces and a comment), kept.
    qsizetype rest = headerStart + 1;
    while (rest < card.size() && rest < headerStart + 3 &&
           (card.at(rest) == u'+' || card.at(rest) == u'-' ||
            (card.at(rest) >= u'1' && card.at(rest) <= u'9'))) {
        ++rest;
    }
    const QString comment = card.mid(rest, headerEnd - rest);

    // Indentation: the header line's own, and the old content's (or two more).
    qsizetype lineStart = headerStart;
    while (lineStart > 0 && !isBreak(card.at(lineStart - 1))) {
        --lineStart;
    }
    const int parentIndent = leadingSpaces(QStringView(card).mid(lineStart));
    int indent = -1;
    for (qsizetype pos = headerEnd; pos < end;) {
        while (pos < end && isBreak(card.at(pos))) {
            ++pos;
        }
        qsizetype stop = pos;
        while (stop < card.size() && !isBreak(card.at(stop))) {
            ++stop;
        }
        const QStringView line = QStringView(card).mid(pos, stop - pos);
        if (!line.trimmed().isEmpty()) {
            indent = leadingSpaces(line);
            break;
        }
        pos = stop;
    }
    if (indent <= parentIndent) {
        indent = parentIndent + 2;
    }

    for (QChar c : value) {
        if ((c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c == u'\x7f' ||
            c.unicode() == 0x85 || c.unicode() == 0x2028 || c.unicode() == 0x2029 ||
            c.unicode() == 0xFEFF) {
            return fail(Tr::tr("the text holds a character (U+%1) that a block scalar cannot "
                               "hold")
                            .arg(c.unicode(), 4, 16, QChar(u'0')));
        }
    }

    qsizetype trailing = 0;
    while (trailing < value.size() && value.at(value.size() - 1 - trailing) == u'\n') {
        ++trailing;
    }
    const QString body = value.left(value.size() - trailing);
    QString chomp = trailing == 0   ? QStringLiteral("-")
                    : trailing == 1 ? QString()
                                    : QStringLiteral("+");
    QStringList lines = body.isEmpty() ? QStringList() : body.split(u'\n');
    if (style == u'>') {
        lines = foldedLines(lines);
    }
    if (chomp == u'+') {
        for (qsizetype i = 1; i < trailing; ++i) {
            lines << QString();
        }
    }
    // A first line that starts with a space needs the indentation written in the header.
    QString indicator;
    for (const QString &line : lines) {
        if (!line.isEmpty()) {
            if (line.at(0) == u' ') {
                indicator = QString::number(indent - parentIndent);
            }
            break;
        }
    }
    if (indicator.size() > 1) {
        return fail(Tr::tr("the text is indented too deeply for a block scalar"));
    }

    QStringList out{style + chomp + indicator + comment};
    QStringList check{QStringLiteral("k: ") + style + chomp + indicator};
    const QString pad(indent, u' ');
    const QString checkPad(indent - parentIndent, u' ');
    for (const QString &line : lines) {
        out << (line.isEmpty() ? QString() : pad + line);
        check << (line.isEmpty() ? QString() : checkPad + line);
    }
    // Read the result back on its own: the style must give exactly the value.
    const YamlReadResult read = YamlReader::read(check.join(u'\n') + u'\n');
    const YamlValue *got = read.ok ? read.tree.value().find(QStringLiteral("k")) : nullptr;
    if (!got || !got->isString() || got->toString() != value) {
        qCDebug(lcYaml) << "block scalar rewrite does not read back" << check;
        return fail(style == u'>'
                        ? Tr::tr("this text cannot be written in the folded style (>) it had")
                        : Tr::tr("this text cannot be written in the literal style (|) it had"));
    }
    // Trailing empty lines of a kept (+) scalar lie after its end and stay there.
    while (chomp == u'+' && out.size() > 1 && out.last().isEmpty()) {
        out.removeLast();
    }
    return out.join(eol);
}

} // namespace Cardigan::BlockScalar
