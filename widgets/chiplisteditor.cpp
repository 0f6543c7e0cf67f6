#include "chiplisteditor.h"

#include "focusframedelegate.h"

#include <QAbstractItemModel>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Cardigan {

namespace {

constexpr int ValueRole = Qt::UserRole + 1;

} // namespace

ChipListEditor::ChipListEditor(const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_input(new QLineEdit(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_message(new QLabel(this))
{
    setAccessibleName(accessibleName);
    m_list->setAccessibleName(tr("%1 list").arg(accessibleName));
    m_input->setAccessibleName(tr("Add to %1").arg(accessibleName));
    m_input->setPlaceholderText(tr("Add (a, b adds two)"));
    // Only as tall as the items: the form, not the list, takes spare height.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_input->setClearButtonEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setItemDelegate(new FocusFrameDelegate(m_list));
    // The list is sized to its rows: a long id is elided (full text in the tooltip)
    // rather than getting a scroll bar that would hide the row itself.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideMiddle);

    m_up->setArrowType(Qt::UpArrow);
    m_up->setToolTip(tr("Move up"));
    m_up->setAccessibleName(tr("Move up"));
    m_down->setArrowType(Qt::DownArrow);
    m_down->setToolTip(tr("Move down"));
    m_down->setAccessibleName(tr("Move down"));
    m_remove->setText(tr("Remove"));
    m_remove->setAccessibleName(tr("Remove"));

    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::LinkVisited);
    m_message->setVisible(false);

    // The list takes the height of its items; the input and the buttons share a row.
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(m_input, 1);
    row->addWidget(m_up);
    row->addWidget(m_down);
    row->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_list);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_input, &QLineEdit::returnPressed, this, &ChipListEditor::addFromInput);
    connect(m_input, &QLineEdit::textEdited, this, [this] { setMessage(QString()); });
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_remove, &QToolButton::clicked, this, &ChipListEditor::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &ChipListEditor::updateButtons);
    auto *removeShortcut =
        new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, this, &ChipListEditor::removeCurrent);
    fill();
    // A drop is still being handled when rowsMoved arrives: rebuilding the list from the
    // card in there would pull the rows out from under the view, so report it afterwards.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this,
            [this] { QTimer::singleShot(0, this, &ChipListEditor::takeDroppedOrder); });
    updateButtons();
}

void ChipListEditor::setItems(const QStringList &items)
{
    if (items == m_items && m_list->count() == items.size()) {
        return;
    }
    m_items = items;
    fill();
}

void ChipListEditor::fill()
{
    const QSignalBlocker blocker(m_list);
    const int row = m_list->currentRow();
    m_list->clear();
    for (const QString &value : std::as_const(m_items)) {
        const QString name = m_labeler ? m_labeler(value) : QString();
        auto *item =
            new QListWidgetItem(name.isEmpty() ? value : tr("%1 — %2").arg(value, name), m_list);
        item->setData(ValueRole, value);
        const QString problem = m_validator ? m_validator(value) : QString();
        item->setToolTip(problem.isEmpty() ? value : problem);
    }
    m_list->setCurrentRow(std::min(row, int(m_items.size()) - 1));
    // As tall as the items, up to eight rows; an empty list keeps one row to drop onto.
    const int rowHeight =
        m_list->count() > 0 ? m_list->sizeHintForRow(0) : m_list->fontMetrics().height() + 2;
    const int rows = std::clamp(int(m_items.size()), 1, 8);
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 2);
    updateButtons();
}

void ChipListEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_input->setEnabled(!readOnly);
    m_list->setDragDropMode(readOnly ? QAbstractItemView::NoDragDrop
                                     : QAbstractItemView::InternalMove);
    updateButtons();
}

void ChipListEditor::setCompleter(QCompleter *completer)
{
    completer->setParent(m_input);
    m_input->setCompleter(completer);
    // Picking a completion is a choice: add it at once, as Return would.
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) {
                m_input->setText(text);
                addFromInput();
            });
}

void ChipListEditor::setPlaceholderText(const QString &text)
{
    m_input->setPlaceholderText(text);
}

void ChipListEditor::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString ChipListEditor::message() const
{
    return m_message->text();
}

void ChipListEditor::addFromInput()
{
    if (m_readOnly) {
        return;
    }
    QStringList added;
    QStringList problems;
    const QStringList pieces = m_input->text().split(u',');
    for (const QString &piece : pieces) {
        QString value = piece.trimmed();
        if (m_normalizer) {
            value = m_normalizer(value);
        }
        if (value.isEmpty() || m_items.contains(value) || added.contains(value)) {
            continue;
        }
        const QString problem = m_validator ? m_validator(value) : QString();
        if (!problem.isEmpty()) {
            problems << problem;
            continue;
        }
        added << value;
    }
    // All or nothing: a paste with one bad value stays in the input to be fixed.
    if (!problems.isEmpty()) {
        setMessage(problems.join(u'\n'));
        return;
    }
    setMessage(QString());
    // Deferred: a completer's activated() is still on the stack, and it would put its
    // text back into the input after we cleared it.
    QTimer::singleShot(0, m_input, &QLineEdit::clear);
    m_input->clear();
    if (!added.isEmpty()) {
        emit itemsEdited(m_items + added);
    }
}

void ChipListEditor::removeCurrent()
{
    const int row = m_list->currentRow();
    if (m_readOnly || row < 0 || row >= m_items.size()) {
        return;
    }
    QStringList edited = m_items;
    edited.removeAt(row);
    emit itemsEdited(edited);
}

void ChipListEditor::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (m_readOnly || row < 0 || row >= m_items.size() || to < 0 || to >= m_items.size()) {
        return;
    }
    QStringList edited = m_items;
    edited.move(row, to);
    emit itemsEdited(edited);
    m_list->setCurrentRow(int(m_items.indexOf(edited.at(to))));
}

void ChipListEditor::takeDroppedOrder()
{
    QStringList order;
    for (int i = 0; i < m_list->count(); ++i) {
        order << m_list->item(i)->data(ValueRole).toString();
    }
    if (order == m_items) {
        return;
    }
    emit itemsEdited(order);
    // When the card refused the new order, show the card's order again.
    if (m_items != order) {
        fill();
    }
}

void ChipListEditor::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(!m_readOnly && row > 0);
    m_down->setEnabled(!m_readOnly && row >= 0 && row + 1 < m_items.size());
    m_remove->setEnabled(!m_readOnly && row >= 0);
}

} // namespace Cardigan
