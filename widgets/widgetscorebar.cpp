#include "widgetscorebar.h"

#include <QLinearGradient>
#include <QPainter>

#include <algorithm>

namespace Cardigan {

WidgetScoreBar::WidgetScoreBar(int percent, QWidget *parent)
    : QWidget(parent)
    , m_percent(std::clamp(percent, 0, 100))
{
    setFixedHeight(6);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

int WidgetScoreBar::barWidth() const
{
    return width() * m_percent / 100;
}

void WidgetScoreBar::paintEvent(QPaintEvent *)
{
    const int w = barWidth();
    if (w <= 0) {
        return;
    }
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient g(0, 0, w, 0);
    g.setColorAt(0, QColor(0xc4, 0xb5, 0xfd));
    g.setColorAt(1, QColor(0x7c, 0x3a, 0xed));
    p.setPen(Qt::NoPen);
    p.setBrush(g);
    p.drawRoundedRect(QRectF(0, 1, w, 4), 2, 2);
}

} // namespace Cardigan
