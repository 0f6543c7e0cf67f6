#include "cli.h"
#include "clirun.h"
#include "rendercommand.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Cardigan;

namespace {

const char card[] = "---\n"
                    "license: mit\n"
                    "pipeline_tag: text-classification\n"
                    "widget:\n"
                    "- text: I loved it\n"
                    "  example_title: Happy\n"
                    "  output:\n"
                    "  - {label: POSITIVE, score: 0.8}\n"
                    "  - {label: NEGATIVE, score: 0.2}\n"
                    "- text: Not sure\n"
                    "model-index:\n"
                    "- name: my-model\n"
                    "  results:\n"
                    "  - task: {type: text-classification}\n"
                    "    dataset: {name: Reviews, type: reviews}\n"
                    "    metrics:\n"
                    "    - {type: accuracy, value: 0.91}\n"
                    "---\n"
                    "# My model\n\n"
                    "Energy: $$E = mc^2$$\n\n"
                    "<script>alert('card')</script>\n"
                    "<img src=\"x.png\" onerror=\"alert(2)\">\n"
                    "<a href=\"javascript:alert(3)\">link</a>\n"
                    "![remote](https://example.com/tracker.png)\n";

QString write(const QString &folder, const QByteArray &text)
{
    const QString path = QDir(folder).filePath(QStringLiteral("README.md"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(text);
    return path;
}

} // namespace

class TestRenderCommand : public QObject
{
    Q_OBJECT

private slots:
    void render_writesAllSections()
    {
        QTemporaryDir dir;
        const QString path = write(dir.path(), card);
        const QString out = dir.filePath(QStringLiteral("page.html"));
        const CliRun r = runCli({QStringLiteral("render"), path, QStringLiteral("-o"), out});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.isEmpty());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        qInfo() << "page size" << html.size() << "characters";
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1String("class=\"card-header\"")));
        QVERIFY(html.contains(QLatin1String("card-chip-license")));
        QVERIFY(html.contains(QLatin1String("<h1")));
        QVERIFY(html.contains(QLatin1String("My model")));
        QVERIFY(html.contains(QLatin1String("class=\"eval-results\"")));
        QVERIFY(html.contains(QLatin1String("0.91")));
        // The widget: header, both examples, the bars of the first, pending for the second.
        QVERIFY(html.contains(QLatin1String("<section class=\"widget\">")));
        QVERIFY(html.contains(QLatin1String("<span class=\"widget-task\">text-classification")));
        QVERIFY(html.contains(QLatin1String(">Happy</h3>")));
        QVERIFY(html.contains(QLatin1String(">Example 2</h3>")));
        QVERIFY(html.contains(QLatin1String("style=\"width: 80%\"></div><span "
                                            "class=\"widget-label\">POSITIVE</span><span "
                                            "class=\"widget-score\">0.800</span>")));
        QVERIFY(html.contains(QLatin1String("style=\"width: 20%\"></div><span "
                                            "class=\"widget-label\">NEGATIVE</span>")));
        QVERIFY(html.indexOf(QLatin1String("POSITIVE")) < html.indexOf(QLatin1String("NEGATIVE")));
        QCOMPARE(html.count(QLatin1String("class=\"widget-pending\"")), 1);
    }

    void render_stripsCardScriptAndIsOffline()
    {
        QTemporaryDir dir;
        const CliRun r = runCli({QStringLiteral("render"), write(dir.path(), card)});
        QCOMPARE(r.code, 0);
        const QString html = QString::fromUtf8(r.out);
        QVERIFY(!html.contains(QLatin1String("alert('card')")));
        QVERIFY(!html.contains(QLatin1String("onerror")));
        QVERIFY(!html.contains(QLatin1String("javascript:")));
        // One script element at most: ours (KaTeX and the typesetting), pinned by its hash.
        QVERIFY(html.count(QLatin1String("<script")) <= 1);
        QVERIFY(html.contains(QLatin1String("default-src 'none'")));
        // No network: nothing is loaded from http(s); the remote image is blocked.
        static const QRegularExpression remote(QStringLiteral("(src|href)=[\"']?https?:"),
                                               QRegularExpression::CaseInsensitiveOption);
        const QString withoutLinks =
            QString(html).remove(QRegularExpression(QStringLiteral("<a [^>]*>")));
        QVERIFY2(!withoutLinks.contains(remote), "a remote resource would be fetched");
        QVERIFY(!html.contains(QLatin1String("url(http")));
        QVERIFY(!html.contains(QLatin1String("url(fonts/")));
        QVERIFY(html.contains(QLatin1String("blocked-remote")));
    }

    void render_inlinesKatex()
    {
        if (!QFile::exists(RenderCommand::katexFolder() + QStringLiteral("/katex.min.js"))) {
            QSKIP("libjs-katex is not installed: the page would keep math as TeX");
        }
        QTemporaryDir dir;
        const CliRun r = runCli({QStringLiteral("render"), write(dir.path(), card)});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QString html = QString::fromUtf8(r.out);
        QCOMPARE(html.count(QLatin1String("<script>")), 1);
        QVERIFY(html.contains(QLatin1String("katex.render(")));
        QVERIFY(html.contains(QLatin1String("math-display")));
        QVERIFY(html.contains(QLatin1String("E = mc^2")));
        QVERIFY(html.contains(QLatin1String("url(data:font/woff2;base64,")));
        QVERIFY(html.contains(QLatin1String("font-family:KaTeX_Main")));
        // The content-security policy allows exactly our script, by its hash.
        const qsizetype start = html.indexOf(QLatin1String("<script>")) + 8;
        const qsizetype end = html.indexOf(QLatin1String("</script>"), start);
        const QByteArray hash = QCryptographicHash::hash(html.mid(start, end - start).toUtf8(),
                                                         QCryptographicHash::Sha256)
                                    .toBase64();
        QVERIFY(html.contains(QStringLiteral("script-src 'sha256-%1'").arg(QLatin1String(hash))));
    }

    void render_withoutKatex_warnsAndKeepsTex()
    {
        QTemporaryDir dir;
        qputenv("CARDIGAN_KATEX_DIR", dir.filePath(QStringLiteral("none")).toUtf8());
        const CliRun r = runCli({QStringLiteral("render"), write(dir.path(), card)});
        qunsetenv("CARDIGAN_KATEX_DIR");
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains("KaTeX not found"));
        const QString html = QString::fromUtf8(r.out);
        QCOMPARE(html.count(QLatin1String("<script")), 0);
        QVERIFY(html.contains(QLatin1String("script-src 'none'")));
        QVERIFY(html.contains(QLatin1String("E = mc^2")));
    }

    void render_embedsRepositoryImages()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("images"));
        QImage image(4, 4, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(dir.filePath(QStringLiteral("images/cat.png"))));
        write(dir.path(), "---\npipeline_tag: image-classification\nwidget:\n"
                          "- src: images/cat.png\n  output: [{label: cat, score: 1}]\n"
                          "- src: https://example.com/dog.png\n"
                          "- src: ../outside.png\n---\n");
        const CliRun r = runCli({QStringLiteral("render"), dir.path()}); // a folder works too
        QCOMPARE(r.code, 0);
        const QString html = QString::fromUtf8(r.out);
        QCOMPARE(
            html.count(QLatin1String("<img class=\"widget-image\" src=\"data:image/png;base64,")),
            1);
        QVERIFY(html.contains(QLatin1String("https://example.com/dog.png (not embedded")));
        QVERIFY(html.contains(QLatin1String("../outside.png (not embedded")));
    }

    void render_badUsageAndIo()
    {
        QCOMPARE(runCli({QStringLiteral("render")}).code, int(Cli::UsageOrIo));
        QCOMPARE(
            runCli({QStringLiteral("render"), QStringLiteral("--bogus"), QStringLiteral("x")}).code,
            int(Cli::UsageOrIo));
        const CliRun missing =
            runCli({QStringLiteral("render"), QStringLiteral("/nonexistent/README.md")});
        QCOMPARE(missing.code, int(Cli::UsageOrIo));
        QVERIFY(!missing.err.isEmpty());
        QTemporaryDir dir;
        const QString path = write(dir.path(), card);
        const CliRun noOut = runCli({QStringLiteral("render"), path, QStringLiteral("-o")});
        QCOMPARE(noOut.code, int(Cli::UsageOrIo));
        const CliRun unwritable = runCli({QStringLiteral("render"), path, QStringLiteral("-o"),
                                          QStringLiteral("/nonexistent/dir/page.html")});
        QCOMPARE(unwritable.code, int(Cli::UsageOrIo));
        QVERIFY(unwritable.err.contains("cannot write"));
    }

    void render_yamlError_stillRendersTheBody()
    {
        QTemporaryDir dir;
        const CliRun r = runCli({QStringLiteral("render"),
                                 write(dir.path(), "---\nlicense: [mit\n---\n# Body here\n")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains("YAML error"));
        QVERIFY(r.out.contains("Body here"));
    }
};

QTEST_GUILESS_MAIN(TestRenderCommand)
#include "tst_rendercommand.moc"
