#pragma once

#include "focusframedelegate.h"

namespace Cardigan {

/// Edits a cell with a combo box of the choices its model gives in
/// KeyValueTableModel::ChoicesRole; other cells get the usual line edit.
class ChoiceDelegate : public FocusFrameDelegate
{
    Q_OBJECT

public:
    using FocusFrameDelegate::FocusFrameDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace Cardigan
