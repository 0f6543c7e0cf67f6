// SourceEditor: the linter's squiggles, their tool tips and quick fixes.

#include "sourceeditor.h"

#include "carddocument.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QToolTip>

namespace Cardigan {

void SourceEditor::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    m_marks.set(m_card && document() == m_card->textDocument() ? m_card.data() : nullptr,
                diagnostics);
    updateExtraSelections();
}

QList<QAction *> SourceEditor::fixActions(int position, QObject *parent)
{
    QList<QAction *> actions;
    for (const Diagnostic &d : m_marks.at(position)) {
        if (!d.fix) {
            continue;
        }
        auto *action = new QAction(tr("Fix: %1").arg(d.fix->description), parent);
        action->setToolTip(d.message);
        connect(action, &QAction::triggered, this, [this, d] { emit fixRequested(d); });
        actions.append(action);
    }
    return actions;
}

void SourceEditor::showQuickFixes()
{
    const int position = textCursor().position();
    QMenu menu(this);
    const QList<QAction *> actions = fixActions(position, &menu);
    const QPoint at = viewport()->mapToGlobal(cursorRect().bottomLeft());
    if (actions.isEmpty()) {
        QToolTip::showText(at,
                           m_marks.at(position).isEmpty()
                               ? tr("No problem here to fix.")
                               : tr("The problem here has no quick fix: edit the text."),
                           this);
        return;
    }
    if (actions.size() == 1) {
        actions.first()->trigger();
        return;
    }
    menu.setAccessibleName(tr("Quick fixes"));
    menu.addActions(actions);
    menu.exec(at);
}

void SourceEditor::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    // The fixes of what was right-clicked (the event comes in viewport coordinates), or of
    // the text cursor when the menu came from the keyboard.
    const int position = event->reason() == QContextMenuEvent::Mouse
                             ? cursorForPosition(event->pos()).position()
                             : textCursor().position();
    const QList<QAction *> actions = fixActions(position, menu.get());
    if (!actions.isEmpty()) {
        QAction *first = menu->actions().value(0);
        menu->insertActions(first, actions);
        menu->insertSeparator(first);
    }
    menu->exec(event->globalPos());
}

bool SourceEditor::showDiagnosticToolTip(const QPoint &globalPos, int position)
{
    const QList<Diagnostic> here = m_marks.at(position);
    if (here.isEmpty()) {
        return false;
    }
    QStringList lines;
    for (const Diagnostic &d : here) {
        QString line = tr("%1 [%2]").arg(d.message, d.code);
        if (d.fix) {
            line += u'\n' + tr("Quick fix (Ctrl+.): %1").arg(d.fix->description);
        }
        lines.append(line);
    }
    QToolTip::showText(globalPos, lines.join(u'\n'), this);
    return true;
}

} // namespace Cardigan
