// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioCompareDialog.h"

#include "inventory/Scenario.h"
#include "schedule/ScheduleText.h"
#include "timeline/TimelineView.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <optional>

namespace planner {

namespace {

// One row of the figures table: its label, the value that is compared (nullopt: not a number
// to compare), how it reads, and whether less is better.
struct FigureRow
{
    QString label;
    std::function<std::optional<qint64>(const ScenarioFigures &)> value;
    std::function<QString(const ScenarioFigures &)> text;
    bool lessIsBetter = true;
    enum Unit { Count, Minutes, Time } unit = Count;
    bool neutral = false; ///< a difference is neither better nor worse
};

QString dateText(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when, QLocale::ShortFormat)
                          : ScenarioCompareDialog::tr("nothing placed");
}

QString deltaText(qint64 delta, FigureRow::Unit unit)
{
    const bool seconds = unit == FigureRow::Time;
    const bool minutes = unit == FigureRow::Minutes;
    if (delta == 0)
        return QString();
    const QString sign = delta > 0 ? QStringLiteral("+") : QStringLiteral("−");
    const qint64 size = qAbs(delta);
    if (seconds) {
        const qint64 days = size / 86400;
        if (days >= 1)
            return ScenarioCompareDialog::tr("%1%n day(s)", nullptr, int(days)).arg(sign);
        return sign + durationText(int(size / 60));
    }
    return minutes ? sign + durationText(int(size)) : sign + QString::number(size);
}

QString scenarioTitle(const ScenarioFigures &f)
{
    return f.name == baselineScenarioName() ? ScenarioCompareDialog::tr("Baseline") : f.name;
}

} // namespace

ScenarioCompareDialog::ScenarioCompareDialog(const Estate &project, const QStringList &names,
                                             QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_figures(new QTableWidget(this))
    , m_moved(new QTableWidget(this))
    , m_timelineBox(new QVBoxLayout)
{
    setObjectName(QStringLiteral("scenarioCompareDialog"));
    setWindowTitle(tr("Compare Scenarios"));
    setSizeGripEnabled(true);

    m_list->setObjectName(QStringLiteral("scenarioList"));
    m_list->setToolTip(tr("Tick the scenarios to compare; the first ticked is the one the others "
                          "are measured against"));
    m_list->setMaximumWidth(220);
    auto *listBox = new QVBoxLayout;
    auto *listLabel = new QLabel(tr("Scenarios compared:"), this);
    listLabel->setBuddy(m_list);
    listBox->addWidget(listLabel);
    listBox->addWidget(m_list);
    auto *legend = new QLabel(tr("Each figure is set against the first scenario: "
                                 "<span style='color:#1b7f3b'>green</span> is better, "
                                 "<span style='color:#b3261e'>red</span> worse."),
                              this);
    legend->setWordWrap(true);
    legend->setMaximumWidth(220);
    listBox->addWidget(legend);
    listBox->addWidget(m_status);
    m_status->setWordWrap(true);
    m_status->setMaximumWidth(220);

    m_figures->setObjectName(QStringLiteral("figuresTable"));
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->setSelectionMode(QAbstractItemView::NoSelection);
    m_figures->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_figures->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_moved->setObjectName(QStringLiteral("movedTable"));
    m_moved->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_moved->setColumnCount(4);
    m_moved->setHorizontalHeaderLabels({tr("Scenario"), tr("Step"), tr("Was"), tr("Now")});
    m_moved->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_moved->horizontalHeader()->setStretchLastSection(true);
    m_moved->verticalHeader()->hide();

    auto *tables = new QSplitter(Qt::Horizontal, this);
    auto *figuresBox = new QWidget(tables);
    auto *figuresLayout = new QVBoxLayout(figuresBox);
    figuresLayout->setContentsMargins(0, 0, 0, 0);
    figuresLayout->addWidget(new QLabel(tr("<b>Figures</b>"), figuresBox));
    figuresLayout->addWidget(m_figures);
    auto *movedBox = new QWidget(tables);
    auto *movedLayout = new QVBoxLayout(movedBox);
    movedLayout->setContentsMargins(0, 0, 0, 0);
    movedLayout->addWidget(
        new QLabel(tr("<b>Steps that moved</b> (against the first scenario)"), movedBox));
    movedLayout->addWidget(m_moved);
    tables->addWidget(figuresBox);
    tables->addWidget(movedBox);
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 2);

    auto *timelines = new QWidget(this);
    timelines->setLayout(m_timelineBox);
    m_timelineBox->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(timelines);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tables);
    split->addWidget(scroll);
    // The figures need about a third; the timelines, one above the other, get the rest.
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({380, 620});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *main = new QHBoxLayout;
    main->addLayout(listBox);
    main->addWidget(split, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(main, 1);
    layout->addWidget(buttons);

    connect(&m_watcher, &QFutureWatcher<ScenarioComparison>::finished, this, [this] {
        if (m_again) {
            m_again = false;
            start();
            return;
        }
        showComparison(m_watcher.result());
    });
    connect(m_list, &QListWidget::itemChanged, this, [this] { start(); });
    fillList(names);
    resize(parent ? parent->size() * 0.92 : QSize(1400, 900));
    start();
}

