#include "cardsections.h"

#include "cardfile.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace Cardigan {

namespace CardSections {

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list) {
        out.append(QString::fromLatin1(w));
    }
    return out;
}

} // namespace

QString templateText()
{
    QFile file(QStringLiteral(":/templates/modelcard.md"));
    if (!file.open(QIODevice::ReadOnly)) {
        return QString();
    }
    return CardFile::decode(file.readAll()).text;
}

const std::vector<Section> &recommended()
{
    // The keywords of the four sections the linter checks are the ones it always had.
    static const std::vector<Section> sections = {
        {"details", "Model Details", QT_TRANSLATE_NOOP("Cardigan", "Model details"),
         QT_TRANSLATE_NOOP("Cardigan",
                           "What the model is, who made it, and what it was built from."),
         nullptr,
         words({"model detail", "model description", "model summary", "model overview", "overview",
                "introduction", "about"})},
        {"uses", "Uses", QT_TRANSLATE_NOOP("Cardigan", "Uses"),
         QT_TRANSLATE_NOOP("Cardigan", "What the model is for, and what it must not be used for."),
         QT_TRANSLATE_NOOP("Cardigan", "intended uses"), words({"use", "usage", "application"})},
        {"limitations", "Bias, Risks, and Limitations",
         QT_TRANSLATE_NOOP("Cardigan", "Bias, risks, and limitations"),
         QT_TRANSLATE_NOOP("Cardigan",
                           "Where the model fails or is unfair, so users can judge the risk."),
         QT_TRANSLATE_NOOP("Cardigan", "limitations"), words({"limitation", "bias", "risk"})},
        {"get-started", "How to Get Started with the Model",
         QT_TRANSLATE_NOOP("Cardigan", "How to get started"),
         QT_TRANSLATE_NOOP("Cardigan", "Code that runs is the quickest way to try the model."),
         nullptr,
         words({"get started", "getting started", "how to use", "quick start", "quickstart",
                "quick-start", "usage", "example", "inference"})},
        {"training", "Training Details", QT_TRANSLATE_NOOP("Cardigan", "Training details"),
         QT_TRANSLATE_NOOP("Cardigan", "The data and procedure behind the model, to understand and "
                                       "reproduce it."),
         QT_TRANSLATE_NOOP("Cardigan", "training data"),
         words({"training", "dataset", "fine-tun", "finetun"})},
        {"evaluation", "Evaluation", QT_TRANSLATE_NOOP("Cardigan", "Evaluation"),
         QT_TRANSLATE_NOOP("Cardigan", "How well the model works, on which data, by which "
                                       "measure."),
         QT_TRANSLATE_NOOP("Cardigan", "evaluation"),
         words({"evaluation", "result", "benchmark", "metric", "performance"})},
        {"environment", "Environmental Impact",
         QT_TRANSLATE_NOOP("Cardigan", "Environmental impact"),
         QT_TRANSLATE_NOOP("Cardigan", "The compute and the carbon emitted to train the model."),
         nullptr, words({"environmental", "carbon", "co2", "emission", "energy"})},
        {"citation", "Citation", QT_TRANSLATE_NOOP("Cardigan", "Citation"),
         QT_TRANSLATE_NOOP("Cardigan", "How to credit the model and its authors."), nullptr,
         words({"citation", "cite", "bibtex", "reference"})},
    };
    return sections;
}

const Section *find(const QString &id)
{
    for (const Section &s : recommended()) {
        if (id == QLatin1String(s.id)) {
            return &s;
        }
    }
    return nullptr;
}

bool matches(const Section &section, const QString &heading)
{
    const QString h = heading.toLower();
    return std::any_of(section.keywords.begin(), section.keywords.end(),
                       [&](const QString &k) { return h.contains(k); });
}

namespace {

enum class Kind { Blank, Comment, Content, Heading };

struct Line
{
    qsizetype start = 0;
    qsizetype end = 0;  ///< its terminator
    qsizetype next = 0; ///< the line after it
    Kind kind = Kind::Content;
    bool paragraphStart = false; ///< content right after a blank line, a heading or nothing
};

int leadingSpaces(QStringView s)
{
    int n = 0;
    for (QChar c : s) {
        if (c == u' ') {
            ++n;
        } else if (c == u'\t') {
            n += 4 - n % 4;
        } else {
            break;
        }
    }
    return n;
}

QString plainText(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    return QString(html).remove(tag).simplified();
}

} // namespace

