#include "rendercommand.h"

#include "carddocument.h"
#include "cardfile.h"
#include "cli.h"
#include "htmlescape.h"
#include "markdownrenderer.h"
#include "tr.h"
#include "widgetexamples.h"
#include "widgethtml.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QRegularExpression>
#include <QSaveFile>

namespace Cardigan {

namespace {

void print(QIODevice &dev, const QString &line)
{
    dev.write(line.toUtf8());
    dev.write("\n");
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// KaTeX's stylesheet with its fonts as data: URLs (WOFF2 only: every engine that runs
// KaTeX reads it, and it is the smallest).
QString inlinedKatexCss(const QString &folder)
{
    QString css = readText(folder + QStringLiteral("/katex.min.css"));
    static const QRegularExpression font(QStringLiteral(
        R"(url\(fonts/([A-Za-z0-9_-]+)\.woff2\) format\('woff2'\)(,url\([^)]*\) format\('[a-z]+'\))*)"));
    QString out;
    qsizetype last = 0;
    for (auto it = font.globalMatch(css); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QFile f(folder + QStringLiteral("/fonts/") + m.captured(1) + QStringLiteral(".woff2"));
        out += QStringView(css).mid(last, m.capturedStart() - last);
        if (f.open(QIODevice::ReadOnly)) {
            out += QStringLiteral("url(data:font/woff2;base64,%1) format('woff2')")
                       .arg(QString::fromLatin1(f.readAll().toBase64()));
        }
        last = m.capturedEnd();
    }
    out += QStringView(css).mid(last);
    // Any font left pointing at a file would be a request the page must not make.
    static const QRegularExpression rest(
        QStringLiteral(R"(url\(fonts/[^)]*\)( format\('[a-z0-9]+'\))?,?)"));
    out.replace(rest, QString());
    return out;
}

// Typesets the math the renderer marked (as the preview does), once, at load.
const char typesetScript[] = R"JS(
(function () {
    var nodes = document.querySelectorAll("#card .math");
    for (var i = 0; i < nodes.length; ++i) {
        var el = nodes[i];
        var display = el.classList.contains("math-display");
        var tex = el.textContent;
        if (display && tex.startsWith("$$") && tex.endsWith("$$")) {
            tex = tex.slice(2, -2);
        } else if (tex.startsWith("\\\\(") && tex.endsWith("\\\\)")) {
            tex = tex.slice(3, -3);
        } else if (tex.startsWith("\\(") && tex.endsWith("\\)")) {
            tex = tex.slice(2, -2);
        }
        try {
            katex.render(tex, el, { displayMode: display, throwOnError: false });
        } catch (e) {
            el.classList.add("math-error");
        }
    }
})();
)JS";

} // namespace

QString RenderCommand::katexFolder()
{
    const QString env = qEnvironmentVariable("CARDIGAN_KATEX_DIR");
    return env.isEmpty() ? QStringLiteral("/usr/share/javascript/katex") : env;
}

QString RenderCommand::page(const CardDocument &doc, const QString &folder, const QString &repoName,
                            QStringList *warnings)
{
    QStringList notes;
    if (doc.hasYamlError()) {
        const CardDocument::Location at = doc.yamlErrorLocation();
        notes << Tr::tr("YAML error at line %1, column %2: %3; the page has no metadata")
                     .arg(at.line)
                     .arg(at.column)
                     .arg(doc.yaml().error.reason);
    }
    const YamlValue metadata = doc.metadata();
    const FrontMatter fm = doc.frontMatter();
    const QString body = fm.found ? doc.text().mid(fm.bodyStart) : doc.text();
    RenderOptions options; // relative links stay relative: the page sits beside the card
    options.allowRemoteImages = false;
    const QString header = MarkdownRenderer::renderHeader(repoName, metadata);
    const QString card = MarkdownRenderer::renderBody(body, options);
    const QString eval = MarkdownRenderer::renderEvalResults(metadata);
    const QString widget = WidgetHtml::render(WidgetExamples::build(metadata), folder);

    const QString katexDir = katexFolder();
    const QString katexJs = readText(katexDir + QStringLiteral("/katex.min.js"));
    QString script;
    QString katexCss;
    if (katexJs.isEmpty() || katexJs.contains(QLatin1String("</script"), Qt::CaseInsensitive)) {
        notes << Tr::tr("KaTeX not found in %1 (Debian package libjs-katex): math is left as "
                        "TeX")
                     .arg(katexDir);
    } else {
        script = katexJs + u'\n' + QString::fromUtf8(typesetScript);
        katexCss = inlinedKatexCss(katexDir);
    }
    // Our one script, allowed by its hash; nothing else may run, load or connect.
    QString scriptSrc = QStringLiteral("'none'");
    if (!script.isEmpty()) {
        scriptSrc = QStringLiteral("'sha256-%1'")
                        .arg(QString::fromLatin1(
                            QCryptographicHash::hash(script.toUtf8(), QCryptographicHash::Sha256)
                                .toBase64()));
    }
    const QString csp = QStringLiteral("default-src 'none'; img-src 'self' data: file:; "
                                       "media-src data:; style-src 'unsafe-inline'; "
                                       "font-src data:; script-src %1")
                            .arg(scriptSrc);
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">\n"
                           "<meta name=\"generator\" content=\"cardigan render\">\n"
                           "<title>%2</title>\n")
                .arg(csp, Html::escape(repoName));
    html += QStringLiteral("<style>%1</style>\n<style>%2\n%3</style>\n</head>\n<body>\n")
                .arg(katexCss, readText(QStringLiteral(":/preview/preview.css")),
                     readText(QStringLiteral(":/render/render.css")));
    html += QStringLiteral("<header id=\"header\">%1</header>\n").arg(header);
    html += QStringLiteral("<div class=\"page\">\n<main id=\"card\" class=\"markdown\">%1</main>\n"
                           "<aside class=\"page-side\">%2\n<section id=\"eval\">%3</section>"
                           "</aside>\n</div>\n")
                .arg(card, widget, eval);
    if (!script.isEmpty()) {
        html += QStringLiteral("<script>%1</script>\n").arg(script);
    }
    html += QStringLiteral("</body>\n</html>\n");
    if (warnings) {
        *warnings = notes;
    }
    return html;
}

