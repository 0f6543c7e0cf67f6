// Property test: random edit sequences (set, unset, insert; moveItem when CardDocument
// has it) over the corpus cards. Every step is verified (randomedits.h: the metadata is
// the old one with exactly that change, a fresh read agrees, nothing outside the YAML
// block moved, a refusal changes nothing), and undoing the whole sequence step by step
// gives back each earlier text and finally the original bytes.
//
// Seeded and reproducible: CARDIGAN_PROPERTY_SEED (default below) and
// CARDIGAN_PROPERTY_SEQUENCES (default 10,000, also under the sanitizers, as in CI). Sequence
// i uses its own generator seeded from (seed, i), so CARDIGAN_PROPERTY_ONLY=i replays
// one failing sequence alone.

#include "carddocument.h"
#include "cardfile.h"
#include "randomedits.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTextDocument>
#include <QtTest>

#include <map>

using namespace Cardigan;
using namespace Qt::StringLiterals;

namespace {

constexpr quint64 defaultSeed = 20261122;
constexpr int defaultSequences = 10000;
constexpr int maxStepsPerSequence = 8;

quint64 envNumber(const char *name, quint64 fallback)
{
    bool ok = false;
    const quint64 v = qEnvironmentVariable(name).toULongLong(&ok);
    return ok ? v : fallback;
}

// "tags[2] is not a mapping" -> "PATH is not a mapping", "the edit would break the YAML
// (duplicated mapping key)" -> "the edit would break the YAML": counts group by the
// reason, not by the path or the details.
QString reasonGroup(QString message, const YamlPath &path)
{
    for (qsizetype k = path.size(); k > 0; --k) {
        const QString prefix =
            YamlPath({path.segments().begin(), path.segments().begin() + k}).toString();
        if (message.startsWith(prefix + u' ')) {
            message = u"PATH"_s + message.mid(prefix.size());
            break;
        }
    }
    if (message.startsWith(u'"')) { // "[a" is not a YAML value: ...
        const qsizetype close = message.indexOf(u"\" "_s, 1);
        if (close > 0) {
            message = u"VALUE"_s + message.mid(close + 1);
        }
    }
    qsizetype cut = message.size();
    for (const QChar c : {u'(', u'"', u':', u';'}) {
        const qsizetype i = message.indexOf(c);
        if (i > 0) {
            cut = std::min(cut, i);
        }
    }
    static const QRegularExpression number(u"\\d+"_s);
    return message.left(cut).trimmed().replace(number, u"N"_s);
}

} // namespace

class TestPropertyEdits : public QObject
{
    Q_OBJECT

    struct Card
    {
        QString name;
        QByteArray bytes;
    };
    QList<Card> m_cards;

private slots:
    void initTestCase();
    void randomSequences_verifiedAndUndoable();
};

void TestPropertyEdits::initTestCase()
{
    const QDir dir(QStringLiteral(CARDIGAN_CORPUS_DIR "/cards"));
    if (!dir.exists()) {
        QSKIP("The shared corpus is absent (" CARDIGAN_CORPUS_DIR
              "/cards): the property test runs over its cards.");
    }
    const QStringList names = dir.entryList({u"*.md"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly)) {
            m_cards.append({name, f.readAll()});
        }
    }
    QVERIFY2(m_cards.size() > 100, "too few corpus cards were read");
}

