#include "metadatafollower.h"

#include "carddocument.h"

#include <QEvent>
#include <QWidget>

namespace Cardigan {

MetadataFollower::MetadataFollower(CardDocument *document, QWidget *view,
                                   std::function<void()> refresh, int pauseMs)
    : QObject(view)
    , m_document(document)
    , m_view(view)
    , m_refresh(std::move(refresh))
{
    m_pause.setObjectName(QStringLiteral("metadata follow pause"));
    m_pause.setSingleShot(true);
    m_pause.setInterval(pauseMs);
    connect(&m_pause, &QTimer::timeout, this, &MetadataFollower::settle);
    connect(document, &CardDocument::metadataChanged, this, &MetadataFollower::changed);
    view->installEventFilter(this);
}

void MetadataFollower::changed()
{
    if (m_document && m_document->lastChangeTyped()) {
        m_dirty = true;
        m_pause.start();
        return;
    }
    m_pause.stop();
    m_dirty = false;
    m_refresh();
}

void MetadataFollower::settle()
{
    // A window not shown yet (or a view used on its own) is kept current: only a view
    // hidden behind others in a shown window waits for its turn.
    if (m_view->window()->isVisible() && !m_view->isVisible()) {
        return;
    }
    flush();
}

void MetadataFollower::flush()
{
    if (!m_dirty) {
        return;
    }
    m_pause.stop();
    m_dirty = false;
    m_refresh();
}

bool MetadataFollower::eventFilter(QObject *watched, QEvent *event)
{
    // Show comes before the first paint: the view never shows an old state, not even
    // for what is left of a pause that began while it was hidden.
    if (watched == m_view && event->type() == QEvent::Show) {
        flush();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Cardigan
