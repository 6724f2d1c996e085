// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineView.h"

#include "TimelineItems.h"
#include "itemmodels/ComponentSelection.h"

#include <QButtonGroup>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>

namespace planner {

namespace {

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 DayMs = 24 * HourMs;

/// Wall-clock times are held with a UTC spec; the date axis shows local time, so hand it the
/// same wall clock read as local time and its labels show what the estate says.
qreal axisValue(const QDateTime &t)
{
    return qreal(QDateTime(t.date(), t.time()).toMSecsSinceEpoch());
}

QDateTime fromAxis(qreal v)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(qint64(v));
    QDateTime t(local.date(), local.time());
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toString(u"ddd yyyy-MM-dd HH:mm") : QString();
}

} // namespace

struct TimelineView::Private
{
    QChart *chart = nullptr;
    TimelineChartView *view = nullptr;
    QDateTimeAxis *xAxis = nullptr;
    QCategoryAxis *yAxis = nullptr;
    QLineSeries *anchor = nullptr;
    QGraphicsRectItem *clip = nullptr; // clips the bands and bars to the plot area
    QList<QGraphicsRectItem *> bands;  // window occurrences and freezes
    QList<QPair<QDateTime, QDateTime>> bandTimes;
    QList<StepBarItem *> bars;
    QList<int> rows; // the steps shown, one row each: those in the visible time
    bool relabelling = false;
    QButtonGroup *zoomButtons = nullptr;
};

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->chart = new QChart;
    d->chart->setTitle(tr("Upgrade schedule"));
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    d->xAxis = new QDateTimeAxis;
    d->xAxis->setTitleText(tr("Date and time (project time zone)"));
    d->yAxis = new QCategoryAxis;
    d->yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    d->yAxis->setReverse(true);
    d->yAxis->setGridLineVisible(false);
    QFont rowFont = d->yAxis->labelsFont();
    rowFont.setPointSizeF(7);
    d->yAxis->setLabelsFont(rowFont);
    d->chart->addAxis(d->xAxis, Qt::AlignBottom);
    d->chart->addAxis(d->yAxis, Qt::AlignLeft);
    d->anchor = new QLineSeries;
    d->chart->addSeries(d->anchor);
    d->anchor->attachAxis(d->xAxis);
    d->anchor->attachAxis(d->yAxis);
    d->anchor->setPen(Qt::NoPen);

    // Legend: empty series that only lend their colour and name to the legend.
    auto legendEntry = [this](const QString &name, const QBrush &brush) {
        auto *lower = new QLineSeries(d->chart);
        auto *series = new QAreaSeries(new QLineSeries(d->chart), lower);
        series->setName(name);
        series->setBrush(brush);
        series->setPen(QPen(brush.color().darker(130)));
        d->chart->addSeries(series);
    };
    legendEntry(tr("Maintenance window"), timelineWindowColor());
    legendEntry(tr("Freeze"), timelineFreezeColor());
    const QString phaseNames[] = {tr("Prepare"), tr("Backup"), tr("Execute"), tr("Verify"),
                                  tr("Go/no-go decision"), tr("Rollback reserve")};
    for (int i = 0; i < StepBarItem::PhaseCount; ++i)
        legendEntry(phaseNames[i], timelinePhaseColor(i));
    auto *ponr = new QLineSeries(d->chart);
    ponr->setName(tr("Point of no return"));
    ponr->setPen(QPen(QColor(0xd0, 0x10, 0x10), 3));
    d->chart->addSeries(ponr);
    d->chart->legend()->setAlignment(Qt::AlignTop);
    d->chart->legend()->markers(d->anchor).constFirst()->setVisible(false);

    d->clip = new QGraphicsRectItem(d->chart);
    d->clip->setPen(Qt::NoPen);
    d->clip->setFlag(QGraphicsItem::ItemClipsChildrenToShape);
    d->clip->setZValue(1);

    d->view = new TimelineChartView(d->chart);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->onBarClicked = [this](int step) {
        if (m_selection && step >= 0 && step < m_schedule.steps.size())
            m_selection->setSelection({m_schedule.steps[step].component}, this);
        Q_EMIT stepClicked(step);
    };
    d->view->onZoom = [this](qreal factor, qreal x) {
        const QRectF plot = d->chart->plotArea();
        const qreal from = axisValue(visibleFrom()), to = axisValue(visibleTo());
        const qreal at = from + (to - from) * qBound(0.0, (x - plot.left()) / plot.width(), 1.0);
        const qreal span = qBound(qreal(4 * HourMs), (to - from) * factor, qreal(120 * DayMs));
        const qreal share = (at - from) / (to - from);
        setVisibleRange(fromAxis(at - span * share), fromAxis(at + span * (1 - share)));
    };
    d->view->onPan = [this](qreal dx) {
        const qreal from = axisValue(visibleFrom()), to = axisValue(visibleTo());
        const qreal shift = -dx / qMax(1.0, d->chart->plotArea().width()) * (to - from);
        setVisibleRange(fromAxis(from + shift), fromAxis(to + shift));
    };

    auto *buttons = new QHBoxLayout;
    d->zoomButtons = new QButtonGroup(this);
    const QString zoomNames[] = {tr("Quarter"), tr("Month"), tr("Week"), tr("Night")};
    for (int i = 0; i < 4; ++i) {
        auto *b = new QPushButton(zoomNames[i], this);
        d->zoomButtons->addButton(b, i);
        buttons->addWidget(b);
    }
    connect(d->zoomButtons, &QButtonGroup::idClicked, this,
            [this](int id) { setZoom(Zoom(id)); });
    buttons->addWidget(new QLabel(tr("Wheel: zoom · drag: pan · click a bar: select"), this));
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(d->view, 1);

    connect(d->chart, &QChart::plotAreaChanged, this, [this] { layoutItems(); });
    connect(d->xAxis, &QDateTimeAxis::rangeChanged, this, [this] { layoutItems(); });
    rebuild();
}

