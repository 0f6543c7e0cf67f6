// A form edit: CardDocument::set of a scalar (`license`) and of a list item (`tags[0]`),
// each the splice, the reparse and the verification that the metadata is exactly the old
// one with that change, one undo step. Values alternate so every call changes the text.
//
//     bench_edit CARD [REPEATS]

#include "benchout.h"
#include "carddocument.h"
#include "cardfile.h"
#include "yamlpath.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Cardigan;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_edit CARD [REPEATS]\n");
        return 2;
    }
    const int repeats = args.size() > 2 ? std::max(2, args[2].toInt()) : 60;
    const CardFile::ReadResult card = CardFile::read(args[1]);
    if (!card.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(card.message));
        return 2;
    }
    const QString size = Bench::kb(CardFile::encode(card.text, card.bom).size());
    CardDocument doc;
    doc.load(card.text, card.bom);
    if (doc.hasYamlError()) {
        std::fprintf(stderr, "the card's YAML does not parse\n");
        return 2;
    }
    struct Case
    {
        QString name;
        QString path;
        QString values[2];
    };
    const Case cases[] = {
        {QStringLiteral("form edit: set scalar"),
         QStringLiteral("license"),
         {QStringLiteral("mit"), QStringLiteral("apache-2.0")}},
        {QStringLiteral("form edit: set list item"),
         QStringLiteral("tags[0]"),
         {QStringLiteral("bench-a"), QStringLiteral("bench-b")}},
    };
    for (const Case &c : cases) {
        const YamlPath path = *YamlPath::parse(c.path);
        std::vector<double> ms;
        for (int i = 0; i < repeats; ++i) {
            QElapsedTimer clock;
            clock.start();
            const CardDocument::EditResult r = doc.set(path, c.values[i % 2]);
            const double t = clock.nsecsElapsed() / 1e6;
            if (!r.ok || !r.changed) {
                std::fprintf(stderr, "%s refused: %s\n", qPrintable(c.path), qPrintable(r.message));
                return 1;
            }
            ms.push_back(t);
        }
        Bench::latency(c.name, size, ms, {{QStringLiteral("path"), c.path}});
    }
    return 0;
}
