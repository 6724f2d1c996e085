// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to views/timeline: the graphics items drawn over the chart's plot area and the chart
// view that zooms and pans. Includes Qt Charts; never include it from outside this folder.

#include <QGraphicsObject>
#include <QGraphicsRectItem>
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
    /// The label in full ("pg-ledger 12.20 → 14.13") and short (the component alone): the
    /// full one is drawn when it fits beside the bar, else the short one.
    void setLabels(const QString &full, const QString &shortLabel);
    /// Where labels may go (the plot area, in the parent's coordinates).
    void setRoom(const QRectF &room);
    /// The label as drawn with the current geometry; empty when the bar is too thin for text.
    QString shownLabel() const;
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    QRectF barRect() const;
    QFont labelFont() const;
    /// The label to draw and where (empty text: none).
    std::pair<QString, QRectF> labelPlacement() const;

    int m_step;
    std::array<QRectF, PhaseCount> m_phases;
    qreal m_ponrX = 0;
    QString m_label;
    QString m_shortLabel;
    QRectF m_room;
    bool m_highlighted = false;
};

/// A maintenance window occurrence (or a freeze) as a band over the whole height of the plot,
/// labelled at its top with the window's id and date when it is wide enough.
class WindowBandItem : public QGraphicsRectItem
{
public:
    enum { Type = UserType + 602 };

    /// @p occurrence: index into Schedule::windows, -1 for a freeze.
    WindowBandItem(int occurrence, QGraphicsItem *parent = nullptr);
    int type() const override { return Type; }
    int occurrence() const { return m_occurrence; }

    /// The label's two parts: the window id and its date ("sat-night", "Sat 16 Jan").
    void setLabel(const QString &id, const QString &date);
    /// Height of the strip at the top reserved for the label.
    static qreal labelHeight();
    /// The label as drawn at the current width ("sat-night · Sat 16 Jan", "sat-night", or empty).
    QString shownLabel() const;

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF visibleRect() const;

    int m_occurrence;
    QString m_id;
    QString m_date;
};

/// The chart view: wheel zooms around the mouse, a drag pans, a click on a bar reports it, a
/// click on a window band (not a drag) reports the occurrence, a right click on a bar asks for
/// its menu.
class TimelineChartView : public QChartView
{
public:
    using QChartView::QChartView;
    std::function<void(int step)> onBarClicked;
    std::function<void(int occurrence)> onBandClicked;
    std::function<void(int step, const QPoint &globalPos)> onBarContextMenu;
    /// Zoom by @p factor (<1: closer) around the plot x @p x.
    std::function<void(qreal factor, qreal x)> onZoom;
    /// Pan by @p dx pixels.
    std::function<void(qreal dx)> onPan;

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    int barAt(const QPoint &pos) const;
    int bandAt(const QPoint &pos) const;

    bool m_dragging = false;
    QPointF m_last;
    QPointF m_pressed;
    int m_pressedBand = -1;
};

} // namespace planner
