#include "gotolinebar.h"

#include "sourceeditor.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QTextBlock>
#include <QToolButton>

namespace Cardigan {

GoToLineBar::GoToLineBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_range(new QLabel(this))
{
    auto *label = new QLabel(tr("Go to line:"), this);
    label->setBuddy(m_field);
    m_field->setPlaceholderText(tr("line or line:column"));
    m_field->setMaximumWidth(m_field->fontMetrics().horizontalAdvance(u'0') * 24);
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Esc)"));
    close->setAccessibleName(tr("Close the go-to-line bar"));
    close->setIcon(QIcon::fromTheme(QStringLiteral("window-close"),
                                    style()->standardIcon(QStyle::SP_TitleBarCloseButton)));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(label);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_range, 1);
    layout->addWidget(close);

    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (goTo(m_field->text())) {
            hideBar();
        }
    });
    connect(m_field, &QLineEdit::textEdited, this, [this] { setInvalid(false); });
    connect(close, &QToolButton::clicked, this, &GoToLineBar::hideBar);
    hide();
}

void GoToLineBar::setEditor(SourceEditor *editor)
{
    m_editor = editor;
}

void GoToLineBar::showBar()
{
    if (m_editor) {
        m_range->setText(tr("1 to %1").arg(m_editor->blockCount()));
        m_field->setText(QString::number(m_editor->textCursor().blockNumber() + 1));
    }
    setInvalid(false);
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void GoToLineBar::hideBar()
{
    hide();
    if (m_editor) {
        m_editor->setFocus(Qt::OtherFocusReason);
    }
}

bool GoToLineBar::goTo(const QString &where)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+)\\s*(?:[:,.]\\s*(\\d+))?\\s*$"));
    const QRegularExpressionMatch m = re.match(where);
    bool ok = m.hasMatch() && m_editor;
    const int line = ok ? m.captured(1).toInt(&ok) : 0;
    const int column = ok && m.hasCaptured(2) ? m.captured(2).toInt() : 1;
    ok = ok && line >= 1 && line <= m_editor->blockCount() && column >= 1;
    setInvalid(!ok);
    if (ok) {
        m_editor->goToLine(line, column);
    }
    return ok;
}

void GoToLineBar::setInvalid(bool invalid)
{
    if (!invalid) {
        m_field->setPalette(QPalette());
        return;
    }
    QPalette pal = m_field->palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    pal.setColor(QPalette::Base, dark ? QColor(0x8b, 0x1a, 0x1a) : QColor(0xff, 0xcc, 0xcc));
    m_field->setPalette(pal);
}

void GoToLineBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hideBar();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Cardigan
