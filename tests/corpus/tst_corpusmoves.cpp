// CardDocument::moveItem on the real cards: on every sequence of two or more items, the
// last item moves first and back; each move is verified by the document, touches only
// the sequence's own text (every item keeps its bytes), and undo gives back the bytes.

#include "carddocument.h"
#include "cardfile.h"
#include "linediff.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTextDocument>
#include <QtTest>

#include <algorithm>

using namespace Cardigan;

class TestCorpusMoves : public QObject
{
    Q_OBJECT

    struct Card
    {
        QString name;
        QByteArray bytes;
    };
    QList<Card> m_cards;

    static bool isBreak(QChar c) { return c == u'\n' || c == u'\r'; }

    // The node at @p path, or -1.
    static int nodeAt(const YamlTree &tree, const YamlPath &path)
    {
        int node = tree.root;
        for (const YamlPath::Segment &s : path.segments()) {
            const YamlNode &n = tree.node(node);
            int next = -1;
            if (s.kind == YamlPath::Segment::Kind::Key && n.kind == YamlNode::Kind::Mapping) {
                for (size_t i = 0; i + 1 < n.children.size(); i += 2) {
                    if (yamlKeyString(tree.node(n.children[i]).value) == s.key) {
                        next = n.children[i + 1];
                    }
                }
            } else if (s.kind == YamlPath::Segment::Kind::Index &&
                       n.kind == YamlNode::Kind::Sequence &&
                       s.index < qsizetype(n.children.size())) {
                next = n.children[size_t(s.index)];
            }
            if (next < 0) {
                return -1;
            }
            node = next;
        }
        return node;
    }

    // Every sequence of two or more items a path reaches (not through aliases).
    static void sequences(const YamlTree &tree, int node, const YamlPath &path,
                          std::vector<YamlPath> *out)
    {
        const YamlNode &n = tree.node(node);
        if (n.kind == YamlNode::Kind::Sequence) {
            if (n.children.size() >= 2) {
                out->push_back(path);
            }
            for (size_t i = 0; i < n.children.size(); ++i) {
                sequences(tree, n.children[i],
                          path.child({YamlPath::Segment::Kind::Index, QString(), qsizetype(i)}),
                          out);
            }
        } else if (n.kind == YamlNode::Kind::Mapping) {
            for (size_t i = 0; i + 1 < n.children.size(); i += 2) {
                const YamlValue &key = tree.node(n.children[i]).value;
                if (key.isMapping() || key.isSequence()) {
                    continue;
                }
                sequences(tree, n.children[i + 1],
                          path.child({YamlPath::Segment::Kind::Key, yamlKeyString(key), 0}), out);
            }
        }
    }

    // Where the sequence's text may change: its own span, widened to whole lines and the
    // comment lines around it for a block sequence.
    static std::pair<qsizetype, qsizetype> region(const CardDocument &doc, int node)
    {
        const YamlNode &n = doc.yaml().tree.node(node);
        const QString &text = doc.text();
        qsizetype lo = doc.frontMatter().yamlStart + n.start;
        qsizetype hi = doc.frontMatter().yamlStart + n.end;
        if (n.style == YamlStyle::FlowSequence) {
            return {lo, hi};
        }
        const auto lineStart = [&](qsizetype p) {
            while (p > 0 && !isBreak(text.at(p - 1))) {
                --p;
            }
            return p;
        };
        const auto lineEnd = [&](qsizetype p) {
            while (p < text.size() && !isBreak(text.at(p))) {
                ++p;
            }
            return p;
        };
        const auto isComment = [&](qsizetype start) {
            return QStringView(text).mid(start, lineEnd(start) - start).trimmed().startsWith(u'#');
        };
        lo = lineStart(lo);
        while (lo > doc.frontMatter().yamlStart) {
            const qsizetype prev = lineStart(
                lo - 1 - (lo >= 2 && text.at(lo - 2) == u'\r' && text.at(lo - 1) == u'\n'));
            if (!isComment(prev)) {
                break;
            }
            lo = prev;
        }
        hi = lineEnd(hi);
        while (hi < doc.frontMatter().yamlEnd) {
            const qsizetype next = hi + (text.mid(hi, 2) == QLatin1String("\r\n") ? 2 : 1);
            if (!isComment(next)) {
                break;
            }
            hi = lineEnd(next);
        }
        // The terminator after the last line (a moved last item takes one along).
        return {lo, std::min(text.size(), hi + 2)};
    }

    static QStringList itemTexts(const CardDocument &doc, int node)
    {
        QStringList out;
        for (const int child : doc.yaml().tree.node(node).children) {
            const YamlNode &c = doc.yaml().tree.node(child);
            out << doc.text().mid(doc.frontMatter().yamlStart + c.start, c.end - c.start);
        }
        return out;
    }

    static QStringList sortedLines(const QString &text)
    {
        QStringList lines;
        for (const QStringView line : LineDiff::splitLines(text)) {
            lines << line.toString();
        }
        lines.sort();
        return lines;
    }

