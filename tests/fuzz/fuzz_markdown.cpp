// Fuzz target: the preview's HTML path. Random bytes as a card body through md4c and the
// allow-list sanitizer, and as raw HTML straight into the sanitizer, plus the header and
// eval-results table from whatever metadata the bytes hold. Nothing may crash or hang,
// and no active content may come out.

#include "fuzzcheck.h"
#include "htmlsanitizer.h"
#include "markdownrenderer.h"

#include <QUrl>

using namespace Cardigan;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::initApplication();
    return 0;
}

namespace {

void checkSafe(const QString &html)
{
    static const char *const forbidden[] = {"<script", "<iframe", "<object", "<embed", "<style",
                                            "<form",   "<meta",   "<base",   "<link"};
    for (const char *tag : forbidden) {
        if (html.contains(QLatin1String(tag), Qt::CaseInsensitive)) {
            Fuzz::fail(
                QStringLiteral("the sanitized HTML holds %1:\n%2").arg(QLatin1String(tag), html));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const bool remote = data[0] & 1;
    const bool base = data[0] & 2;
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    RenderOptions options;
    options.allowRemoteImages = remote;
    if (base) {
        options.baseUrl = QUrl(QStringLiteral("file:///cards/model/"));
    }
    checkSafe(MarkdownRenderer::renderBody(text, options));
    checkSafe(HtmlSanitizer::sanitize(text, {options.baseUrl, remote}));

    const FrontMatter fm = FrontMatter::find(text);
    if (fm.found) {
        const YamlReadResult r = YamlReader::read(fm.yaml(text));
        if (r.ok) {
            const YamlValue meta = r.tree.value();
            MarkdownRenderer::renderHeader(QStringLiteral("org/model"), meta);
            MarkdownRenderer::renderEvalResults(meta);
        }
    }
    return 0;
}