int RenderCommand::run(const QStringList &args, QIODevice &out, QIODevice &err)
{
    QString file;
    QString output;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
            if (i + 1 >= args.size()) {
                print(err, Tr::tr("cardigan: %1 needs a file name").arg(a));
                print(err, Cli::usage());
                return Cli::UsageOrIo;
            }
            output = args[++i];
        } else if (a.startsWith(u'-') && a != QLatin1String("-")) {
            print(err, Tr::tr("cardigan: unknown option %1").arg(a));
            print(err, Cli::usage());
            return Cli::UsageOrIo;
        } else if (file.isEmpty()) {
            file = a;
        } else {
            print(err, Cli::usage());
            return Cli::UsageOrIo;
        }
    }
    if (file.isEmpty()) {
        print(err, Cli::usage());
        return Cli::UsageOrIo;
    }
    QFileInfo info(file);
    if (info.isDir()) {
        info = QFileInfo(QDir(file).filePath(QStringLiteral("README.md")));
    }
    const CardFile::ReadResult r = CardFile::read(info.filePath());
    if (!r.ok()) {
        print(err, QStringLiteral("cardigan: ") + r.message);
        return Cli::UsageOrIo;
    }
    CardDocument doc;
    doc.load(r.text, r.bom);
    const QString folder = info.absolutePath();
    QStringList warnings;
    const QString html = page(doc, folder, QFileInfo(folder).fileName(), &warnings);
    for (const QString &w : warnings) {
        print(err, QStringLiteral("cardigan: %1: %2").arg(info.filePath(), w));
    }
    if (output.isEmpty() || output == QLatin1String("-")) {
        out.write(html.toUtf8());
        return Cli::Done;
    }
    QSaveFile save(output);
    if (!save.open(QIODevice::WriteOnly) || save.write(html.toUtf8()) < 0 || !save.commit()) {
        print(err, Tr::tr("cardigan: %1: cannot write: %2").arg(output, save.errorString()));
        return Cli::UsageOrIo;
    }
    return Cli::Done;
}

} // namespace Cardigan
