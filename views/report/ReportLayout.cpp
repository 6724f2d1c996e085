// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportLayout.h"

#include "ReportPager.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>

namespace planner::report {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanPdf)
};

constexpr int resolution = 600; // dots per inch of the PDF's coordinates: fine glyph placement

// Page margins in points: room for the header above the content and the footer below it.
constexpr qreal marginSide = 48;
constexpr qreal marginTop = 64;
constexpr qreal marginBottom = 60;

} // namespace

QFont reportFont(TextStyle style)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    switch (style) {
    case TextStyle::Title:
        font.setPointSizeF(22);
        font.setBold(true);
        break;
    case TextStyle::Subtitle:
        font.setPointSizeF(13);
        break;
    case TextStyle::Heading:
        font.setPointSizeF(15);
        font.setBold(true);
        break;
    case TextStyle::Subheading:
        font.setPointSizeF(11);
        font.setBold(true);
        break;
    case TextStyle::Lead:
        font.setPointSizeF(11);
        break;
    case TextStyle::Body:
    case TextStyle::Strong:
        // tables hold many columns: the condensed face keeps 9.5 pt text on one line longer
        font.setFamily(QStringLiteral("DejaVu Sans Condensed"));
        font.setPointSizeF(9.5);
        font.setBold(style == TextStyle::Strong);
        break;
    case TextStyle::Note:
        font.setFamily(QStringLiteral("DejaVu Sans Condensed"));
        font.setPointSizeF(9);
        font.setItalic(true);
        break;
    }
    // no ligatures: "ff" in a hash or "fi" in "fingerprint" must stay letters that a reader
    // (and pdftotext) can copy and search
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

void ReportDocument::heading(const QString &text, TextStyle style)
{
    paragraph(text, style);
}

void ReportDocument::paragraph(const QString &text, TextStyle style, const QColor &colour)
{
    auto b = std::make_shared<Block>();
    b->text = text;
    b->style = style;
    b->colour = colour;
    m_blocks.append(b);
}

void ReportDocument::table(Table table)
{
    auto b = std::make_shared<Block>();
    b->kind = Block::Kind::Table;
    b->table = std::move(table);
    m_blocks.append(b);
}

void ReportDocument::keyValues(const QList<QPair<QString, QString>> &items, qreal keyShare)
{
    Table t;
    t.grid = false;
    t.widths = {keyShare, 1 - keyShare};
    for (const auto &[key, value] : items)
        t.rows.append({Cell(key), Cell(value)});
    table(std::move(t));
}

void ReportDocument::space(qreal points)
{
    auto b = std::make_shared<Block>();
    b->kind = Block::Kind::Space;
    b->points = points;
    m_blocks.append(b);
}

void ReportDocument::pageBreak()
{
    auto b = std::make_shared<Block>();
    b->kind = Block::Kind::PageBreak;
    m_blocks.append(b);
}

void ReportDocument::figurePage(const QString &title, const QString &caption,
                                const PictureDraw &draw, qreal aspect, bool landscape)
{
    auto b = std::make_shared<Block>();
    b->kind = Block::Kind::Figure;
    b->text = title;
    b->caption = caption;
    b->draw = draw;
    b->aspect = aspect;
    b->landscape = landscape;
    m_blocks.append(b);
}

namespace {

QRectF pageRect(const QPageSize &size, bool landscape)
{
    QSizeF points = size.size(QPageSize::Point);
    if (landscape)
        points.transpose();
    return QRectF(QPointF(0, 0), points * (resolution / 72.0));
}

void drawFrame(QPainter *p, const PageSetup &setup, const QRectF &page, int number, int count)
{
    const qreal k = resolution / 72.0;
    QFont font = reportFont(TextStyle::Note);
    font.setItalic(false);
    p->setFont(font);
    p->setPen(QColor(0x55, 0x5d, 0x66));
    const qreal left = marginSide * k, right = page.width() - marginSide * k;
    const QRectF header(left, 28 * k, right - left, 14 * k);
    p->drawText(header, Qt::AlignLeft | Qt::AlignVCenter, setup.headerLeft);
    p->drawText(header, Qt::AlignRight | Qt::AlignVCenter, setup.headerRight);
    p->setPen(QPen(QColor(0x9a, 0xa3, 0xad), 0.6 * k));
    p->drawLine(QPointF(left, header.bottom() + 4 * k), QPointF(right, header.bottom() + 4 * k));
    const qreal footerTop = page.height() - 40 * k;
    p->drawLine(QPointF(left, footerTop), QPointF(right, footerTop));
    p->setPen(QColor(0x55, 0x5d, 0x66));
    const QRectF footer(left, footerTop + 4 * k, right - left, 14 * k);
    p->drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, setup.footerLeft);
    p->drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                Tr::tr("Page %1 of %2").arg(number).arg(count));
}

} // namespace

Expected<int> renderReport(const ReportDocument &document, const PageSetup &setup,
                           QPdfWriter *writer)
{
    writer->setResolution(resolution);
    writer->setPageSize(setup.pageSize);
    writer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer->setTitle(setup.title);
    writer->setCreator(setup.creator);

    const qreal k = resolution / 72.0;
    auto body = [&](bool landscape) {
        const QRectF page = pageRect(setup.pageSize, landscape);
        return page.adjusted(marginSide * k, marginTop * k, -marginSide * k, -marginBottom * k);
    };
    Pager pager(writer, body(false), body(true));
    const QList<PlacedPage> pages = pager.layout(document);

    auto orient = [&](const PlacedPage &page) {
        writer->setPageOrientation(page.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    };
    orient(pages.first());
    QPainter painter;
    if (!painter.begin(writer))
        return Error{Tr::tr("PDF"), Tr::tr("cannot write to the output")};
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0) {
            orient(pages[i]);
            writer->newPage();
        }
        for (const DrawOp &op : pages[i].ops)
            op(&painter);
        drawFrame(&painter, setup, pageRect(setup.pageSize, pages[i].landscape), i + 1,
                  int(pages.size()));
    }
    if (!painter.end())
        return Error{Tr::tr("PDF"), Tr::tr("cannot finish the document")};
    return int(pages.size());
}

} // namespace planner::report
