// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QRectF>
#include <QTimer>
#include <QWidget>

namespace planner {

class GraphView;

/// The minimap: the whole graph in small, with the part the view shows framed. Clicking or
/// dragging in it moves the view there. The small picture is redrawn only when the drawing
/// changes (layout, filter, highlights), not when the view scrolls.
class GraphOverview : public QWidget
{
    Q_OBJECT
public:
    explicit GraphOverview(GraphView *view, QWidget *parent = nullptr);

    QSize sizeHint() const override { return {240, 160}; }
    /// The scene rectangle the picture shows.
    QRectF area() const { return m_area; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRedraw();
    void redraw();
    QPointF toScene(const QPointF &pos) const;
    QRectF toWidget(const QRectF &sceneRect) const;

    GraphView *m_view;
    QImage m_picture;
    QRectF m_area;
    QRectF m_target; // where the picture sits in the widget
    QTimer m_redrawTimer;
};

} // namespace planner
