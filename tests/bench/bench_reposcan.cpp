// RepoScanner on a synthetic repository like a large model's clone: 10,000 files, of
// which 200 safetensors shards of 5 GB each (1 TB in all, sparse: no disk space), their
// headers read; the rest small files in 100 folders. The repository is built first (not
// timed) in a temporary folder, then scanned REPEATS times.
//
//     bench_reposcan [REPEATS]

#include "benchout.h"
#include "reposcanner.h"
#include "synthrepo.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace Cardigan;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int repeats = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "no temporary folder\n");
        return 2;
    }
    const QString root = dir.path();
    constexpr int Shards = 200;
    constexpr qint64 ShardSize = qint64(5'000'000'000);
    constexpr int Files = 10'000;
    SynthRepo::write(root, QStringLiteral("README.md"), "---\nlicense: mit\n---\n# Synthetic\n");
    SynthRepo::write(root, QStringLiteral(".gitattributes"),
                     "*.safetensors filter=lfs diff=lfs merge=lfs -text\n");
    SynthRepo::write(root, QStringLiteral("config.json"),
                     R"({"architectures": ["LlamaForCausalLM"], "model_type": "llama"})");
    int written = 3;
    for (int i = 0; i < Shards; ++i) {
        const QByteArray json =
            QStringLiteral(
                R"({"w%1":{"dtype":"BF16","shape":[50000,50000],"data_offsets":[0,%2]}})")
                .arg(i)
                .arg(ShardSize)
                .toUtf8();
        SynthRepo::safetensors(root,
                               QStringLiteral("model-%1-of-%2.safetensors")
                                   .arg(i + 1, 5, 10, QLatin1Char('0'))
                                   .arg(Shards, 5, 10, QLatin1Char('0')),
                               json, ShardSize);
        ++written;
    }
    for (int i = 0; written < Files; ++i, ++written) {
        SynthRepo::write(root, QStringLiteral("data/part-%1/sample-%2.txt").arg(i % 100).arg(i),
                         QByteArray::number(i) + '\n');
    }

    std::vector<double> ms;
    RepoScan scan;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer clock;
        clock.start();
        scan = RepoScanner::scan(root);
        ms.push_back(clock.nsecsElapsed() / 1e6);
    }
    if (!scan.ok || int(scan.files.size()) != Files) {
        std::fprintf(stderr, "the scan found %d files, not %d: %s\n", int(scan.files.size()), Files,
                     qPrintable(scan.error));
        return 1;
    }
    Bench::latency(QStringLiteral("repository scan"),
                   QStringLiteral("%1 files, %2 TB sparse")
                       .arg(scan.files.size())
                       .arg(scan.totalSize() / 1e12, 0, 'f', 1),
                   ms,
                   {{QStringLiteral("parameters"), double(scan.safetensorsParameters)},
                    {QStringLiteral("bytesRead"), double(scan.bytesRead)}});
    return 0;
}
