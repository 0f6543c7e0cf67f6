#pragma once

#include <QMutex>
#include <QStringList>
#include <QWebEnginePage>
#include <QWebEngineUrlRequestInterceptor>

namespace Cardigan {

/**
 * Decides what the preview may load: our page, KaTeX's files, files inside the card's
 * folder, and remote images only when the user allowed them. Runs on WebEngine's IO
 * thread, hence the mutex.
 */
class PreviewUrlPolicy : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit PreviewUrlPolicy(QObject *parent = nullptr);

    void setCardFolder(const QString &folder);
    void setAllowRemoteImages(bool allow);
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    /// The decision itself, for tests: @p roots are canonical folders files may come from.
    static bool allows(const QUrl &url, QWebEngineUrlRequestInfo::ResourceType type,
                       const QStringList &roots, bool allowRemoteImages);
    /// Where Debian's libjs-katex lives.
    static QString katexFolder();

private:
    QMutex m_mutex;
    QStringList m_roots;
    bool m_allowRemoteImages = false;
};

/// The preview's page: links open in the system browser, never inside the preview.
class PreviewPage : public QWebEnginePage
{
    Q_OBJECT

public:
    PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    /// Loads our page; the only navigation the preview ever accepts.
    void loadPage(const QString &html, const QUrl &baseUrl);

signals:
    void linkActivated(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    bool m_expectingLoad = false;
};

} // namespace Cardigan
