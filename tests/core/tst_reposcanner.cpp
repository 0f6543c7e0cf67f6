#include "reposcanner.h"

#include "synthrepo.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Cardigan;
using namespace SynthRepo;

namespace {

QByteArray tensorJson(const QByteArray &dtype, qint64 elements, int elementSize, qint64 begin = 0)
{
    return QStringLiteral(R"({"w":{"dtype":"%1","shape":[%2],"data_offsets":[%3,%4]}})")
        .arg(QString::fromLatin1(dtype))
        .arg(elements)
        .arg(begin)
        .arg(begin + elements * elementSize)
        .toLatin1();
}

QStringList paths(const RepoScan &scan)
{
    QStringList out;
    for (const RepoFile &f : scan.files) {
        out << f.path;
    }
    return out;
}

} // namespace

class TestRepoScanner : public QObject
{
    Q_OBJECT

private slots:
    void scan_notAFolder()
    {
        QTemporaryDir dir;
        const RepoScan s = RepoScanner::scan(dir.filePath(QStringLiteral("nope")));
        QVERIFY(!s.ok);
        QVERIFY(s.error.contains(QStringLiteral("not a folder")));
        const RepoScan f = RepoScanner::scan(write(dir.path(), QStringLiteral("x"), "x"));
        QVERIFY(!f.ok);
    }

