#include "tableeditor.h"

#include "choicedelegate.h"
#include "keyvaluetablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Cardigan {

TableEditor::TableEditor(KeyValueTableModel *model, const QString &name, const QString &title,
                         const QStringList &types, bool withValue, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView)
    , m_name(new QLineEdit)
    , m_type(new QComboBox)
    , m_add(new QPushButton(tr("Add")))
    , m_remove(new QPushButton(tr("Remove")))
{
    setAccessibleName(title);
    m_view->setObjectName(name + QStringLiteral("-table"));
    m_view->setAccessibleName(title);
    // A table in the form: Tab goes on to the next field, the arrows move between cells.
    m_view->setTabKeyNavigation(false);
    m_view->setModel(model);
    m_view->setItemDelegate(new ChoiceDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // The name takes the room a long one needs; the type only its own.
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);

    m_name->setObjectName(name + QStringLiteral("-new-name"));
    m_name->setAccessibleName(tr("New entry name"));
    m_name->setPlaceholderText(tr("Name"));
    m_type->setObjectName(name + QStringLiteral("-new-type"));
    m_type->setAccessibleName(tr("New entry type"));
    m_type->addItems(types);
    m_add->setObjectName(name + QStringLiteral("-add"));
    m_add->setAccessibleName(tr("Add to %1").arg(title));
    m_remove->setObjectName(name + QStringLiteral("-remove"));
    m_remove->setAccessibleName(tr("Remove the selected entry of %1").arg(title));

    auto *addLine = new QHBoxLayout;
    addLine->setContentsMargins(0, 0, 0, 0);
    addLine->addWidget(m_name, 2);
    addLine->addWidget(m_type, 1);
    if (withValue) {
        m_value = new QLineEdit;
        m_value->setObjectName(name + QStringLiteral("-new-value"));
        m_value->setAccessibleName(tr("New entry value"));
        m_value->setPlaceholderText(tr("Value"));
        addLine->addWidget(m_value, 2);
        connect(m_value, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    }
    addLine->addWidget(m_add);
    addLine->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view);
    layout->addLayout(addLine);

    connect(m_name, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_name, &QLineEdit::textChanged, this, &TableEditor::updateButtons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        emit addRequested(m_name->text().trimmed(), m_type->currentIndex(),
                          m_value ? m_value->text() : QString());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (!rows.isEmpty()) {
            emit removeRequested(m_model->rows()[size_t(rows.first().row())].key);
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TableEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TableEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TableEditor::fitRows);
    updateButtons();
    fitRows();
}

void TableEditor::fitRows()
{
    // Every row on show up to ten, then a scroll bar; room for one more to come.
    const int rows = qBound(2, m_model->rowCount() + 1, 10);
    m_view->setFixedHeight(m_view->horizontalHeader()->sizeHint().height() +
                           rows * m_view->verticalHeader()->defaultSectionSize() +
                           2 * m_view->frameWidth());
}

void TableEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked |
                                           QAbstractItemView::EditKeyPressed |
                                           QAbstractItemView::SelectedClicked);
    m_name->setEnabled(!readOnly);
    m_type->setEnabled(!readOnly);
    if (m_value) {
        m_value->setEnabled(!readOnly);
    }
    updateButtons();
}

void TableEditor::clearNewEntry()
{
    m_name->clear();
    if (m_value) {
        m_value->clear();
    }
}

void TableEditor::updateButtons()
{
    m_add->setEnabled(!m_readOnly && !m_name->text().trimmed().isEmpty());
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_remove->setEnabled(!m_readOnly && !rows.isEmpty() &&
                         m_model->rows()[size_t(rows.first().row())].problem.isEmpty());
}

} // namespace Cardigan