TimelineView::~TimelineView() = default;

void TimelineView::setSelection(ComponentSelection *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (m_selection)
        connect(m_selection, &ComponentSelection::selectionChanged, this,
                [this] { followSelection(); });
    followSelection();
}

void TimelineView::setSchedule(const Estate &estate, const Schedule &schedule)
{
    m_estate = estate;
    m_schedule = schedule;
    rebuild();
}

QWidget *TimelineView::chartWidget() const
{
    return d->view->viewport();
}

void TimelineView::rebuild()
{
    qDeleteAll(d->bands);
    d->bands.clear();
    d->bandTimes.clear();
    qDeleteAll(d->bars);
    d->bars.clear();

    const QString project = m_estate.project.name;
    d->chart->setTitle(project.isEmpty() ? tr("Upgrade schedule")
                                         : tr("Upgrade schedule: %1").arg(project));

    auto addBand = [this](const QDateTime &from, const QDateTime &to, const QColor &color,
                          const QString &tip, qreal z) {
        auto *band = new QGraphicsRectItem(d->clip);
        band->setPen(Qt::NoPen);
        band->setBrush(color);
        band->setToolTip(tip);
        band->setZValue(z);
        d->bands.append(band);
        d->bandTimes.append({from, to});
    };
    for (const WindowOccurrence &w : std::as_const(m_schedule.windows)) {
        QString tip = tr("Window %1: %2 to %3, %n lane(s)", nullptr, w.parallel)
                          .arg(w.window, timeText(w.start), timeText(w.end));
        if (!w.freeze.isEmpty())
            tip += u'\n' + tr("Not used: overlaps the freeze \"%1\"").arg(w.freeze);
        addBand(w.start, w.end, timelineWindowColor(), tip, 0);
    }
    for (const Freeze &f : std::as_const(m_estate.freezes)) {
        QDateTime from(f.days.start, QTime(0, 0), Qt::UTC);
        QDateTime to(f.days.end.addDays(1), QTime(0, 0), Qt::UTC);
        QColor c = timelineFreezeColor();
        c.setAlpha(170);
        addBand(from, to, c, tr("Freeze %1 to %2: %3")
                                 .arg(f.days.start.toString(Qt::ISODate),
                                      f.days.end.toString(Qt::ISODate), f.reason), 1);
    }

    for (int i = 0; i < m_schedule.steps.size(); ++i) {
        const ScheduledStep &s = m_schedule.steps[i];
        auto *bar = new StepBarItem(i, d->clip);
        bar->setLabel(QStringLiteral("%1 %2 → %3").arg(s.component, s.from.text(), s.to.text()));
        const Component *c = m_estate.find(s.component);
        const QString name = c && !c->name.isEmpty() ? c->name : s.component;
        bar->setToolTip(tr("<b>%1</b> (%2)<br>%3 → %4<br>Window %5, lane %6<br>"
                           "Prepare: %7<br>Backup: %8<br>Execute: %9<br>Verify: %10<br>"
                           "Verified: %11<br>Decision taken: %12<br>"
                           "<b>Point of no return: %13</b><br>Worst case (rollback) ends: %14")
                            .arg(name.toHtmlEscaped(), s.component.toHtmlEscaped(),
                                 s.from.text().toHtmlEscaped(), s.to.text().toHtmlEscaped(),
                                 s.window >= 0 && s.window < m_schedule.windows.size()
                                     ? m_schedule.windows[s.window].key()
                                     : QString(),
                                 QString::number(s.lane + 1), timeText(s.start),
                                 timeText(s.backupStart), timeText(s.executeStart))
                            .arg(timeText(s.verifyStart), timeText(s.end), timeText(s.decided),
                                 timeText(s.pointOfNoReturn), timeText(s.rollbackEnd)));
        d->bars.append(bar);
    }
    d->rows = {-1}; // forces the rows to be laid out anew
    d->anchor->clear();
    d->anchor->append(0, 0);

    d->chart->setTitle(d->chart->title()
                       + tr(" — %n step(s)", nullptr, int(m_schedule.steps.size()))
                       + tr(", %n window(s) used", nullptr, m_schedule.windowsUsed));
    // start on the first used night, or a quarter from the first window
    QDateTime first;
    if (!m_schedule.steps.isEmpty())
        first = m_schedule.steps.constFirst().start;
    else if (!m_schedule.windows.isEmpty())
        first = m_schedule.windows.constFirst().start;
    else
        first = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    QDateTime last = m_schedule.finish.isValid() ? m_schedule.finish : first.addDays(7);
    setVisibleRange(first.addSecs(-12 * 3600), last.addSecs(12 * 3600));
    followSelection();
}

