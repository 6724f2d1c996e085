// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Kinds.h"

#include <QList>
#include <QSizeF>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QPainter;
class QPointF;
QT_END_NAMESPACE

namespace planner {

class Estate;

/// The key to the graph's drawing, for someone who has never seen it: what red, orange, blue,
/// a thick border and the arrows mean, then the colour and shape of each kind of component the
/// estate holds. Painted the same over the graph view and under exported pictures; folded to
/// a one-line key over a view too small for the whole of it.
class GraphLegend
{
public:
    enum class Form {
        Full,  ///< heading, the states explained, then every kind of the estate
        Folded ///< one line (two when narrow): the states in a word each, no heading
    };

    /// The legend of @p estate's graph: its kinds in ComponentKind order, in as few rows as
    /// keep it within @p maxWidth pixels (at least three; as narrow as it gets otherwise).
    explicit GraphLegend(const Estate &estate, double maxWidth = 900, Form form = Form::Full);

    Form form() const { return m_form; }

    /// Room the legend takes, in pixels at 100 %.
    QSizeF size() const { return m_size; }
    /// Paints the legend with its top left corner at @p topLeft (no background).
    void paint(QPainter *painter, const QPointF &topLeft) const;
    /// Every text the legend shows, heading first: what an exported SVG carries.
    QStringList texts() const;

private:
    enum class Sample { Conflict, Critical, Path, Wave, Arrow, AgainstFlow, Kind, None };
    struct Entry
    {
        Sample sample;
        ComponentKind kind;
        QString text;
    };
    struct Column
    {
        qsizetype first = 0;
        qsizetype count = 0;
        double width = 0;
    };
    void arrange(int rows);
    void arrangeInLines(double maxWidth);
    double entryWidth(const Entry &entry) const;
    void paintSample(QPainter *painter, const Entry &entry, const QPointF &at) const;

    Form m_form = Form::Full;
    QString m_heading;
    QList<Entry> m_entries; // the states, then the kinds
    qsizetype m_stateCount = 0;
    int m_rows = 0;
    QList<Column> m_columns;
    QList<QList<qsizetype>> m_lines; // the folded key's lines of entries
    QSizeF m_size;
};

} // namespace planner