std::vector<Heading> headings(const QString &text, qsizetype bodyStart)
{
    static const QRegularExpression atx(QStringLiteral("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?[ \\t]*$"));
    static const QRegularExpression closing(QStringLiteral("(?:^|[ \\t]+)#+$"));
    static const QRegularExpression underline(QStringLiteral("^ {0,3}(=+|-+)[ \\t]*$"));
    static const QRegularExpression html(QStringLiteral("<h([1-6])(?:\\s[^>]*)?>(.*?)</h\\1"),
                                         QRegularExpression::CaseInsensitiveOption);
    std::vector<Line> lines;
    std::vector<Heading> found;
    std::vector<size_t> lineOfHeading; // for each found heading, its (last) line
    QChar fenceChar;
    int fenceLen = 0;
    bool inComment = false;
    bool inIndentedCode = false;
    qsizetype i = std::clamp<qsizetype>(bodyStart, 0, text.size());
    while (i < text.size()) {
        qsizetype e = i;
        while (e < text.size() && text[e] != u'\n' && text[e] != u'\r') {
            ++e;
        }
        qsizetype next = e;
        if (next < text.size() && text[next] == u'\r') {
            ++next;
        }
        if (next < text.size() && text[next] == u'\n') {
            ++next;
        }
        const QStringView s = QStringView(text).mid(i, e - i);
        const Kind before = lines.empty() ? Kind::Blank : lines.back().kind;
        Line line{i, e, next, Kind::Content, false};
        i = next;
        QChar ch;
        const int len = fenceLength(s, &ch);
        if (fenceLen > 0) {
            if (len >= fenceLen && ch == fenceChar && s.trimmed().size() == len) {
                fenceLen = 0;
            }
            lines.push_back(line);
            continue;
        }
        if (inComment) {
            line.kind = Kind::Comment;
            const qsizetype close = s.indexOf(QLatin1String("-->"));
            if (close >= 0) {
                inComment = false;
                if (!s.mid(close + 3).trimmed().isEmpty()) {
                    line.kind = Kind::Content;
                }
            }
            lines.push_back(line);
            continue;
        }
        if (len > 0) {
            fenceLen = len;
            fenceChar = ch;
            lines.push_back(line);
            continue;
        }
        if (s.trimmed().isEmpty()) {
            line.kind = Kind::Blank;
            lines.push_back(line);
            continue;
        }
        // Indented code cannot interrupt a paragraph.
        inIndentedCode = leadingSpaces(s) >= 4 && (inIndentedCode || before != Kind::Content);
        if (inIndentedCode) {
            lines.push_back(line);
            continue;
        }
        const QStringView trimmed = s.trimmed();
        if (trimmed.startsWith(QLatin1String("<!--"))) {
            const qsizetype close = trimmed.indexOf(QLatin1String("-->"), 4);
            line.kind = Kind::Comment;
            if (close < 0) {
                inComment = true;
            } else if (!trimmed.mid(close + 3).trimmed().isEmpty()) {
                line.kind = Kind::Content;
            }
            lines.push_back(line);
            continue;
        }
        const QString str = s.toString();
        if (const QRegularExpressionMatch m = atx.match(str); m.hasMatch()) {
            QString title = m.captured(2);
            title.remove(closing);
            line.kind = Kind::Heading;
            found.push_back({int(m.capturedLength(1)), title.trimmed(), line.start, line.end,
                             line.next, false});
            lineOfHeading.push_back(lines.size());
            lines.push_back(line);
            continue;
        }
        if (const QRegularExpressionMatch m = underline.match(str);
            m.hasMatch() && before == Kind::Content && lines.back().paragraphStart) {
            // A setext heading: the paragraph line above is its text.
            Line &above = lines.back();
            above.kind = Kind::Heading;
            line.kind = Kind::Heading;
            found.push_back({m.captured(1).startsWith(u'=') ? 1 : 2,
                             text.mid(above.start, above.end - above.start).trimmed(), above.start,
                             line.end, line.next, false});
            lineOfHeading.push_back(lines.size());
            lines.push_back(line);
            continue;
        }
        auto it = html.globalMatch(str);
        bool isHeading = false;
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            found.push_back({m.captured(1).toInt(), plainText(m.captured(2)), line.start, line.end,
                             line.next, false});
            lineOfHeading.push_back(lines.size());
            isHeading = true;
        }
        if (isHeading) {
            line.kind = Kind::Heading;
        } else {
            line.paragraphStart = before != Kind::Content;
        }
        lines.push_back(line);
    }
    // What each heading holds: its lines up to the next heading of its level or higher.
    for (size_t h = 0; h < found.size(); ++h) {
        size_t end = lines.size();
        size_t stop = h + 1;
        while (stop < found.size() &&
               (found[stop].level > found[h].level || lineOfHeading[stop] == lineOfHeading[h])) {
            ++stop;
        }
        if (stop < found.size()) {
            end = lineOfHeading[stop];
            // A setext heading starts on the line above its underline.
            if (found[stop].lineStart < lines[end].start) {
                --end;
            }
        }
        for (size_t l = lineOfHeading[h] + 1; l < end; ++l) {
            if (lines[l].kind == Kind::Content) {
                found[h].hasContent = true;
                break;
            }
        }
    }
    return found;
}

// A fence line (``` or ~~~, up to three spaces in): its character and length, or 0.
int fenceLength(QStringView s, QChar *ch)
{
    qsizetype at = 0;
    while (at < s.size() && s[at] == u' ') {
        ++at;
    }
    if (at > 3 || at >= s.size() || (s[at] != u'`' && s[at] != u'~')) {
        return 0;
    }
    int n = 0;
    while (at + n < s.size() && s[at + n] == s[at]) {
        ++n;
    }
    if (n < 3) {
        return 0;
    }
    *ch = s[at];
    return n;
}

} // namespace CardSections

} // namespace Cardigan
