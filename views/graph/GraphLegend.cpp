// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphLegend.h"

#include "GraphStyle.h"
#include "inventory/Estate.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(GraphLegend)
};

constexpr double sampleWidth = 30.0;
constexpr double sampleHeight = 16.0;
constexpr double sampleGap = 6.0;
constexpr double columnGap = 18.0;
constexpr double rowHeight = 20.0;
constexpr double headingHeight = 22.0;

QFont headingFont()
{
    QFont font = GraphStyle::instance().titleFont;
    font.setPixelSize(12);
    return font;
}

QFont entryFont()
{
    QFont font = GraphStyle::instance().detailFont;
    font.setPixelSize(12);
    return font;
}

} // namespace

GraphLegend::GraphLegend(const Estate &estate, double maxWidth, Form form)
    : m_form(form)
    , m_heading(Tr::tr("Legend"))
{
    if (form == Form::Folded) {
        m_heading.clear();
        m_entries = {
            {Sample::Conflict, ComponentKind::Other, Tr::tr("open error")},
            {Sample::Critical, ComponentKind::Other, Tr::tr("high or critical")},
            {Sample::Path, ComponentKind::Other, Tr::tr("upgrade path")},
            {Sample::Wave, ComponentKind::Other, Tr::tr("same waves")},
            {Sample::Arrow, ComponentKind::Other, Tr::tr("depends on")},
            {Sample::AgainstFlow, ComponentKind::Other, Tr::tr("cycle")},
            {Sample::None, ComponentKind::Other, Tr::tr("(click for the kinds)")},
        };
        m_stateCount = m_entries.size();
        arrangeInLines(maxWidth);
        return;
    }
    m_entries = {
        {Sample::Conflict, ComponentKind::Other, Tr::tr("red: an error not waived (see Conflicts)")},
        {Sample::Critical, ComponentKind::Other, Tr::tr("thick border: high or critical")},
        {Sample::Path, ComponentKind::Other, Tr::tr("orange: upgrade path, moves numbered")},
        {Sample::Wave, ComponentKind::Other, Tr::tr("blue: moves in the selection's waves")},
        {Sample::Arrow, ComponentKind::Other, Tr::tr("arrow: to what it depends on")},
        {Sample::AgainstFlow, ComponentKind::Other, Tr::tr("dashed: dependency in a cycle")},
    };
    m_stateCount = m_entries.size();
    QList<bool> present(componentKindCount, false);
    for (const Component &c : estate.components())
        present[int(c.kind)] = true;
    for (int k = 0; k < componentKindCount; ++k)
        if (present[k])
            m_entries.append({Sample::Kind, ComponentKind(k), kindLabel(ComponentKind(k))});

    const int tallest = int(std::max(m_stateCount, m_entries.size() - m_stateCount));
    int rows = 3;
    for (arrange(rows); m_size.width() > maxWidth && rows < tallest;)
        arrange(++rows);
}

// Columns of @p rows entries, top to bottom; the kinds start a column of their own.
void GraphLegend::arrange(int rows)
{
    m_rows = rows;
    m_columns.clear();
    const QFontMetricsF metrics(entryFont());
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_columns.isEmpty() || m_columns.last().count == rows || i == m_stateCount)
            m_columns.append({i, 0, 0});
        Column &column = m_columns.last();
        column.count += 1;
        column.width = std::max(column.width, sampleWidth + sampleGap
                                                  + metrics.horizontalAdvance(m_entries[i].text));
    }
    double width = 0;
    for (const Column &column : std::as_const(m_columns))
        width += (width > 0 ? columnGap : 0.0) + column.width;
    width = std::max(width, QFontMetricsF(headingFont()).horizontalAdvance(m_heading));
    m_size = QSizeF(std::ceil(width), headingHeight + rows * rowHeight);
}

double GraphLegend::entryWidth(const Entry &entry) const
{
    const double text = QFontMetricsF(entryFont()).horizontalAdvance(entry.text);
    return entry.sample == Sample::None ? text : sampleWidth + sampleGap + text;
}

// The folded key: entries side by side, a new line where the next would pass @p maxWidth.
// Each line is a column of one entry per row, so painting stays the same.
void GraphLegend::arrangeInLines(double maxWidth)
{
    m_columns.clear();
    QList<QList<qsizetype>> lines(1);
    double x = 0;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const double w = entryWidth(m_entries[i]);
        if (x > 0 && x + columnGap + w > maxWidth) {
            lines.push_back(QList<qsizetype>());
            x = 0;
        }
        x += (x > 0 ? columnGap : 0.0) + w;
        lines.last().append(i);
    }
    m_lines.clear();
    double width = 0;
    for (const QList<qsizetype> &line : std::as_const(lines)) {
        double lineWidth = 0;
        for (qsizetype i : line)
            lineWidth += (lineWidth > 0 ? columnGap : 0.0) + entryWidth(m_entries[i]);
        width = std::max(width, lineWidth);
        m_lines.push_back(line);
    }
    m_rows = int(lines.size());
    m_size = QSizeF(std::ceil(width), m_rows * rowHeight);
}

