#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QWidget>

class QWebEngineProfile;
class QWebEngineView;

namespace Cardigan {

class PreviewPage;
class PreviewUrlPolicy;

/// The three parts of a rendered card.
struct PreviewContent
{
    QString header;
    QString body;
    QString eval;
    /// The body's top-level blocks (HtmlBlocks::split), made with it off the GUI thread
    /// (PreviewScheduler); empty: PreviewView splits the body itself. The page is sent only
    /// the blocks that changed: for a large card, sending the whole body costs the GUI
    /// thread more than a key press may wait.
    QStringList blocks;
};

/**
 * The live preview: a page loaded once, whose parts are replaced in place (the scroll
 * position stays, nothing flickers), with math typeset by KaTeX. Card HTML never runs
 * script (JavaScript is off in the page's own world; our code and KaTeX run in the
 * application's world), loads nothing from the network unless remote images are
 * allowed, reads no file outside the card's folder, and has a profile of its own.
 * The web engine is made only once the preview has been painted (or its content is asked
 * for): the window's first paint does not wait for it.
 */
class PreviewView : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    /// The folder relative images come from (empty for an untitled card).
    void setCardFolder(const QString &folder);
    void setAllowRemoteImages(bool allow);
    bool allowRemoteImages() const { return m_allowRemote; }
    void setContent(const PreviewContent &content);
    /// Dark or light page colours (the application's theme); switched without a reload.
    void setDarkTheme(bool dark);
    bool darkTheme() const { return m_dark; }
    /// Scrolls so that @p fraction (0..1) of the page is above the view.
    void scrollToFraction(double fraction);

    /// The web view, made now if it was not yet.
    QWebEngineView *view();
    /// The web view exists and its page has loaded.
    bool isReady() const { return m_ready; }
    /// A page's size (the web view, made later, would say the same): a preview shown on
    /// its own is painted, and so made.
    QSize sizeHint() const override { return {640, 480}; }

signals:
    /// The page shows the latest content; @p mathCount elements were typeset.
    void contentShown(int mathCount);
    void linkActivated(const QUrl &url);
    /// The user scrolled the preview: @p fraction (0..1) of the page is above the view.
    void scrolledByUser(double fraction);

protected:
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Makes the web engine's profile, page and view (the first one in the process starts
    /// the web engine: a few hundred milliseconds) and loads the page.
    void create();
    void loadPage();
    void push();
    void applyTheme();

    QWebEngineProfile *m_profile = nullptr;
    PreviewUrlPolicy *m_policy = nullptr;
    PreviewPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    QString m_folder;
    bool m_allowRemote = false;
    bool m_dark = false;
    bool m_ready = false;
    bool m_pending = false;
    bool m_createAfterPaint = false;
    QElapsedTimer m_ownScroll; ///< since we last scrolled the page ourselves: not echoed back
    PreviewContent m_content;
    // The body blocks the page shows: only those that changed are sent again (a large
    // card's body is most of the work of an update). Not valid after the page is loaded anew.
    QStringList m_shownBlocks;
    bool m_shownValid = false;
};

} // namespace Cardigan
