#include "findbar.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolButton>

namespace Cardigan {

namespace {

QToolButton *toolButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_case(toolButton(tr("Aa"), tr("Match case"), this))
    , m_words(toolButton(tr("W"), tr("Whole words only"), this))
    , m_status(new QLabel(this))
{
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_case->setCheckable(true);
    m_words->setCheckable(true);
    // The buttons show "Aa", "W" or an icon: a screen reader says what they do instead.
    m_find->setAccessibleName(tr("Find"));
    m_replace->setAccessibleName(tr("Replace with"));
    m_case->setAccessibleName(tr("Match case"));
    m_words->setAccessibleName(tr("Whole words only"));
    QFont wordsFont = m_words->font();
    wordsFont.setUnderline(true);
    m_words->setFont(wordsFont);

    auto *previous = toolButton(QString(), tr("Find previous (Shift+F3)"), this);
    previous->setIcon(
        QIcon::fromTheme(QStringLiteral("go-up"), style()->standardIcon(QStyle::SP_ArrowUp)));
    auto *next = toolButton(QString(), tr("Find next (F3)"), this);
    next->setIcon(
        QIcon::fromTheme(QStringLiteral("go-down"), style()->standardIcon(QStyle::SP_ArrowDown)));
    auto *close = toolButton(QString(), tr("Close (Esc)"), this);
    close->setIcon(QIcon::fromTheme(QStringLiteral("window-close"),
                                    style()->standardIcon(QStyle::SP_TitleBarCloseButton)));
    previous->setAccessibleName(tr("Find previous"));
    next->setAccessibleName(tr("Find next"));
    close->setAccessibleName(tr("Close the find bar"));
    auto *replaceButton = new QPushButton(tr("&Replace"), this);
    auto *replaceAllButton = new QPushButton(tr("Replace &All"), this);
    auto *findLabel = new QLabel(tr("Find:"), this);
    auto *replaceLabel = new QLabel(tr("Replace:"), this);
    findLabel->setBuddy(m_find);
    replaceLabel->setBuddy(m_replace);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setVerticalSpacing(3);
    layout->addWidget(findLabel, 0, 0);
    layout->addWidget(m_find, 0, 1);
    auto *findButtons = new QHBoxLayout;
    findButtons->setSpacing(2);
    for (QWidget *w : {static_cast<QWidget *>(previous), static_cast<QWidget *>(next),
                       static_cast<QWidget *>(m_case), static_cast<QWidget *>(m_words)}) {
        findButtons->addWidget(w);
    }
    findButtons->addWidget(m_status, 1);
    findButtons->addWidget(close);
    layout->addLayout(findButtons, 0, 2);
    layout->addWidget(replaceLabel, 1, 0);
    layout->addWidget(m_replace, 1, 1);
    auto *replaceButtons = new QWidget(this);
    auto *replaceButtonsLayout = new QHBoxLayout(replaceButtons);
    replaceButtonsLayout->setContentsMargins(0, 0, 0, 0);
    replaceButtonsLayout->addWidget(replaceButton);
    replaceButtonsLayout->addWidget(replaceAllButton);
    replaceButtonsLayout->addStretch(1);
    layout->addWidget(replaceButtons, 1, 2);
    layout->setColumnStretch(1, 2);
    layout->setColumnStretch(2, 3);
    m_replaceRow = {replaceLabel, m_replace, replaceButtons};

    connect(m_find, &QLineEdit::textChanged, this, [this] { find(false, true); });
    connect(m_case, &QToolButton::toggled, this, [this] { find(false, true); });
    connect(m_words, &QToolButton::toggled, this, [this] { find(false, true); });
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(close, &QToolButton::clicked, this, &FindBar::hideBar);
    connect(replaceButton, &QPushButton::clicked, this, &FindBar::replace);
    connect(replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceAll);
    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);

    hide();
}

void FindBar::setEditor(QPlainTextEdit *editor)
{
    m_editor = editor;
}

QString FindBar::findText() const
{
    return m_find->text();
}

void FindBar::setFindText(const QString &text)
{
    m_find->setText(text);
}

QString FindBar::replaceText() const
{
    return m_replace->text();
}

void FindBar::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}

bool FindBar::isCaseSensitive() const
{
    return m_case->isChecked();
}

void FindBar::setCaseSensitive(bool on)
{
    m_case->setChecked(on);
}

bool FindBar::isWholeWords() const
{
    return m_words->isChecked();
}

void FindBar::setWholeWords(bool on)
{
    m_words->setChecked(on);
}

bool FindBar::isReplaceShown() const
{
    return isVisible() && m_replace->isVisible();
}

void FindBar::seedFromSelection()
{
    if (!m_editor) {
        return;
    }
    const QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection() || cursor.document()->findBlock(cursor.selectionStart()) !=
                                      cursor.document()->findBlock(cursor.selectionEnd())) {
        return;
    }
    // Already selected: searching for it now would only move on to the next match.
    const QSignalBlocker blocker(m_find);
    m_find->setText(cursor.selectedText());
    setNoMatch(false);
    m_status->clear();
}

