#include "completeness.h"

#include "cardsections.h"
#include "tr.h"

#include <QRegularExpression>

#include <algorithm>

namespace Cardigan {

namespace Completeness {

namespace {

using Place = Item::Place;
using State = Item::State;

struct Key
{
    const char *key;
    const char *title;
    const char *why;
    Place place;
};

const Key keys[] = {
    {"license", QT_TRANSLATE_NOOP("Cardigan", "License"),
     QT_TRANSLATE_NOOP("Cardigan", "Says whether and how others may use the model; the Hub "
                                   "filters by it."),
     Place::Form},
    {"language", QT_TRANSLATE_NOOP("Cardigan", "Languages"),
     QT_TRANSLATE_NOOP("Cardigan", "Lets people find models for their language."), Place::Form},
    {"library_name", QT_TRANSLATE_NOOP("Cardigan", "Library"),
     QT_TRANSLATE_NOOP("Cardigan", "Picks the code snippet the Hub shows and how downloads are "
                                   "counted."),
     Place::Form},
    {"pipeline_tag", QT_TRANSLATE_NOOP("Cardigan", "Pipeline tag"),
     QT_TRANSLATE_NOOP("Cardigan", "The task the model is listed under; it picks the "
                                   "inference widget."),
     Place::Form},
    {"base_model", QT_TRANSLATE_NOOP("Cardigan", "Base model"),
     QT_TRANSLATE_NOOP("Cardigan", "Links a fine-tune to the model it was trained from."),
     Place::Form},
    {"datasets", QT_TRANSLATE_NOOP("Cardigan", "Datasets"),
     QT_TRANSLATE_NOOP("Cardigan", "Links the datasets it was trained on; it shows on their "
                                   "pages."),
     Place::Form},
    {"metrics", QT_TRANSLATE_NOOP("Cardigan", "Metrics"),
     QT_TRANSLATE_NOOP("Cardigan", "Says how the model was measured."), Place::Form},
    {"tags", QT_TRANSLATE_NOOP("Cardigan", "Tags"),
     QT_TRANSLATE_NOOP("Cardigan", "Keywords that help people find the model."), Place::Form},
    {"model-index", QT_TRANSLATE_NOOP("Cardigan", "Evaluation results"),
     QT_TRANSLATE_NOOP("Cardigan", "Results shown on the model page and in leaderboards."),
     Place::Evaluation},
};

// A value that says something: not null, not an empty string, list or mapping.
bool hasValue(const YamlValue *v)
{
    if (!v || v->isNull()) {
        return false;
    }
    if (v->isString()) {
        return !v->toString().trimmed().isEmpty();
    }
    if (v->isSequence()) {
        return !v->items().empty();
    }
    if (v->isMapping()) {
        return !v->entries().empty();
    }
    return true;
}

qsizetype bodyStartOf(const CardDocument &document)
{
    const FrontMatter &fm = document.frontMatter();
    return fm.found ? fm.bodyStart : 0;
}

// The level recommended sections have in this card: that of its headings after the title.
int sectionLevel(const std::vector<CardSections::Heading> &hs)
{
    int level = 7;
    for (size_t i = 0; i < hs.size(); ++i) {
        if (i == 0 && hs[i].level == 1) {
            continue; // the title
        }
        level = std::min(level, hs[i].level);
    }
    return level == 7 ? 2 : level;
}

// For each recommended section, the index of the first heading naming it, or -1.
std::vector<int> firstMatches(const std::vector<CardSections::Heading> &hs)
{
    const auto &sections = CardSections::recommended();
    std::vector<int> first(sections.size(), -1);
    for (size_t s = 0; s < sections.size(); ++s) {
        for (size_t h = 0; h < hs.size(); ++h) {
            if (CardSections::matches(sections[s], hs[h].text)) {
                first[s] = int(h);
                break;
            }
        }
    }
    return first;
}

QString firstEol(const QString &text)
{
    const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("[\\r\\n]")));
    if (at < 0) {
        return QStringLiteral("\n");
    }
    if (text[at] == u'\r') {
        return at + 1 < text.size() && text[at + 1] == u'\n' ? QStringLiteral("\r\n")
                                                             : QStringLiteral("\r");
    }
    return QStringLiteral("\n");
}

// True when the line that ends right before @p offset (a line start) is blank or absent.
bool previousLineBlank(const QString &text, qsizetype offset, qsizetype bodyStart)
{
    if (offset <= bodyStart) {
        return offset == 0;
    }
    qsizetype end = offset;
    if (end > 0 && text[end - 1] == u'\n') {
        --end;
    }
    if (end > 0 && text[end - 1] == u'\r') {
        --end;
    }
    qsizetype start = end;
    while (start > 0 && text[start - 1] != u'\n' && text[start - 1] != u'\r') {
        --start;
    }
    return QStringView(text).mid(start, end - start).trimmed().isEmpty();
}

// Where section @p k goes: before the next recommended section the card has (its
// enclosing heading at the section level), else before the heading that ends the previous
// one, else at the end of the card.
qsizetype placeFor(size_t k, const std::vector<CardSections::Heading> &hs,
                   const std::vector<int> &first, int level, qsizetype textSize)
{
    int prev = -1;
    for (size_t j = 0; j < k; ++j) {
        prev = std::max(prev, first[j]);
    }
    for (size_t j = k + 1; j < first.size(); ++j) {
        int h = first[j];
        if (h < 0) {
            continue;
        }
        if (hs[h].level > level) {
            for (int up = h - 1; up > prev; --up) {
                if (hs[up].level <= level) {
                    h = up;
                    break;
                }
            }
        }
        return hs[h].lineStart;
    }
    if (prev >= 0) {
        const int ends = std::min(level, hs[prev].level);
        for (size_t h = prev + 1; h < hs.size(); ++h) {
            if (hs[h].level <= ends) {
                return hs[h].lineStart;
            }
        }
    }
    return textSize;
}

} // namespace