QStringList GraphLegend::texts() const
{
    QStringList texts;
    if (!m_heading.isEmpty())
        texts.append(m_heading);
    for (const Entry &e : m_entries)
        texts.append(e.text);
    return texts;
}

void GraphLegend::paint(QPainter *painter, const QPointF &topLeft) const
{
    const GraphStyle &style = GraphStyle::instance();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    const QFont font = entryFont();
    const QFontMetricsF metrics(font);
    const double textDrop = (rowHeight - metrics.height()) / 2 + metrics.ascent();
    if (m_form == Form::Folded) {
        for (qsizetype l = 0; l < m_lines.size(); ++l) {
            double x = topLeft.x();
            for (qsizetype i : m_lines[l]) {
                const Entry &e = m_entries[i];
                const QPointF at(x, topLeft.y() + double(l) * rowHeight);
                double textX = 0;
                if (e.sample != Sample::None) {
                    paintSample(painter, e, at + QPointF(0, (rowHeight - sampleHeight) / 2));
                    textX = sampleWidth + sampleGap;
                }
                painter->setFont(font);
                painter->setPen(e.sample == Sample::None ? style.detailPen : style.textPen);
                painter->drawText(at + QPointF(textX, textDrop), e.text);
                x += entryWidth(e) + columnGap;
            }
        }
        painter->restore();
        return;
    }
    const QFont heading = headingFont();
    painter->setFont(heading);
    painter->setPen(style.textPen);
    painter->drawText(topLeft + QPointF(0, QFontMetricsF(heading).ascent()), m_heading);

    double x = topLeft.x();
    for (const Column &column : m_columns) {
        for (qsizetype i = 0; i < column.count; ++i) {
            const Entry &e = m_entries[column.first + i];
            const QPointF at(x, topLeft.y() + headingHeight + double(i) * rowHeight);
            paintSample(painter, e, at + QPointF(0, (rowHeight - sampleHeight) / 2));
            painter->setFont(font);
            painter->setPen(style.textPen);
            painter->drawText(at + QPointF(sampleWidth + sampleGap, textDrop), e.text);
        }
        x += column.width + columnGap;
    }
    painter->restore();
}

// The sample drawn as the graph draws it: the same pens, brushes and outlines.
void GraphLegend::paintSample(QPainter *painter, const Entry &entry, const QPointF &at) const
{
    const GraphStyle &style = GraphStyle::instance();
    const QSizeF box(sampleWidth - 6, sampleHeight - 4);
    painter->save();
    painter->translate(at + QPointF(sampleWidth / 2, sampleHeight / 2));
    const auto plain = size_t(ComponentKind::Application);
    const QPainterPath outline = GraphStyle::nodeOutline(entry.kind, box);
    switch (entry.sample) {
    case Sample::None:
        break;
    case Sample::Kind: {
        const auto kind = size_t(entry.kind);
        painter->setPen(style.kindPen[kind]);
        painter->setBrush(style.kindFill[kind]);
        painter->drawPath(
            GraphStyle::nodeOutline(entry.kind, QSizeF(sampleWidth - 4, sampleHeight - 2)));
        break;
    }
    case Sample::Conflict:
        painter->setPen(style.conflictPen);
        painter->setBrush(style.conflictFill);
        painter->drawPath(outline);
        break;
    case Sample::Critical:
        painter->setPen(style.kindBoldPen[plain]);
        painter->setBrush(style.kindFill[plain]);
        painter->drawPath(outline);
        break;
    case Sample::Path:
    case Sample::Wave: {
        QPen halo = entry.sample == Sample::Path ? style.pathHaloPen : style.selectedPen;
        if (entry.sample == Sample::Wave)
            halo.setColor(QColor(0x1e, 0x88, 0xe5));
        halo.setWidthF(4.0);
        painter->setPen(halo);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(outline);
        painter->setPen(style.kindPen[plain]);
        painter->setBrush(style.kindFill[plain]);
        painter->drawPath(outline);
        if (entry.sample == Sample::Path) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(style.pathColour);
            painter->drawEllipse(QPointF(-box.width() / 2, -box.height() / 2), 5, 5);
        }
        break;
    }
    case Sample::Arrow:
    case Sample::AgainstFlow: {
        const bool cycle = entry.sample == Sample::AgainstFlow;
        QPen pen = cycle ? style.edgeCyclePen : style.edgePen;
        pen.setWidthF(1.4);
        painter->setPen(pen);
        const double half = sampleWidth / 2 - 1;
        painter->drawLine(QPointF(-half, 0), QPointF(half - 6, 0));
        painter->setPen(Qt::NoPen);
        painter->setBrush(cycle ? QBrush(style.edgeCyclePen.color()) : style.edgeArrow);
        painter->drawPolygon(
            QPolygonF({QPointF(half, 0), QPointF(half - 8, -4), QPointF(half - 8, 4)}));
        break;
    }
    }
    painter->restore();
}

} // namespace planner
