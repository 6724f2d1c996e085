// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarEditor.h"

#include "CalendarEditorCells.h"

#include "changes/RecordDelegate.h"

#include "commands/ReplaceSectionCommand.h"
#include "inventory/CalendarRules.h"
#include "inventory/EstateStore.h"
#include "inventory/Kinds.h"
#include "inventory/Vocabulary.h"
#include "itemmodels/RecordTableModel.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace planner {

namespace {

// Windows are wall-clock times of the project's zone, carried as UTC so nothing shifts them.
const QString DateTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");
const QString DateFormat = QStringLiteral("yyyy-MM-dd");
const QString HourFormat = QStringLiteral("HH:mm");

QString cell(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->data(Qt::EditRole).toString().trimmed() : QString();
}

QVariant value(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->data(Qt::EditRole) : QVariant();
}

// A cell holds a QDateTime from its editor, or text typed or pasted as 2027-01-16T22:00.
QDateTime timeAt(const QTableWidget *t, int row, int column)
{
    const QVariant v = value(t, row, column);
    QDateTime time = v.typeId() == QMetaType::QDateTime
                         ? v.toDateTime()
                         : QDateTime::fromString(v.toString().trimmed(), Qt::ISODate);
    if (time.isValid())
        time = QDateTime(time.date(), time.time(), Qt::UTC);
    return time;
}

QDate dayAt(const QTableWidget *t, int row, int column)
{
    const QVariant v = value(t, row, column);
    return v.typeId() == QMetaType::QDate ? v.toDate()
                                          : QDate::fromString(v.toString().trimmed(), Qt::ISODate);
}

QTime hourAt(const QTableWidget *t, int row, int column)
{
    const QVariant v = value(t, row, column);
    return v.typeId() == QMetaType::QTime ? v.toTime()
                                          : QTime::fromString(v.toString().trimmed(), HourFormat);
}

int numberAt(const QTableWidget *t, int row, int column, bool *ok)
{
    return value(t, row, column).toString().trimmed().toInt(ok);
}

/// Date, time and date-time cells edited with QDateEdit, QTimeEdit, QDateTimeEdit (the
/// default factory's editors) in the calendar's formats, and shown in them.
class CalendarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &v, const QLocale &locale) const override
    {
        switch (v.typeId()) {
        case QMetaType::QDateTime:
            return v.toDateTime().toString(DateTimeFormat);
        case QMetaType::QDate:
            return v.toDate().toString(DateFormat);
        case QMetaType::QTime:
            return v.toTime().toString(HourFormat);
        default:
            return QStyledItemDelegate::displayText(v, locale);
        }
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // Room for the editor's arrows or calendar button, so it opens without clipping.
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        switch (index.data(Qt::EditRole).typeId()) {
        case QMetaType::QDateTime:
        case QMetaType::QDate:
        case QMetaType::QTime:
            return size + QSize(32, 0);
        default:
            return size;
        }
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *edit = qobject_cast<QDateTimeEdit *>(editor)) {
            switch (index.data(Qt::EditRole).typeId()) {
            case QMetaType::QDateTime:
                edit->setTimeSpec(Qt::UTC);
                edit->setDisplayFormat(DateTimeFormat);
                edit->setCalendarPopup(true);
                break;
            case QMetaType::QDate:
                edit->setDisplayFormat(DateFormat);
                edit->setCalendarPopup(true);
                break;
            default:
                edit->setDisplayFormat(HourFormat);
            }
        }
        return editor;
    }
};

// A yes/no value is a check box; anything else is edited as its type.
void setValue(QTableWidgetItem *item, const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool) {
        item->setFlags((item->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
        item->setData(Qt::CheckStateRole, v.toBool() ? Qt::Checked : Qt::Unchecked);
    } else {
        item->setData(Qt::EditRole, v);
    }
}

QTableWidgetItem *newItem(const QVariant &v)
{
    auto *item = new QTableWidgetItem;
    setValue(item, v);
    return item;
}

bool checkedAt(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item && item->checkState() == Qt::Checked;
}

// "a, b,c" as {"a", "b", "c"}: the comma-separated list cells.
QStringList listAt(const QTableWidget *t, int row, int column)
{
    QStringList out;
    const auto parts = cell(t, row, column).split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts)
        if (const QString item = part.trimmed(); !item.isEmpty())
            out.append(item);
    return out;
}

} // namespace

