// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineView.h"

#include "TimelineItems.h"
#include "TimelineText.h"
#include "itemmodels/ComponentSelection.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
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

} // namespace

struct TimelineView::Private
{
    QChart *chart = nullptr;
    TimelineChartView *view = nullptr;
    QDateTimeAxis *xAxis = nullptr;
    QCategoryAxis *yAxis = nullptr;
    QLineSeries *anchor = nullptr;
    QGraphicsRectItem *clip = nullptr; // clips the bands and bars to the plot area
    QList<WindowBandItem *> bands;     // window occurrences and freezes
    QList<QPair<QDateTime, QDateTime>> bandTimes;
    QList<StepBarItem *> bars;
    QList<int> rows; // the steps shown, one row each: those in the visible time
    QString title;   // the chart's title, left out when the view is short
    bool compact = false;
    QButtonGroup *zoomButtons = nullptr;
};

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->chart = new QChart;
    d->chart->setTitle(tr("Upgrade schedule"));
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    // The axis writes day and month names in the program's language (QLocale's default, set
    // from the preferences), not the system's.
    d->chart->setLocale(QLocale());
    d->xAxis = new QDateTimeAxis;
    d->xAxis->setTitleText(tr("Date and time (project time zone)"));
    d->yAxis = new QCategoryAxis;
    d->yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    d->yAxis->setReverse(true);
    d->yAxis->setGridLineVisible(false);
    // Rows are laid out by hand under the bands' labels; the bars carry their names.
    d->yAxis->setLabelsVisible(false);
    d->yAxis->setRange(0, 1);
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
    legendEntry(tr("Window"), timelineWindowColor());
    legendEntry(tr("Freeze"), timelineFreezeColor());
    const QString phaseNames[] = {tr("Prepare"),           tr("Backup"),
                                  tr("Execute"),           tr("Verify"),
                                  tr("Go/no-go decision"), tr("Rollback reserve")};
    for (int i = 0; i < StepBarItem::PhaseCount; ++i)
        legendEntry(phaseNames[i], timelinePhaseColor(i));
    auto *ponr = new QLineSeries(d->chart);
    ponr->setName(tr("Point of no return"));
    ponr->setPen(QPen(QColor(0xd0, 0x10, 0x10), 3));
    d->chart->addSeries(ponr);
    d->chart->legend()->setAlignment(Qt::AlignTop);
    QFont legendFont = d->chart->legend()->font();
    legendFont.setPointSizeF(8); // every entry whole in a narrow window
    d->chart->legend()->setFont(legendFont);
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
    d->view->onBandClicked = [this](int occurrence) {
        zoomToWindow(occurrence);
        Q_EMIT windowClicked(occurrence);
    };
    d->view->onBarContextMenu = [this](int step, const QPoint &globalPos) {
        showStepMenu(step, globalPos);
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
    connect(d->zoomButtons, &QButtonGroup::idClicked, this, [this](int id) { setZoom(Zoom(id)); });
    auto *hint = new QLabel(tr("Wheel: zoom · drag: pan · click a window: zoom to it · "
                               "click a bar: select · right-click a bar: more"),
                            this);
    hint->setWordWrap(true); // never sets the window's width
    hint->setMinimumWidth(1);
    buttons->addWidget(hint, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(d->view, 1);

    connect(d->chart, &QChart::plotAreaChanged, this, [this] {
        updateTicks();
        layoutItems();
    });
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

    auto addBand = [this](int occurrence, const QDateTime &from, const QDateTime &to,
                          const QColor &color, const QString &tip, qreal z) {
        auto *band = new WindowBandItem(occurrence, d->clip);
        band->setBrush(color);
        band->setToolTip(tip);
        band->setZValue(z);
        d->bands.append(band);
        d->bandTimes.append({from, to});
        return band;
    };
    for (int i = 0; i < m_schedule.windows.size(); ++i) {
        const WindowOccurrence &w = m_schedule.windows[i];
        QString tip = tr("Window %1, %n lane(s)", nullptr, w.parallel)
                          .arg(TimelineText::occurrence(w));
        tip += u'\n'
               + (w.isUsed() ? tr("%n step(s) planned in it", nullptr, int(w.steps.size()))
                             : tr("No step planned in it"));
        if (!w.freeze.isEmpty())
            tip += u'\n' + tr("Not used: overlaps the freeze \"%1\"").arg(w.freeze);
        tip += u'\n' + tr("Click to zoom to this window");
        addBand(i, w.start, w.end, timelineWindowColor(), tip, 0)
            ->setLabel(w.window, TimelineText::day(w.start.date(), false));
    }
    for (const Freeze &f : std::as_const(m_estate.freezes)) {
        QDateTime from(f.days.start, QTime(0, 0), Qt::UTC);
        QDateTime to(f.days.end.addDays(1), QTime(0, 0), Qt::UTC);
        QColor c = timelineFreezeColor();
        c.setAlpha(170);
        addBand(-1, from, to, c,
                tr("Freeze %1 to %2: %3")
                    .arg(TimelineText::day(f.days.start, true), TimelineText::day(f.days.end, true),
                         f.reason),
                1);
    }

    for (int i = 0; i < m_schedule.steps.size(); ++i) {
        const ScheduledStep &s = m_schedule.steps[i];
        auto *bar = new StepBarItem(i, d->clip);
        bar->setLabels(TimelineText::stepTitle(s.component, s.from, s.to), s.component);
        bar->setToolTip(TimelineText::stepHtml(m_estate, m_schedule, i));
        d->bars.append(bar);
    }
    d->anchor->clear();
    d->anchor->append(0, 0);

    d->title = d->chart->title() + tr(" — %n step(s)", nullptr, int(m_schedule.steps.size()))
               + tr(", %n window(s) used", nullptr, m_schedule.windowsUsed);
    setCompact(d->compact);
    openingRange();
    followSelection();
}

void TimelineView::openingRange()
{
    // The first used occurrence and those following within three days: their steps are
    // readable with labels, and a click on a band or the zoom buttons show the rest.
    QDateTime from, to;
    for (const WindowOccurrence &w : std::as_const(m_schedule.windows)) {
        if (!w.isUsed())
            continue;
        if (from.isValid() && from.secsTo(w.end) > 3 * 24 * 3600)
            break;
        if (!from.isValid())
            from = w.start;
        to = qMax(to, qMax(w.end, w.worstCaseEnd));
    }
    if (!from.isValid()) {
        from = m_schedule.windows.isEmpty() ? QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC)
                                            : m_schedule.windows.constFirst().start;
        to = from.addDays(7);
    }
    const qint64 pad = qMax<qint64>(3600, from.secsTo(to) / 20);
    setVisibleRange(from.addSecs(-pad), to.addSecs(pad));
}

