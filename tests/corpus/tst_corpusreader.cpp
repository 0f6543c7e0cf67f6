#include "frontmatter.h"
#include "yamlreader.h"
#include "yamltreecheck.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Cardigan;

namespace {

// JSON equality as the reference means it: numbers numerically, objects by key.
bool jsonEqual(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble()) {
        return a.toDouble() == b.toDouble();
    }
    if (a.type() != b.type()) {
        return false;
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size()) {
            return false;
        }
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!jsonEqual(x.at(i), y.at(i))) {
                return false;
            }
        }
        return true;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.keys() != y.keys()) {
            return false;
        }
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (!jsonEqual(it.value(), y.value(it.key()))) {
                return false;
            }
        }
        return true;
    }
    return a == b;
}

QJsonValue parseValue(const QByteArray &json)
{
    // QJsonDocument wants an array or object at the top: wrap scalars.
    return QJsonDocument::fromJson('[' + json + ']').array().at(0);
}

struct Card
{
    QString name;
    QString text;
    QJsonObject reference;
};

} // namespace

class TestCorpusReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void corpus_agreesWithHubReference();
    void largestCard_timing();

private:
    QList<Card> m_cards;
};

void TestCorpusReader::initTestCase()
{
    const QDir corpus(QStringLiteral(CARDIGAN_CORPUS_DIR));
    if (!corpus.exists(QStringLiteral("reference-hub"))) {
        QSKIP(qPrintable(QStringLiteral("The shared corpus is not at %1 (set CARDIGAN_CORPUS_DIR)")
                             .arg(corpus.absolutePath())));
    }
    for (const QString &folder : {QStringLiteral("cards"), QStringLiteral("bad")}) {
        const QDir dir(corpus.filePath(folder));
        for (const QString &file :
             dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
            QFile card(dir.filePath(file));
            QVERIFY(card.open(QIODevice::ReadOnly));
            const QString name = file.chopped(3);
            QFile ref(corpus.filePath(QStringLiteral("reference-hub/%1.json").arg(name)));
            QVERIFY2(ref.open(QIODevice::ReadOnly), qPrintable(ref.fileName()));
            m_cards.append({folder + u'/' + name, QString::fromUtf8(card.readAll()),
                            QJsonDocument::fromJson(ref.readAll()).object()});
        }
    }
    QVERIFY(!m_cards.isEmpty());
}

void TestCorpusReader::corpus_agreesWithHubReference()
{
    int okTotal = 0, okEqual = 0, okSpans = 0;
    int errTotal = 0, errLine = 0, errColumn = 0, errReason = 0;
    int noBlockTotal = 0, noBlockAgree = 0;
    QStringList problems;

    for (const Card &card : std::as_const(m_cards)) {
        const FrontMatter fm = FrontMatter::find(card.text);
        if (!card.reference.value(QStringLiteral("block")).toBool()) {
            ++noBlockTotal;
            if (!fm.found) {
                ++noBlockAgree;
            } else {
                problems << card.name + QStringLiteral(": a block where the Hub sees none");
            }
            continue;
        }
        if (!fm.found) {
            problems << card.name + QStringLiteral(": no block found");
            continue;
        }
        const QString yaml = fm.yaml(card.text);
        const YamlReadResult r = YamlReader::read(yaml);
        if (card.reference.value(QStringLiteral("ok")).toBool()) {
            ++okTotal;
            if (!r.ok) {
                problems << QStringLiteral("%1: refused (%2 at %3:%4)")
                                .arg(card.name, r.error.reason)
                                .arg(r.error.line + 1)
                                .arg(r.error.column + 1);
                continue;
            }
            if (jsonEqual(parseValue(r.tree.value().toJson()),
                          card.reference.value(QStringLiteral("metadata")))) {
                ++okEqual;
            } else {
                problems << card.name + QStringLiteral(": metadata differs");
            }
            const QString spanProblem = Test::checkYamlTree(yaml, r.tree);
            if (spanProblem.isEmpty()) {
                ++okSpans;
            } else {
                problems << card.name + QStringLiteral(": ") + spanProblem;
            }
        } else {
            ++errTotal;
            const QJsonObject error = card.reference.value(QStringLiteral("error")).toObject();
            if (r.ok) {
                problems << card.name + QStringLiteral(": accepted, the Hub refuses it");
                continue;
            }
            if (r.error.line + 1 == error.value(QStringLiteral("line")).toInt()) {
                ++errLine;
            } else {
                problems << QStringLiteral("%1: error on line %2, the Hub's on %3")
                                .arg(card.name)
                                .arg(r.error.line + 1)
                                .arg(error.value(QStringLiteral("line")).toInt());
            }
            if (r.error.column + 1 == error.value(QStringLiteral("column")).toInt()) {
                ++errColumn;
            } else {
                problems << card.name + QStringLiteral(": error column differs");
            }
            if (r.error.reason == error.value(QStringLiteral("reason")).toString()) {
                ++errReason;
            } else {
                problems << card.name + QStringLiteral(": error reason differs");
            }
        }
    }

    qInfo("ok cards: values equal %d / %d, spans valid %d / %d", okEqual, okTotal, okSpans,
          okTotal);
    qInfo("error cards: same line %d / %d, same column %d / %d, same reason %d / %d", errLine,
          errTotal, errColumn, errTotal, errReason, errTotal);
    qInfo("cards without a block: %d / %d; all cards: %lld", noBlockAgree, noBlockTotal,
          qlonglong(m_cards.size()));
    for (const QString &p : problems.mid(0, 30)) {
        qWarning("%s", qPrintable(p));
    }
    QCOMPARE(okEqual, okTotal);
    QCOMPARE(okSpans, okTotal);
    QCOMPARE(errLine, errTotal);
    QCOMPARE(errColumn, errTotal);
    QCOMPARE(errReason, errTotal);
    QCOMPARE(noBlockAgree, noBlockTotal);
    QCOMPARE(okTotal + errTotal + noBlockTotal, int(m_cards.size()));
}

void TestCorpusReader::largestCard_timing()
{
    QString largest;
    QString name;
    for (const Card &card : std::as_const(m_cards)) {
        const FrontMatter fm = FrontMatter::find(card.text);
        if (fm.found && fm.yamlLength() > largest.size()) {
            largest = fm.yaml(card.text);
            name = card.name;
        }
    }
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        const YamlReadResult r = YamlReader::read(largest);
        best = std::min(best, timer.nsecsElapsed());
        QVERIFY(r.ok);
    }
    qInfo("largest block (%s, %lld UTF-16 units): read in %.1f ms", qPrintable(name),
          qlonglong(largest.size()), best / 1e6);
    // A number to read, not a timed assertion: speed targets live in the benchmarks.
}

QTEST_GUILESS_MAIN(TestCorpusReader)
#include "tst_corpusreader.moc"
