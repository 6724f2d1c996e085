// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Kinds.h"

#include <QFont>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QStaticText>
#include <QString>

namespace planner {

/// What a component's box shows, taken from the estate by the scene.
struct NodeContent
{
    QString title;       ///< the component's name (its id when it has none)
    QString versionLine; ///< "12.20 → 16.6", or the version alone when it stays
    QString site;        ///< the site's name, shown when there is room
    ComponentKind kind = ComponentKind::Other;
    Criticality criticality = Criticality::Medium;
};

/// One component in the dependency graph: a box shaped and coloured by kind with its name and
/// versions, centred on its position. The name and the versions are always drawn whole, as one
/// line each, whatever the font's metrics: a line too long for the box is set in a smaller
/// font and, below a readable size, narrowed, never cut (exported drawings must name every
/// component in full). It holds the component's id and its drawing caches;
/// whether it is in conflict, highlighted or found by search it reads from its GraphScene.
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

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void layoutText();
    void paintText(QPainter *painter, double lod);
    void paintPathMarks(QPainter *painter, const QString &marks) const;

    QString m_id;
    NodeContent m_content;
    QRectF m_rect;
    QRectF m_bounds;
    QPainterPath m_outline;
    QStaticText m_title;
    QStaticText m_detail;
    QStaticText m_site;
    QStaticText m_name[2]; // the name alone in the larger font, over up to two lines
    QPointF m_nameAt[2];
    QPointF m_titleAt;
    QPointF m_detailAt;
    QPointF m_siteAt;
    QFont m_titleFont; // the style's title font, smaller when the name is long
    QFont m_detailFont;
    double m_titleScale = 1.0; // horizontal squeeze when even the smallest font is too wide
    double m_detailScale = 1.0;
    bool m_showSite = false;
    bool m_textReady = false; // the text is laid out on first paint that shows it
};

} // namespace planner