QList<Item> check(const CardDocument &document)
{
    QList<Item> items;
    const bool readable = !document.hasYamlError();
    const YamlValue meta = document.metadata();
    for (const Key &k : keys) {
        Item item;
        item.kind = Item::Kind::Metadata;
        item.id = QString::fromLatin1(k.key);
        item.title = Tr::tr(k.title);
        item.why = Tr::tr(k.why);
        item.place = k.place;
        if (!readable) {
            item.state = State::Unknown;
        } else {
            const YamlValue *v = meta.isMapping() ? meta.find(item.id) : nullptr;
            item.state = hasValue(v) ? State::Present : State::Missing;
        }
        items.append(item);
    }

    const QString &text = document.text();
    const qsizetype bodyStart = bodyStartOf(document);
    const std::vector<CardSections::Heading> hs = CardSections::headings(text, bodyStart);
    const std::vector<int> first = firstMatches(hs);
    const int level = sectionLevel(hs);
    const auto &sections = CardSections::recommended();
    for (size_t s = 0; s < sections.size(); ++s) {
        Item item;
        item.kind = Item::Kind::Section;
        item.id = QString::fromLatin1(sections[s].id);
        item.title = Tr::tr(sections[s].title);
        item.why = Tr::tr(sections[s].why);
        item.place = Place::Source;
        if (first[s] >= 0) {
            const bool written =
                std::any_of(hs.begin(), hs.end(), [&](const CardSections::Heading &h) {
                    return h.hasContent && CardSections::matches(sections[s], h.text);
                });
            item.state = written ? State::Present : State::Empty;
            item.offset = hs[first[s]].lineStart;
        } else {
            item.state = State::Missing;
            item.offset = placeFor(s, hs, first, level, text.size());
        }
        items.append(item);
    }
    return items;
}

int presentCount(const QList<Item> &items)
{
    return int(
        std::count_if(items.begin(), items.end(), [](const Item &i) { return i.isPresent(); }));
}

Insertion planSection(const CardDocument &document, const QString &id)
{
    Insertion plan;
    const auto &sections = CardSections::recommended();
    const auto it = std::find_if(sections.begin(), sections.end(),
                                 [&](const auto &s) { return id == QLatin1String(s.id); });
    if (it == sections.end()) {
        return plan;
    }
    const QString &text = document.text();
    const qsizetype bodyStart = bodyStartOf(document);
    const std::vector<CardSections::Heading> hs = CardSections::headings(text, bodyStart);
    const std::vector<int> first = firstMatches(hs);
    const size_t k = size_t(it - sections.begin());
    if (first[k] >= 0) {
        return plan;
    }
    const int level = sectionLevel(hs);
    const qsizetype at = placeFor(k, hs, first, level, text.size());
    const QString eol = firstEol(text);
    QString prefix;
    if (at == text.size() && at > 0 && text.back() != u'\n' && text.back() != u'\r') {
        // The last line gets its terminator, then a blank line unless it is blank.
        prefix = eol;
        if (!previousLineBlank(text + eol, at + eol.size(), bodyStart)) {
            prefix += eol;
        }
    } else if (!previousLineBlank(text, at, bodyStart)) {
        prefix = eol;
    }
    const QString heading = QString(level, u'#') + u' ' + QLatin1String(it->heading);
    plan.offset = at;
    plan.text = prefix + heading + eol + eol;
    plan.cursor = at + prefix.size() + heading.size() + eol.size();
    return plan;
}

qsizetype insertSection(CardDocument &document, const QString &id, QString *why)
{
    const Insertion plan = planSection(document, id);
    if (plan.offset < 0) {
        if (why) {
            *why = CardSections::find(id)
                       ? Tr::tr("The card already has this section.")
                       : Tr::tr("There is no recommended section \"%1\".").arg(id);
        }
        return -1;
    }
    document.applySplice({plan.offset, plan.offset, plan.text});
    return plan.cursor;
}

} // namespace Completeness

} // namespace Cardigan
