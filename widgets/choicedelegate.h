#pragma once

#include <QStyledItemDelegate>

namespace Cardigan {

/// Edits a cell with a combo box of the choices its model gives in
/// KeyValueTableModel::ChoicesRole; other cells get the usual line edit.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace Cardigan