void TimelineView::setZoom(Zoom zoom)
{
    const qint64 spans[] = {91 * DayMs, 31 * DayMs, 7 * DayMs, 14 * HourMs};
    qreal centre = (axisValue(visibleFrom()) + axisValue(visibleTo())) / 2;
    if (zoom == Zoom::Night) {
        const ScheduledStep *target = nullptr;
        for (const ScheduledStep &s : std::as_const(m_schedule.steps)) {
            if (!target || (m_selection && m_selection->isSelected(s.component))) {
                target = &s;
                if (m_selection && m_selection->isSelected(s.component))
                    break;
            }
        }
        if (target && target->window >= 0 && target->window < m_schedule.windows.size()) {
            const WindowOccurrence &w = m_schedule.windows[target->window];
            centre = (axisValue(w.start) + axisValue(w.end)) / 2;
        }
    }
    const qreal half = spans[int(zoom)] / 2.0;
    // never waste the view on the time before the first window
    if (zoom != Zoom::Night && !m_schedule.windows.isEmpty())
        centre = qMax(centre, axisValue(m_schedule.windows.constFirst().start) - DayMs / 2 + half);
    setVisibleRange(fromAxis(centre - half), fromAxis(centre + half));
}

void TimelineView::setVisibleRange(const QDateTime &from, const QDateTime &to)
{
    const qint64 span = qint64(axisValue(to) - axisValue(from));
    if (span <= 2 * DayMs) {
        d->xAxis->setFormat(QStringLiteral("ddd dd MMM\nHH:mm"));
        d->xAxis->setTickCount(8);
    } else if (span <= 10 * DayMs) {
        d->xAxis->setFormat(QStringLiteral("ddd dd MMM"));
        d->xAxis->setTickCount(qMin(11, int(span / DayMs) + 1));
    } else {
        d->xAxis->setFormat(QStringLiteral("dd MMM yyyy"));
        d->xAxis->setTickCount(8);
    }
    d->xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(axisValue(from))),
                       QDateTime::fromMSecsSinceEpoch(qint64(axisValue(to))));
    layoutItems();
}

QDateTime TimelineView::visibleFrom() const
{
    return fromAxis(qreal(d->xAxis->min().toMSecsSinceEpoch()));
}

QDateTime TimelineView::visibleTo() const
{
    return fromAxis(qreal(d->xAxis->max().toMSecsSinceEpoch()));
}

qreal TimelineView::xForTime(const QDateTime &time) const
{
    return d->chart->mapToPosition(QPointF(axisValue(time), 0), d->anchor).x();
}

