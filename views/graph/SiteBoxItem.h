// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>
#include <QStaticText>
#include <QString>

namespace planner {

/// The labelled box around one site's components when the graph is grouped by site. It holds
/// the site's label and the box the layout gave it, and is drawn behind everything else.
class SiteBoxItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 503 };

    SiteBoxItem(const QString &siteId, const QString &label, const QRectF &box,
                const QPointF &labelPosition);

    int type() const override { return Type; }
    const QString &siteId() const { return m_siteId; }
    const QString &label() const { return m_label; }
    QRectF box() const { return m_box; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_siteId;
    QString m_label;
    QRectF m_box;
    QPointF m_labelAt;
    QStaticText m_text;
};

} // namespace planner
