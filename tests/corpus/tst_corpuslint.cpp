// The linter on 1,697 real cards: it never crashes, it reports every YAML error the Hub
// reports on the Hub's line, its fixes do what they say, and a table shows what real
// cards get wrong.

#include "carddocument.h"
#include "cardfile.h"
#include "cardlinter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextDocument>
#include <QtTest>

#include <map>

using namespace Cardigan;

class TestCorpusLint : public QObject
{
    Q_OBJECT

    struct Card
    {
        QString name;
        QString text;
        bool bom = false;
        QJsonObject reference;
    };
    QList<Card> m_cards;

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        const QDir corpus(QStringLiteral(CARDIGAN_CORPUS_DIR));
        if (!corpus.exists(QStringLiteral("reference-hub"))) {
            QSKIP("The shared corpus is absent (set CARDIGAN_CORPUS_DIR to shared/corpus)");
        }
        for (const QString &group : {QStringLiteral("cards"), QStringLiteral("bad")}) {
            const QDir dir(corpus.filePath(group));
            for (const QString &file : dir.entryList({QStringLiteral("*.md")}, QDir::Files)) {
                const CardFile::ReadResult r = CardFile::decode(readAll(dir.filePath(file)));
                if (!r.ok()) {
                    continue; // not UTF-8: the editor refuses it before any lint
                }
                const QString base = QFileInfo(file).completeBaseName();
                const QJsonObject ref =
                    QJsonDocument::fromJson(
                        readAll(corpus.filePath(QStringLiteral("reference-hub/%1.json").arg(base))))
                        .object();
                m_cards.append({group + u'/' + file, r.text, r.bom, ref});
            }
        }
        QVERIFY(m_cards.size() > 1000);
    }

    void lint_reportsHubErrorsOnTheirLine()
    {
        std::map<QString, int> cardsPerCode;
        std::map<QString, QString> severityOf;
        QStringList missed;
        int errorCards = 0;
        for (const Card &card : std::as_const(m_cards)) {
            CardDocument doc;
            doc.load(card.text, card.bom);
            const QList<Diagnostic> all = CardLinter::lint(doc);
            QSet<QString> seen;
            for (const Diagnostic &d : all) {
                QVERIFY(d.start >= 0 && d.start <= d.end && d.end <= doc.text().size());
                QVERIFY(d.line >= 1 && d.column >= 1);
                seen.insert(d.code);
                severityOf[d.code] = Diagnostic::severityName(d.severity);
            }
            for (const QString &code : seen) {
                ++cardsPerCode[code];
            }
            if (!card.reference.value(QLatin1String("ok")).toBool(true)) {
                ++errorCards;
                const int refLine =
                    card.reference.value(QLatin1String("error")).toObject().value("line").toInt();
                const int expected = doc.locationOf(doc.frontMatter().yamlStart).line + refLine - 1;
                const bool found = std::any_of(all.begin(), all.end(), [&](const Diagnostic &d) {
                    return d.severity == Diagnostic::Severity::Error && d.line == expected;
                });
                if (!found) {
                    missed.append(QStringLiteral("%1 (line %2)").arg(card.name).arg(expected));
                }
            }
        }
        qInfo("Corpus cards per diagnostic code (%lld cards, %d with a Hub YAML error):",
              qlonglong(m_cards.size()), errorCards);
        for (const auto &[code, count] : cardsPerCode) {
            qInfo("  %-28s %-8s %5d", qPrintable(code), qPrintable(severityOf[code]), count);
        }
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QStringLiteral(", "))));
        QVERIFY(errorCards > 0);
    }

    // Every fix, on a fresh copy of its card: applied, it removes one diagnostic of its
    // code; undone, it gives back the bytes.
    void fixes_doWhatTheySay()
    {
        QStringList failures;
        int applied = 0;
        for (const Card &card : std::as_const(m_cards)) {
            CardDocument doc;
            doc.load(card.text, card.bom);
            const QList<Diagnostic> all = CardLinter::lint(doc);
            for (const Diagnostic &d : all) {
                if (!d.fix) {
                    continue;
                }
                const auto count = [&](const QList<Diagnostic> &l) {
                    return std::count_if(l.begin(), l.end(),
                                         [&](const Diagnostic &x) { return x.code == d.code; });
                };
                const qsizetype before = count(all);
                const CardDocument::EditResult r = d.fix->apply(doc);
                ++applied;
                if (!r.ok || !r.changed) {
                    failures.append(QStringLiteral("%1:%2: %3 refused: %4")
                                        .arg(card.name)
                                        .arg(d.line)
                                        .arg(d.code, r.message));
                    continue;
                }
                if (count(CardLinter::lint(doc)) >= before) {
                    failures.append(QStringLiteral("%1:%2: %3 not fixed")
                                        .arg(card.name)
                                        .arg(d.line)
                                        .arg(d.code));
                }
                doc.textDocument()->undo();
                if (doc.text() != card.text) {
                    failures.append(
                        QStringLiteral("%1: undo after %2 differs").arg(card.name, d.code));
                    doc.load(card.text, card.bom);
                }
            }
        }
        qInfo("%d fixes applied and undone", applied);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 20).join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCorpusLint)
#include "tst_corpuslint.moc"
