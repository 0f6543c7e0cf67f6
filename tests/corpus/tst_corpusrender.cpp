#include "cardfile.h"
#include "frontmatter.h"
#include "htmlblocks.h"
#include "jsonyaml.h"
#include "markdownrenderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Cardigan;
using namespace Qt::StringLiterals;

// Every real card renders, fast, and nothing active survives in the HTML.
class TestCorpusRender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyBody_rendersSafely();
    void everyHeaderAndEvalTable_rendersSafely();

private:
    static QString unsafeReason(const QString &html);
    QDir m_corpus{QStringLiteral(CARDIGAN_CORPUS_DIR)};
};

void TestCorpusRender::initTestCase()
{
    if (!m_corpus.exists(QStringLiteral("cards"))) {
        QSKIP(qPrintable(u"No corpus at %1 (expected ../shared/corpus beside the project; set "
                         u"CARDIGAN_CORPUS_DIR to point elsewhere)"_s.arg(m_corpus.path())));
    }
}

QString TestCorpusRender::unsafeReason(const QString &html)
{
    // Sanitized output escapes '<' and '>' outside tags, so "<[^<>]*" is always in a tag.
    static const QRegularExpression script(u"<script"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression handler(
        u"<[a-z0-9]+(\\s+[a-z-]+(=\"[^\"]*\")?)*\\s+on[a-z]+\\s*="_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jsUrl(u"<[^<>]*=\"\\s*(javascript|vbscript):"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpression *re : {&script, &handler, &jsUrl}) {
        const QRegularExpressionMatch m = re->match(html);
        if (m.hasMatch()) {
            return html.mid(m.capturedStart(), 120);
        }
    }
    return {};
}

void TestCorpusRender::everyBody_rendersSafely()
{
    int count = 0;
    int withMath = 0;
    qint64 totalNs = 0;
    qint64 slowestNs = 0;
    qsizetype totalBytes = 0;
    qsizetype totalBlocks = 0;
    QString slowest;
    for (const QString &folder : {u"cards"_s, u"bad"_s}) {
        const QDir dir(m_corpus.filePath(folder));
        for (const QString &name : dir.entryList({u"*.md"_s}, QDir::Files, QDir::Name)) {
            const QString path = dir.filePath(name);
            const CardFile::ReadResult read = CardFile::read(path);
            QVERIFY2(read.ok(), qPrintable(path + u": "_s + read.message));
            const FrontMatter fm = FrontMatter::find(read.text);
            const QString body = fm.found ? read.text.mid(fm.bodyStart) : read.text;
            const RenderOptions options{QUrl::fromLocalFile(dir.absolutePath() + u'/'), false};

            QElapsedTimer timer;
            timer.start();
            const QString html = MarkdownRenderer::renderBody(body, options);
            const qint64 ns = timer.nsecsElapsed();

            const QString reason = unsafeReason(html);
            QVERIFY2(reason.isEmpty(), qPrintable(path + u": "_s + reason));
            QVERIFY2(body.trimmed().isEmpty() || !html.isEmpty(), qPrintable(path));
            withMath += html.contains(u"class=\"math "_s);
            // The preview's blocks are the body, cut only between top-level elements.
            const QStringList blocks = HtmlBlocks::split(html);
            QVERIFY2(blocks.join(QString()) == html, qPrintable(path));
            for (qsizetype b = 1; b < blocks.size(); ++b) {
                QVERIFY2(blocks[b].startsWith(u'<'), qPrintable(path));
            }
            totalBlocks += blocks.size();
            totalNs += ns;
            totalBytes += body.size();
            if (ns > slowestNs) {
                slowestNs = ns;
                slowest = u"%1/%2 (%3 KB)"_s.arg(folder, name).arg(body.toUtf8().size() / 1024);
            }
            ++count;
        }
    }
    qInfo("%d bodies (%lld K characters, %d with math) rendered in %.1f ms; slowest %s: %.2f ms",
          count, qlonglong(totalBytes / 1024), withMath, double(totalNs) / 1e6, qPrintable(slowest),
          double(slowestNs) / 1e6);
    qInfo("%lld top-level blocks for the preview", qlonglong(totalBlocks));
    QVERIFY(count > 0);
    // The timing is printed, not asserted: speed targets live in the benchmarks.
}

void TestCorpusRender::everyHeaderAndEvalTable_rendersSafely()
{
    // The Hub's reading of each card's metadata, so this needs no YAML reader.
    const QDir references(m_corpus.filePath(u"reference-hub"_s));
    int count = 0;
    int tables = 0;
    for (const QString &name : references.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(references.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        const YamlValue metadata = Test::yamlFromJson(json.value(u"metadata"_s));
        const QString header = MarkdownRenderer::renderHeader(name.chopped(5), metadata);
        const QString eval = MarkdownRenderer::renderEvalResults(metadata);
        for (const QString &html : {header, eval}) {
            const QString reason = unsafeReason(html);
            QVERIFY2(reason.isEmpty(), qPrintable(name + u": "_s + reason));
        }
        tables += !eval.isEmpty();
        ++count;
    }
    qInfo("%d headers, %d eval tables", count, tables);
    QVERIFY(count > 0);
}

QTEST_GUILESS_MAIN(TestCorpusRender)
#include "tst_corpusrender.moc"
