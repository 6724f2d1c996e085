// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>
#include <QStringList>

namespace planner {

/// The note beside a component whose upgrade goes through stepping stones: its versions from
/// start to target, then the numbered moves of the path (its hops and the neighbours' moves in
/// between) with their waves. The numbers match the badges on the boxes. Drawn at the same
/// size at every zoom, above everything else.
class PathCalloutItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 504 };

    PathCalloutItem();

    int type() const override { return Type; }
    /// The first line is the heading; the others are the numbered moves.
    void setLines(const QStringList &lines);
    const QStringList &lines() const { return m_lines; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QStringList m_lines;
    QRectF m_box;
};

} // namespace planner
