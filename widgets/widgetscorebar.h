#pragma once

#include <QWidget>

namespace Cardigan {

/**
 * The thin gradient bar of the Hub's label/score chart: percent of the row's width is
 * filled (the Hub scales so that the highest score fills 80%).
 */
class WidgetScoreBar : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(int percent READ percent CONSTANT)

public:
    explicit WidgetScoreBar(int percent, QWidget *parent = nullptr);

    int percent() const { return m_percent; }
    /// The painted width in pixels at the current size.
    int barWidth() const;

    QSize sizeHint() const override { return {200, 6}; }
    QSize minimumSizeHint() const override { return {20, 6}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_percent = 0;
};

} // namespace Cardigan