ScenarioCompareDialog::~ScenarioCompareDialog()
{
    m_watcher.waitForFinished();
}

void ScenarioCompareDialog::fillList(const QStringList &ticked)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    QStringList names{baselineScenarioName()};
    for (const Scenario &s : m_project.scenarios)
        names << s.name;
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name == baselineScenarioName() ? tr("Baseline") : name,
                                         m_list);
        item->setData(Qt::UserRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(name, Qt::CaseInsensitive) ? Qt::Checked
                                                                       : Qt::Unchecked);
        if (const Scenario *s = findScenario(m_project, name); s && !s->description.isEmpty())
            item->setToolTip(s->description);
    }
}

QStringList ScenarioCompareDialog::tickedNames() const
{
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            names << m_list->item(i)->data(Qt::UserRole).toString();
    return names;
}

void ScenarioCompareDialog::setProject(const Estate &project)
{
    const QStringList ticked = tickedNames();
    m_project = project;
    fillList(ticked);
    start();
}

void ScenarioCompareDialog::start()
{
    if (m_watcher.isRunning()) {
        m_again = true; // the newest project and choice win once this one ends
        return;
    }
    const QStringList names = tickedNames();
    m_status->setText(names.size() < 2
                          ? tr("Tick two or more scenarios.")
                          : tr("Comparing %n scenario(s)…", nullptr, int(names.size())));
    if (names.size() < 2)
        return;
    m_watcher.setFuture(QtConcurrent::run(
        [project = m_project, names] { return compareScenarios(project, names); }));
}

void ScenarioCompareDialog::showComparison(const ScenarioComparison &comparison)
{
    m_comparison = comparison;
    m_status->clear();
    showFigures();
    showMoved();
    showTimelines();
    Q_EMIT compared();
}