void FindBar::showFind()
{
    seedFromSelection();
    for (QWidget *w : std::as_const(m_replaceRow)) {
        w->hide();
    }
    show();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void FindBar::showReplace()
{
    seedFromSelection();
    for (QWidget *w : std::as_const(m_replaceRow)) {
        w->show();
    }
    show();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void FindBar::hideBar()
{
    hide();
    if (m_editor) {
        m_editor->setFocus(Qt::OtherFocusReason);
    }
}

bool FindBar::findNext()
{
    return find(false, false);
}

bool FindBar::findPrevious()
{
    return find(true, false);
}

QTextDocument::FindFlags FindBar::flags(bool backward) const
{
    QTextDocument::FindFlags flags;
    if (backward) {
        flags |= QTextDocument::FindBackward;
    }
    if (m_case->isChecked()) {
        flags |= QTextDocument::FindCaseSensitively;
    }
    if (m_words->isChecked()) {
        flags |= QTextDocument::FindWholeWords;
    }
    return flags;
}

// Selects the next match after the selection (or, while typing, from its start, so the
// match grows in place), wrapping around at the card's end.
bool FindBar::find(bool backward, bool fromSelectionStart)
{
    const QString text = m_find->text();
    if (!m_editor || text.isEmpty()) {
        setNoMatch(false);
        m_status->clear();
        return false;
    }
    QTextDocument *doc = m_editor->document();
    QTextCursor from = m_editor->textCursor();
    if (fromSelectionStart) {
        from.setPosition(from.selectionStart());
    }
    QTextCursor found = doc->find(text, from, flags(backward));
    bool wrapped = false;
    if (found.isNull()) {
        QTextCursor edge(doc);
        if (backward) {
            edge.movePosition(QTextCursor::End);
        }
        found = doc->find(text, edge, flags(backward));
        wrapped = !found.isNull();
    }
    setNoMatch(found.isNull());
    if (found.isNull()) {
        m_status->setText(tr("No match"));
        return false;
    }
    m_status->setText(!wrapped   ? QString()
                      : backward ? tr("Continued from the end")
                                 : tr("Continued from the start"));
    m_editor->setTextCursor(found);
    return true;
}

bool FindBar::isMatch(const QTextCursor &cursor) const
{
    if (!cursor.hasSelection() || m_find->text().isEmpty()) {
        return false;
    }
    const QTextCursor found =
        cursor.document()->find(m_find->text(), cursor.selectionStart(), flags(false));
    return !found.isNull() && found.selectionStart() == cursor.selectionStart() &&
           found.selectionEnd() == cursor.selectionEnd();
}

bool FindBar::replace()
{
    if (!m_editor || m_editor->isReadOnly()) {
        return false;
    }
    QTextCursor cursor = m_editor->textCursor();
    if (isMatch(cursor)) {
        cursor.insertText(m_replace->text());
        m_editor->setTextCursor(cursor);
    }
    return findNext();
}

int FindBar::replaceAll()
{
    const QString text = m_find->text();
    if (!m_editor || m_editor->isReadOnly() || text.isEmpty()) {
        return 0;
    }
    QTextDocument *doc = m_editor->document();
    const QString with = m_replace->text();
    int count = 0;
    QTextCursor edit(doc);
    // One edit block: one undo step, and the card reparses once, not once per match.
    edit.beginEditBlock();
    QTextCursor found = doc->find(text, 0, flags(false));
    while (!found.isNull()) {
        found.insertText(with);
        ++count;
        // On from after the replacement, so a replacement holding the text is not found.
        found = doc->find(text, found, flags(false));
    }
    edit.endEditBlock();
    setNoMatch(count == 0);
    m_status->setText(count == 0 ? tr("No match") : tr("%n replaced", nullptr, count));
    return count;
}

void FindBar::setNoMatch(bool noMatch)
{
    if (noMatch == m_noMatch) {
        return;
    }
    m_noMatch = noMatch;
    if (!noMatch) {
        m_find->setPalette(QPalette());
        return;
    }
    // A red tint of the field's own base, so it reads on light and dark palettes.
    QPalette pal = m_find->palette();
    const QColor base = pal.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    const QColor red = dark ? QColor(0x8b, 0x1a, 0x1a) : QColor(0xff, 0xcc, 0xcc);
    pal.setColor(QPalette::Base, red);
    m_find->setPalette(pal);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hideBar();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || (watched != m_find && watched != m_replace)) {
        return QWidget::eventFilter(watched, event);
    }
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Escape) {
        hideBar();
        return true;
    }
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) {
        return QWidget::eventFilter(watched, event);
    }
    if (watched == m_replace) {
        replace();
    } else if (key->modifiers() & Qt::ShiftModifier) {
        findPrevious();
    } else {
        findNext();
    }
    return true;
}

} // namespace Cardigan
