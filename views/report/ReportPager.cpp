// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPager.h"

#include <QCoreApplication>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace planner::report {

namespace {

constexpr qreal cellPadding = 3;    // points
constexpr qreal lineSpacing = 1.12; // of the font's line height
constexpr qreal blockGap = 5;       // points after a paragraph or table

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanPdf)
};

QColor inkOr(const QColor &c)
{
    return c.isValid() ? c : QColor(0x1a, 0x1a, 0x1a);
}

} // namespace

Pager::Pager(QPaintDevice *device, const QRectF &portrait, const QRectF &landscape)
    : m_device(device)
    , m_portrait(portrait)
    , m_landscape(landscape)
    , m_dpi(device->logicalDpiY())
{
}

void Pager::newPage(bool landscape)
{
    m_pages.append(PlacedPage{landscape, {}});
    m_y = body().top();
}

std::shared_ptr<QTextLayout> Pager::text(const QString &content, const QFont &font, qreal width,
                                         qreal *height) const
{
    QString t = content;
    t.replace(u'\n', QChar::LineSeparator);
    auto layout = std::make_shared<QTextLayout>(t, font, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long names wrap, never cut
    layout->setTextOption(option);
    layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height() * lineSpacing;
    }
    layout->endLayout();
    *height = y;
    return layout;
}

QList<PlacedPage> Pager::layout(const ReportDocument &document)
{
    m_pages.clear();
    newPage();
    const auto &blocks = document.blocks();
    for (int i = 0; i < blocks.size(); ++i) {
        const Block &b = *blocks[i];
        if (m_afterFigure && b.kind != Block::Kind::Figure) {
            newPage();
            m_afterFigure = false;
        }
        switch (b.kind) {
        case Block::Kind::Text:
            if (b.style == TextStyle::Heading || b.style == TextStyle::Subheading) {
                // a heading stays with the beginning of what follows it
                qreal h = 0;
                text(b.text, reportFont(b.style), body().width(), &h);
                const qreal next = i + 1 < blocks.size() ? leadHeight(*blocks[i + 1]) : 0;
                if (!pageEmpty() && room() < pt(10) + h + next)
                    newPage();
                if (!pageEmpty())
                    m_y += pt(b.style == TextStyle::Heading ? 10 : 6);
            }
            placeText(b);
            break;
        case Block::Kind::Table:
            placeTable(b.table);
            break;
        case Block::Kind::Space:
            m_y += pt(b.points);
            break;
        case Block::Kind::PageBreak:
            if (!pageEmpty())
                newPage();
            break;
        case Block::Kind::Figure:
            placeFigure(b);
            break;
        }
    }
    return m_pages;
}

void Pager::placeText(const Block &block)
{
    qreal h = 0;
    const auto layout = text(block.text, reportFont(block.style), body().width(), &h);
    const QColor colour = inkOr(block.colour);
    // line by line, so that a long paragraph continues on the next page
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        const qreal lineHeight = line.height() * lineSpacing;
        if (room() < lineHeight && !pageEmpty())
            newPage();
        const QPointF at(body().left(), m_y - line.y());
        m_pages.last().ops.append([layout, i, at, colour](QPainter *p) {
            p->setPen(colour);
            layout->lineAt(i).draw(p, at);
        });
        m_y += lineHeight;
    }
    m_y += pt(block.style == TextStyle::Title ? 8 : block.style == TextStyle::Body ? blockGap : 2);
}

qreal Pager::leadHeight(const Block &block)
{
    qreal h = 0;
    switch (block.kind) {
    case Block::Kind::Text: {
        text(block.text, reportFont(block.style), body().width(), &h);
        return std::min(h, pt(40));
    }
    case Block::Kind::Table: {
        const Table &t = block.table;
        if (!t.caption.isEmpty())
            text(t.caption, reportFont(TextStyle::Subheading), body().width(), &h);
        if (!t.headers.isEmpty())
            h += measureRow(t, {}, true).height;
        if (!t.rows.isEmpty())
            h += measureRow(t, t.rows.first(), false).height;
        return h;
    }
    default:
        return 0;
    }
}

qreal Pager::placeCaption(const QString &caption)
{
    if (caption.isEmpty())
        return 0;
    Block b;
    b.text = caption;
    b.style = TextStyle::Subheading;
    const qreal before = m_y;
    placeText(b);
    return m_y - before;
}

