#pragma once

// Random metadata edits and their verification, shared by the property test
// (tst_propertyedits, a seeded QRandomGenerator) and the splicer fuzzer (fuzz_splicer,
// libFuzzer's bytes). Rng is anything with `quint32 bounded(quint32 n)` giving 0..n-1.
//
// Every edit is checked against an independent expectation: the old metadata with the
// change (yamlWithValue / yamlWithout), a fresh read of the new text, and the bytes
// outside the YAML block. A refused edit must leave the text exactly as it was.

#include "carddocument.h"
#include "yamlpath.h"
#include "yamlreader.h"
#include "yamlvalue.h"

#include <QString>
#include <QStringList>
#include <QTextDocument>

#include <cmath>
#include <iterator>
#include <limits>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

namespace Cardigan::RandomEdits {

using namespace Qt::StringLiterals;

// Pieces that stress quoting, typing and layout: YAML indicators, 1.1/1.2 look-alikes,
// line breaks of every kind, non-ASCII and non-BMP text.
inline const QStringList &stringPieces()
{
    static const QStringList pieces = {
        u""_s,       u" "_s,          u"a"_s,          u"model"_s,
        u"no"_s,     u"yes"_s,        u"010"_s,        u"1e3"_s,
        u"~"_s,      u"null"_s,       u"true"_s,       u"#"_s,
        u" #c"_s,    u": "_s,         u"- "_s,         u"'"_s,
        u"\""_s,     u"\\"_s,         u"\n"_s,         u"\r\n"_s,
        u"\r"_s,     u"\t"_s,         u"\u00e9"_s,     QString::fromUtf8("\xF0\x9F\x98\x80"),
        u"{"_s,      u"}"_s,          u"["_s,          u"]"_s,
        u","_s,      u"&a"_s,         u"*a"_s,         u"!!str"_s,
        u"%"_s,      u"@"_s,          u"`"_s,          u"|"_s,
        u">"_s,      u"---"_s,        u"..."_s,        u"\u00a0"_s,
        u"\u2028"_s, u"\u2029"_s,     u"0x1F"_s,       u".nan"_s,
        u"-.inf"_s,  u"2024-01-05"_s, u"12:30"_s,      u"<<"_s,
        u"?"_s,      u"  "_s,         u"apache-2.0"_s, u"text-classification"_s};
    return pieces;
}

inline const QStringList &keyPieces()
{
    static const QStringList keys = {
        u"license"_s, u"tags"_s, u"language"_s, u"datasets"_s, u"widget"_s, u"model-index"_s,
        u"new_key"_s, u"a b"_s,  u"x:y"_s,      u"'q'"_s,      u"\u00e9"_s, u"123"_s,
        u"true"_s,    u"null"_s, u"-"_s,        u"#k"_s,       u"a.b"_s,    u"[i]"_s,
        u""_s,        u"<<"_s,   u"? k"_s,      u"key "_s};
    return keys;
}

// Flow texts as a user types them in the CLI or a form field; some are not YAML.
inline const QStringList &flowTexts()
{
    static const QStringList texts = {u"mit"_s,
                                      u"[en, fr]"_s,
                                      u"{text: hi, example_title: A}"_s,
                                      u"'quoted'"_s,
                                      u"\"a\\nb\""_s,
                                      u"20.90"_s,
                                      u"1_000"_s,
                                      u"0o17"_s,
                                      u"[a, [b, {c: d}]]"_s,
                                      u"{}"_s,
                                      u"[]"_s,
                                      u"''"_s,
                                      u"null"_s,
                                      u"!!str 1"_s,
                                      u"&x [1]"_s,
                                      u"[a"_s,
                                      u"{a: 1, a: 2}"_s,
                                      u"a: b"_s,
                                      u"- x"_s,
                                      u"|\n  block\n"_s,
                                      u"# only a comment"_s,
                                      u"[*x]"_s,
                                      u"2001-12-14t21:59:43.10-05:00"_s,
                                      u".inf"_s,
                                      u"-0"_s,
                                      u"0x10"_s};
    return texts;
}

template <class Rng>
QString randomString(Rng &rng)
{
    const QStringList &pieces = stringPieces();
    QString s;
    const quint32 n = rng.bounded(5);
    for (quint32 i = 0; i < n; ++i) {
        s += pieces.at(qsizetype(rng.bounded(quint32(pieces.size()))));
    }
    return s;
}

template <class Rng>
YamlValue randomScalar(Rng &rng)
{
    switch (rng.bounded(9)) {
    case 0:
        return YamlValue();
    case 1:
        return YamlValue::boolean(rng.bounded(2) == 1);
    case 2:
        return YamlValue::number(double(int(rng.bounded(2001)) - 1000), true);
    case 3: {
        static const double odd[] = {0.1,
                                     -2.5,
                                     1e300,
                                     1e-7,
                                     3.0,
                                     20.9,
                                     std::numeric_limits<double>::infinity(),
                                     -std::numeric_limits<double>::infinity(),
                                     std::numeric_limits<double>::quiet_NaN()};
        return YamlValue::number(odd[rng.bounded(quint32(std::size(odd)))], false);
    }
    default:
        return YamlValue::string(randomString(rng));
    }
}

template <class Rng>
YamlValue randomValue(Rng &rng, int depth = 0)
{
    const quint32 kind = depth >= 2 ? 0 : rng.bounded(6);
    if (kind == 4) {
        std::vector<YamlValue> items;
        for (quint32 i = 0, n = rng.bounded(4); i < n; ++i) {
            items.push_back(randomValue(rng, depth + 1));
        }
        return YamlValue::sequence(std::move(items));
    }
    if (kind == 5) {
        std::vector<YamlValue::Entry> entries;
        QStringList used;
        for (quint32 i = 0, n = rng.bounded(4); i < n; ++i) {
            const QString key = keyPieces().at(qsizetype(rng.bounded(quint32(keyPieces().size()))));
            if (!used.contains(key)) {
                used << key;
                entries.emplace_back(key, randomValue(rng, depth + 1));
            }
        }
        return YamlValue::mapping(std::move(entries));
    }
    return randomScalar(rng);
}

/// A path into @p root: mostly to a value that is there, sometimes one step past it (a
/// new key, an append, one past the end) or somewhere it cannot be.
template <class Rng>
YamlPath randomPath(Rng &rng, const YamlValue &root)
{
    using Segment = YamlPath::Segment;
    std::vector<Segment> segments;
    const YamlValue *at = &root;
    while (true) {
        const bool stop = !segments.empty() && rng.bounded(3) == 0;
        if (at && at->isMapping() && !at->entries().empty() && !stop && rng.bounded(5) != 0) {
            const auto &entries = at->entries();
            const auto &entry = entries[rng.bounded(quint32(entries.size()))];
            segments.push_back({Segment::Kind::Key, entry.first, 0});
            at = &entry.second;
            continue;
        }
        if (at && at->isSequence() && !at->items().empty() && !stop && rng.bounded(5) != 0) {
            const quint32 i = rng.bounded(quint32(at->items().size()));
            segments.push_back({Segment::Kind::Index, QString(), qsizetype(i)});
            at = &at->items()[i];
            continue;
        }
        if (!segments.empty() && rng.bounded(2) == 0) {
            break; // an existing value
        }
        // One step to somewhere new.
        switch (rng.bounded(4)) {
        case 0:
            segments.push_back({Segment::Kind::Append, QString(), 0});
            break;
        case 1:
            segments.push_back(
                {Segment::Kind::Index, QString(),
                 qsizetype(at && at->isSequence() ? at->items().size() : rng.bounded(3))});
            break;
        default:
            segments.push_back({Segment::Kind::Key,
                                keyPieces().at(qsizetype(rng.bounded(quint32(keyPieces().size())))),
                                0});
            break;
        }
        break;
    }
    return YamlPath(std::move(segments));
}

/// @p s with line breaks and other control characters as escapes, for messages.
inline QString escaped(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c == QChar(0x2028) || c == QChar(0x2029)) {
            out += u"\\u%1"_s.arg(c.unicode(), 4, 16, QChar(u'0'));
        } else {
            out += c;
        }
    }
    return out;
}

