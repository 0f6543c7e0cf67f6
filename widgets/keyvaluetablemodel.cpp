#include "keyvaluetablemodel.h"

#include <QPalette>

namespace Cardigan {

KeyValueTableModel::KeyValueTableModel(const QStringList &headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(headers)
{}

void KeyValueTableModel::setRows(std::vector<Row> rows)
{
    bool sameKeys = rows.size() == m_rows.size();
    for (size_t i = 0; sameKeys && i < rows.size(); ++i) {
        sameKeys = rows[i].key == m_rows[i].key;
    }
    if (!sameKeys) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    // In place, so an open editor or the selection survives the card's reread.
    for (size_t i = 0; i < rows.size(); ++i) {
        const bool changed = rows[i].value != m_rows[i].value ||
                             rows[i].problem != m_rows[i].problem ||
                             rows[i].value.type() != m_rows[i].value.type();
        m_rows[i] = std::move(rows[i]);
        if (changed) {
            emit dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
        }
    }
}

bool KeyValueTableModel::isCell(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.parent().isValid() &&
           index.row() < int(m_rows.size()) && index.column() < columnCount();
}

int KeyValueTableModel::rowOf(const QString &key) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].key == key) {
            return int(i);
        }
    }
    return -1;
}

int KeyValueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeyValueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant KeyValueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        return section < m_headers.size() ? QVariant(m_headers.at(section)) : QVariant();
    }
    return section + 1;
}

Qt::ItemFlags KeyValueTableModel::flags(const QModelIndex &index) const
{
    if (!isCell(index)) {
        return Qt::NoItemFlags;
    }
    const Row &row = m_rows[size_t(index.row())];
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (row.problem.isEmpty() && isEditable(row, index.column())) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant KeyValueTableModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index)) {
        return {};
    }
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return cellText(row, index.column());
    case Qt::ToolTipRole:
        // The whole text, which the table may elide.
        return row.problem.isEmpty() ? QVariant(cellText(row, index.column()))
                                     : QVariant(tr("Read-only here: %1").arg(row.problem));
    case Qt::ForegroundRole:
        return row.problem.isEmpty() ? QVariant()
                                     : QVariant(QPalette().brush(QPalette::PlaceholderText));
    case ChoicesRole: {
        const QStringList c = choices(row, index.column());
        return c.isEmpty() ? QVariant() : QVariant(c);
    }
    default:
        return {};
    }
}

bool KeyValueTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    const Row row = m_rows[size_t(index.row())];
    const QString text = value.toString();
    if (text == cellText(row, index.column())) {
        return true;
    }
    const Edit e = edit(row, index.column(), text);
    if (!e.ok) {
        emit refused(e.error);
        return false;
    }
    return m_commit && m_commit(row.key, e);
}

QStringList KeyValueTableModel::choices(const Row &, int) const
{
    return {};
}

KeyValueTableModel::Edit KeyValueTableModel::refuse(const QString &why)
{
    Edit e;
    e.error = why;
    return e;
}

KeyValueTableModel::Edit KeyValueTableModel::whole(const YamlValue &value,
                                                   const QString &sourceText)
{
    Edit e;
    e.ok = true;
    e.value = value;
    e.sourceText = sourceText;
    return e;
}

} // namespace Cardigan
