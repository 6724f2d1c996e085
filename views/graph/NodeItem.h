// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GraphModel.h"

#include <QFont>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QStaticText>
#include <QString>

namespace planner {

/// The box's text laid out for its size: the name and the versions, each fitted on one line
/// (a smaller font, or narrowed, never cut), the site when it fits after the versions, and the
/// name alone over up to two lines for middle zoom.
struct NodeText
{
    NodeText(); // plain text, cached
    QStaticText title;
    QStaticText detail;
    QStaticText site;
    QStaticText name[2]; // the name alone in the larger font, over up to two lines
    QPointF nameAt[2];
    QPointF titleAt;
    QPointF detailAt;
    QPointF siteAt;
    QFont titleFont; // the style's title font, smaller when the name is long
    QFont detailFont;
    double titleScale = 1.0; // horizontal squeeze when even the smallest font is too wide
    double detailScale = 1.0;
    bool showSite = false;
};

/// One component in the dependency graph: a box shaped and coloured by kind with its name and
/// versions, centred on its position. The name and the versions are always drawn whole, as one
/// line each, whatever the font's metrics: a line too long for the box is set in a smaller
/// font and, below a readable size, narrowed, never cut (exported drawings must name every
/// component in full). It holds the component's id and its geometry (box, outline, text laid
/// out); how it looks (conflict, highlight, search hit) it reads from the scene's GraphModel,
/// and NodePainter draws it.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 501 };

    explicit NodeItem(const QString &componentId);

    int type() const override { return Type; }
    const QString &componentId() const { return m_id; }
    void setComponentId(const QString &id) { m_id = id; }

    /// Updates what the box shows and its size (the layout's box for this component).
    void setContent(const NodeContent &content, const QSizeF &size);
    const NodeContent &content() const { return m_content; }
    QSizeF size() const { return m_rect.size(); }
    /// The box in item coordinates (centred on the origin), without the selection halo.
    QRectF box() const { return m_rect; }
    /// The outline of the box, shaped by kind.
    const QPainterPath &outline() const { return m_outline; }
    /// The text laid out for the box (on first use after a change).
    const NodeText &text() const;
    /// Room around the box for the widest halo (search hit) and antialiasing.
    static constexpr double haloMargin = 7.0;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void layoutText() const;

    QString m_id;
    NodeContent m_content;
    QRectF m_rect;
    QRectF m_bounds;
    QPainterPath m_outline;
    mutable NodeText m_text;
    mutable bool m_textReady = false; // laid out on first use
};

} // namespace planner
