#pragma once

#include "previewview.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace Cardigan {

class CardDocument;

/**
 * Turns the card into preview HTML without getting in the way of typing: changes are
 * coalesced (a short pause, and at most a longer wait while typing goes on), rendering
 * runs on a worker thread, and only the latest text is ever shown.
 */
class PreviewScheduler : public QObject
{
    Q_OBJECT

public:
    PreviewScheduler(CardDocument *document, QObject *parent = nullptr);

    void setCardFolder(const QString &folder);
    void setRepoName(const QString &name);
    void setAllowRemoteImages(bool allow);
    /// Renders now (after a file is opened, or settings changed).
    void renderNow();

    /// The pause after a change before rendering: twice what the last render took (from
    /// the text to the content sent), between minPauseMs and pauseMs. A small card follows
    /// typing closely; a card that is slow to render is not rendered more often than
    /// every other pause, so the worker stays mostly idle while the user types.
    static int pauseFor(qint64 lastRenderMs);
    int currentPause() const { return m_pause.interval(); }

    static constexpr int minPauseMs = 30;
    static constexpr int pauseMs = 120;
    static constexpr int maxWaitMs = 500;

signals:
    void rendered(const PreviewContent &content);

private:
    void changed();
    void start();

    CardDocument *m_document;
    QTimer m_pause;
    QTimer m_maxWait;
    QFutureWatcher<PreviewContent> m_watcher;
    QElapsedTimer m_renderClock;
    // A body and what it was rendered with, for the render running and the last one done:
    // typing in the front matter changes only the header and the eval table, and a large
    // body is not rendered again for them.
    struct BodyRender
    {
        QString text;
        QString folder;
        bool allowRemote = false;
        QString html;
        bool valid = false;

        bool sameInput(const BodyRender &o) const
        {
            return valid && o.text == text && o.folder == folder && o.allowRemote == allowRemote;
        }
    };
    BodyRender m_running;
    BodyRender m_lastBody;
    bool m_dirty = false;
    bool m_forced = false;        ///< renderNow() was called since the last start
    bool m_runningForced = false; ///< the render running was asked for, not typed
    QString m_folder;
    QString m_repoName;
    bool m_allowRemote = false;
};

} // namespace Cardigan
