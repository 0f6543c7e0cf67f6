#pragma once

#include <QElapsedTimer>
#include <QString>
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
};

/**
 * The live preview: a page loaded once, whose parts are replaced in place (the scroll
 * position stays, nothing flickers), with math typeset by KaTeX. Card HTML never runs
 * script (JavaScript is off in the page's own world; our code and KaTeX run in the
 * application's world), loads nothing from the network unless remote images are
 * allowed, reads no file outside the card's folder, and has a profile of its own.
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

    QWebEngineView *view() const { return m_view; }
    bool isReady() const { return m_ready; }

signals:
    /// The page shows the latest content; @p mathCount elements were typeset.
    void contentShown(int mathCount);
    void linkActivated(const QUrl &url);
    /// The user scrolled the preview: @p fraction (0..1) of the page is above the view.
    void scrolledByUser(double fraction);

private:
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
    QElapsedTimer m_ownScroll; ///< since we last scrolled the page ourselves: not echoed back
    PreviewContent m_content;
    // What the page shows: a body the page already has is not sent again (a large card's
    // body is most of the work of an update). Not valid after the page is loaded anew.
    QString m_shownBody;
    bool m_shownValid = false;
};

} // namespace Cardigan
