// Throughput over the whole shared corpus: decode the bytes, find the front matter with
// the Hub's rule, read the YAML into typed values (mode "parse"); or load each card into
// a CardDocument (which does the same) and run the linter (mode "lint").
//
// The files are read into memory before the clock starts, as scripts/bench-peers.js and
// bench-peers.py do: what is timed is the same work for all three, from bytes in memory.
//
//     bench_parse parse|lint CORPUS_DIR [PASSES]

#include "benchout.h"
#include "carddocument.h"
#include "cardfile.h"
#include "cardlinter.h"
#include "frontmatter.h"
#include "yamlreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

using namespace Cardigan;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3 || (args[1] != u"parse" && args[1] != u"lint")) {
        std::fprintf(stderr, "usage: bench_parse parse|lint CORPUS_DIR [PASSES]\n");
        return 2;
    }
    const bool lint = args[1] == u"lint";
    const int passes = args.size() > 3 ? std::max(1, args[3].toInt()) : 3;
    std::vector<QByteArray> files;
    QStringList names;
    qint64 bytes = 0;
    for (const char *sub : {"cards", "bad"}) {
        const QDir dir(QDir(args[2]).filePath(QLatin1String(sub)));
        for (const QString &name :
             dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly)) {
                files.push_back(f.readAll());
                names << QLatin1String(sub) + u'/' + name;
                bytes += files.back().size();
            }
        }
    }
    if (files.empty()) {
        std::fprintf(stderr, "no cards in %s\n", qPrintable(args[2]));
        return 2;
    }

    // One pass untimed (first touches of the catalogues, allocator warm), then the best of
    // the timed passes, as the peers do.
    int errors = 0;
    qint64 findings = 0;
    std::vector<std::pair<qint64, int>> perCard(files.size()); // the last pass's times
    auto pass = [&] {
        errors = 0;
        findings = 0;
        QElapsedTimer cardClock;
        for (size_t i = 0; i < files.size(); ++i) {
            cardClock.start();
            const QByteArray &b = files[i];
            const CardFile::ReadResult r = CardFile::decode(b);
            if (!r.ok()) {
                ++errors;
                continue;
            }
            if (lint) {
                CardDocument doc;
                doc.load(r.text, r.bom);
                errors += doc.hasYamlError() ? 1 : 0;
                findings += CardLinter::lint(doc).size();
            } else {
                const FrontMatter fm = FrontMatter::find(r.text);
                if (fm.found) {
                    const YamlReadResult y = YamlReader::read(fm.yaml(r.text));
                    errors += y.ok ? 0 : 1;
                }
            }
            perCard[i] = {cardClock.nsecsElapsed(), int(i)};
        }
    };
    pass();
    double best = 1e300;
    for (int i = 0; i < passes; ++i) {
        QElapsedTimer clock;
        clock.start();
        pass();
        best = std::min(best, clock.nsecsElapsed() / 1e9);
    }
    QJsonObject o;
    o.insert(QStringLiteral("bench"),
             lint ? QStringLiteral("parse+lint (Cardigan)") : QStringLiteral("parse (Cardigan)"));
    o.insert(QStringLiteral("size"),
             QStringLiteral("%1 cards, %2").arg(files.size()).arg(Bench::kb(bytes)));
    o.insert(QStringLiteral("seconds"), best);
    o.insert(QStringLiteral("mbps"), bytes / 1e6 / best);
    o.insert(QStringLiteral("cardsps"), double(files.size()) / best);
    o.insert(QStringLiteral("errors"), errors);
    if (lint) {
        o.insert(QStringLiteral("findings"), double(findings));
    }
    Bench::print(o);
    // Where the time goes: the slowest cards, to stderr.
    std::sort(perCard.begin(), perCard.end(), std::greater<>());
    for (size_t i = 0; i < std::min<size_t>(5, perCard.size()); ++i) {
        std::fprintf(stderr, "slowest: %s %.2f ms (%s)\n", qPrintable(names[perCard[i].second]),
                     perCard[i].first / 1e6,
                     qPrintable(Bench::kb(files[size_t(perCard[i].second)].size())));
    }
    return 0;
}
