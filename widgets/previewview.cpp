#include "previewview.h"

#include "htmlblocks.h"
#include "logging.h"
#include "previewpage.h"

#include <QChildEvent>
#include <QColor>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPaintEvent>
#include <QPainter>
#include <QPointF>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>
#include <QWebEngineView>

#include <algorithm>
#include <utility>

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

// A JSON array of @p strings, as JavaScript source.
QString jsonArray(const QStringList &strings)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(strings)).toJson(QJsonDocument::Compact));
}

// A JSON string literal of @p text, as JavaScript source.
QString jsonString(const QString &text)
{
    const QString array = jsonArray({text});
    return array.mid(1, array.size() - 2);
}

} // namespace

PreviewView::PreviewView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Preview"));
    // Until the web view is made (create()), this widget paints the page's colour.
    setAttribute(Qt::WA_OpaquePaintEvent);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

void PreviewView::create()
{
    if (m_view) {
        return;
    }
    QElapsedTimer clock;
    clock.start();
    // No storage name: an off-the-record profile, nothing written to disk, never the
    // default profile other web views would share.
    m_profile = new QWebEngineProfile(this);
    m_policy = new PreviewUrlPolicy(this);
    m_policy->setCardFolder(m_folder);
    m_policy->setAllowRemoteImages(m_allowRemote);
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
    m_view->setAccessibleName(tr("Preview of the card"));
    // The page is shown (and takes the focus) in a widget WebEngine makes while the page
    // loads: it is named as it is polished, before it is shown (eventFilter).
    m_view->installEventFilter(this);
    layout()->addWidget(m_view);

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
    qCDebug(lcPreview) << "web engine view made in" << clock.elapsed() << "ms";
}

QWebEngineView *PreviewView::view()
{
    create();
    return m_view;
}

void PreviewView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_createAfterPaint = !m_view;
}

bool PreviewView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::ChildPolished) {
        auto *child = static_cast<QChildEvent *>(event)->child();
        if (child->isWidgetType()) {
            auto *content = static_cast<QWidget *>(child);
            if (content->accessibleName().isEmpty()) {
                content->setAccessibleName(m_view->accessibleName());
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PreviewView::paintEvent(QPaintEvent *event)
{
    QPainter(this).fillRect(event->rect(), pageBackground(m_dark));
    // The window paints itself and its children in one pass: made on the next turn of the
    // event loop, the web engine (a good part of a cold start) never delays the window's
    // first paint, and a preview hidden from the start costs nothing until it shows.
    if (std::exchange(m_createAfterPaint, false)) {
        QTimer::singleShot(0, this, &PreviewView::create);
    }
}

PreviewView::~PreviewView()
{
    // The page must go before its profile.
    delete m_view;
    delete m_page;
}

void PreviewView::loadPage()
{
    if (!m_page) {
        return; // loaded when the view is made
    }
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
    if (m_policy) {
        m_policy->setCardFolder(folder);
    }
    m_pending = true;
    loadPage();
}

void PreviewView::setAllowRemoteImages(bool allow)
{
    if (allow == m_allowRemote) {
        return;
    }
    m_allowRemote = allow;
    if (m_policy) {
        m_policy->setAllowRemoteImages(allow);
    }
    m_pending = true;
    loadPage();
}

void PreviewView::setDarkTheme(bool dark)
{
    if (dark == m_dark) {
        return;
    }
    m_dark = dark;
    if (m_page) {
        m_page->setBackgroundColor(pageBackground(dark));
    }
    update();
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
    if (m_content.blocks.isEmpty() && !m_content.body.isEmpty()) {
        m_content.blocks = HtmlBlocks::split(m_content.body);
    }
    m_pending = true;
    // A preview in a window not shown (used on its own, or headless) is made now; in a
    // shown window it is made after the first paint, or when it shows.
    if (!m_view && !window()->isVisible()) {
        create();
    }
    push();
}

void PreviewView::push()
{
    if (!m_ready || !m_pending) {
        return;
    }
    m_pending = false;
    QString call = QStringLiteral("cardigan.update({\"header\":") + jsonString(m_content.header) +
                   QStringLiteral(",\"eval\":") + jsonString(m_content.eval);
    const QStringList &blocks = m_content.blocks;
    if (!m_shownValid) {
        call += QStringLiteral(",\"body\":") + jsonArray(blocks);
    } else {
        // The blocks the page has kept at the start and at the end; the rest is replaced.
        const qsizetype common = std::min(m_shownBlocks.size(), blocks.size());
        qsizetype head = 0;
        while (head < common && m_shownBlocks[head] == blocks[head]) {
            ++head;
        }
        qsizetype tail = 0;
        while (tail < common - head &&
               m_shownBlocks[m_shownBlocks.size() - 1 - tail] == blocks[blocks.size() - 1 - tail]) {
            ++tail;
        }
        const qsizetype removed = m_shownBlocks.size() - head - tail;
        const qsizetype added = blocks.size() - head - tail;
        if (removed > 0 || added > 0) {
            call += QStringLiteral(",\"blocks\":{\"from\":%1,\"remove\":%2,\"html\":%3}")
                        .arg(head)
                        .arg(removed)
                        .arg(jsonArray(blocks.mid(head, added)));
        }
    }
    m_shownBlocks = blocks;
    m_shownValid = true;
    call += QStringLiteral("})");
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