void Pager::placeTable(const Table &table)
{
    const MeasuredRow heading = table.headers.isEmpty() ? MeasuredRow{}
                                                        : measureRow(table, {}, true);
    QList<MeasuredRow> rows;
    rows.reserve(table.rows.size());
    for (const QList<Cell> &cells : table.rows)
        rows.append(measureRow(table, cells, false));

    qreal captionHeight = 0;
    if (!table.caption.isEmpty())
        text(table.caption, reportFont(TextStyle::Subheading), body().width(), &captionHeight);
    const qreal first = rows.isEmpty() ? 0 : rows.first().height;
    if (!pageEmpty() && room() < captionHeight + heading.height + first + pt(4))
        newPage();
    placeCaption(table.caption);
    if (!table.headers.isEmpty())
        drawRow(table, heading, {}, true);
    for (int r = 0; r < rows.size(); ++r) {
        if (room() < rows[r].height && !pageEmpty()) {
            // never split a row: carry it over with the caption and heading row repeated
            newPage();
            if (!table.caption.isEmpty())
                placeCaption(Tr::tr("%1 (continued)").arg(table.caption));
            if (!table.headers.isEmpty())
                drawRow(table, heading, {}, true);
        }
        drawRow(table, rows[r], table.rows[r], false);
    }
    m_y += pt(blockGap + 3);
}

Pager::MeasuredRow Pager::measureRow(const Table &table, const QList<Cell> &cells,
                                     bool heading) const
{
    MeasuredRow row;
    qreal total = 0;
    for (qreal w : table.widths)
        total += w;
    const int columns = int(table.widths.size());
    for (int c = 0; c < columns; ++c) {
        const qreal width = body().width() * table.widths[c] / total - 2 * pt(cellPadding);
        QFont font = reportFont(heading ? TextStyle::Strong : TextStyle::Body);
        QString content;
        if (heading) {
            content = c < table.headers.size() ? table.headers[c] : QString();
        } else if (c < cells.size()) {
            content = cells[c].text;
            font.setBold(cells[c].bold || (!table.grid && c == 0));
        }
        qreal h = 0;
        row.cells.append(text(content, font, width, &h));
        row.height = std::max(row.height, h);
    }
    row.height += 2 * pt(table.grid ? cellPadding : 1.5);
    return row;
}

void Pager::drawRow(const Table &table, const MeasuredRow &row, const QList<Cell> &cells,
                    bool heading)
{
    qreal total = 0;
    for (qreal w : table.widths)
        total += w;
    const qreal pad = pt(table.grid ? cellPadding : 1.5);
    const qreal pen = pt(0.5);
    const QRectF area(body().left(), m_y, body().width(), row.height);
    m_pages.last().ops.append([=, grid = table.grid, widths = table.widths](QPainter *p) {
        qreal x = area.left();
        for (int c = 0; c < row.cells.size(); ++c) {
            const QRectF cell(x, area.top(), area.width() * widths[c] / total, area.height());
            const Cell *content = c < cells.size() ? &cells[c] : nullptr;
            if (heading)
                p->fillRect(cell, QColor(0xe4, 0xe8, 0xee));
            else if (content && content->fill.isValid())
                p->fillRect(cell, content->fill);
            if (grid) {
                p->setPen(QPen(QColor(0x9a, 0xa3, 0xad), pen));
                p->setBrush(Qt::NoBrush);
                p->drawRect(cell);
            }
            p->setPen(inkOr(content ? content->colour : QColor()));
            row.cells[c]->draw(p, cell.topLeft() + QPointF(pad, pad));
            x = cell.right();
        }
    });
    m_y += row.height;
}

void Pager::placeFigure(const Block &block)
{
    if (!pageEmpty() || m_pages.last().landscape != block.landscape)
        newPage(block.landscape);
    Block title;
    title.text = block.text;
    title.style = TextStyle::Heading;
    placeText(title);
    if (!block.caption.isEmpty()) {
        Block caption;
        caption.text = block.caption;
        placeText(caption);
    }
    QRectF area(body().left(), m_y, body().width(), std::max(pt(40), room()));
    if (block.aspect > 0) {
        QSizeF size(area.width(), area.width() / block.aspect);
        if (size.height() > area.height())
            size = QSizeF(area.height() * block.aspect, area.height());
        area = QRectF(area.left() + (area.width() - size.width()) / 2, area.top(), size.width(),
                      size.height());
    }
    const PictureDraw draw = block.draw;
    m_pages.last().ops.append([draw, area](QPainter *p) {
        p->save();
        draw(p, area);
        p->restore();
    });
    m_y = body().bottom();
    m_afterFigure = true;
}

} // namespace planner::report