void TimelineView::zoomToWindow(int occurrence)
{
    if (occurrence < 0 || occurrence >= m_schedule.windows.size())
        return;
    const WindowOccurrence &w = m_schedule.windows[occurrence];
    const QDateTime end = qMax(w.end, w.worstCaseEnd);
    const qint64 pad = qMax<qint64>(30 * 60, w.start.secsTo(end) / 25);
    setVisibleRange(w.start.addSecs(-pad), end.addSecs(pad));
}

void TimelineView::zoomToStep(int step)
{
    if (step >= 0 && step < m_schedule.steps.size())
        zoomToWindow(m_schedule.steps[step].window);
}

void TimelineView::showStepMenu(int step, const QPoint &globalPos)
{
    if (step < 0 || step >= m_schedule.steps.size())
        return;
    const ScheduledStep &s = m_schedule.steps[step];
    QMenu menu(this);
    QAction *select = menu.addAction(tr("Select %1").arg(s.component));
    select->setEnabled(m_selection);
    QAction *zoom = menu.addAction(tr("Zoom to Its Window"));
    zoom->setEnabled(s.window >= 0);
    QAction *copy = menu.addAction(tr("Copy Step Details"));
    QAction *chosen = menu.exec(globalPos);
    if (chosen == select && m_selection)
        m_selection->setSelection({s.component}, this);
    else if (chosen == zoom)
        zoomToStep(step);
    else if (chosen == copy)
        QGuiApplication::clipboard()->setText(TimelineText::plain(stepToolTip(step)));
}

QString TimelineView::stepToolTip(int step) const
{
    return step >= 0 && step < d->bars.size() ? d->bars[step]->toolTip() : QString();
}

QString TimelineView::barLabel(int step) const
{
    if (step < 0 || step >= d->bars.size() || !d->bars[step]->isVisible())
        return QString();
    return d->bars[step]->shownLabel();
}

QRectF TimelineView::windowBandRect(int occurrence) const
{
    for (WindowBandItem *band : std::as_const(d->bands))
        if (band->occurrence() == occurrence && occurrence >= 0)
            return d->view->mapFromScene(d->clip->mapToScene(band->rect())).boundingRect();
    return {};
}