void ScenarioCompareDialog::showFigures()
{
    const QList<ScenarioFigures> &all = m_comparison.scenarios;
    const auto number = [](int ScenarioFigures::*member) {
        return [member](const ScenarioFigures &f) { return std::optional<qint64>(f.*member); };
    };
    const auto plain = [](int ScenarioFigures::*member) {
        return [member](const ScenarioFigures &f) { return QString::number(f.*member); };
    };
    QList<FigureRow> rows{
        {tr("Changes on the baseline"), number(&ScenarioFigures::changes),
         plain(&ScenarioFigures::changes), false, FigureRow::Count, true},
        {tr("Finish (last step verified)"),
         [](const ScenarioFigures &f) {
             return f.finish.isValid() ? std::optional<qint64>(f.finish.toSecsSinceEpoch())
                                       : std::nullopt;
         },
         [](const ScenarioFigures &f) { return dateText(f.finish); }, true, FigureRow::Time},
        {tr("Windows used"), number(&ScenarioFigures::windowsUsed),
         plain(&ScenarioFigures::windowsUsed), true},
        {tr("Steps scheduled"), number(&ScenarioFigures::scheduled),
         [](const ScenarioFigures &f) { return tr("%1 of %2").arg(f.scheduled).arg(f.steps); },
         false},
        {tr("Steps not scheduled"), number(&ScenarioFigures::unscheduled),
         plain(&ScenarioFigures::unscheduled), true},
        {tr("Errors (not waived)"), number(&ScenarioFigures::errors),
         plain(&ScenarioFigures::errors), true},
        {tr("Warnings"), number(&ScenarioFigures::warnings), plain(&ScenarioFigures::warnings),
         true},
        {tr("Risk score"), number(&ScenarioFigures::riskScore),
         [](const ScenarioFigures &f) { return tr("%1 (%2)").arg(f.riskScore).arg(f.riskLevel); },
         true},
        {tr("Missing before approval"), number(&ScenarioFigures::readinessItems),
         plain(&ScenarioFigures::readinessItems), true},
    };
    // Downtime per business process, in the first scenario's order.
    if (!all.isEmpty())
        for (qsizetype p = 0; p < all.first().downtime.size(); ++p) {
            const QString process = all.first().downtime[p].process;
            const auto find = [process](const ScenarioFigures &f) -> const ScenarioDowntime * {
                for (const ScenarioDowntime &d : f.downtime)
                    if (d.process == process)
                        return &d;
                return nullptr;
            };
            rows.append({tr("Downtime: %1").arg(all.first().downtime[p].name),
                         [find](const ScenarioFigures &f) {
                             const ScenarioDowntime *d = find(f);
                             return d ? std::optional<qint64>(d->minutes) : std::nullopt;
                         },
                         [find](const ScenarioFigures &f) {
                             const ScenarioDowntime *d = find(f);
                             return d ? tr("%1 (worst case %2)")
                                            .arg(durationText(d->minutes),
                                                 durationText(d->worstCaseMinutes))
                                      : QString();
                         },
                         true, FigureRow::Minutes});
        }

    m_figures->clear();
    m_figures->setRowCount(int(rows.size()));
    m_figures->setColumnCount(int(all.size()));
    QStringList headers;
    for (const ScenarioFigures &f : all)
        headers << scenarioTitle(f);
    m_figures->setHorizontalHeaderLabels(headers);
    for (int c = 0; c < all.size(); ++c)
        m_figures->horizontalHeaderItem(c)->setToolTip(all[c].description);
    for (int r = 0; r < rows.size(); ++r) {
        const FigureRow &row = rows[r];
        m_figures->setVerticalHeaderItem(r, new QTableWidgetItem(row.label));
        const std::optional<qint64> first = all.isEmpty() ? std::nullopt : row.value(all.first());
        for (int c = 0; c < all.size(); ++c) {
            const std::optional<qint64> value = row.value(all[c]);
            QString text = row.text(all[c]);
            auto *item = new QTableWidgetItem;
            if (c > 0 && first && value && *value != *first) {
                const qint64 delta = *value - *first;
                text += QStringLiteral("  (%1)").arg(deltaText(delta, row.unit));
                const bool better = row.lessIsBetter ? delta < 0 : delta > 0;
                if (!row.neutral)
                    item->setForeground(better ? QColor(0x1b, 0x7f, 0x3b)
                                               : QColor(0xb3, 0x26, 0x1e));
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            item->setText(text);
            m_figures->setItem(r, c, item);
        }
    }
}

void ScenarioCompareDialog::showMoved()
{
    const QList<MovedStep> &moved = m_comparison.moved;
    m_moved->setRowCount(int(moved.size()));
    for (int r = 0; r < moved.size(); ++r) {
        const MovedStep &m = moved[r];
        const auto place = [](const QString &occurrence, const QDateTime &start) {
            return occurrence.isEmpty() ? tr("not scheduled")
                                        : QLocale().toString(start, QLocale::ShortFormat);
        };
        QString now = place(m.after, m.startAfter);
        if (m.minutesLater != 0)
            now += QStringLiteral("  (%1)").arg(deltaText(m.minutesLater * 60, FigureRow::Time));
        const QStringList cells{m.scenario,
                                QStringLiteral("%1 %2 → %3").arg(m.component, m.from, m.to),
                                place(m.before, m.startBefore), now};
        for (int c = 0; c < cells.size(); ++c)
            m_moved->setItem(r, c, new QTableWidgetItem(cells[c]));
        if (m.after.isEmpty() || m.minutesLater > 0)
            m_moved->item(r, 3)->setForeground(QColor(0xb3, 0x26, 0x1e));
        else
            m_moved->item(r, 3)->setForeground(QColor(0x1b, 0x7f, 0x3b));
    }
    if (moved.isEmpty()) {
        m_moved->setRowCount(1);
        m_moved->setItem(0, 0, new QTableWidgetItem(tr("No step moved.")));
    }
}

void ScenarioCompareDialog::showTimelines()
{
    while (QLayoutItem *item = m_timelineBox->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_timelines.clear();
    // One time axis for all: from the first window used to the last finish of any scenario.
    QDateTime from;
    QDateTime to;
    for (const ChangeAnalysis &a : m_comparison.analyses)
        for (const WindowOccurrence &o : a.schedule.windows)
            if (o.isUsed()) {
                if (!from.isValid() || o.start < from)
                    from = o.start;
                if (!to.isValid() || o.end > to)
                    to = o.end;
            }
    for (qsizetype i = 0; i < m_comparison.analyses.size(); ++i) {
        const ScenarioFigures &f = m_comparison.scenarios[i];
        auto *title = new QLabel(tr("<b>%1</b>: finish %2, %n window(s) used", nullptr,
                                    f.windowsUsed)
                                         .arg(scenarioTitle(f).toHtmlEscaped(), dateText(f.finish))
                                     + (f.unscheduled > 0
                                            ? tr(", <span style='color:#b3261e'>%n step(s) not "
                                                 "scheduled</span>",
                                                 nullptr, f.unscheduled)
                                            : QString()),
                                 this);
        m_timelineBox->addWidget(title);
        auto *timeline = new TimelineView(this);
        timeline->setObjectName(QStringLiteral("scenarioTimeline%1").arg(i));
        timeline->setMinimumHeight(240);
        timeline->setSchedule(scenarioEstate(m_project, f.name), m_comparison.analyses[i].schedule);
        if (from.isValid())
            timeline->setVisibleRange(from.addDays(-1), to.addDays(1));
        m_timelineBox->addWidget(timeline, 1);
        m_timelines.append(timeline);
    }
}

} // namespace planner
