#include "lintscheduler.h"

#include "carddocument.h"
#include "cardlinter.h"
#include "logging.h"

#include <QElapsedTimer>

namespace Cardigan {

LintScheduler::LintScheduler(CardDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &LintScheduler::lintNow);
    connect(document, &CardDocument::reparsed, this, [this] {
        m_stale = true;
        m_timer.start();
    });
    m_timer.start();
}

void LintScheduler::setFolder(const QString &folder)
{
    if (folder == m_folder) {
        return;
    }
    m_folder = folder;
    m_stale = true;
    m_timer.start();
}

void LintScheduler::lintNow()
{
    m_timer.stop();
    if (!m_document) {
        return;
    }
    QElapsedTimer clock;
    clock.start();
    m_diagnostics = CardLinter::lint(*m_document, m_folder);
    m_stale = false;
    qCDebug(lcDocument) << "linted" << m_document->text().size() << "characters in"
                        << clock.elapsed() << "ms:" << m_diagnostics.size() << "diagnostics";
    emit linted(m_diagnostics);
}

} // namespace Cardigan
