#include "cardfile.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTest>

using namespace Cardigan;
using namespace Qt::StringLiterals;

// Every real card must come back byte-identical through CardFile.
class TestCorpusFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCard_roundTripsBytes();

private:
    QDir m_corpus{QStringLiteral(CARDIGAN_CORPUS_DIR)};
};

void TestCorpusFile::initTestCase()
{
    if (!m_corpus.exists(QStringLiteral("cards"))) {
        QSKIP(qPrintable(u"No corpus at %1 (expected ../shared/corpus beside the project; set "
                         u"CARDIGAN_CORPUS_DIR to point elsewhere)"_s.arg(m_corpus.path())));
    }
}

void TestCorpusFile::everyCard_roundTripsBytes()
{
    // MANIFEST.tsv says which cards start with a BOM: an independent check of the flag.
    QHash<QString, bool> manifestBom;
    QFile manifest(m_corpus.filePath(QStringLiteral("MANIFEST.tsv")));
    if (manifest.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> header = manifest.readLine().trimmed().split('\t');
        const qsizetype bomColumn = header.indexOf("has_bom");
        while (bomColumn >= 0 && !manifest.atEnd()) {
            const QList<QByteArray> fields = manifest.readLine().split('\t');
            if (fields.size() > bomColumn) {
                manifestBom.insert(QString::fromUtf8(fields.at(0)), fields.at(bomColumn) == "yes");
            }
        }
    }

    int count = 0;
    int withBom = 0;
    for (const QString &folder : {u"cards"_s, u"bad"_s}) {
        const QDir dir(m_corpus.filePath(folder));
        for (const QString &name : dir.entryList({u"*.md"_s}, QDir::Files, QDir::Name)) {
            const QString file = dir.filePath(name);
            QFile raw(file);
            QVERIFY2(raw.open(QIODevice::ReadOnly), qPrintable(file));
            const QByteArray bytes = raw.readAll();

            const CardFile::ReadResult result = CardFile::read(file);
            QVERIFY2(result.ok(), qPrintable(result.message));
            QVERIFY2(CardFile::encode(result.text, result.bom) == bytes, qPrintable(file));
            const QString key = folder + u'/' + name;
            if (manifestBom.contains(key)) {
                QVERIFY2(manifestBom.value(key) == result.bom, qPrintable(file));
            }
            withBom += result.bom;
            ++count;
        }
    }
    qInfo("%d corpus cards decode and re-encode byte-identical (%d with a BOM, %lld checked "
          "against MANIFEST.tsv)",
          count, withBom, qlonglong(manifestBom.size()));
    QVERIFY(count > 0);
}

QTEST_GUILESS_MAIN(TestCorpusFile)
#include "tst_corpusfile.moc"
