#pragma once

#include "focusframedelegate.h"

namespace Cardigan {

/**
 * In-cell editors of the widget example table: a multi-line text editor for `text`,
 * `context` and `prompt` (and for any value that already spans lines), so a line break is
 * never flattened; a one-line editor for the other strings; not set / true / false for
 * `multi_class`. Enter in the multi-line editor is a new line; leaving the cell commits.
 */
class ExampleCellDelegate : public FocusFrameDelegate
{
    Q_OBJECT

public:
    using FocusFrameDelegate::FocusFrameDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
};

} // namespace Cardigan
