#include "sourcepane.h"

#include "cardhighlighter.h"
#include "findbar.h"
#include "gotolinebar.h"
#include "sourceeditor.h"

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Cardigan {

SourcePane::SourcePane(QWidget *parent)
    : QWidget(parent)
    , m_editor(new SourceEditor(this))
    , m_longLinesNotice(new QLabel(this))
    , m_findBar(new FindBar(this))
    , m_goToLineBar(new GoToLineBar(this))
{
    m_findBar->setEditor(m_editor);
    m_goToLineBar->setEditor(m_editor);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // Said above the text while the card has lines too long to wrap and colour.
    m_longLinesNotice->setObjectName(QStringLiteral("longLinesNotice"));
    m_longLinesNotice->setText(
        tr("This card has very long lines (over %L1 characters): lines are not wrapped, and "
           "the long ones are not coloured.")
            .arg(CardHighlighter::LongLine));
    m_longLinesNotice->setAccessibleName(tr("Long lines notice"));
    m_longLinesNotice->setWordWrap(true);
    m_longLinesNotice->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                               Qt::TextSelectableByKeyboard);
    m_longLinesNotice->setFocusPolicy(Qt::TabFocus);
    m_longLinesNotice->setContentsMargins(6, 3, 6, 3);
    m_longLinesNotice->setAutoFillBackground(true);
    m_longLinesNotice->setBackgroundRole(QPalette::ToolTipBase);
    m_longLinesNotice->setForegroundRole(QPalette::ToolTipText);
    m_longLinesNotice->setVisible(m_editor->hasLongLines());
    connect(m_editor, &SourceEditor::longLinesChanged, m_longLinesNotice, &QLabel::setVisible);
    layout->addWidget(m_longLinesNotice);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);
    layout->addWidget(m_goToLineBar);
    setFocusProxy(m_editor);

    // Explicit keys rather than QKeySequence::Find and friends: on Linux FindNext also
    // means Ctrl+G, which is go to line here, and Replace differs between desktops.
    m_find = addPaneAction(tr("&Find..."), {QKeySequence(Qt::CTRL | Qt::Key_F)});
    m_replace = addPaneAction(tr("R&eplace..."), {QKeySequence(Qt::CTRL | Qt::Key_H),
                                                  QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_findNext = addPaneAction(tr("Find &Next"), {QKeySequence(Qt::Key_F3)});
    m_findPrevious = addPaneAction(tr("Find Pre&vious"), {QKeySequence(Qt::SHIFT | Qt::Key_F3)});
    m_goToLine = addPaneAction(tr("&Go to Line..."), {QKeySequence(Qt::CTRL | Qt::Key_L),
                                                      QKeySequence(Qt::CTRL | Qt::Key_G)});

    connect(m_find, &QAction::triggered, this, [this] {
        m_goToLineBar->hide();
        m_findBar->showFind();
    });
    connect(m_replace, &QAction::triggered, this, [this] {
        m_goToLineBar->hide();
        m_findBar->showReplace();
    });
    // With the bar closed, F3 repeats the last search; with nothing to search, it opens it.
    connect(m_findNext, &QAction::triggered, this, [this] {
        if (m_findBar->findText().isEmpty()) {
            m_findBar->showFind();
        } else {
            m_findBar->findNext();
        }
    });
    connect(m_findPrevious, &QAction::triggered, this, [this] {
        if (m_findBar->findText().isEmpty()) {
            m_findBar->showFind();
        } else {
            m_findBar->findPrevious();
        }
    });
    connect(m_goToLine, &QAction::triggered, this, [this] {
        m_findBar->hide();
        m_goToLineBar->showBar();
    });
}

void SourcePane::setCardDocument(CardDocument *card)
{
    m_editor->setCardDocument(card);
}

QAction *SourcePane::addPaneAction(const QString &text, const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(text, this);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

void SourcePane::keyPressEvent(QKeyEvent *event)
{
    // The editor leaves Esc alone, so it arrives here while the focus is in the editor.
    if (event->key() == Qt::Key_Escape && (m_findBar->isVisible() || m_goToLineBar->isVisible())) {
        m_findBar->hide();
        m_goToLineBar->hide();
        m_editor->setFocus(Qt::OtherFocusReason);
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Cardigan
