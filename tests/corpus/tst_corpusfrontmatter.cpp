#include "cardfile.h"
#include "frontmatter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Cardigan;
using namespace Qt::StringLiterals;

// FrontMatter::find must find a block exactly where the Hub does (reference-hub/*.json).
class TestCorpusFrontMatter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCard_agreesWithHub();

private:
    QDir m_corpus{QStringLiteral(CARDIGAN_CORPUS_DIR)};
};

void TestCorpusFrontMatter::initTestCase()
{
    if (!m_corpus.exists(QStringLiteral("reference-hub"))) {
        QSKIP(qPrintable(u"No corpus at %1 (expected ../shared/corpus beside the project; set "
                         u"CARDIGAN_CORPUS_DIR to point elsewhere)"_s.arg(m_corpus.path())));
    }
}

void TestCorpusFrontMatter::everyCard_agreesWithHub()
{
    const QDir references(m_corpus.filePath(QStringLiteral("reference-hub")));
    int count = 0;
    int withBlock = 0;
    for (const QString &name : references.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile reference(references.filePath(name));
        QVERIFY(reference.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(reference.readAll(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(reference.fileName()));
        QVERIFY2(json.contains(u"block"_s), qPrintable(reference.fileName()));

        const QString card = name.chopped(5) + u".md"_s;
        QString file = m_corpus.filePath(u"cards/"_s + card);
        if (!QFile::exists(file)) {
            file = m_corpus.filePath(u"bad/"_s + card);
        }
        const CardFile::ReadResult read = CardFile::read(file);
        QVERIFY2(read.ok(), qPrintable(read.message));
        // The Hub reads the file as JavaScript does, keeping a BOM as U+FEFF (\s skips it).
        const QString text = read.bom ? QChar(0xFEFF) + read.text : read.text;

        const bool expected = json.value(u"block"_s).toBool();
        QVERIFY2(FrontMatter::find(text).found == expected,
                 qPrintable(
                     u"%1: the Hub %2 a block"_s.arg(file, expected ? u"finds"_s : u"finds no"_s)));
        withBlock += expected;
        ++count;
    }
    qInfo("%d corpus cards agree with the Hub on the front matter (%d with a block, %d without)",
          count, withBlock, count - withBlock);
    QVERIFY(count > 0);
}

QTEST_GUILESS_MAIN(TestCorpusFrontMatter)
#include "tst_corpusfrontmatter.moc"
