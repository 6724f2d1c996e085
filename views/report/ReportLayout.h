// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Expected.h"

#include <QColor>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QPainter;
class QPdfWriter;
QT_END_NAMESPACE

namespace planner::report {

/// How a run of text looks; sizes in points, at least 9 pt for anything a reader must read.
enum class TextStyle { Title, Subtitle, Heading, Subheading, Lead, Body, Strong, Note };

/// One cell of a table: text that wraps inside the cell (long names break anywhere rather
/// than being cut), optionally bold, coloured or on a tinted background.
struct Cell
{
    Cell(const QString &text = {}) // NOLINT: a plain string is the usual cell
        : text(text)
    {
    }
    Cell(const QString &text, bool bold, const QColor &colour = {}, const QColor &fill = {})
        : text(text)
        , bold(bold)
        , colour(colour)
        , fill(fill)
    {
    }
    QString text;
    bool bold = false;
    QColor colour; ///< invalid: black
    QColor fill;   ///< invalid: none
};

/// A table laid out across pages: broken between rows only, never inside one, with its
/// caption (marked "continued") and heading row repeated at the top of every page it reaches.
struct Table
{
    QString caption;     ///< above the table; empty: none
    QStringList headers; ///< empty: no heading row (a key-value list, for instance)
    QList<qreal> widths; ///< relative column widths, one per column
    QList<QList<Cell>> rows;
    bool grid = true; ///< ruled cells; false: a plain list
};

/// Draws a picture into @p target (device pixels of the page). The painter is saved around it.
using PictureDraw = std::function<void(QPainter *painter, const QRectF &target)>;

/// The content of a report as a sequence of blocks, laid out by renderReport().
class ReportDocument
{
public:
    void heading(const QString &text, TextStyle style = TextStyle::Heading);
    void paragraph(const QString &text, TextStyle style = TextStyle::Body,
                   const QColor &colour = {});
    void table(Table table);
    /// A table of two columns without ruling: key in bold on the left, value on the right.
    void keyValues(const QList<QPair<QString, QString>> &items, qreal keyShare = 0.32);
    /// Vertical space of @p points.
    void space(qreal points);
    /// The next block starts on a new page (nothing when the page is still empty).
    void pageBreak();
    /// A full page of its own (landscape when asked) with a heading, a caption under it and
    /// @p draw filling the rest of the page at the aspect ratio of @p aspect (width / height;
    /// 0: the whole area). The next block starts on a new portrait page.
    void figurePage(const QString &title, const QString &caption, const PictureDraw &draw,
                    qreal aspect = 0, bool landscape = true);

    struct Block;
    const QList<std::shared_ptr<Block>> &blocks() const { return m_blocks; }

private:
    QList<std::shared_ptr<Block>> m_blocks;
};

/// What every page carries around its content.
struct PageSetup
{
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QString headerLeft;  ///< e.g. the project name and "Upgrade plan"
    QString headerRight; ///< e.g. the short plan hash
    QString footerLeft;  ///< e.g. the plan's SHA-256 prefix
    QString title;       ///< the PDF's title (document information)
    QString creator;
};

/// Lays @p document out page by page (a first pass, so that footers can say "Page N of M"),
/// then paints it onto @p writer, which must not be painting yet. Returns the page count.
Expected<int> renderReport(const ReportDocument &document, const PageSetup &setup,
                           QPdfWriter *writer);

/// The font of @p style, in the families the application bundles.
QFont reportFont(TextStyle style);

} // namespace planner::report