void TestPropertyEdits::randomSequences_verifiedAndUndoable()
{
    const quint64 seed = envNumber("CARDIGAN_PROPERTY_SEED", defaultSeed);
    const int sequences = int(envNumber("CARDIGAN_PROPERTY_SEQUENCES", defaultSequences));
    const bool only = qEnvironmentVariableIsSet("CARDIGAN_PROPERTY_ONLY");
    const int onlyIndex = int(envNumber("CARDIGAN_PROPERTY_ONLY", 0));
    qInfo("property edits: seed %llu, %d sequences over %lld cards%s (moveItem %s)",
          static_cast<unsigned long long>(seed), sequences, static_cast<long long>(m_cards.size()),
          only ? " (one sequence replayed)" : "",
          RandomEdits::canMove ? "included" : "not available yet");

    int steps = 0, changed = 0, refused = 0, unchanged = 0, undone = 0;
    std::map<QString, int> reasons;
    QElapsedTimer timer;
    timer.start();
    for (int i = only ? onlyIndex : 0; i < (only ? onlyIndex + 1 : sequences); ++i) {
        const quint32 seeds[] = {quint32(seed), quint32(seed >> 32), quint32(i)};
        QRandomGenerator rng(seeds);
        const Card &card = m_cards.at(qsizetype(rng.bounded(quint32(m_cards.size()))));
        const CardFile::ReadResult file = CardFile::decode(card.bytes);
        if (!file.ok()) {
            continue; // the corpus's deliberately broken files: tst_corpusfile covers them
        }
        CardDocument doc;
        doc.load(file.text, file.bom);
        QStringList done;              // the sequence so far, for a failure's report
        QStringList texts{doc.text()}; // the text before each change
        const int n = 1 + int(rng.bounded(quint32(maxStepsPerSequence)));
        for (int s = 0; s < n; ++s) {
            const RandomEdits::Step step = RandomEdits::randomStep(rng, doc.metadata());
            done << step.describe();
            const RandomEdits::Outcome out = RandomEdits::applyAndVerify(doc, step);
            ++steps;
            if (!out.failure.isEmpty()) {
                qWarning().noquote()
                    << "card" << card.name << "\n--- text before the step:\n"
                    << texts.last() << "\n--- sequence:\n  " << done.join(u"\n  "_s);
                QFAIL(qPrintable(u"seed %1, sequence %2 (CARDIGAN_PROPERTY_ONLY=%2), card %3, "
                                 u"step %4 (%5): %6"_s.arg(seed)
                                     .arg(i)
                                     .arg(card.name)
                                     .arg(s + 1)
                                     .arg(step.describe(), out.failure)));
            }
            if (out.changed) {
                ++changed;
                texts << doc.text();
            } else if (out.refused) {
                ++refused;
                ++reasons[reasonGroup(out.reason, step.path)];
            } else {
                ++unchanged;
            }
        }
        // Undo the whole sequence, one step at a time.
        for (qsizetype k = texts.size() - 2; k >= 0; --k) {
            if (!doc.textDocument()->isUndoAvailable()) {
                QFAIL(qPrintable(u"seed %1, sequence %2, card %3: no undo step left for change "
                                 u"%4 of %5"_s.arg(seed)
                                     .arg(i)
                                     .arg(card.name)
                                     .arg(k + 1)
                                     .arg(texts.size() - 1)));
            }
            doc.textDocument()->undo();
            ++undone;
            if (doc.text() != texts.at(k)) {
                qWarning().noquote() << "sequence:\n  " << done.join(u"\n  "_s);
                QFAIL(
                    qPrintable(u"seed %1, sequence %2 (CARDIGAN_PROPERTY_ONLY=%2), card %3: "
                               u"undo of change %4 did not give back the text before it"_s.arg(seed)
                                   .arg(i)
                                   .arg(card.name)
                                   .arg(k + 1)));
            }
        }
        QVERIFY(!doc.textDocument()->isUndoAvailable());
        QCOMPARE(CardFile::encode(doc.text(), doc.hasBom()), card.bytes);
    }
    qInfo("property edits: %d steps in %lld ms: %d changed (all verified, %d undone back to "
          "the original bytes), %d refused, %d left the card as it was",
          steps, static_cast<long long>(timer.elapsed()), changed, undone, refused, unchanged);
    for (const auto &[reason, count] : reasons) {
        qInfo("  refused %5d: %s", count, qPrintable(reason));
    }
    QVERIFY(changed > steps / 10); // the generator must reach the splicer, not only refusals
}

QTEST_GUILESS_MAIN(TestPropertyEdits)
#include "tst_propertyedits.moc"
