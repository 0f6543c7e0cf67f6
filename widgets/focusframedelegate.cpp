#include "focusframedelegate.h"

#include <QPainter>

namespace Cardigan {

void FocusFrameDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    paintFocusFrame(painter, option);
}

void FocusFrameDelegate::paintFocusFrame(QPainter *painter, const QStyleOptionViewItem &option)
{
    if (!(option.state & QStyle::State_HasFocus)) {
        return;
    }
    // On a selected item the highlight is the background: frame it in the text colour.
    const bool selected = option.state & QStyle::State_Selected;
    const QColor color = option.palette.color(QPalette::Active, selected ? QPalette::HighlightedText
                                                                         : QPalette::Highlight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(option.rect).adjusted(1, 1, -1, -1), 2, 2);
    painter->restore();
}

} // namespace Cardigan