    void scan_listsNestedFilesAndSkipsGit()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("README.md"), "# hi\n");
        write(dir.path(), QStringLiteral("a/b/c/deep.txt"), "x");
        write(dir.path(), QStringLiteral(".hidden"), "x");
        write(dir.path(), QStringLiteral(".git/config"), "[core]\n");
        write(dir.path(), QStringLiteral(".git/objects/ab/cdef"), "blob");
        write(dir.path(), QStringLiteral("sub/.git"), "gitdir: ../.git/modules/sub\n");
        const RepoScan s = RepoScanner::scan(dir.path());
        QVERIFY(s.ok);
        QCOMPARE(paths(s), (QStringList{QStringLiteral(".hidden"), QStringLiteral("README.md"),
                                        QStringLiteral("a/b/c/deep.txt")}));
        QVERIFY(s.hasReadme);
        QVERIFY(!s.hasWarning(RepoWarning::NoReadme));
        QCOMPARE(s.bytesRead, 0); // nothing there says anything about a model
    }

    void scan_noReadmeNoted()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("readme.md"), "lower case does not count\n");
        const RepoScan s = RepoScanner::scan(dir.path());
        QVERIFY(!s.hasReadme);
        QVERIFY(s.hasWarning(RepoWarning::NoReadme));
    }

    void scan_symlinkOutsideReportedNotFollowed()
    {
        QTemporaryDir outside;
        const QString secret = write(outside.path(), QStringLiteral("secret.safetensors"),
                                     safetensorsHead(tensorJson("F32", 4, 4)) + QByteArray(16, 0));
        write(outside.path(), QStringLiteral("dir/inner.bin"), "x");
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("README.md"), "x");
        QVERIFY(QFile::link(secret, dir.filePath(QStringLiteral("model.safetensors"))));
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("dir")),
                            dir.filePath(QStringLiteral("linked"))));
        QVERIFY(QFile::link(QStringLiteral("../../../../../../etc/passwd"),
                            dir.filePath(QStringLiteral("config.json"))));
        const RepoScan s = RepoScanner::scan(dir.path());
        QVERIFY(s.hasWarning(RepoWarning::LinkOutside, QStringLiteral("model.safetensors")));
        QVERIFY(s.hasWarning(RepoWarning::LinkOutside, QStringLiteral("linked")));
        QVERIFY(s.hasWarning(RepoWarning::LinkOutside, QStringLiteral("config.json")));
        QVERIFY(!paths(s).contains(QStringLiteral("linked/inner.bin")));
        const RepoFile *m = s.file(QStringLiteral("model.safetensors"));
        QVERIFY(m && m->symlink && m->outside);
        QCOMPARE(m->size, 0);
        QCOMPARE(s.safetensorsRead, 0);
        QCOMPARE(s.safetensorsUnread, 1);
        QVERIFY(s.architectures.isEmpty());
        QVERIFY(s.formatTags().isEmpty()); // a link out suggests no format
        QCOMPARE(s.bytesRead, 0);          // nothing behind the links was read
    }

    void scan_symlinksInsideListedNotEntered()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("README.md"), "x");
        write(dir.path(), QStringLiteral("real/model.safetensors"),
              safetensorsHead(tensorJson("F16", 8, 2)) + QByteArray(16, 0));
        QVERIFY(QFile::link(QStringLiteral("real/model.safetensors"),
                            dir.filePath(QStringLiteral("model.safetensors"))));
        QVERIFY(QFile::link(QStringLiteral("real"), dir.filePath(QStringLiteral("alias"))));
        QVERIFY(QFile::link(QStringLiteral("."), dir.filePath(QStringLiteral("real/loop"))));
        QVERIFY(QFile::link(QStringLiteral("nowhere"), dir.filePath(QStringLiteral("dangling"))));
        const RepoScan s = RepoScanner::scan(dir.path());
        QCOMPARE(
            paths(s),
            (QStringList{QStringLiteral("README.md"), QStringLiteral("alias"),
                         QStringLiteral("dangling"), QStringLiteral("model.safetensors"),
                         QStringLiteral("real/loop"), QStringLiteral("real/model.safetensors")}));
        const RepoFile *link = s.file(QStringLiteral("model.safetensors"));
        QVERIFY(link->symlink && !link->outside);
        QCOMPARE(link->size, s.file(QStringLiteral("real/model.safetensors"))->size);
        QVERIFY(s.hasWarning(RepoWarning::LinkDangling, QStringLiteral("dangling")));
        QVERIFY(!s.hasWarning(RepoWarning::LinkOutside));
        QCOMPARE(s.safetensorsRead, 1); // the link and its target count once
        QCOMPARE(s.safetensorsParameters, 8);
    }

    void scan_boundedInCount()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 20; ++i) {
            write(dir.path(), QStringLiteral("f%1").arg(i), "x");
        }
        RepoScanner::Options o;
        o.maxFiles = 5;
        const RepoScan s = RepoScanner::scan(dir.path(), o);
        QVERIFY(s.truncated);
        QCOMPARE(int(s.files.size()), 5);
        QVERIFY(s.hasWarning(RepoWarning::Truncated));
    }

    void formatOf_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<FileFormat>("format");
        const auto row = [](const char *p, FileFormat f) {
            QTest::newRow(p) << QString::fromLatin1(p) << f;
        };
        row("model.safetensors", FileFormat::Safetensors);
        row("model-00001-of-00002.safetensors", FileFormat::Safetensors);
        row("model.safetensors.index.json", FileFormat::SafetensorsIndex);
        row("pytorch_model.bin", FileFormat::PyTorch);
        row("pytorch_model-00001-of-00003.bin", FileFormat::PyTorch);
        row("pytorch_model.bin.index.json", FileFormat::PyTorchIndex);
        row("adapter_model.bin", FileFormat::PyTorch);
        row("weights/best.pt", FileFormat::PyTorch);
        row("ckpt.PTH", FileFormat::PyTorch);
        row("training_args.bin", FileFormat::Other);
        row("tf_model.h5", FileFormat::TensorFlow);
        row("saved_model/saved_model.pb", FileFormat::TensorFlow);
        row("model.tflite", FileFormat::TfLite);
        row("flax_model.msgpack", FileFormat::Flax);
        row("onnx/model.onnx", FileFormat::Onnx);
        row("llama-7b.Q4_K_M.gguf", FileFormat::Gguf);
        row("skops.joblib", FileFormat::Joblib);
        row("model.pkl", FileFormat::Pickle);
        row("model.pickle", FileFormat::Pickle);
        row("model.keras", FileFormat::Keras);
        row("asr.nemo", FileFormat::Nemo);
        row("Model.mlmodel", FileFormat::CoreMl);
        row("Model.mlpackage/Data/com.apple.CoreML/weights/weight.bin", FileFormat::CoreMl);
        row("openvino_model.xml", FileFormat::OpenVino);
        row("config.json", FileFormat::Other);
        row("README.md", FileFormat::Other);
    }
    void formatOf()
    {
        QFETCH(QString, path);
        QFETCH(FileFormat, format);
        QCOMPARE(RepoScanner::formatOf(path), format);
    }

    void scan_formatTags()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("README.md"), "x");
        write(dir.path(), QStringLiteral("pytorch_model.bin"), "x");
        write(dir.path(), QStringLiteral("tf_model.h5"), "x");
        write(dir.path(), QStringLiteral("flax_model.msgpack"), "x");
        write(dir.path(), QStringLiteral("model.onnx"), "x");
        write(dir.path(), QStringLiteral("model.safetensors.index.json"), "{\"weight_map\":{}}");
        const RepoScan s = RepoScanner::scan(dir.path());
        QCOMPARE(s.formatTags(), (QStringList{QStringLiteral("pytorch"), QStringLiteral("tf"),
                                              QStringLiteral("jax"), QStringLiteral("onnx"),
                                              QStringLiteral("safetensors")}));
    }

    void scan_readsConfig()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("config.json"),
              R"({"architectures":["GPT2LMHeadModel"],"model_type":"gpt2","n_embd":768})");
        write(dir.path(), QStringLiteral("sub/config.json"), R"({"model_type":"other"})");
        const RepoScan s = RepoScanner::scan(dir.path());
        QVERIFY(s.hasConfig);
        QCOMPARE(s.architectures, QStringList{QStringLiteral("GPT2LMHeadModel")});
        QCOMPARE(s.modelType, QStringLiteral("gpt2"));
    }

    void scan_badConfigWarned()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("config.json"), "[1, 2");
        const RepoScan s = RepoScanner::scan(dir.path());
        QVERIFY(s.hasConfig);
        QVERIFY(s.hasWarning(RepoWarning::BadConfig, QStringLiteral("config.json")));
    }

    void scan_lfsPointersRecognised()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral(".gitattributes"),
              "*.safetensors filter=lfs diff=lfs merge=lfs -text\n"
              "*.bin filter=lfs diff=lfs merge=lfs -text\n");
        write(dir.path(), QStringLiteral("model.safetensors"), lfsPointer(7'000'000'000));
        write(dir.path(), QStringLiteral("pytorch_model.bin"), lfsPointer(500, 'b'));
        // Looks like a pointer but is an ordinary small text file: never read.
        write(dir.path(), QStringLiteral("notes.txt"), lfsPointer(1));
        // Not a valid pointer: a bad oid.
        write(dir.path(), QStringLiteral("broken.bin"),
              "version https://git-lfs.github.com/spec/v1\noid sha256:xyz\nsize 5\n" +
                  QByteArray(80, ' '));
        const RepoScan s = RepoScanner::scan(dir.path());
        QVERIFY(s.hasGitAttributes);
        QCOMPARE(s.lfsPatterns,
                 (QStringList{QStringLiteral("*.safetensors"), QStringLiteral("*.bin")}));
        const RepoFile *m = s.file(QStringLiteral("model.safetensors"));
        QVERIFY(m->lfsTracked && m->lfsPointer);
        QCOMPARE(m->lfs.size, 7'000'000'000);
        QCOMPARE(m->lfs.oid, "sha256:" + QByteArray(64, 'a'));
        QCOMPARE(m->realSize(), 7'000'000'000);
        QVERIFY(s.file(QStringLiteral("pytorch_model.bin"))->lfsPointer);
        QVERIFY(!s.file(QStringLiteral("notes.txt"))->lfsPointer);
        QVERIFY(!s.file(QStringLiteral("broken.bin"))->lfsPointer);
        QCOMPARE(s.lfsPointerCount(), 2);
        QCOMPARE(s.safetensorsUnread, 1); // a pointer has no header to read
        QVERIFY(s.hasWarning(RepoWarning::Over5GB, QStringLiteral("model.safetensors")));
        QVERIFY(!s.hasWarning(RepoWarning::NotInLfs));
        QVERIFY(!s.hasWarning(RepoWarning::BadSafetensors));
    }

    void lfs_parsePointer()
    {
        QVERIFY(Lfs::parsePointer(lfsPointer(12)));
        QVERIFY(Lfs::parsePointer(
            "version https://git-lfs.github.com/spec/v1\next-0-x sha256:" + QByteArray(64, '1') +
            "\noid sha256:" + QByteArray(64, '1') + "\nsize 12\n"));
        QVERIFY(!Lfs::parsePointer("version https://git-lfs.github.com/spec/v1\nsize 12\n"));
        QVERIFY(!Lfs::parsePointer(lfsPointer(12).replace("size 12", "size -12")));
        QVERIFY(!Lfs::parsePointer(lfsPointer(12).replace("\nsize", "\n\nsize")));
        QVERIFY(!Lfs::parsePointer(lfsPointer(12) + QByteArray(2000, '\n')));
        QVERIFY(!Lfs::parsePointer("hello"));
    }

    void gitAttributes_patterns_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("lfs");
        const auto row = [](const char *p, bool lfs) {
            QTest::newRow(p) << QString::fromLatin1(p) << lfs;
        };
        row("model.bin", true);
        row("deep/er/model.bin", true);
        row("model.bin.txt", false);
        row("weights.tar.gz", true);
        row("saved_model/a/b/variables.data", true);
        row("saved_model", false);
        row("top.dat", true);
        row("sub/top.dat", false);
        row("docs/a.pdf", true);
        row("docs/x/a.pdf", false);
        row("a.x", true);
        row("c.x", false);
        row("keep.bin", false);        // a later -filter wins
        row("folder/anything", false); // "folder/" never matches a file
        row("logs/2024/run.log", true);
        row("z.q", true);
    }
    void gitAttributes_patterns()
    {
        QFETCH(QString, path);
        QFETCH(bool, lfs);
        const GitAttributes a = GitAttributes::parse("# comment\n"
                                                     "*.bin filter=lfs diff=lfs merge=lfs -text\n"
                                                     "*.tar.* filter=lfs\n"
                                                     "saved_model/**/* filter=lfs\n"
                                                     "/top.dat filter=lfs\n"
                                                     "docs/*.pdf filter=lfs\n"
                                                     "[ab].x filter=lfs\n"
                                                     "keep.bin -filter\n"
                                                     "folder/ filter=lfs\n"
                                                     "logs/** filter=lfs\n"
                                                     "**/*.q filter=lfs\n"
                                                     "*.txt text\n");
        QCOMPARE(a.isLfs(path), lfs);
    }

    void scan_bigFilesOutsideLfsFlagged()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral(".gitattributes"), "*.safetensors filter=lfs\n");
        sparse(dir.path(), QStringLiteral("big.bin"), 10 * 1024 * 1024);
        sparse(dir.path(), QStringLiteral("small.bin"), 10 * 1024 * 1024 - 1);
        sparse(dir.path(), QStringLiteral("huge.safetensors"), qint64(6) * 1024 * 1024 * 1024);
        const RepoScan s = RepoScanner::scan(dir.path());
        QVERIFY(s.hasWarning(RepoWarning::NotInLfs, QStringLiteral("big.bin")));
        QVERIFY(!s.hasWarning(RepoWarning::NotInLfs, QStringLiteral("small.bin")));
        QVERIFY(!s.hasWarning(RepoWarning::NotInLfs, QStringLiteral("huge.safetensors")));
        QVERIFY(s.hasWarning(RepoWarning::Over5GB, QStringLiteral("huge.safetensors")));
        // A hole is no header: clear warning, no crash.
        QVERIFY(s.hasWarning(RepoWarning::BadSafetensors, QStringLiteral("huge.safetensors")));
    }

    void scan_shardedSafetensors()
    {
        QTemporaryDir dir;
        safetensors(dir.path(), QStringLiteral("model-00001-of-00003.safetensors"),
                    tensorJson("BF16", 1000, 2), 2000);
        safetensors(dir.path(), QStringLiteral("model-00002-of-00003.safetensors"),
                    tensorJson("F32", 24, 4), 96);
        write(dir.path(), QStringLiteral("model.safetensors.index.json"),
              R"({"metadata":{"total_size":2096},"weight_map":{)"
              R"("a":"model-00001-of-00003.safetensors","b":"model-00002-of-00003.safetensors",)"
              R"("c":"model-00003-of-00003.safetensors"}})");
        const RepoScan s = RepoScanner::scan(dir.path());
        QCOMPARE(s.safetensorsRead, 2);
        QCOMPARE(s.safetensorsParameters, 1024);
        QCOMPARE(s.parametersByDtype.value(QStringLiteral("BF16")), 1000);
        QCOMPARE(s.parametersByDtype.value(QStringLiteral("F32")), 24);
        QVERIFY(s.hasWarning(RepoWarning::MissingShard,
                             QStringLiteral("model.safetensors.index.json")));
        QCOMPARE(s.warnings.count(), 2); // the missing shard and no README
    }

    void scan_truncatedAndLyingSafetensorsWarned()
    {
        QTemporaryDir dir;
        // Claims a 2^62-byte header in a 1 TB sparse file.
        sparse(dir.path(), QStringLiteral("lying.safetensors"), 1'000'000'000'000,
               le64(quint64(1) << 62));
        // Claims 1000 header bytes; the file is 100 bytes long.
        write(dir.path(), QStringLiteral("cut.safetensors"), le64(1000) + QByteArray(92, '{'));
        // Tensor data shorter than the header's offsets.
        safetensors(dir.path(), QStringLiteral("short.safetensors"), tensorJson("F32", 100, 4), 40);
        const RepoScan s = RepoScanner::scan(dir.path());
        for (const char *name : {"lying.safetensors", "cut.safetensors", "short.safetensors"}) {
            QVERIFY2(s.hasWarning(RepoWarning::BadSafetensors, QLatin1String(name)), name);
        }
        QCOMPARE(s.safetensorsRead, 0);
        QCOMPARE(s.safetensorsUnread, 3);
        QVERIFY(s.bytesRead < 1000);
    }

    void scan_readsGgufHeaders()
    {
        QTemporaryDir dir;
        Gguf g;
        g.header(3, 2, 2).kvString("general.architecture", "llama").kvU32("general.file_type", 2);
        g.tensor("a", {4096, 32000}, 2).tensor("b", {4096}, 0, 1 << 20);
        sparse(dir.path(), QStringLiteral("m.Q4_0.gguf"), qint64(4) << 30, g.bytes);
        sparse(dir.path(), QStringLiteral("bad.gguf"), 1 << 20, "GGUF" + le32(99));
        const RepoScan s = RepoScanner::scan(dir.path());
        QCOMPARE(int(s.gguf.size()), 2);
        const RepoGguf &good = s.gguf[1];
        QCOMPARE(good.path, QStringLiteral("m.Q4_0.gguf"));
        QCOMPARE(good.header.architecture, QStringLiteral("llama"));
        QCOMPARE(good.header.quantization(), QStringLiteral("Q4_0"));
        QCOMPARE(good.header.parameters, 4096 * 32000 + 4096);
        QVERIFY(s.hasWarning(RepoWarning::BadGguf, QStringLiteral("bad.gguf")));
        QVERIFY(!s.hasWarning(RepoWarning::BadGguf, QStringLiteral("m.Q4_0.gguf")));
    }

    // 10,000 files and 1 TB of sparse weights: the numbers are printed, never asserted
    // against a clock; bytes read are deterministic and checked.
    void scan_largeSyntheticRepository()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("README.md"), "---\nlicense: mit\n---\n# m\n");
        write(dir.path(), QStringLiteral(".gitattributes"),
              "*.safetensors filter=lfs diff=lfs merge=lfs -text\n"
              "*.gguf filter=lfs diff=lfs merge=lfs -text\n*.bin filter=lfs\n");
        write(dir.path(), QStringLiteral("config.json"),
              R"({"architectures":["LlamaForCausalLM"],"model_type":"llama"})");
        const qint64 shardData = 100'000'000'000; // 10 shards of 100 GB: 1 TB
        QByteArray weightMap;
        for (int i = 1; i <= 10; ++i) {
            const QString name =
                QStringLiteral("model-%1-of-00010.safetensors").arg(i, 5, 10, QLatin1Char('0'));
            safetensors(dir.path(), name, tensorJson("BF16", shardData / 2, 2), shardData);
            weightMap += (i > 1 ? "," : "") + QByteArray("\"t") + QByteArray::number(i) + "\":\"" +
                         name.toLatin1() + "\"";
        }
        write(dir.path(), QStringLiteral("model.safetensors.index.json"),
              "{\"weight_map\":{" + weightMap + "}}");
        int files = 14; // README.md, .gitattributes, config.json, 10 shards, the index
        for (int d = 0; files < 10'000; ++d) {
            for (int i = 0; i < 100 && files < 10'000; ++i, ++files) {
                write(dir.path(), QStringLiteral("data/d%1/f%2.txt").arg(d).arg(i), "sample\n");
            }
        }
        QElapsedTimer timer;
        timer.start();
        const RepoScan s = RepoScanner::scan(dir.path());
        const qint64 ms = timer.elapsed();
        qInfo("scanned %d files, %lld bytes of weights, in %lld ms, reading %lld bytes",
              int(s.files.size()), s.totalSize(), ms, s.bytesRead);
        QCOMPARE(int(s.files.size()), 10'000);
        QVERIFY(s.totalSize() > 1'000'000'000'000);
        QCOMPARE(s.safetensorsRead, 10);
        QCOMPARE(s.safetensorsParameters, 10 * (shardData / 2));
        QVERIFY(!s.hasWarning(RepoWarning::MissingShard));
        QVERIFY(s.bytesRead < 2'000'000);
    }

    void scan_reportsProgressEveryIntervalAndAtTheEnd()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 1000; ++i) {
            write(dir.path(), QStringLiteral("d%1/f%2.txt").arg(i % 7).arg(i), "x");
        }
        QList<int> counts;
        RepoScanner::Options options;
        options.progressInterval = 300;
        options.progress = [&counts](int files) {
            counts << files;
            return true;
        };
        const RepoScan s = RepoScanner::scan(dir.path(), options);
        QVERIFY(!s.cancelled);
        QCOMPARE(int(s.files.size()), 1000);
        QCOMPARE(counts, (QList<int>{300, 600, 900, 1000}));
    }

    void scan_cancelledByProgressStopsListing()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("config.json"), R"({"architectures":["BertModel"]})");
        for (int i = 0; i < 1000; ++i) {
            write(dir.path(), QStringLiteral("d%1/f%2.txt").arg(i % 7).arg(i), "x");
        }
        int calls = 0;
        RepoScanner::Options options;
        options.progressInterval = 100;
        options.progress = [&calls](int files) {
            ++calls;
            return files < 200; // stop at the second report
        };
        const RepoScan s = RepoScanner::scan(dir.path(), options);
        QVERIFY(s.ok);
        QVERIFY(s.cancelled);
        QCOMPARE(calls, 2);
        QCOMPARE(int(s.files.size()), 200);
        // Nothing past the listing was read: no config, no headers.
        QVERIFY(s.architectures.isEmpty());
        QCOMPARE(s.bytesRead, 0);
    }
};

QTEST_GUILESS_MAIN(TestRepoScanner)
#include "tst_reposcanner.moc"
