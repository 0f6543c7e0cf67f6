#include "carddocument.h"
#include "cardfile.h"
#include "evaldetail.h"
#include "evalresultseditor.h"
#include "evalresultsmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

using namespace Cardigan;
using namespace Qt::StringLiterals;

// The eval results editor on every corpus card with a model-index: the tree shows every
// result, and a new metric value typed into the first editable number changes exactly
// that value's line; undo gives the card's bytes back.
class TestCorpusEvalResults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyModelIndex_showsAndEditsOneValue()
    {
        const QDir dir(QStringLiteral(CARDIGAN_CORPUS_DIR "/cards"));
        if (!dir.exists()) {
            QSKIP("The shared corpus is not there (CARDIGAN_CORPUS_DIR/cards)");
        }
        int cards = 0;
        int readOnly = 0;
        int edited = 0;
        QStringList refused;
        qint64 slowest = 0;
        QString slowestCard;
        QElapsedTimer timer;
        timer.start();
        for (const QString &name : dir.entryList({u"*.md"_s}, QDir::Files, QDir::Name)) {
            const CardFile::ReadResult file = CardFile::read(dir.filePath(name));
            if (!file.ok() || !file.text.contains(u"model-index"_s)) {
                continue;
            }
            CardDocument doc;
            doc.load(file.text, file.bom);
            const YamlValue meta = doc.metadata();
            const YamlValue *index = meta.isMapping() ? meta.find(u"model-index"_s) : nullptr;
            if (!index) {
                continue;
            }
            ++cards;
            QElapsedTimer open;
            open.start();
            EvalResultsEditor editor(&doc);
            if (open.elapsed() > slowest) {
                slowest = open.elapsed();
                slowestCard = name;
            }
            QAbstractItemModelTester tester(editor.model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            if (editor.isReadOnly()) {
                ++readOnly;
                continue;
            }
            const YamlValue *results =
                yamlValueAt(meta, *YamlPath::parse(u"model-index[0].results"_s));
            if (results && results->isSequence()) {
                QVERIFY2(editor.model()->rowCount() == int(results->items().size()),
                         qPrintable(name));
            }
            // The first metric whose value is a number and can be edited in place.
            QModelIndex target;
            for (int r = 0; r < editor.model()->rowCount() && !target.isValid(); ++r) {
                for (int k = 0; k < editor.model()->rowCount(editor.model()->resultIndex(r)); ++k) {
                    const QModelIndex m = editor.model()->metricIndex(r, k);
                    const YamlValue *v =
                        yamlValueAt(meta, editor.model()->path(m).child(
                                              {YamlPath::Segment::Kind::Key, u"value"_s, 0}));
                    if (m.data(EvalResultsModel::ProblemRole).toString().isEmpty() && v &&
                        v->type() == YamlValue::Type::Number) {
                        target = m;
                        break;
                    }
                }
            }
            if (!target.isValid()) {
                continue;
            }
            editor.view()->setCurrentIndex(target);
            QLineEdit *value = editor.metricDetail()->lineEdit(u"value"_s);
            QVERIFY(!value->isReadOnly());
            const QString newValue = value->text() == "12.5"_L1 ? u"12.75"_s : u"12.5"_s;
            value->setText(newValue);
            value->setModified(true);
            emit value->editingFinished();
            if (doc.text() == file.text) {
                refused << name + u": "_s + editor.metricDetail()->note()->text();
                continue;
            }
            ++edited;
            const QStringList before = file.text.split(u'\n');
            const QStringList after = doc.text().split(u'\n');
            QVERIFY2(before.size() == after.size(), qPrintable(name));
            int changed = 0;
            for (qsizetype i = 0; i < before.size(); ++i) {
                if (before.at(i) != after.at(i)) {
                    ++changed;
                    QVERIFY2(after.at(i).contains(newValue), qPrintable(name));
                }
            }
            QVERIFY2(changed == 1, qPrintable(name));
            doc.textDocument()->undo();
            QVERIFY2(doc.text() == file.text, qPrintable(name));
            QCOMPARE(editor.model()->data(target.siblingAtColumn(1)).toString().isEmpty(), false);
        }
        qInfo("%d cards with model-index: %d read-only, %d edited, %d refused, in %lld ms", cards,
              readOnly, edited, int(refused.size()), timer.elapsed());
        qInfo("slowest to show: %s, %lld ms", qPrintable(slowestCard), slowest);
        for (const QString &r : refused) {
            qInfo("refused: %s", qPrintable(r));
        }
        QVERIFY(cards > 300);
        QVERIFY(edited > 0);
        QCOMPARE(refused, QStringList());
    }
};

QTEST_MAIN(TestCorpusEvalResults)
#include "tst_corpusevalresults.moc"