struct Step
{
    enum class Kind { Set, SetText, Unset, Move };
    Kind kind = Kind::Set;
    YamlPath path;
    YamlValue value;      ///< Set
    QString text;         ///< SetText: flow text
    int from = 0, to = 0; ///< Move

    QString describe() const
    {
        const QString p = path.toString();
        switch (kind) {
        case Kind::Set:
            return u"set %1 = %2"_s.arg(p, QString::fromUtf8(value.toJson()).simplified());
        case Kind::SetText:
            return u"set %1 = text %2"_s.arg(p, escaped(text));
        case Kind::Unset:
            return u"unset %1"_s.arg(p);
        case Kind::Move:
            return u"move %1 from %2 to %3"_s.arg(p).arg(from).arg(to);
        }
        return QString();
    }
};

// moveItem is used when CardDocument has it (it is landing in a teammate's change).
template <class D, class = void>
struct HasMoveItem : std::false_type
{
};
template <class D>
struct HasMoveItem<D, std::void_t<decltype(std::declval<D &>().moveItem(YamlPath(), 0, 0))>>
    : std::true_type
{
};
constexpr bool canMove = HasMoveItem<CardDocument>::value;

template <class Rng>
Step randomStep(Rng &rng, const YamlValue &metadata)
{
    Step step;
    const quint32 kind = rng.bounded(canMove ? 10 : 9);
    if (kind == 9) {
        step.kind = Step::Kind::Move;
        // A sequence that is there, when there is one.
        for (int tries = 0; tries < 8; ++tries) {
            YamlPath p = randomPath(rng, metadata);
            const YamlValue *v = yamlValueAt(metadata, p);
            if (v && v->isSequence() && v->items().size() > 1) {
                step.path = p;
                const quint32 n = quint32(v->items().size());
                step.from = int(rng.bounded(n));
                step.to = int(rng.bounded(n));
                return step;
            }
        }
        step.path = randomPath(rng, metadata);
        step.from = int(rng.bounded(3));
        step.to = int(rng.bounded(3));
        return step;
    }
    step.path = randomPath(rng, metadata);
    if (kind < 3) {
        step.kind = Step::Kind::Unset;
    } else if (kind < 5) {
        step.kind = Step::Kind::SetText;
        step.text = flowTexts().at(qsizetype(rng.bounded(quint32(flowTexts().size()))));
    } else {
        step.kind = Step::Kind::Set;
        step.value = randomValue(rng);
    }
    return step;
}