QString TimelineView::windowBandLabel(int occurrence) const
{
    for (WindowBandItem *band : std::as_const(d->bands))
        if (band->occurrence() == occurrence && occurrence >= 0)
            return band->shownLabel();
    return QString();
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
    d->xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(axisValue(from))),
                       QDateTime::fromMSecsSinceEpoch(qint64(axisValue(to))));
    updateTicks();
    layoutItems();
}

void TimelineView::updateTicks()
{
    const qint64 span = qint64(axisValue(visibleTo()) - axisValue(visibleFrom()));
    // As many ticks as fit their labels whole in the plot's width.
    auto setTickCount = [this](int n) {
        if (d->xAxis->tickCount() != n)
            d->xAxis->setTickCount(n);
    };
    auto setFormat = [this](const QString &format) {
        if (d->xAxis->format() != format)
            d->xAxis->setFormat(format);
    };
    const qreal width = d->chart->plotArea().width() > 50 ? d->chart->plotArea().width() : 900;
    const int fitting = qBound(3, int(width / 125) + 1, 9);
    if (span <= 2 * DayMs) {
        setFormat(TimelineText::datePattern(true, false) + QStringLiteral(" HH:mm"));
        setTickCount(fitting);
    } else if (span <= 10 * DayMs) {
        setFormat(TimelineText::datePattern(true, false));
        setTickCount(qMin(fitting + 2, int(span / DayMs) + 1));
    } else {
        setFormat(TimelineText::datePattern(false, true));
        setTickCount(fitting);
    }
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
    // Rows below the strip where the bands carry their labels; no higher than a label needs,
    // so that a night with two steps does not draw two giant bars.
    const qreal strip = WindowBandItem::labelHeight();
    const qreal rowHeight = qMin(26.0,
                                 qMax(0.0, plot.height() - strip) / qMax(1, int(d->rows.size())));
    for (int row = 0; row < d->rows.size(); ++row) {
        const int i = d->rows[row];
        const ScheduledStep &s = m_schedule.steps[i];
        d->bars[i]->setVisible(true);
        const qreal top = plot.top() + strip + (row + 0.15) * rowHeight;
        const qreal bottom = plot.top() + strip + (row + 0.85) * rowHeight;
        const QDateTime bounds[] = {s.start, s.backupStart, s.executeStart, s.verifyStart,
                                    s.end,   s.decided,     s.rollbackEnd};
        std::array<QRectF, StepBarItem::PhaseCount> rects;
        for (int p = 0; p < StepBarItem::PhaseCount; ++p) {
            if (bounds[p].isValid() && bounds[p + 1].isValid() && bounds[p + 1] > bounds[p])
                rects[p] = QRectF(QPointF(xForTime(bounds[p]), top),
                                  QPointF(xForTime(bounds[p + 1]), bottom));
            // at a quarter's zoom a step is minutes wide: keep every phase visible
            if (!rects[p].isEmpty() && rects[p].width() < 1)
                rects[p].setWidth(1);
        }
        d->bars[i]->setRoom(plot);
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
    d->rows = rows;
}

int TimelineView::barCount() const
{
    return int(d->bars.size());
}

QRectF TimelineView::phaseRect(int step, Phase phase) const
{
    if (step < 0 || step >= d->bars.size())
        return {};
    // In fractions of a pixel: mapFromScene() would round each corner to whole pixels.
    return d->view->viewportTransform().mapRect(
        d->clip->mapRectToScene(d->bars[step]->phaseRect(int(phase))));
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
    const bool compact = d->compact;
    const_cast<TimelineView *>(this)->setCompact(false); // a printed chart has its titles
    d->chart->setGeometry(QRectF(QPointF(0, 0), layoutSize));
    d->chart->layout()->activate();
    layoutItems();
    d->chart->scene()->render(painter, target, QRectF(QPointF(0, 0), layoutSize));
    const_cast<TimelineView *>(this)->setCompact(compact);
    d->chart->setGeometry(old);
    layoutItems();
}

void TimelineView::setCompact(bool compact)
{
    // A short view (a small screen) gives the title and the axis title's room to the rows:
    // the panel's summary line says what the title says.
    d->compact = compact;
    d->chart->setTitle(compact ? QString() : d->title);
    d->xAxis->setTitleVisible(!compact);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if ((height() < 480) != d->compact)
        setCompact(height() < 480);
    layoutItems();
}

} // namespace planner
