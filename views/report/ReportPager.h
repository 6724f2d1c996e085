// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to views/report: the first pass of renderReport(), which places the blocks of a
// ReportDocument on pages as drawing operations, so that the page count is known before
// anything is painted.

#include "ReportLayout.h"

#include <QList>
#include <QRectF>

#include <functional>

QT_BEGIN_NAMESPACE
class QPaintDevice;
class QTextLayout;
QT_END_NAMESPACE

namespace planner::report {

using DrawOp = std::function<void(QPainter *)>;

struct ReportDocument::Block
{
    enum class Kind { Text, Table, Space, PageBreak, Figure };
    Kind kind = Kind::Text;
    QString text; ///< Text; Figure: its title
    TextStyle style = TextStyle::Body;
    QColor colour;
    Table table;
    qreal points = 0; ///< Space
    QString caption;  ///< Figure
    PictureDraw draw;
    qreal aspect = 0;
    bool landscape = true;
};

/// One laid-out page: its orientation and what to draw on it (device pixels).
struct PlacedPage
{
    bool landscape = false;
    QList<DrawOp> ops;
};

class Pager
{
public:
    /// @p device gives the font metrics (the PDF writer); @p portrait and @p landscape are the
    /// content areas of a page in each orientation, between header and footer.
    Pager(QPaintDevice *device, const QRectF &portrait, const QRectF &landscape);

    QList<PlacedPage> layout(const ReportDocument &document);

private:
    using Block = ReportDocument::Block;
    struct MeasuredRow
    {
        QList<std::shared_ptr<QTextLayout>> cells;
        qreal height = 0;
    };

    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    const QRectF &body() const { return m_pages.last().landscape ? m_landscape : m_portrait; }
    bool pageEmpty() const { return m_pages.last().ops.isEmpty(); }
    qreal room() const { return body().bottom() - m_y; }
    void newPage(bool landscape = false);

    std::shared_ptr<QTextLayout> text(const QString &text, const QFont &font, qreal width,
                                      qreal *height) const;
    void placeText(const Block &block);
    qreal leadHeight(const Block &block);
    void placeTable(const Table &table);
    MeasuredRow measureRow(const Table &table, const QList<Cell> &cells, bool heading) const;
    void drawRow(const Table &table, const MeasuredRow &row, const QList<Cell> &cells, bool heading);
    qreal placeCaption(const QString &caption);
    void placeFigure(const Block &block);

    QPaintDevice *m_device;
    QRectF m_portrait;
    QRectF m_landscape;
    qreal m_dpi;
    QList<PlacedPage> m_pages;
    qreal m_y = 0;
    bool m_afterFigure = false;
};

} // namespace planner::report
