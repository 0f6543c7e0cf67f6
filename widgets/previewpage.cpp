#include "previewpage.h"

#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>

namespace Cardigan {

PreviewUrlPolicy::PreviewUrlPolicy(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
    setCardFolder(QString());
}

QString PreviewUrlPolicy::katexFolder()
{
    return QStringLiteral("/usr/share/javascript/katex");
}

void PreviewUrlPolicy::setCardFolder(const QString &folder)
{
    QStringList roots;
    for (const QString &dir : {katexFolder(), katexFolder() + QStringLiteral("/fonts"), folder}) {
        const QString canonical = dir.isEmpty() ? QString() : QFileInfo(dir).canonicalFilePath();
        if (!canonical.isEmpty()) {
            roots << canonical;
        }
    }
    QMutexLocker lock(&m_mutex);
    m_roots = roots;
}

void PreviewUrlPolicy::setAllowRemoteImages(bool allow)
{
    QMutexLocker lock(&m_mutex);
    m_allowRemoteImages = allow;
}

bool PreviewUrlPolicy::allows(const QUrl &url, QWebEngineUrlRequestInfo::ResourceType type,
                              const QStringList &roots, bool allowRemoteImages)
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("qrc") || scheme == QLatin1String("data")) {
        return true;
    }
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        return allowRemoteImages && type == QWebEngineUrlRequestInfo::ResourceTypeImage;
    }
    if (scheme != QLatin1String("file")) {
        return false;
    }
    // Links and ".." tricks resolve before the check: only files really inside a root.
    const QString path = QFileInfo(url.toLocalFile()).canonicalFilePath();
    if (path.isEmpty()) {
        return false;
    }
    for (const QString &root : roots) {
        if (path == root || path.startsWith(root + u'/')) {
            return true;
        }
    }
    return false;
}

void PreviewUrlPolicy::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    QStringList roots;
    bool remote = false;
    {
        QMutexLocker lock(&m_mutex);
        roots = m_roots;
        remote = m_allowRemoteImages;
    }
    // The page itself is set from memory; everything it asks for is checked.
    if (info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeMainFrame &&
        info.navigationType() != QWebEngineUrlRequestInfo::NavigationTypeLink) {
        return;
    }
    if (!allows(info.requestUrl(), info.resourceType(), roots, remote)) {
        qCDebug(lcPreview) << "blocked" << info.requestUrl();
        info.block(true);
    }
}

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{}

void PreviewPage::loadPage(const QString &html, const QUrl &baseUrl)
{
    m_expectingLoad = true;
    setHtml(html, baseUrl);
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (type == NavigationTypeLinkClicked) {
        emit linkActivated(url);
        return false;
    }
    // Only our own page loads; the card cannot navigate the preview anywhere else.
    if (isMainFrame && m_expectingLoad) {
        m_expectingLoad = false;
        return true;
    }
    qCDebug(lcPreview) << "refused navigation to" << url;
    return false;
}

QWebEnginePage *PreviewPage::createWindow(WebWindowType)
{
    return nullptr;
}

} // namespace Cardigan
