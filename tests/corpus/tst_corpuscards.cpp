// The core promise on 1,697 real cards: open and save changes nothing, the metadata is
// read as the Hub reads it, and edits touch only the lines of their entry.

#include "carddocument.h"
#include "cardfile.h"
#include "yamlcrosscheck.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextDocument>
#include <QtTest>

using namespace Cardigan;

class TestCorpusCards : public QObject
{
    Q_OBJECT

    struct Card
    {
        QString name;
        QByteArray bytes;
        QJsonObject reference;
    };
    QList<Card> m_cards;

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // One edit on a fresh document: it must succeed, change only [lo, hi) of the old
    // text's lines, give @p expected, and undo must restore the bytes.
    static QString checkEdit(const Card &card, const QString &op, qsizetype lo, qsizetype hi,
                             const std::function<bool(const YamlValue &)> &expected)
    {
        const CardFile::ReadResult file = CardFile::decode(card.bytes);
        CardDocument doc;
        doc.load(file.text, file.bom);
        const QString before = doc.text();
        const qsizetype eq = op.indexOf(u'=');
        const CardDocument::EditResult r =
            op.startsWith(u'-') ? doc.unset(*YamlPath::parse(op.mid(1)))
                                : doc.set(*YamlPath::parse(op.left(eq)), op.mid(eq + 1));
        if (!r.ok) {
            return QStringLiteral("%1: %2 refused: %3").arg(card.name, op, r.message);
        }
        const QString after = doc.text();
        const qsizetype tail = before.size() - hi;
        const bool inside = after.size() >= lo + tail &&
                            QStringView(after).left(lo) == QStringView(before).left(lo) &&
                            QStringView(after).right(tail) == QStringView(before).right(tail);
        if (r.changed && !inside) {
            return QStringLiteral("%1: %2 changed text outside its entry [%3, %4)")
                .arg(card.name, op)
                .arg(lo)
                .arg(hi);
        }
        if (!expected(doc.metadata())) {
            return QStringLiteral("%1: %2 gave unexpected metadata").arg(card.name, op);
        }
        if (r.changed) {
            doc.textDocument()->undo();
        }
        if (CardFile::encode(doc.text(), doc.hasBom()) != card.bytes) {
            return QStringLiteral("%1: %2 undo did not restore the bytes").arg(card.name, op);
        }
        return QString();
    }

    // The lines an existing top-level key's entry spans, or the whole YAML block when the
    // key is absent (a new key may go anywhere in the block, as whole lines).
    static std::pair<qsizetype, qsizetype> entryLines(const CardDocument &doc, const QString &key)
    {
        const FrontMatter &fm = doc.frontMatter();
        const YamlTree &tree = doc.yaml().tree;
        const QString &text = doc.text();
        const YamlNode &root = tree.node(tree.root);
        for (size_t i = 0; i + 1 < root.children.size(); i += 2) {
            if (tree.node(root.children[i]).value.toString() != key) {
                continue;
            }
            qsizetype lo = fm.yamlStart + tree.node(root.children[i]).start;
            qsizetype hi = fm.yamlStart + tree.node(root.children[i + 1]).end;
            while (lo > 0 && text.at(lo - 1) != u'\n' && text.at(lo - 1) != u'\r') {
                --lo;
            }
            while (hi < text.size() && text.at(hi) != u'\n' && text.at(hi) != u'\r') {
                ++hi;
            }
            // A removed last line takes the line break before it.
            return {std::max(fm.yamlStart, lo - 2), std::min(text.size(), hi + 2)};
        }
        return {fm.yamlStart > 0 ? fm.yamlStart - 2 : 0, fm.yamlEnd + 2};
    }

private slots:
    void initTestCase()
    {
        const QDir corpus(QStringLiteral(CARDIGAN_CORPUS_DIR));
        if (!corpus.exists(QStringLiteral("reference-hub"))) {
            QSKIP(qPrintable(QStringLiteral("The shared corpus is not at %1: skipping the corpus "
                                            "suite (set CARDIGAN_CORPUS_DIR to run it).")
                                 .arg(corpus.absolutePath())));
        }
        for (const QString &group : {QStringLiteral("cards"), QStringLiteral("bad")}) {
            const QDir dir(corpus.filePath(group));
            for (const QString &name :
                 dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
                Card c;
                c.name = group + u'/' + name;
                c.bytes = readAll(dir.filePath(name));
                const QString ref = corpus.filePath(
                    QStringLiteral("reference-hub/") +
                    QString(name).replace(QLatin1String(".md"), QLatin1String(".json")));
                c.reference = QJsonDocument::fromJson(readAll(ref)).object();
                m_cards << c;
            }
        }
        QVERIFY(m_cards.size() > 1000);
    }

