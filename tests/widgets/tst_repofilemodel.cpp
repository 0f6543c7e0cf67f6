#include "repofilemodel.h"
#include "reposcanner.h"

#include "synthrepo.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

using namespace Cardigan;
using namespace SynthRepo;

namespace {

int rowOf(const RepoFileModel &model, const QString &path)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(RepoFileModel::PathRole).toString() == path) {
            return r;
        }
    }
    return -1;
}

QString text(const RepoFileModel &model, const QString &path, int column)
{
    const int row = rowOf(model, path);
    Q_ASSERT(row >= 0);
    return model.index(row, column).data().toString();
}

QVariant role(const RepoFileModel &model, const QString &path, int r)
{
    const int row = rowOf(model, path);
    Q_ASSERT(row >= 0);
    return model.index(row, 0).data(r);
}

} // namespace

class TestRepoFileModel : public QObject
{
    Q_OBJECT

private slots:
    void setScan_showsSizesLfsStatesAndFlags()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("README.md"), "---\nlicense: mit\n---\n# m\n");
        write(dir.path(), QStringLiteral(".gitattributes"),
              "*.safetensors filter=lfs diff=lfs merge=lfs -text\n"
              "*.bin filter=lfs diff=lfs merge=lfs -text\n");
        write(dir.path(), QStringLiteral("config.json"),
              R"({"architectures":["BertForSequenceClassification"],"model_type":"bert"})");
        // 1,000 F32 parameters; the data is a hole.
        safetensors(dir.path(), QStringLiteral("model.safetensors"),
                    R"({"w":{"dtype":"F32","shape":[1000],"data_offsets":[0,4000]}})", 4000);
        write(dir.path(), QStringLiteral("pytorch_model.bin"),
              lfsPointer(3 * 1024 * 1024 * 1024LL));
        sparse(dir.path(), QStringLiteral("big.dat"), 20 * 1024 * 1024);
        sparse(dir.path(), QStringLiteral("small.dat"), 1536);

        RepoFileModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScan(RepoScanner::scan(dir.path()));
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.columnCount(), int(RepoFileModel::ColumnCount));

        using C = RepoFileModel::Column;
        using L = RepoFileModel::LfsState;
        QCOMPARE(text(model, QStringLiteral("big.dat"), C::SizeColumn),
                 RepoFileModel::sizeText(20 * 1024 * 1024));
        QCOMPARE(RepoFileModel::sizeText(20 * 1024 * 1024), QStringLiteral("20.0 MB"));
        QCOMPARE(text(model, QStringLiteral("small.dat"), C::SizeColumn), QStringLiteral("1.5 kB"));
        // A pointer shows the size of the real file, not of the pointer.
        QCOMPARE(text(model, QStringLiteral("pytorch_model.bin"), C::SizeColumn),
                 QStringLiteral("3.0 GB"));

        QCOMPARE(role(model, QStringLiteral("big.dat"), RepoFileModel::LfsStateRole).toInt(),
                 int(L::NotTracked));
        QCOMPARE(text(model, QStringLiteral("big.dat"), C::LfsColumn),
                 QStringLiteral("not in LFS"));
        QVERIFY(role(model, QStringLiteral("big.dat"), RepoFileModel::FlagRole).toBool());
        QVERIFY(role(model, QStringLiteral("big.dat"), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("not tracked by LFS")));

        QCOMPARE(
            role(model, QStringLiteral("pytorch_model.bin"), RepoFileModel::LfsStateRole).toInt(),
            int(L::Pointer));
        QCOMPARE(text(model, QStringLiteral("pytorch_model.bin"), C::LfsColumn),
                 QStringLiteral("LFS pointer"));
        QVERIFY(
            !role(model, QStringLiteral("pytorch_model.bin"), RepoFileModel::FlagRole).toBool());
        QCOMPARE(text(model, QStringLiteral("pytorch_model.bin"), C::HubColumn),
                 QStringLiteral("PyTorch weights (tag: pytorch); not downloaded"));

        QCOMPARE(
            role(model, QStringLiteral("model.safetensors"), RepoFileModel::LfsStateRole).toInt(),
            int(L::Tracked));
        QCOMPARE(text(model, QStringLiteral("model.safetensors"), C::FormatColumn),
                 QStringLiteral("safetensors"));
        QCOMPARE(text(model, QStringLiteral("model.safetensors"), C::HubColumn),
                 QStringLiteral("safetensors weights (tag: safetensors)"));

        QCOMPARE(role(model, QStringLiteral("small.dat"), RepoFileModel::LfsStateRole).toInt(),
                 int(L::None));
        QVERIFY(!role(model, QStringLiteral("small.dat"), RepoFileModel::FlagRole).toBool());
        QCOMPARE(text(model, QStringLiteral("config.json"), C::HubColumn),
                 QStringLiteral("model config: BertForSequenceClassification"));
        QCOMPARE(text(model, QStringLiteral("README.md"), C::HubColumn),
                 QStringLiteral("the model card"));
        QCOMPARE(text(model, QStringLiteral(".gitattributes"), C::HubColumn),
                 QStringLiteral("LFS rules (2 pattern(s))"));
    }

    void sortRole_sortsSizesAsNumbers()
    {
        QTemporaryDir dir;
        sparse(dir.path(), QStringLiteral("a"), 900);
        sparse(dir.path(), QStringLiteral("b"), 2 * 1024 * 1024);
        RepoFileModel model;
        model.setScan(RepoScanner::scan(dir.path()));
        const QVariant a = model.index(rowOf(model, QStringLiteral("a")), RepoFileModel::SizeColumn)
                               .data(RepoFileModel::SortRole);
        const QVariant b = model.index(rowOf(model, QStringLiteral("b")), RepoFileModel::SizeColumn)
                               .data(RepoFileModel::SortRole);
        QCOMPARE(a.toLongLong(), 900);
        QCOMPARE(b.toLongLong(), 2 * 1024 * 1024);
    }

    void linkOutside_isFlaggedAndNotSized()
    {
        QTemporaryDir outside;
        write(outside.path(), QStringLiteral("secret.bin"), "s");
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("README.md"), "# m\n");
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.bin")),
                            dir.filePath(QStringLiteral("weights.bin"))));
        RepoFileModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScan(RepoScanner::scan(dir.path()));
        QVERIFY(role(model, QStringLiteral("weights.bin"), RepoFileModel::FlagRole).toBool());
        QCOMPARE(text(model, QStringLiteral("weights.bin"), RepoFileModel::SizeColumn), QString());
        QCOMPARE(text(model, QStringLiteral("weights.bin"), RepoFileModel::HubColumn),
                 QStringLiteral("link out of the repository: not followed"));
    }

    void setScan_again_resetsTheRows()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("README.md"), "# m\n");
        RepoFileModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScan(RepoScanner::scan(dir.path()));
        QCOMPARE(model.rowCount(), 1);
        model.setScan(RepoScan());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestRepoFileModel)
#include "tst_repofilemodel.moc"
