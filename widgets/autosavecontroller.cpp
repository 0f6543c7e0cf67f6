#include "autosavecontroller.h"

#include "appsettings.h"
#include "carddocument.h"
#include "logging.h"
#include "recoverystore.h"

#include <QTextDocument>

namespace Cardigan {

AutosaveController::AutosaveController(CardDocument *document, RecoveryStore *store,
                                       QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_store(store)
{
    // Named for profiles (the benchmarks' CARDIGAN_BENCH_SLOW).
    m_timer.setObjectName(QStringLiteral("autosave"));
    m_timer.setSingleShot(true);
    // The user's interval (Preferences), followed when it changes.
    m_timer.setInterval(AppSettings::instance()->autosaveSeconds() * 1000);
    connect(AppSettings::instance(), &AppSettings::autosaveSecondsChanged, this,
            [this](int seconds) { m_timer.setInterval(seconds * 1000); });
    connect(&m_timer, &QTimer::timeout, this, &AutosaveController::saveNow);
    QTextDocument *text = document->textDocument();
    connect(text, &QTextDocument::contentsChanged, this, [this] {
        m_dirty = true;
        schedule();
    });
    connect(text, &QTextDocument::modificationChanged, this, [this](bool modified) {
        if (modified) {
            m_dirty = true;
            schedule();
        } else {
            discard();
        }
    });
}

void AutosaveController::schedule()
{
    if (m_document && m_document->textDocument()->isModified() && !m_timer.isActive()) {
        m_timer.start();
    }
}

void AutosaveController::setCardPath(const QString &path)
{
    discard();
    if (!m_id.isEmpty()) {
        m_store->release(m_id);
        m_id.clear();
    }
    m_path = path;
}

bool AutosaveController::adopt(const QString &id)
{
    if (!m_store->adopt(id)) {
        return false;
    }
    if (m_id != id) {
        discard();
        if (!m_id.isEmpty()) {
            m_store->release(m_id);
        }
    }
    m_id = id;
    m_written = true;
    m_dirty = false;
    return true;
}

void AutosaveController::discard()
{
    m_timer.stop();
    if (m_written) {
        m_store->remove(m_id);
        m_written = false;
        // remove() also dropped the lock: a later entry claims an id again.
        m_id.clear();
    }
    m_dirty = false;
}

bool AutosaveController::saveNow()
{
    m_timer.stop();
    if (!m_document || !m_document->textDocument()->isModified()) {
        discard();
        return true;
    }
    if (m_written && !m_dirty) {
        return true;
    }
    if (m_id.isEmpty()) {
        m_id = m_store->claim(m_path);
    }
    QString error;
    if (!m_store->save(m_id, m_path, m_document->text(), m_document->hasBom(), &error)) {
        if (!m_failing) {
            m_failing = true;
            emit failed(error);
        }
        return false;
    }
    m_failing = false;
    m_written = true;
    m_dirty = false;
    emit saved();
    return true;
}

} // namespace Cardigan
