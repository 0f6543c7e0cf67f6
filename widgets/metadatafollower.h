#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QWidget;

namespace Cardigan {

class CardDocument;

/**
 * Keeps a view up to date with the card's metadata without holding up typing: a change
 * made through the document (a form edit, undo, redo, loading) is shown at once; a typed
 * change after a pause that each typed change restarts. A view that is hidden while its
 * window is shown (a tab not in front) is not rebuilt then at all, but just before it
 * shows: a key press never waits for views nobody sees.
 */
class MetadataFollower : public QObject
{
    Q_OBJECT

public:
    /// The pause for typed changes: what the form keeps to show a typed value within 50 ms.
    static constexpr int TypingPauseMs = 35;

    /// Calls @p refresh for @p view (which owns the follower) as said above.
    MetadataFollower(CardDocument *document, QWidget *view, std::function<void()> refresh,
                     int pauseMs = TypingPauseMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void changed();
    void settle();
    /// Shows a waiting change now.
    void flush();

    QPointer<CardDocument> m_document;
    QWidget *m_view;
    std::function<void()> m_refresh;
    QTimer m_pause;
    bool m_dirty = false;
};

} // namespace Cardigan