    void roundTrip_isByteIdentical()
    {
        int identical = 0;
        QStringList failures;
        for (const Card &c : std::as_const(m_cards)) {
            const CardFile::ReadResult r = CardFile::decode(c.bytes);
            CardDocument doc;
            doc.load(r.text, r.bom);
            if (r.ok() && CardFile::encode(doc.text(), doc.hasBom()) == c.bytes) {
                ++identical;
            } else {
                failures << c.name;
            }
        }
        qInfo("round trip: %d identical / %d total", identical, int(m_cards.size()));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 20).join(u' ')));
    }

    void meta_agreesWithTheHub()
    {
        int agreeing = 0;
        int errors = 0;
        int parsed = 0;
        int yamlCppToo = 0;
        int sameColumn = 0;
        QStringList failures;
        for (const Card &c : std::as_const(m_cards)) {
            const CardFile::ReadResult r = CardFile::decode(c.bytes);
            CardDocument doc;
            doc.load(r.text, r.bom);
            const bool refBlock = c.reference.value(QStringLiteral("block")).toBool();
            const bool refOk = c.reference.value(QStringLiteral("ok")).toBool();
            bool agree = doc.frontMatter().found == refBlock && doc.hasYamlError() == !refOk;
            if (doc.frontMatter().found && !doc.hasYamlError()) {
                ++parsed;
                yamlCppToo += YamlCrossCheck::parses(doc.frontMatter().yaml(doc.text())) ? 1 : 0;
            }
            if (agree && refOk) {
                const QJsonDocument ours =
                    QJsonDocument::fromJson(QByteArray("[") + doc.metadata().toJson() + "]");
                agree = ours.array().at(0) == c.reference.value(QStringLiteral("metadata"));
            } else if (agree) {
                ++errors;
                const QJsonObject e = c.reference.value(QStringLiteral("error")).toObject();
                const int blockLine = doc.locationOf(doc.frontMatter().yamlStart).line;
                const CardDocument::Location at = doc.yamlErrorLocation();
                agree = at.line - blockLine + 1 == e.value(QStringLiteral("line")).toInt();
                sameColumn += at.column == e.value(QStringLiteral("column")).toInt() ? 1 : 0;
            }
            if (agree) {
                ++agreeing;
            } else {
                failures << c.name;
            }
        }
        qInfo("meta: %d agreeing / %d total (%d YAML errors on the Hub's line, %d on its column)",
              agreeing, int(m_cards.size()), errors, sameColumn);
        qInfo("yaml-cpp also reads %d of the %d blocks the Hub reads", yamlCppToo, parsed);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 20).join(u' ')));
    }

    void edits_touchOnlyTheirEntry()
    {
        int verified = 0;
        int total = 0;
        int cards = 0;
        QStringList failures;
        for (const Card &c : std::as_const(m_cards)) {
            const CardFile::ReadResult r = CardFile::decode(c.bytes);
            CardDocument doc;
            doc.load(r.text, r.bom);
            if (!doc.frontMatter().found || doc.hasYamlError() || !doc.metadata().isMapping()) {
                continue;
            }
            ++cards;
            const YamlValue meta = doc.metadata();
            auto run = [&](const QString &op, const QString &key,
                           const std::function<bool(const YamlValue &)> &expected) {
                const auto [lo, hi] = entryLines(doc, key);
                const QString failure = checkEdit(c, op, lo, hi, expected);
                ++total;
                if (failure.isEmpty()) {
                    ++verified;
                } else {
                    failures << failure;
                }
            };
            const YamlValue *license = meta.find(QStringLiteral("license"));
            const QString newLicense = license && license->toString() == QLatin1String("mit")
                                           ? QStringLiteral("apache-2.0")
                                           : QStringLiteral("mit");
            run(QStringLiteral("license=") + newLicense, QStringLiteral("license"),
                [&](const YamlValue &m) {
                    return *m.find(QStringLiteral("license")) == YamlValue::string(newLicense) &&
                           *yamlWithValue(meta, *YamlPath::parse(QStringLiteral("license")),
                                          YamlValue::string(newLicense)) == m;
                });
            run(QStringLiteral("language=[en, fr]"), QStringLiteral("language"),
                [&](const YamlValue &m) {
                    const YamlValue want =
                        YamlValue::sequence({YamlValue::string(QStringLiteral("en")),
                                             YamlValue::string(QStringLiteral("fr"))});
                    return *m.find(QStringLiteral("language")) == want &&
                           *yamlWithValue(meta, *YamlPath::parse(QStringLiteral("language")),
                                          want) == m;
                });
            if (meta.find(QStringLiteral("tags"))) {
                run(QStringLiteral("-tags"), QStringLiteral("tags"), [&](const YamlValue &m) {
                    return !m.find(QStringLiteral("tags")) &&
                           *yamlWithout(meta, *YamlPath::parse(QStringLiteral("tags"))) == m;
                });
            }
            const YamlValue *widget = meta.find(QStringLiteral("widget"));
            if (widget && widget->isSequence() && !widget->items().empty() &&
                widget->items()[0].isMapping()) {
                const YamlPath p = *YamlPath::parse(QStringLiteral("widget[0].example_title"));
                const QString title = QStringLiteral("Edited: no 1:30 \u00e9 \U0001F389");
                run(QStringLiteral("widget[0].example_title=\"") + title + u'"',
                    QStringLiteral("widget"), [&](const YamlValue &m) {
                        return *yamlWithValue(meta, p, YamlValue::string(title)) == m;
                    });
            }
        }
        qInfo("edits: %d verified / %d total, on %d cards with a mapping", verified, total, cards);
        QVERIFY2(failures.isEmpty(),
                 qPrintable(QString::number(failures.size()) + QStringLiteral(" failed:\n") +
                            failures.mid(0, 30).join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCorpusCards)
#include "tst_corpuscards.moc"
