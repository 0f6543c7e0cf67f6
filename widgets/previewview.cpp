#include "previewview.h"

#include "logging.h"
#include "previewpage.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointF>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>
#include <QWebEngineView>

#include <algorithm>

namespace Cardigan {

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString themeName(bool dark)
{
    return dark ? QStringLiteral("dark") : QStringLiteral("light");
}

// The page's colour before (and under) its content: no white flash in the dark theme.
QColor pageBackground(bool dark)
{
    return dark ? QColor(0x0b, 0x0f, 0x19) : QColor(Qt::white);
}

} // namespace

PreviewView::PreviewView(QWidget *parent)
    : QWidget(parent)
    // No storage name: an off-the-record profile, nothing written to disk, never the
    // default profile other web views would share.
    , m_profile(new QWebEngineProfile(this))
    , m_policy(new PreviewUrlPolicy(this))
{
    m_profile->setUrlRequestInterceptor(m_policy);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);

    m_page = new PreviewPage(m_profile, this);
    QWebEngineSettings *s = m_page->settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, true);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);

    // KaTeX and our update code run in the application's world, out of the card's reach.
    QWebEngineScript script;
    script.setName(QStringLiteral("cardigan"));
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setInjectionPoint(QWebEngineScript::DocumentCreation);
    script.setRunsOnSubFrames(false);
    script.setSourceCode(
        readText(PreviewUrlPolicy::katexFolder() + QStringLiteral("/katex.min.js")) + u'\n' +
        readText(QStringLiteral(":/preview/preview.js")));
    m_page->scripts().insert(script);

    m_page->setBackgroundColor(pageBackground(m_dark));
    m_view = new QWebEngineView(this);
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    setAccessibleName(tr("Preview"));
    m_view->setAccessibleName(tr("Preview of the card"));
    // The page is shown (and takes the focus) in a widget WebEngine makes when it loads.
    connect(m_page, &QWebEnginePage::loadFinished, this, [this] {
        if (QWidget *content = m_view->focusProxy()) {
            content->setAccessibleName(m_view->accessibleName());
        }
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_page, &PreviewPage::linkActivated, this, &PreviewView::linkActivated);
    // Scrolling the preview moves the source too; our own scrolls are not echoed back.
    connect(m_page, &QWebEnginePage::scrollPositionChanged, this, [this](const QPointF &pos) {
        if (m_ownScroll.isValid() && m_ownScroll.elapsed() < 300) {
            return;
        }
        const double range = m_page->contentsSize().height() - m_view->height();
        if (range > 0) {
            emit scrolledByUser(std::clamp(pos.y() / range, 0.0, 1.0));
        }
    });
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        m_ready = ok;
        if (!ok) {
            qCWarning(lcPreview) << "the preview page did not load";
        }
        applyTheme();
        push();
    });
    loadPage();
}

PreviewView::~PreviewView()
{
    // The page must go before its profile.
    delete m_view;
    delete m_page;
}

void PreviewView::loadPage()
{
    m_ready = false;
    m_shownValid = false;
    const QString remote = m_allowRemote ? QStringLiteral(" https: http:") : QString();
    const QString csp = QStringLiteral("default-src 'none'; img-src file: data:%1; "
                                       "style-src 'unsafe-inline' file:; font-src file: data:")
                            .arg(remote);
    QString html = readText(QStringLiteral(":/preview/page.html"));
    html.replace(QLatin1String("%CSP%"), csp);
    html.replace(QLatin1String("%KATEX_CSS%"), QUrl::fromLocalFile(PreviewUrlPolicy::katexFolder() +
                                                                   QStringLiteral("/katex.min.css"))
                                                   .toString());
    html.replace(QLatin1String("%STYLE%"), readText(QStringLiteral(":/preview/preview.css")));
    // The light and dark colours are the preview's own: `cardigan render` keeps preview.css.
    html.replace(QLatin1String("%THEME_STYLE%"), readText(QStringLiteral(":/preview/theme.css")));
    html.replace(QLatin1String("%THEME%"), themeName(m_dark));
    const QUrl base = m_folder.isEmpty()
                          ? QUrl(QStringLiteral("file:///nonexistent/"))
                          : QUrl::fromLocalFile(QDir(m_folder).absolutePath() + u'/');
    m_page->loadPage(html, base);
}

void PreviewView::setCardFolder(const QString &folder)
{
    if (folder == m_folder) {
        return;
    }
    m_folder = folder;
    m_policy->setCardFolder(folder);
    m_pending = true;
    loadPage();
}

void PreviewView::setAllowRemoteImages(bool allow)
{
    if (allow == m_allowRemote) {
        return;
    }
    m_allowRemote = allow;
    m_policy->setAllowRemoteImages(allow);
    m_pending = true;
    loadPage();
}

void PreviewView::setDarkTheme(bool dark)
{
    if (dark == m_dark) {
        return;
    }
    m_dark = dark;
    m_page->setBackgroundColor(pageBackground(dark));
    applyTheme();
}

void PreviewView::applyTheme()
{
    // A page still loading has the theme it was loaded with; it is told again once ready.
    if (m_ready) {
        m_page->runJavaScript(QStringLiteral("cardigan.setTheme(\"%1\")").arg(themeName(m_dark)),
                              QWebEngineScript::ApplicationWorld);
    }
}

void PreviewView::setContent(const PreviewContent &content)
{
    m_content = content;
    m_pending = true;
    push();
}

void PreviewView::push()
{
    if (!m_ready || !m_pending) {
        return;
    }
    m_pending = false;
    QJsonObject parts{{QStringLiteral("header"), m_content.header},
                      {QStringLiteral("eval"), m_content.eval}};
    if (!m_shownValid || m_content.body != m_shownBody) {
        parts.insert(QStringLiteral("body"), m_content.body);
        m_shownBody = m_content.body;
        m_shownValid = true;
    }
    const QString call =
        QStringLiteral("cardigan.update(%1)")
            .arg(QString::fromUtf8(QJsonDocument(parts).toJson(QJsonDocument::Compact)));
    m_page->runJavaScript(call, QWebEngineScript::ApplicationWorld,
                          [this](const QVariant &r) { emit contentShown(r.toInt()); });
}

void PreviewView::scrollToFraction(double fraction)
{
    if (m_ready) {
        m_ownScroll.start();
        m_page->runJavaScript(QStringLiteral("cardigan.scrollToFraction(%1)").arg(fraction),
                              QWebEngineScript::ApplicationWorld);
    }
}

} // namespace Cardigan