void TimelineView::layoutItems() const
{
    const QRectF plot = d->chart->plotArea();
    d->clip->setRect(plot);
    for (int i = 0; i < d->bands.size(); ++i) {
        const qreal x1 = xForTime(d->bandTimes[i].first);
        const qreal x2 = xForTime(d->bandTimes[i].second);
        d->bands[i]->setRect(QRectF(QPointF(x1, plot.top()), QPointF(x2, plot.bottom())));
    }
    updateRows();
    for (StepBarItem *bar : std::as_const(d->bars))
        bar->setVisible(false);
    for (int row = 0; row < d->rows.size(); ++row) {
        const int i = d->rows[row];
        const ScheduledStep &s = m_schedule.steps[i];
        d->bars[i]->setVisible(true);
        const qreal top = d->chart->mapToPosition(QPointF(0, row + 0.2), d->anchor).y();
        const qreal bottom = d->chart->mapToPosition(QPointF(0, row + 0.8), d->anchor).y();
        const QDateTime bounds[] = {s.start, s.backupStart, s.executeStart, s.verifyStart,
                                    s.end, s.decided, s.rollbackEnd};
        std::array<QRectF, StepBarItem::PhaseCount> rects;
        for (int p = 0; p < StepBarItem::PhaseCount; ++p) {
            if (bounds[p].isValid() && bounds[p + 1].isValid() && bounds[p + 1] > bounds[p])
                rects[p] = QRectF(QPointF(xForTime(bounds[p]), qMin(top, bottom)),
                                  QPointF(xForTime(bounds[p + 1]), qMax(top, bottom)));
            // at a quarter's zoom a step is minutes wide: keep every phase visible
            if (!rects[p].isEmpty() && rects[p].width() < 1)
                rects[p].setWidth(1);
        }
        d->bars[i]->setGeometry(rects, xForTime(s.pointOfNoReturn));
    }
}

void TimelineView::updateRows() const
{
    // Only the steps in the visible time get a row, so that a night shows its few steps
    // large and labelled, while a quarter shows them all as thin lines.
    const QDateTime from = visibleFrom(), to = visibleTo();
    QList<int> rows;
    for (int i = 0; i < m_schedule.steps.size(); ++i) {
        const ScheduledStep &s = m_schedule.steps[i];
        const QDateTime last = s.rollbackEnd.isValid() ? s.rollbackEnd : s.end;
        if (s.start < to && last > from)
            rows.append(i);
    }
    if (rows == d->rows || d->relabelling)
        return;
    d->relabelling = true;
    d->rows = rows;
    const auto labels = d->yAxis->categoriesLabels();
    for (const QString &label : labels)
        d->yAxis->remove(label);
    for (int row = 0; row < rows.size(); ++row) {
        // category labels must be unique: a component's second step gets its number
        const QString &component = m_schedule.steps[rows[row]].component;
        QString label = component;
        for (int n = 2; d->yAxis->categoriesLabels().contains(label); ++n)
            label = QStringLiteral("%1 (%2)").arg(component).arg(n);
        d->yAxis->append(label, row + 1);
    }
    d->yAxis->setLabelsVisible(false); // the bars carry their names; axis labels would be elided
    d->yAxis->setStartValue(0);
    d->yAxis->setRange(0, qMax(12, int(rows.size())));
    d->relabelling = false;
}

int TimelineView::barCount() const
{
    return int(d->bars.size());
}

QRectF TimelineView::phaseRect(int step, Phase phase) const
{
    if (step < 0 || step >= d->bars.size())
        return {};
    return d->view->mapFromScene(d->clip->mapToScene(d->bars[step]->phaseRect(int(phase))))
        .boundingRect();
}

qreal TimelineView::pointOfNoReturnX(int step) const
{
    if (step < 0 || step >= d->bars.size())
        return 0;
    return d->view->mapFromScene(d->clip->mapToScene(QPointF(d->bars[step]->pointOfNoReturnX(), 0)))
        .x();
}

bool TimelineView::isBarHighlighted(int step) const
{
    return step >= 0 && step < d->bars.size() && d->bars[step]->isHighlighted();
}

void TimelineView::followSelection()
{
    for (StepBarItem *bar : std::as_const(d->bars)) {
        const QString &id = m_schedule.steps[bar->step()].component;
        bar->setHighlighted(m_selection && m_selection->isSelected(id));
    }
}

QImage TimelineView::renderImage(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderChart(&painter, QRectF(QPointF(0, 0), size), size);
    }
    return image;
}

void TimelineView::renderChart(QPainter *painter, const QRectF &target,
                               const QSize &layoutSize) const
{
    const QRectF old = d->chart->geometry();
    d->chart->setGeometry(QRectF(QPointF(0, 0), layoutSize));
    d->chart->layout()->activate();
    layoutItems();
    d->chart->scene()->render(painter, target, QRectF(QPointF(0, 0), layoutSize));
    d->chart->setGeometry(old);
    layoutItems();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutItems();
}

} // namespace planner
