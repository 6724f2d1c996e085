// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to views/timeline: the graphics items drawn over the chart's plot area and the chart
// view that zooms and pans. Includes Qt Charts; never include it from outside this folder.

#include <QGraphicsObject>
#include <QtCharts/QChartView>

#include <array>
#include <functional>

namespace planner {

/// Colours shared by the bars and the legend, one per phase (TimelineView::Phase order).
QColor timelinePhaseColor(int phase);
QColor timelineWindowColor();
QColor timelineFreezeColor();

/// One scheduled step's bar: the phases side by side, the rollback reserve pale and hatched,
/// the point of no return as a red tick. Holds only geometry and the step index.
class StepBarItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 601 };
    static constexpr int PhaseCount = 6;

    explicit StepBarItem(int step, QGraphicsItem *parent = nullptr);
    int type() const override { return Type; }
    int step() const { return m_step; }

    /// Phase rectangles and tick x, in the parent's coordinates.
    void setGeometry(const std::array<QRectF, PhaseCount> &phases, qreal ponrX);
    const QRectF &phaseRect(int phase) const { return m_phases[phase]; }
    qreal pointOfNoReturnX() const { return m_ponrX; }
    void setLabel(const QString &label) { m_label = label; update(); }
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    int m_step;
    std::array<QRectF, PhaseCount> m_phases;
    qreal m_ponrX = 0;
    QString m_label;
    bool m_highlighted = false;
};

/// The chart view: wheel zooms around the mouse, a drag pans, a click on a bar reports it.
class TimelineChartView : public QChartView
{
public:
    using QChartView::QChartView;
    std::function<void(int step)> onBarClicked;
    /// Zoom by @p factor (<1: closer) around the plot x @p x.
    std::function<void(qreal factor, qreal x)> onZoom;
    /// Pan by @p dx pixels.
    std::function<void(qreal dx)> onPan;

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    bool m_dragging = false;
    QPointF m_last;
};

} // namespace planner
