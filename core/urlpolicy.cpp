#include "urlpolicy.h"

#include <QRegularExpression>

namespace Cardigan {

using namespace Qt::StringLiterals;

namespace {

// What the URL parser of a browser does before anything else: strip leading and trailing
// C0 controls and spaces, remove tabs and newlines everywhere. Checking the scheme after
// this sees what the browser will see (`java\tscript:` is `javascript:`). Backslashes
// in the path become slashes as they do for the special schemes, so `\\host` is caught as `//host`.
QString browserClean(QStringView value)
{
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && value[begin].unicode() <= 0x20) {
        ++begin;
    }
    while (end > begin && value[end - 1].unicode() <= 0x20) {
        --end;
    }
    QString out;
    out.reserve(end - begin);
    bool inPath = true;
    for (qsizetype i = begin; i < end; ++i) {
        const QChar c = value[i];
        if (c == u'\t' || c == u'\n' || c == u'\r') {
            continue;
        }
        inPath = inPath && c != u'?' && c != u'#';
        out += c == u'\\' && inPath ? QChar(u'/') : c;
    }
    return out;
}

bool isRemote(const QString &scheme)
{
    return scheme == u"http"_s || scheme == u"https"_s;
}

// Raster types only: an SVG image cannot run script inside <img>, but it is not worth
// the doubt for a preview.
bool isSafeDataImage(const QString &url)
{
    static const QRegularExpression pattern(
        u"^data:image/(png|jpe?g|gif|webp|bmp|avif);base64,[A-Za-z0-9+/=\\s]*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(url).hasMatch();
}

UrlPolicy::Result keepOrBlock(const QString &url, const QString &scheme, UrlPolicy::Kind kind,
                              bool allowRemoteImages)
{
    if (kind == UrlPolicy::Kind::Image && isRemote(scheme) && !allowRemoteImages) {
        return {UrlPolicy::Verdict::Blocked, url};
    }
    return {UrlPolicy::Verdict::Keep, url};
}

} // namespace

QString UrlPolicy::scheme(QStringView url)
{
    if (url.isEmpty() ||
        !((url[0] >= u'a' && url[0] <= u'z') || (url[0] >= u'A' && url[0] <= u'Z'))) {
        return {};
    }
    for (qsizetype i = 1; i < url.size(); ++i) {
        const QChar c = url[i];
        if (c == u':') {
            return url.left(i).toString().toLower();
        }
        const bool schemeChar = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                                (c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.';
        if (!schemeChar) {
            return {};
        }
    }
    return {};
}

UrlPolicy::Result UrlPolicy::apply(QStringView value, Kind kind, const QUrl &base,
                                   bool allowRemoteImages)
{
    const QString url = browserClean(value);
    if (url.isEmpty()) {
        return {};
    }
    if (url.startsWith(u'#')) {
        if (kind == Kind::Image) {
            return {};
        }
        if (url.size() == 1 || QStringView(url).mid(1).startsWith(idPrefix)) {
            return {Verdict::Keep, url};
        }
        return {Verdict::Keep, u'#' + idPrefix.toString() + url.mid(1)};
    }

    const QString declared = scheme(url);
    if (!declared.isEmpty()) {
        if (isRemote(declared) || (kind == Kind::Link && declared == u"mailto"_s)) {
            return keepOrBlock(url, declared, kind, allowRemoteImages);
        }
        if (kind == Kind::Image && declared == u"data"_s && isSafeDataImage(url)) {
            return {Verdict::Keep, url};
        }
        // javascript:, vbscript:, data: links, file:, and every scheme nobody listed.
        return {};
    }

    if (url.startsWith(u"//"_s)) {
        // Protocol-relative: on the Hub that is https, never a file on this machine.
        return keepOrBlock(u"https:"_s + url, u"https"_s, kind, allowRemoteImages);
    }

    if (base.isEmpty()) {
        // A ':' before the first '/', '?' or '#' would make some parsers see a scheme.
        const qsizetype colon = url.indexOf(u':');
        if (colon >= 0) {
            static const QRegularExpression separators(u"[/?#]"_s);
            const qsizetype separator = url.indexOf(separators);
            if (separator < 0 || colon < separator) {
                return {};
            }
        }
        return {Verdict::Keep, url};
    }

    const QUrl relative(url, QUrl::TolerantMode);
    if (!relative.isValid()) {
        return {};
    }
    // `..` may climb out of the card's folder: the URL stays resolved and the preview's
    // URL interceptor, which owns that rule, refuses it.
    const QString resolved = base.resolved(relative).toString(QUrl::FullyEncoded);
    const QString resolvedScheme = scheme(resolved);
    if (resolvedScheme == u"file"_s) {
        return {Verdict::Keep, resolved};
    }
    if (isRemote(resolvedScheme)) {
        return keepOrBlock(resolved, resolvedScheme, kind, allowRemoteImages);
    }
    return {};
}

} // namespace Cardigan
