#pragma once

#include <QStyledItemDelegate>

namespace Cardigan {

/**
 * An item delegate that draws a clear frame around the current item while its view has
 * the keyboard focus. The style's own focus rectangle is a faint dotted line (Fusion draws
 * it only after a key press), too faint to follow Tab into a list or a table.
 */
class FocusFrameDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    /// Draws the frame for @p option when it has the focus (for delegates of other bases).
    static void paintFocusFrame(QPainter *painter, const QStyleOptionViewItem &option);
};

} // namespace Cardigan
