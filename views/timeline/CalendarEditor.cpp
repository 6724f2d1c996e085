// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarEditor.h"

#include "CalendarEditorCells.h"
#include "CalendarEditorFormats.h"
#include "panels/LocaleFormat.h"

#include "changes/RecordDelegate.h"

#include "inventory/EstateStore.h"
#include "inventory/Kinds.h"
#include "inventory/Vocabulary.h"
#include "itemmodels/RecordTableModel.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace planner {

using namespace calendar_detail;

namespace {

// Windows are wall-clock times of the project's zone, carried as UTC so nothing shifts them.

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
            return locale.toString(v.toDateTime(), localeDateTimeFormat(locale));
        case QMetaType::QDate:
            return locale.toString(v.toDate(), localeDateFormat(locale));
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
                edit->setDisplayFormat(localeDateTimeFormat());
                edit->setCalendarPopup(true);
                break;
            case QMetaType::QDate:
                edit->setDisplayFormat(localeDateFormat());
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

} // namespace

CalendarEditor::CalendarEditor(EstateStore *store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_message(new QLabel(this))
{
    const QStringList headers[TableCount]
        = {{tr("Id"), tr("Start"), tr("End"), tr("Weekly repeats"), tr("Parallel steps")},
           {tr("First day"), tr("Last day"), tr("Reason")},
           {tr("Id"), tr("Name"), tr("Criticality"), tr("Category"), tr("Uses components"),
            tr("User groups"), tr("External"), tr("Service level"), tr("Longest outage (min)")},
           {tr("Process id"), tr("Days"), tr("From"), tr("To")},
           {tr("Name"), tr("Roles (comma separated)"), tr("Days away")}};
    const QString titles[TableCount] = {tr("Windows"), tr("Freezes"), tr("Processes"), tr("Peaks"),
                                        tr("Staff")};
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
        rows.append({p.id, p.name, criticalityName(p.criticality), p.category, p.uses.join(u", "),
                     p.userGroups.join(u", "), p.externalCustomers, p.serviceLevel,
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
        values = {id,        tr("New process"), criticalityName(Criticality::Medium),
                  QString(), QString(),         QString(),
                  false,     QString(),         QString()};
        break;
    }
    case Peaks:
        if (e.processes.isEmpty()) {
            t->removeRow(row);
            m_refreshing = false;
            refuse({tr("Peaks"), tr("there is no business process yet to give a peak to")});
            return;
        }
        values = {e.processes.constFirst().id, QStringLiteral("Mon-Fri"), QTime(8, 0), QTime(18, 0)};
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

} // namespace planner