/// What one step did; failure is empty unless an invariant broke.
struct Outcome
{
    bool changed = false;
    bool refused = false;
    QString reason;  ///< why it was refused (or left unchanged)
    QString failure; ///< the broken invariant
};

template <class D>
CardDocument::EditResult moveIfAvailable(D &doc, const Step &step)
{
    if constexpr (HasMoveItem<D>::value) {
        return doc.moveItem(step.path, step.from, step.to);
    } else {
        return {false, false, QStringLiteral("moveItem is not available")};
    }
}

/// @p metadata with item @p from of the sequence at @p path moved to @p to.
inline std::optional<YamlValue> movedExpectation(const YamlValue &metadata, const Step &step)
{
    const YamlValue *seq = yamlValueAt(metadata, step.path);
    if (!seq || !seq->isSequence() || step.from < 0 || step.to < 0 ||
        size_t(step.from) >= seq->items().size() || size_t(step.to) >= seq->items().size()) {
        return std::nullopt;
    }
    std::vector<YamlValue> items = seq->items();
    YamlValue moved = items[size_t(step.from)];
    items.erase(items.begin() + step.from);
    items.insert(items.begin() + step.to, moved);
    return yamlWithValue(metadata, step.path, YamlValue::sequence(std::move(items)));
}

/// Applies @p step to @p doc and checks it.
inline Outcome applyAndVerify(CardDocument &doc, const Step &step)
{
    Outcome out;
    const QString before = doc.text();
    const bool hadError = doc.hasYamlError();
    const YamlValue oldMeta = doc.metadata();
    const FrontMatter fm = doc.frontMatter();

    std::optional<YamlValue> expected;
    CardDocument::EditResult r;
    switch (step.kind) {
    case Step::Kind::Set:
        expected = yamlWithValue(oldMeta, step.path, step.value);
        r = doc.set(step.path, step.value);
        break;
    case Step::Kind::SetText: {
        const YamlReadResult parsed = YamlReader::read(step.text);
        if (parsed.ok) {
            expected = yamlWithValue(oldMeta, step.path, parsed.tree.value());
        }
        r = doc.set(step.path, step.text);
        if (!parsed.ok && r.changed) {
            out.failure = u"a value that is not YAML was written"_s;
            return out;
        }
        break;
    }
    case Step::Kind::Unset:
        expected = yamlWithout(oldMeta, step.path);
        r = doc.unset(step.path);
        break;
    case Step::Kind::Move:
        expected = movedExpectation(oldMeta, step);
        r = moveIfAvailable(doc, step);
        break;
    }
    out.changed = r.changed;
    out.refused = !r.ok;
    out.reason = r.message;
    if (!r.changed) {
        if (doc.text() != before) {
            out.failure =
                u"the text changed although the edit reports no change (%1)"_s.arg(r.message);
        } else if (r.ok && expected && !hadError && *expected != oldMeta &&
                   step.kind != Step::Kind::Move) {
            out.failure = u"reported done without a change, but the metadata should change"_s;
        }
        return out;
    }
    const QString after = doc.text();
    if (after == before) {
        out.failure = u"reported a change, but the text is the same"_s;
    } else if (hadError) {
        out.failure = u"a card with a YAML error was edited"_s;
    } else if (!expected) {
        out.failure = u"changed although the path cannot exist in the metadata"_s;
    } else if (doc.hasYamlError()) {
        out.failure = u"the edit broke the YAML: %1"_s.arg(doc.yaml().error.reason);
    } else if (doc.metadata() != *expected) {
        out.failure = u"metadata after the edit is not the old one with the change:\n%1"_s.arg(
            QString::fromUtf8(doc.metadata().toJson()));
    } else if (fm.found && (after.left(fm.yamlStart) != before.left(fm.yamlStart) ||
                            !after.endsWith(QStringView(before).mid(fm.yamlEnd)))) {
        out.failure = u"bytes outside the YAML block changed"_s;
    } else {
        // A fresh read of the new text agrees with the document's own.
        CardDocument fresh;
        fresh.load(after, doc.hasBom());
        if (fresh.text() != after || fresh.hasYamlError() || fresh.metadata() != *expected) {
            out.failure = u"a fresh read of the edited text disagrees"_s;
        }
    }
    return out;
}

} // namespace Cardigan::RandomEdits
