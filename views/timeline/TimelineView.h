// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Estate.h"
#include "schedule/Schedule.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace planner {

class ComponentSelection;

/// The schedule drawn in time: maintenance window occurrences as shaded bands, freezes shaded
/// differently, one row per scheduled step with a bar split into its phases (prepare, backup,
/// execute, verify, go/no-go decision), the rollback reserve after it drawn pale and hatched,
/// and the point of no return marked with a red tick. Zoom from a quarter to one night with the
/// buttons, the mouse wheel, and drag to pan. Clicking a bar selects the step's component in the
/// shared ComponentSelection; the bar of a selected component is highlighted.
///
/// Drawn with Qt Charts, which stays private to this folder: nothing here exposes a chart type.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    /// The parts of a step's bar, in time order.
    enum class Phase { Prepare, Backup, Execute, Verify, Decision, Rollback };
    Q_ENUM(Phase)
    /// How much time the view shows at once.
    enum class Zoom { Quarter, Month, Week, Night };
    Q_ENUM(Zoom)

    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    /// Follows and sets @p selection (not owned; may be null).
    void setSelection(ComponentSelection *selection);

    /// Shows @p schedule, computed by the caller for @p estate (used for component names and
    /// freezes). Opens on the first used window occurrences (those within three days of the
    /// first), so that their steps are readable.
    void setSchedule(const Estate &estate, const Schedule &schedule);
    const Schedule &schedule() const { return m_schedule; }

    /// Shows @p zoom's span of time around the current centre (Night: the first used night
    /// when nothing is selected, else the selected step's night).
    void setZoom(Zoom zoom);
    /// Shows exactly [from, to] (wall-clock times as in the schedule).
    void setVisibleRange(const QDateTime &from, const QDateTime &to);
    QDateTime visibleFrom() const;
    QDateTime visibleTo() const;
    /// Shows window occurrence @p occurrence (index into Schedule::windows) with a margin.
    void zoomToWindow(int occurrence);
    /// Shows the window occurrence step @p step runs in.
    void zoomToStep(int step);

    /// Number of step bars (one per scheduled step; those outside the visible time are hidden
    /// and give up their row).
    int barCount() const;
    /// Where the @p phase part of step @p step's bar lies, in view (widget) coordinates of the
    /// chart area; empty when the phase has no length.
    QRectF phaseRect(int step, Phase phase) const;
    /// x of the point-of-no-return tick of step @p step, in the same coordinates.
    qreal pointOfNoReturnX(int step) const;
    /// The label drawn beside step @p step's bar at the current zoom (empty: none, or hidden).
    QString barLabel(int step) const;
    /// Where window occurrence @p occurrence's band lies, in the same coordinates.
    QRectF windowBandRect(int occurrence) const;
    /// The label drawn at the top of that band at the current zoom (empty: too narrow).
    QString windowBandLabel(int occurrence) const;
    /// Step @p step's details as its tooltip says them (rich text).
    QString stepToolTip(int step) const;
    /// x of the wall-clock time @p time in the same coordinates.
    qreal xForTime(const QDateTime &time) const;
    /// The chart's drawing surface (receives clicks, wheel and drags).
    QWidget *chartWidget() const;
    /// Whether step @p step's bar is drawn highlighted (its component is selected).
    bool isBarHighlighted(int step) const;

    /// Draws the chart alone at @p size into an image, whether or not the widget is shown.
    QImage renderImage(const QSize &size) const;
    /// Draws the chart alone, laid out at @p layoutSize, into @p target of @p painter (an
    /// image, a PDF page: vector output stays vector), whether or not the widget is shown.
    void renderChart(QPainter *painter, const QRectF &target, const QSize &layoutSize) const;

Q_SIGNALS:
    /// The user clicked the bar of scheduled step @p step.
    void stepClicked(int step);
    /// The user clicked the band of window occurrence @p occurrence (and the view zoomed to it).
    void windowClicked(int occurrence);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Private;
    void rebuild();
    void layoutItems() const;
    void updateRows() const;
    void followSelection();
    void openingRange();
    void setCompact(bool compact);
    void updateTicks();
    void showStepMenu(int step, const QPoint &globalPos);

    std::unique_ptr<Private> d;
    Estate m_estate;
    Schedule m_schedule;
    QPointer<ComponentSelection> m_selection;
};

} // namespace planner