    // One move on @p doc, checked: empty when fine, else what went wrong.
    static QString checkMove(CardDocument &doc, const YamlPath &path, int from, int to)
    {
        const QString before = doc.text();
        const int node = nodeAt(doc.yaml().tree, path);
        const auto [lo, hi] = region(doc, node);
        QStringList items = itemTexts(doc, node);
        const bool flow = doc.yaml().tree.node(node).style == YamlStyle::FlowSequence;
        const CardDocument::EditResult r = doc.moveItem(path, from, to);
        if (!r.ok) {
            return QStringLiteral("refused: ") + r.message;
        }
        const QString after = doc.text();
        items.move(from, to);
        if (!r.changed) {
            // Moving an item among items written alike (`- code` twice) gives the same text:
            // nothing to do, and nothing may have changed.
            const QStringList now = itemTexts(doc, nodeAt(doc.yaml().tree, path));
            return after == before && now == items
                       ? QString()
                       : QStringLiteral("reported unchanged, but the text or the order differs");
        }
        const qsizetype tail = before.size() - hi;
        if (after.size() != before.size() ||
            QStringView(after).left(lo) != QStringView(before).left(lo) ||
            QStringView(after).right(tail) != QStringView(before).right(tail)) {
            return QStringLiteral("changed text outside the list [%1, %2)").arg(lo).arg(hi);
        }
        if (itemTexts(doc, nodeAt(doc.yaml().tree, path)) != items) {
            return QStringLiteral("an item's text changed");
        }
        if (!flow && sortedLines(after) != sortedLines(before)) {
            return QStringLiteral("lines changed, not only moved");
        }
        return QString();
    }

private slots:
    void initTestCase()
    {
        const QDir corpus(QStringLiteral(CARDIGAN_CORPUS_DIR));
        if (!corpus.exists(QStringLiteral("cards"))) {
            QSKIP(qPrintable(QStringLiteral("The shared corpus is not at %1: skipping the corpus "
                                            "suite (set CARDIGAN_CORPUS_DIR to run it).")
                                 .arg(corpus.absolutePath())));
        }
        for (const QString &group : {QStringLiteral("cards"), QStringLiteral("bad")}) {
            const QDir dir(corpus.filePath(group));
            for (const QString &name :
                 dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
                QFile f(dir.filePath(name));
                if (f.open(QIODevice::ReadOnly)) {
                    m_cards << Card{group + u'/' + name, f.readAll()};
                }
            }
        }
        QVERIFY(m_cards.size() > 1000);
    }

    void moveLastFirstAndBack_touchesOnlyThatItem()
    {
        int cards = 0;
        int total = 0;
        int lists = 0;
        int moved = 0;
        int sameAfterBoth = 0;
        QMap<QString, int> refusals;
        QStringList failures;
        QElapsedTimer timer;
        timer.start();
        for (const Card &c : std::as_const(m_cards)) {
            const CardFile::ReadResult file = CardFile::decode(c.bytes);
            CardDocument doc;
            doc.load(file.text, file.bom);
            if (!doc.frontMatter().found || doc.hasYamlError() || doc.yaml().tree.root < 0) {
                continue;
            }
            std::vector<YamlPath> all;
            sequences(doc.yaml().tree, doc.yaml().tree.root, YamlPath(), &all);
            // The first list of each shape (`model-index[].results[].metrics`): a card with
            // a large model-index has hundreds of lists alike, each move a full reparse.
            std::vector<YamlPath> paths;
            QSet<QString> shapes;
            static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
            for (const YamlPath &p : all) {
                const QString shape = p.toString().replace(index, QStringLiteral("[]"));
                if (!shapes.contains(shape)) {
                    shapes.insert(shape);
                    paths.push_back(p);
                }
            }
            total += int(all.size());
            if (paths.empty()) {
                continue;
            }
            ++cards;
            for (const YamlPath &path : paths) {
                ++lists;
                const int last =
                    int(doc.yaml().tree.node(nodeAt(doc.yaml().tree, path)).children.size()) - 1;
                const int steps = doc.textDocument()->availableUndoSteps();
                const QString there = checkMove(doc, path, last, 0);
                if (there.startsWith(QLatin1String("refused: "))) {
                    // Refusals are allowed when they say why; a failed verification is not.
                    if (there.contains(QLatin1String("would"))) {
                        failures << c.name + u' ' + path.toString() + u' ' + there;
                    }
                    ++refusals[there.mid(9)];
                    continue;
                }
                const QString back = there.isEmpty() ? checkMove(doc, path, 0, last) : there;
                if (!there.isEmpty() || !back.isEmpty()) {
                    failures << c.name + u' ' + path.toString() + u' ' + there + back;
                }
                ++moved;
                sameAfterBoth += doc.text() == file.text ? 1 : 0;
                while (doc.textDocument()->availableUndoSteps() > steps) {
                    doc.textDocument()->undo();
                }
                if (CardFile::encode(doc.text(), doc.hasBom()) != c.bytes) {
                    failures << c.name + u' ' + path.toString() +
                                    QStringLiteral(" undo did not restore the bytes");
                    break;
                }
            }
        }
        qInfo("moves: %d lists of 2+ items on %d cards, %d checked (the first of each shape); "
              "%d moved there and back (%d back to the same text), %d refused, in %lld ms",
              total, cards, lists, moved, sameAfterBoth, int(lists - moved), timer.elapsed());
        for (auto it = refusals.cbegin(); it != refusals.cend(); ++it) {
            qInfo("  refused %d times: %s", it.value(), qPrintable(it.key()));
        }
        QVERIFY2(failures.isEmpty(),
                 qPrintable(QString::number(failures.size()) + QStringLiteral(" failed:\n") +
                            failures.mid(0, 30).join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCorpusMoves)
#include "tst_corpusmoves.moc"
