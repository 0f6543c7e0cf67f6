#include "autosavecontroller.h"

#include "appsettings.h"
#include "carddocument.h"
#include "logging.h"
#include "recoverystore.h"

#include <QTextDocument>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace Cardigan {

AutosaveController::AutosaveController(CardDocument *document, RecoveryStore *store,
                                       QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_store(store)
{
    // Named for profiles (the benchmarks' CARDIGAN_BENCH_SLOW).
    m_timer.setObjectName(QStringLiteral("autosave"));
    m_writing.setObjectName(QStringLiteral("autosave writer"));
    m_timer.setSingleShot(true);
    // The user's interval (Preferences), followed when it changes.
    m_timer.setInterval(AppSettings::instance()->autosaveSeconds() * 1000);
    connect(AppSettings::instance(), &AppSettings::autosaveSecondsChanged, this,
            [this](int seconds) { m_timer.setInterval(seconds * 1000); });
    connect(&m_timer, &QTimer::timeout, this, &AutosaveController::saveInBackground);
    connect(&m_writing, &QFutureWatcher<QString>::finished, this, [this] {
        if (!m_outcomePending) {
            return; // finishWriting took it
        }
        written(m_writing.result());
        if (std::exchange(m_writeAgain, false)) {
            saveInBackground();
        }
    });
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

AutosaveController::~AutosaveController()
{
    m_writing.waitForFinished();
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
    // A write under way may be creating the entry: let it end, then remove it.
    finishWriting();
    if (m_written) {
        m_store->remove(m_id);
        m_written = false;
        // remove() also dropped the lock: a later entry claims an id again.
        m_id.clear();
    }
    m_dirty = false;
}

void AutosaveController::saveInBackground()
{
    m_timer.stop();
    if (m_outcomePending) {
        m_writeAgain = true;
        return;
    }
    if (!prepareWrite()) {
        return;
    }
    // The lock is taken here, on this thread; the worker only writes the entry's files.
    QString error;
    if (!m_store->adopt(m_id, &error)) {
        written(error);
        return;
    }
    // A change from now on needs another write.
    m_dirty = false;
    m_outcomePending = true;
    m_writing.setFuture(QtConcurrent::run([store = m_store, id = m_id, path = m_path,
                                           text = m_document->text(), bom = m_document->hasBom()] {
        QString error;
        store->write(id, path, text, bom, &error);
        return error;
    }));
}

void AutosaveController::finishWriting()
{
    m_writeAgain = false;
    if (m_outcomePending) {
        m_writing.waitForFinished();
        written(m_writing.result());
    }
}

void AutosaveController::written(const QString &error)
{
    m_outcomePending = false;
    if (!error.isEmpty()) {
        // What was to be written is not in the entry.
        m_dirty = true;
        if (!m_failing) {
            m_failing = true;
            emit failed(error);
        }
        return;
    }
    m_failing = false;
    m_written = true;
    emit saved();
}

bool AutosaveController::prepareWrite()
{
    m_timer.stop();
    if (!m_document || !m_document->textDocument()->isModified()) {
        discard();
        return false;
    }
    if (m_written && !m_dirty) {
        return false;
    }
    if (m_id.isEmpty()) {
        m_id = m_store->claim(m_path);
    }
    return true;
}

bool AutosaveController::saveNow()
{
    finishWriting();
    if (!prepareWrite()) {
        return true;
    }
    QString error;
    const bool ok = m_store->save(m_id, m_path, m_document->text(), m_document->hasBom(), &error);
    if (ok) {
        m_dirty = false;
    }
    written(ok ? QString() : error);
    return ok;
}

} // namespace Cardigan