CalendarEditor::CalendarEditor(EstateStore *store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_message(new QLabel(this))
{
    const QStringList headers[TableCount] = {
        {tr("Id"), tr("Start"), tr("End"), tr("Weekly repeats"), tr("Parallel steps")},
        {tr("First day"), tr("Last day"), tr("Reason")},
        {tr("Id"), tr("Name"), tr("Criticality"), tr("Category"), tr("Uses components"),
         tr("User groups"), tr("External"), tr("Service level"), tr("Longest outage (min)")},
        {tr("Process id"), tr("Days"), tr("From"), tr("To")},
        {tr("Name"), tr("Roles (comma separated)"), tr("Days away")}};
    const QString titles[TableCount] = {tr("Windows"), tr("Freezes"), tr("Processes"),
                                        tr("Peaks"), tr("Staff")};
    auto *tabs = new QTabWidget(this);
    for (int i = 0; i < TableCount; ++i) {
        auto *page = new QWidget(tabs);
        auto *table = new QTableWidget(0, int(headers[i].size()), page);
        table->setHorizontalHeaderLabels(headers[i]);
        table->setItemDelegate(new CalendarDelegate(table));
        // Days of the week as day buttons, days away as date pairs; the cells keep the text
        // the tables have always read (parseDays(), "2027-01-15..2027-01-20; ...").
        if (i == Peaks)
            table->setItemDelegateForColumn(1, new WeekdaysDelegate(table));
        if (i == Staff)
            table->setItemDelegateForColumn(
                2, new AbsencesDelegate([this] { return m_store->estate().project.start; }, table));
        // Criticality and category from their lists (the cells carry the choices).
        if (i == Processes) {
            table->setItemDelegateForColumn(ProcessCriticality, new RecordDelegate(table));
            table->setItemDelegateForColumn(ProcessCategory, new RecordDelegate(table));
            table->horizontalHeaderItem(ProcessCategory)
                ->setToolTip(tr("Emergency, payment, production-control and public-service "
                                "processes get the stricter readiness list"));
            table->horizontalHeaderItem(ProcessUses)
                ->setToolTip(tr("The components the process relies on, by id, separated by "
                                "commas; what they depend on is found through the graph"));
            table->horizontalHeaderItem(ProcessUserGroups)
                ->setToolTip(tr("Who uses the process, separated by commas: they are the "
                                "audience of the messages"));
            table->horizontalHeaderItem(ProcessExternal)
                ->setToolTip(tr("Customers outside the organisation use the process"));
            table->horizontalHeaderItem(ProcessMaxOutage)
                ->setToolTip(tr("The longest outage the service level allows, in minutes; "
                                "empty: not stated"));
        }
        // Every column as wide as its header and its values; only free text (a freeze's
        // reason, a person's days away) takes the room left.
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(i == Freezes || i == Staff);
        m_tables[i] = table;
        auto *add = new QPushButton(tr("Add"), page);
        auto *remove = new QPushButton(tr("Remove"), page);
        connect(add, &QPushButton::clicked, this, [this, i] { addRow(Table(i)); });
        connect(remove, &QPushButton::clicked, this, [this, i] { removeRows(Table(i)); });
        connect(table, &QTableWidget::itemChanged, this, [this, i] {
            if (!m_refreshing)
                cellEdited(Table(i));
        });
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch();
        auto *layout = new QVBoxLayout(page);
        layout->addWidget(table);
        layout->addLayout(buttons);
        tabs->addTab(page, titles[i]);
    }
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00000;"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_message);
    connect(m_store, &EstateStore::changed, this, &CalendarEditor::refresh);
    refresh();
}

QTableWidget *CalendarEditor::table(Table which) const
{
    return m_tables[which];
}

QString CalendarEditor::message() const
{
    return m_message->text();
}

void CalendarEditor::refresh()
{
    m_refreshing = true;
    const Estate &e = m_store->estate();
    auto fill = [](QTableWidget *t, const QList<QVariantList> &rows) {
        t->setRowCount(int(rows.size()));
        for (int r = 0; r < rows.size(); ++r)
            for (int c = 0; c < rows[r].size(); ++c) {
                // keep the items: this may run while the table is signalling one of them
                if (QTableWidgetItem *item = t->item(r, c))
                    setValue(item, rows[r][c]);
                else
                    t->setItem(r, c, newItem(rows[r][c]));
            }
    };
    QList<QVariantList> rows;
    for (const MaintenanceWindow &w : e.windows)
        rows.append({w.id, w.start, w.end, w.repeatWeekly, w.parallel});
    fill(m_tables[Windows], rows);
    rows.clear();
    for (const Freeze &f : e.freezes)
        rows.append({f.days.start, f.days.end, f.reason});
    fill(m_tables[Freezes], rows);
    rows.clear();
    for (const BusinessProcess &p : e.processes)
        rows.append({p.id, p.name, criticalityName(p.criticality), p.category,
                     p.uses.join(u", "), p.userGroups.join(u", "), p.externalCustomers,
                     p.serviceLevel,
                     p.maxOutageMinutes ? QString::number(*p.maxOutageMinutes) : QString()});
    fill(m_tables[Processes], rows);
    for (int r = 0; r < m_tables[Processes]->rowCount(); ++r)
        offerProcessChoices(r);
    rows.clear();
    for (const BusinessProcess &p : e.processes)
        for (const Peak &peak : p.peaks)
            rows.append({p.id, daysText(peak.days), peak.from, peak.to});
    fill(m_tables[Peaks], rows);
    rows.clear();
    for (const StaffMember &s : e.staff)
        rows.append({s.name, s.roles.join(u", "), absencesText(s.unavailable)});
    fill(m_tables[Staff], rows);
    m_refreshing = false;
}

void CalendarEditor::refuse(const Error &error)
{
    m_message->setText(error.text());
    refresh(); // the tables show the estate again, not the refused input
}

void CalendarEditor::cellEdited(Table which)
{
    const Expected<bool> result = apply(which);
    if (!result.ok())
        refuse(result.error());
}

void CalendarEditor::offerProcessChoices(int row)
{
    // The cells hold the format's words and show them as labels (RecordDelegate).
    QStringList criticalityLabels;
    for (int c = 0; c < criticalityCount; ++c)
        criticalityLabels.append(criticalityLabel(Criticality(c)));
    QTableWidgetItem *criticality = m_tables[Processes]->item(row, ProcessCriticality);
    criticality->setData(RecordTableModel::ChoicesRole, criticalityNames());
    criticality->setData(RecordTableModel::ChoiceLabelsRole, criticalityLabels);
    QTableWidgetItem *category = m_tables[Processes]->item(row, ProcessCategory);
    category->setData(RecordTableModel::ChoicesRole,
                      QStringList{QString()} + processCategoryNames());
    category->setData(RecordTableModel::ChoiceLabelsRole,
                      QStringList{QString()} + vocabularyLabels(Vocabulary::ProcessCategory));
}

void CalendarEditor::addRow(Table which)
{
    const Estate &e = m_store->estate();
    QTableWidget *t = m_tables[which];
    m_refreshing = true;
    const int row = t->rowCount();
    t->insertRow(row);
    QVariantList values;
    const QDate day = e.project.start.isValid() ? e.project.start : QDate(2027, 1, 2);
    // the first Saturday from the project's start, 22:00 to 04:00
    const QDate saturday = day.addDays((6 - day.dayOfWeek() + 7) % 7);
    switch (which) {
    case Windows: {
        QString id = QStringLiteral("window-%1").arg(row + 1);
        for (int n = row + 2; std::any_of(e.windows.cbegin(), e.windows.cend(),
                                           [&](const auto &w) { return w.id == id; });
             ++n)
            id = QStringLiteral("window-%1").arg(n);
        values = {id, QDateTime(saturday, QTime(22, 0), Qt::UTC),
                  QDateTime(saturday.addDays(1), QTime(4, 0), Qt::UTC), 1, 1};
        break;
    }
    case Freezes:
        values = {saturday, saturday.addDays(1), tr("New freeze")};
        break;
    case Processes: {
        QString id = QStringLiteral("process-%1").arg(row + 1);
        for (int n = row + 2; std::any_of(e.processes.cbegin(), e.processes.cend(),
                                           [&](const auto &p) { return p.id == id; });
             ++n)
            id = QStringLiteral("process-%1").arg(n);
        values = {id, tr("New process"), criticalityName(Criticality::Medium), QString(),
                  QString(), QString(), false, QString(), QString()};
        break;
    }
    case Peaks:
        if (e.processes.isEmpty()) {
            t->removeRow(row);
            m_refreshing = false;
            refuse({tr("Peaks"), tr("there is no business process yet to give a peak to")});
            return;
        }
        values = {e.processes.constFirst().id, QStringLiteral("Mon-Fri"), QTime(8, 0),
                  QTime(18, 0)};
        break;
    case Staff:
        values = {tr("New person"), QStringLiteral("sysadmin"), QString()};
        break;
    case TableCount:
        break;
    }
    for (int c = 0; c < values.size(); ++c)
        t->setItem(row, c, newItem(values[c]));
    if (which == Processes)
        offerProcessChoices(row);
    m_refreshing = false;
    cellEdited(which);
}

void CalendarEditor::removeRows(Table which)
{
    QTableWidget *t = m_tables[which];
    QList<int> rows;
    const auto ranges = t->selectedRanges();
    for (const QTableWidgetSelectionRange &r : ranges)
        for (int row = r.topRow(); row <= r.bottomRow(); ++row)
            rows.append(row);
    if (rows.isEmpty() && t->currentRow() >= 0)
        rows.append(t->currentRow());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    m_refreshing = true;
    for (int row : std::as_const(rows))
        t->removeRow(row);
    m_refreshing = false;
    cellEdited(which);
}

// The cells are read here (a time or a number that cannot be read is the editor's to report);
// whether the section then makes sense is for the calendar rules every door keeps
// (CalendarRules): the first problem is shown for its row, and nothing is pushed.
Expected<bool> CalendarEditor::apply(Table which)
{
    const QTableWidget *t = m_tables[which];
    const Estate &e = m_store->estate();
    auto where = [which](qsizetype row) {
        const QString names[] = {tr("Windows"), tr("Freezes"), tr("Processes"), tr("Peaks"),
                                 tr("Staff")};
        return tr("%1, row %2").arg(names[which]).arg(row + 1);
    };
    const PlaceNamer rowName = [](qsizetype row) { return tr("row %1").arg(row + 1); };
    const auto broken = [](const RuleProblems &problems, auto place) -> std::optional<Error> {
        if (problems.isEmpty())
            return std::nullopt;
        return Error{place(problems.constFirst().item), problems.constFirst().what};
    };
    QUndoCommand *command = nullptr;
    switch (which) {
    case Windows: {
        QList<MaintenanceWindow> windows;
        for (int r = 0; r < t->rowCount(); ++r) {
            MaintenanceWindow w;
            w.id = cell(t, r, 0);
            w.start = timeAt(t, r, 1);
            w.end = timeAt(t, r, 2);
            bool repeatOk = false, parallelOk = false;
            w.repeatWeekly = numberAt(t, r, 3, &repeatOk);
            w.parallel = numberAt(t, r, 4, &parallelOk);
            if (!w.start.isValid())
                return Error{where(r), tr("cannot read the start \"%1\"; write it as "
                                          "2027-01-16 22:00").arg(cell(t, r, 1))};
            if (!w.end.isValid())
                return Error{where(r), tr("cannot read the end \"%1\"; write it as "
                                          "2027-01-17 04:00").arg(cell(t, r, 2))};
            if (!repeatOk)
                return Error{where(r), tr("weekly repeats must be a whole number")};
            if (!parallelOk)
                return Error{where(r), tr("parallel steps must be a whole number")};
            windows.append(w);
        }
        if (const auto error = broken(checkWindows(windows, rowName), where))
            return *error;
        if (windows != e.windows)
            command = new ReplaceSectionCommand(m_store, windows);
        break;
    }
    case Freezes: {
        QList<Freeze> freezes;
        for (int r = 0; r < t->rowCount(); ++r) {
            Freeze f;
            f.days.start = dayAt(t, r, 0);
            f.days.end = dayAt(t, r, 1);
            f.reason = cell(t, r, 2);
            if (!f.days.start.isValid() || !f.days.end.isValid())
                return Error{where(r), tr("cannot read the days; write them as 2027-03-25")};
            freezes.append(f);
        }
        if (const auto error = broken(checkFreezes(freezes), where))
            return *error;
        if (freezes != e.freezes)
            command = new ReplaceSectionCommand(m_store, freezes);
        break;
    }
    case Processes: {
        QList<BusinessProcess> processes;
        QSet<QString> ids;
        for (int r = 0; r < t->rowCount(); ++r)
            ids.insert(cell(t, r, ProcessId));
        for (int r = 0; r < t->rowCount(); ++r) {
            BusinessProcess p;
            p.id = cell(t, r, ProcessId);
            // The peaks stay with their process, renamed too (the Peaks tab edits them).
            auto old = std::find_if(e.processes.cbegin(), e.processes.cend(),
                                    [&](const auto &q) { return q.id == p.id; });
            if (old == e.processes.cend() && t->rowCount() == e.processes.size()
                && !ids.contains(e.processes[r].id))
                old = e.processes.cbegin() + r;
            if (old != e.processes.cend())
                p.peaks = old->peaks;
            p.name = cell(t, r, ProcessName);
            const std::optional<Criticality> criticality =
                criticalityFromName(cell(t, r, ProcessCriticality));
            if (!criticality)
                return Error{where(r), tr("the criticality \"%1\" is not one of %2")
                                           .arg(cell(t, r, ProcessCriticality),
                                                criticalityNames().join(u", "))};
            p.criticality = *criticality;
            p.category = cell(t, r, ProcessCategory);
            p.uses = listAt(t, r, ProcessUses);
            p.userGroups = listAt(t, r, ProcessUserGroups);
            p.externalCustomers = checkedAt(t, r, ProcessExternal);
            p.serviceLevel = cell(t, r, ProcessServiceLevel);
            if (const QString outage = cell(t, r, ProcessMaxOutage); !outage.isEmpty()) {
                bool ok = false;
                p.maxOutageMinutes = outage.toInt(&ok);
                if (!ok)
                    return Error{where(r), tr("the longest outage \"%1\" must be a whole "
                                              "number of minutes, or empty").arg(outage)};
            }
            processes.append(p);
        }
        if (const auto error = broken(checkProcesses(processes, rowName), where))
            return *error;
        if (processes != e.processes)
            command = new ReplaceSectionCommand(m_store, processes);
        break;
    }
    case Peaks: {
        QList<BusinessProcess> processes = e.processes;
        for (BusinessProcess &p : processes)
            p.peaks.clear();
        for (int r = 0; r < t->rowCount(); ++r) {
            auto process = std::find_if(processes.begin(), processes.end(),
                                        [&](const auto &p) { return p.id == cell(t, r, 0); });
            if (process == processes.end())
                return Error{where(r), tr("there is no business process \"%1\"")
                                           .arg(cell(t, r, 0))};
            const std::optional<DayMask> days = parseDays(cell(t, r, 1));
            if (!days)
                return Error{where(r), tr("cannot read the days \"%1\"; write e.g. Mon-Fri "
                                          "or Sat,Sun").arg(cell(t, r, 1))};
            Peak peak;
            peak.days = *days;
            peak.from = hourAt(t, r, 2);
            peak.to = hourAt(t, r, 3);
            if (!peak.from.isValid() || !peak.to.isValid())
                return Error{where(r), tr("cannot read the hours; write them as 08:00")};
            if (const auto error = broken(checkPeak(peak), [&](qsizetype) { return where(r); }))
                return *error;
            process->peaks.append(peak);
        }
        // The processes themselves were kept to the rules in their own tab.
        const auto processRow = [](qsizetype row) {
            return tr("%1, row %2").arg(tr("Processes")).arg(row + 1);
        };
        if (const auto error = broken(checkProcesses(processes, rowName), processRow))
            return *error;
        if (processes != e.processes)
            command = new ReplaceSectionCommand(m_store, processes);
        break;
    }
    case Staff: {
        QList<StaffMember> staff;
        for (int r = 0; r < t->rowCount(); ++r) {
            StaffMember m;
            m.name = cell(t, r, 0);
            m.roles = listAt(t, r, 1);
            const auto ranges = cell(t, r, 2).split(u';', Qt::SkipEmptyParts);
            for (const QString &range : ranges) {
                const QStringList ends = range.trimmed().split(QStringLiteral(".."));
                DateRange d;
                if (ends.size() == 2) {
                    d.start = QDate::fromString(ends[0].trimmed(), Qt::ISODate);
                    d.end = QDate::fromString(ends[1].trimmed(), Qt::ISODate);
                } else if (ends.size() == 1) {
                    d.start = d.end = QDate::fromString(ends[0].trimmed(), Qt::ISODate);
                }
                if (!d.start.isValid() || !d.end.isValid())
                    return Error{where(r), tr("cannot read the days away \"%1\"; write "
                                              "2027-01-15..2027-01-20").arg(range.trimmed())};
                m.unavailable.append(d);
            }
            staff.append(m);
        }
        if (const auto error = broken(checkStaff(staff), where))
            return *error;
        if (staff != e.staff)
            command = new ReplaceSectionCommand(m_store, staff);
        break;
    }
    case TableCount:
        break;
    }
    m_message->clear();
    if (!command)
        return false;
    m_undoStack->push(command);
    return true;
}

} // namespace planner
