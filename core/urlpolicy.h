#pragma once

#include <QString>
#include <QUrl>

namespace Cardigan {

/**
 * What a URL written in a card becomes in the preview. Card text is untrusted: only
 * http(s) and mailto links, http(s) and a few data: image types survive; relative URLs
 * resolve against the card's folder; remote images stay blocked unless allowed.
 */
class UrlPolicy
{
public:
    enum class Kind { Link, Image };
    enum class Verdict {
        Keep,    ///< use url
        Drop,    ///< leave the attribute out
        Blocked, ///< a remote image the user has not allowed: url is where it points
    };
    struct Result
    {
        Verdict verdict = Verdict::Drop;
        QString url;
    };

    /// Prefix for fragment links and element ids, so a card's ids cannot clash with the
    /// page's own (as GitHub does).
    static constexpr QStringView idPrefix = u"user-content-";

    /**
     * @p value is an attribute value with its character references already decoded.
     * @p base is the card's folder (file: URL with a trailing slash) or empty, in which case
     * relative URLs stay relative.
     */
    static Result apply(QStringView value, Kind kind, const QUrl &base, bool allowRemoteImages);

    /// The scheme of @p url as a browser would find it (lowercase), or empty when relative.
    static QString scheme(QStringView url);
};

} // namespace Cardigan
