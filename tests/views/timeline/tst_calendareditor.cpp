// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarCases.h"

#include "changes/RecordDelegate.h"
#include "inventory/EstateStore.h"
#include "inventory/Kinds.h"
#include "inventory/Vocabulary.h"
#include "panels/LocaleFormat.h"
#include "timeline/CalendarEditor.h"
#include "timeline/CalendarEditorCells.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

#include <tuple>

using namespace planner;
using namespace planner::testsupport;

namespace {

// Types @p rows into @p t cell by cell as a user would. Only the last cell's edit reaches the
// editor (the others are typed with the table's signals blocked): it judges the table once, as
// it stands at the end.
void typeRows(QTableWidget *t, const QList<QStringList> &rows)
{
    t->blockSignals(true);
    t->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            t->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    QTableWidgetItem *last = t->item(t->rowCount() - 1, t->columnCount() - 1);
    last->setText(QStringLiteral("(typing)"));
    t->blockSignals(false);
    last->setText(rows.constLast().constLast());
}

} // namespace

class tst_CalendarEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addingAWindowPushesOneCommand();
    void editingAWindowIsUndoable();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void overnightPeakIsAccepted();
    void sameRulesAsEveryDoor_data();
    void sameRulesAsEveryDoor();
    void staffAbsencesAreRead();
    void processesAreEditedAndKeepTheirPeaks();
    void processChoicesAreOffered();
    void datesAndTimesHaveEditors();
    void columnsFitTheirContent();
    void peakDaysThroughTheDayButtons();
    void absencesThroughTheDateEditor();
    void cellEditorsFitAt1280();

private:
    EstateStore *m_store = nullptr;
    QUndoStack *m_stack = nullptr;
    CalendarEditor *m_editor = nullptr;
};

void tst_CalendarEditor::init()
{
    m_store = new EstateStore;
    Estate e;
    e.project.start = QDate(2027, 1, 4); // a Monday
    MaintenanceWindow w;
    w.id = QStringLiteral("sat");
    w.start = QDateTime(QDate(2027, 1, 9), QTime(22, 0), Qt::UTC);
    w.end = QDateTime(QDate(2027, 1, 10), QTime(4, 0), Qt::UTC);
    e.windows = {w};
    BusinessProcess p;
    p.id = QStringLiteral("banking");
    e.processes = {p};
    m_store->reset(e);
    m_stack = new QUndoStack;
    m_editor = new CalendarEditor(m_store, m_stack);
}

void tst_CalendarEditor::cleanup()
{
    delete m_editor;
    delete m_stack;
    delete m_store;
}

void tst_CalendarEditor::addingAWindowPushesOneCommand()
{
    m_editor->addRow(CalendarEditor::Windows);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_store->estate().windows.size(), 2);
    const MaintenanceWindow &added = m_store->estate().windows.at(1);
    QCOMPARE(added.start, QDateTime(QDate(2027, 1, 9), QTime(22, 0), Qt::UTC)); // first Saturday
    QVERIFY(added.id != QStringLiteral("sat"));
    QCOMPARE(m_editor->table(CalendarEditor::Windows)->rowCount(), 2);

    m_stack->undo();
    QCOMPARE(m_store->estate().windows.size(), 1);
    QCOMPARE(m_editor->table(CalendarEditor::Windows)->rowCount(), 1);
    m_stack->redo();
    QCOMPARE(m_store->estate().windows.size(), 2);
}

void tst_CalendarEditor::editingAWindowIsUndoable()
{
    m_editor->table(CalendarEditor::Windows)->item(0, 2)->setText(QStringLiteral("2027-01-10T06:00"));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_store->estate().windows[0].end, QDateTime(QDate(2027, 1, 10), QTime(6, 0), Qt::UTC));
    QVERIFY(m_editor->message().isEmpty());
    m_stack->undo();
    QCOMPARE(m_store->estate().windows[0].end, QDateTime(QDate(2027, 1, 10), QTime(4, 0), Qt::UTC));
    QCOMPARE(m_editor->table(CalendarEditor::Windows)->item(0, 2)->data(Qt::EditRole),
             QVariant(QDateTime(QDate(2027, 1, 10), QTime(4, 0), Qt::UTC)));
}

void tst_CalendarEditor::badInputIsRefused_data()
{
    QTest::addColumn<int>("table");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("window ends before it starts")
        << int(CalendarEditor::Windows) << 2 << "2027-01-09T21:00"
        << "Windows, row 1: the window ends (2027-01-09T21:00) before it starts "
           "(2027-01-09T22:00)";
    QTest::newRow("window ends when it starts")
        << int(CalendarEditor::Windows) << 2 << "2027-01-09T22:00"
        << "Windows, row 1: the window ends when it starts (2027-01-09T22:00)";
    QTest::newRow("no window id") << int(CalendarEditor::Windows) << 0 << " "
                                  << "Windows, row 1: the window needs an id";
    QTest::newRow("window id with a space")
        << int(CalendarEditor::Windows) << 0 << "sat night"
        << "Windows, row 1: 'sat night' is not a valid id: use only letters, digits and . _ : -";
    QTest::newRow("too many repeats")
        << int(CalendarEditor::Windows) << 3 << "10001"
        << "Windows, row 1: weekly repeats must be from 1 to 10000, not 10001";
    QTest::newRow("unreadable repeats") << int(CalendarEditor::Windows) << 3 << "weekly"
                                        << "Windows, row 1: weekly repeats must be a whole number";
    QTest::newRow("unreadable end") << int(CalendarEditor::Windows) << 2 << "tomorrow 4am"
                                    << "Windows, row 1: cannot read the end \"tomorrow 4am\"";
    QTest::newRow("no lanes") << int(CalendarEditor::Windows) << 4 << "0"
                              << "Windows, row 1: parallel steps must be from 1 to 10000, not 0";
    QTest::newRow("bad peak days") << int(CalendarEditor::Peaks) << 1 << "Weekdays"
                                   << "Peaks, row 1: cannot read the days \"Weekdays\"";
    QTest::newRow("peak of no length") << int(CalendarEditor::Peaks) << 3 << "08:00"
                                       << "Peaks, row 1: the peak ends when it starts (08:00)";
    QTest::newRow("peak hour unreadable") << int(CalendarEditor::Peaks) << 2 << "8am"
                                          << "Peaks, row 1: cannot read the hours";
    QTest::newRow("unknown process") << int(CalendarEditor::Peaks) << 0 << "payroll"
                                     << "Peaks, row 1: there is no business process \"payroll\"";
    QTest::newRow("bad process id") << int(CalendarEditor::Processes) << 0 << "core banking"
                                    << "Processes, row 1: 'core banking' is not a valid id";
    QTest::newRow("unknown criticality")
        << int(CalendarEditor::Processes) << 2 << "very"
        << "Processes, row 1: the criticality \"very\" is not one of low, medium";
    QTest::newRow("unknown category")
        << int(CalendarEditor::Processes) << 3 << "banking"
        << "Processes, row 1: unknown process category 'banking' (known: emergency payment "
           "production-control public-service)";
    QTest::newRow("outage in hours")
        << int(CalendarEditor::Processes) << 8 << "2h"
        << "Processes, row 1: the longest outage \"2h\" must be a whole number of minutes";
    QTest::newRow("negative outage")
        << int(CalendarEditor::Processes) << 8 << "-5"
        << "Processes, row 1: the longest outage cannot be negative (-5 minutes)";
}

void tst_CalendarEditor::badInputIsRefused()
{
    QFETCH(int, table);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, message);
    if (table == CalendarEditor::Peaks) {
        m_editor->addRow(CalendarEditor::Peaks); // banking, Mon-Fri 08:00-18:00
        QCOMPARE(m_stack->count(), 1);
    }
    const int before = m_stack->count();
    const Estate estate = m_store->estate();
    QTableWidget *t = m_editor->table(CalendarEditor::Table(table));
    const QString old = t->item(0, column)->text();
    t->item(0, column)->setText(text);
    QCOMPARE(m_stack->count(), before);
    QVERIFY2(m_editor->message().startsWith(message), qPrintable(m_editor->message()));
    QCOMPARE(m_store->estate().windows, estate.windows);
    QCOMPARE(m_store->estate().processes, estate.processes);
    QCOMPARE(t->item(0, column)->text(), old); // the table shows the estate again
}

// A peak may run past midnight, as the interchange reader has always accepted.
void tst_CalendarEditor::overnightPeakIsAccepted()
{
    m_editor->addRow(CalendarEditor::Peaks); // banking, Mon-Fri 08:00-18:00
    QTableWidget *t = m_editor->table(CalendarEditor::Peaks);
    t->item(0, 2)->setText(QStringLiteral("22:00"));
    t->item(0, 3)->setText(QStringLiteral("02:00"));
    QVERIFY2(m_editor->message().isEmpty(), qPrintable(m_editor->message()));
    QCOMPARE(m_stack->count(), 3);
    const Peak &peak = m_store->estate().processes.at(0).peaks.at(0);
    QCOMPARE(peak.from, QTime(22, 0));
    QCOMPARE(peak.to, QTime(2, 0));
}

void tst_CalendarEditor::sameRulesAsEveryDoor_data()
{
    QTest::addColumn<int>("index");
    const QList<CalendarCase> cases = calendarCases();
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(cases[i].name) << i;
}

// The calendars of CalendarCases.h, typed into the editor of an estate with one process `p`:
// accepted as the interchange reader and the project file accept them (tst_estatejson,
// tst_projectfile), or refused with the same words, shown for the row concerned.
void tst_CalendarEditor::sameRulesAsEveryDoor()
{
    QFETCH(int, index);
    const CalendarCase c = calendarCases().at(index);
    EstateStore store;
    Estate e;
    e.project.start = QDate(2027, 1, 4);
    BusinessProcess p;
    p.id = QStringLiteral("p");
    e.processes = {p};
    store.reset(e);
    QUndoStack stack;
    CalendarEditor editor(&store, &stack);

    const QString iso = QStringLiteral("yyyy-MM-ddTHH:mm");
    QList<QStringList> rows;
    for (const MaintenanceWindow &w : c.windows)
        rows.append({w.id, w.start.toString(iso), w.end.toString(iso),
                     QString::number(w.repeatWeekly), QString::number(w.parallel)});
    for (const Freeze &f : c.freezes)
        rows.append(
            {f.days.start.toString(Qt::ISODate), f.days.end.toString(Qt::ISODate), f.reason});
    for (const Peak &peak : c.peaks)
        rows.append({QStringLiteral("p"), daysText(peak.days), peak.from.toString(u"HH:mm"),
                     peak.to.toString(u"HH:mm")});
    const CalendarEditor::Table table = !c.windows.isEmpty()   ? CalendarEditor::Windows
                                        : !c.freezes.isEmpty() ? CalendarEditor::Freezes
                                                               : CalendarEditor::Peaks;
    typeRows(editor.table(table), rows);

    if (c.accepted()) {
        QVERIFY2(editor.message().isEmpty(), qPrintable(editor.message()));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(store.estate().windows, c.windows);
        QCOMPARE(store.estate().freezes, c.freezes);
        QCOMPARE(store.estate().processes.at(0).peaks, c.peaks);
        return;
    }
    const QString titles[] = {QStringLiteral("Windows"), QStringLiteral("Freezes"), QString(),
                              QStringLiteral("Peaks")};
    QCOMPARE(editor.message(), QStringLiteral("%1, row %2: %3")
                                   .arg(titles[table])
                                   .arg(c.item + 1)
                                   .arg(c.what(QStringLiteral("row 1"))));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(store.estate(), e);
    QCOMPARE(editor.table(table)->rowCount(), 0); // the table shows the estate again
}

void tst_CalendarEditor::staffAbsencesAreRead()
{
    m_editor->addRow(CalendarEditor::Staff);
    QTableWidget *t = m_editor->table(CalendarEditor::Staff);
    t->item(0, 1)->setText(QStringLiteral("dba, sysadmin"));
    t->item(0, 2)->setText(QStringLiteral("2027-01-15..2027-01-20; 2027-02-01"));
    QCOMPARE(m_stack->count(), 3);
    const StaffMember &m = m_store->estate().staff.at(0);
    QCOMPARE(m.roles, (QStringList{QStringLiteral("dba"), QStringLiteral("sysadmin")}));
    QCOMPARE(m.unavailable.size(), 2);
    QCOMPARE(m.unavailable[0], (DateRange{QDate(2027, 1, 15), QDate(2027, 1, 20)}));
    QCOMPARE(m.unavailable[1], (DateRange{QDate(2027, 2, 1), QDate(2027, 2, 1)}));

    t->item(0, 2)->setText(QStringLiteral("2027-01-20..2027-01-15"));
    QCOMPARE(m_stack->count(), 3);
    QCOMPARE(m_editor->message(), QStringLiteral("Staff, row 1: the last day (2027-01-15) lies "
                                                 "before the first (2027-01-20)"));
}

// Every field of a process is edited in its row; its peaks stay with it, renamed too.
void tst_CalendarEditor::processesAreEditedAndKeepTheirPeaks()
{
    m_editor->addRow(CalendarEditor::Peaks); // banking, Mon-Fri 08:00-18:00
    QCOMPARE(m_stack->count(), 1);
    QTableWidget *t = m_editor->table(CalendarEditor::Processes);
    QCOMPARE(t->rowCount(), 1);
    QCOMPARE(t->item(0, CalendarEditor::ProcessCriticality)->text(), QStringLiteral("medium"));
    t->item(0, CalendarEditor::ProcessName)->setText(QStringLiteral("Core banking"));
    t->item(0, CalendarEditor::ProcessCriticality)->setText(QStringLiteral("critical"));
    t->item(0, CalendarEditor::ProcessCategory)->setText(QStringLiteral("payment"));
    t->item(0, CalendarEditor::ProcessUses)->setText(QStringLiteral(" db-1, app-2,, "));
    t->item(0, CalendarEditor::ProcessUserGroups)->setText(QStringLiteral("tellers, card holders"));
    t->item(0, CalendarEditor::ProcessExternal)->setCheckState(Qt::Checked);
    t->item(0, CalendarEditor::ProcessServiceLevel)->setText(QStringLiteral("99.95 % 07:00-22:00"));
    t->item(0, CalendarEditor::ProcessMaxOutage)->setText(QStringLiteral("30"));
    QVERIFY2(m_editor->message().isEmpty(), qPrintable(m_editor->message()));
    QCOMPARE(m_stack->count(), 9); // one command per edit

    BusinessProcess p = m_store->estate().processes.at(0);
    QCOMPARE(p.name, QStringLiteral("Core banking"));
    QCOMPARE(p.criticality, Criticality::Critical);
    QCOMPARE(p.category, QStringLiteral("payment"));
    QCOMPARE(p.uses, (QStringList{QStringLiteral("db-1"), QStringLiteral("app-2")}));
    QCOMPARE(p.userGroups,
             (QStringList{QStringLiteral("tellers"), QStringLiteral("card holders")}));
    QVERIFY(p.externalCustomers);
    QCOMPARE(p.serviceLevel, QStringLiteral("99.95 % 07:00-22:00"));
    QCOMPARE(p.maxOutageMinutes, std::optional<int>(30));
    QCOMPARE(p.peaks.size(), 1);

    // An empty outage means "not stated"; the category may be emptied too.
    t->item(0, CalendarEditor::ProcessMaxOutage)->setText(QString());
    QCOMPARE(m_store->estate().processes.at(0).maxOutageMinutes, std::nullopt);

    // Renaming keeps the peaks, and the Peaks tab shows the new id.
    t->item(0, CalendarEditor::ProcessId)->setText(QStringLiteral("payments"));
    p = m_store->estate().processes.at(0);
    QCOMPARE(p.id, QStringLiteral("payments"));
    QCOMPARE(p.peaks.size(), 1);
    QCOMPARE(m_editor->table(CalendarEditor::Peaks)->item(0, 0)->text(),
             QStringLiteral("payments"));

    // A second process gets a free id; it cannot take the first one's.
    m_editor->addRow(CalendarEditor::Processes);
    QCOMPARE(m_store->estate().processes.size(), 2);
    QCOMPARE(m_store->estate().processes.at(1).id, QStringLiteral("process-2"));
    QVERIFY(!m_store->estate().processes.at(1).externalCustomers);
    const int before = m_stack->count();
    t->item(1, CalendarEditor::ProcessId)->setText(QStringLiteral("payments"));
    QCOMPARE(m_stack->count(), before);
    QVERIFY2(m_editor->message().startsWith(
                 QStringLiteral("Processes, row 2: duplicate id 'payments' (first used at row 1)")),
             qPrintable(m_editor->message()));
    QCOMPARE(t->item(1, CalendarEditor::ProcessId)->text(), QStringLiteral("process-2"));

    // Removing the first process takes its peaks with it; undo brings both back.
    t->setCurrentCell(0, 0);
    m_editor->removeRows(CalendarEditor::Processes);
    QCOMPARE(m_store->estate().processes.size(), 1);
    QCOMPARE(m_store->estate().processes.at(0).id, QStringLiteral("process-2"));
    QCOMPARE(m_store->estate().processes.at(0).peaks.size(), 0);
    QCOMPARE(m_editor->table(CalendarEditor::Peaks)->rowCount(), 0);
    m_stack->undo();
    QCOMPARE(m_store->estate().processes.at(0).peaks.size(), 1);
    QCOMPARE(m_editor->table(CalendarEditor::Peaks)->rowCount(), 1);
}

// Criticality and category are picked from their lists, shown as labels and stored as the file
// format spells them.
void tst_CalendarEditor::processChoicesAreOffered()
{
    QTableWidget *t = m_editor->table(CalendarEditor::Processes);
    QStyleOptionViewItem option;
    QStringList criticalityLabels;
    for (int c = 0; c < criticalityCount; ++c)
        criticalityLabels << criticalityLabel(Criticality(c));
    QCOMPARE(criticalityLabels.constFirst(), QStringLiteral("Low"));
    const QStringList categoryLabels = QStringList{QString()}
                                       + vocabularyLabels(Vocabulary::ProcessCategory);
    QCOMPARE(categoryLabels.at(2), QStringLiteral("Payments"));
    for (const auto &[column, expected, words] :
         {std::tuple{int(CalendarEditor::ProcessCriticality), criticalityLabels, criticalityNames()},
          std::tuple{int(CalendarEditor::ProcessCategory), categoryLabels,
                     QStringList{QString()} + processCategoryNames()}}) {
        const QModelIndex index = t->model()->index(0, column);
        QAbstractItemDelegate *delegate = t->itemDelegateForIndex(index);
        std::unique_ptr<QWidget> editor(delegate->createEditor(t, option, index));
        auto *combo = qobject_cast<QComboBox *>(editor.get());
        QVERIFY(combo);
        QStringList items;
        QStringList data;
        for (int i = 0; i < combo->count(); ++i) {
            items << combo->itemText(i);
            data << combo->itemData(i).toString();
        }
        QCOMPARE(items, expected);
        QCOMPARE(data, words);
        combo->setCurrentIndex(int(expected.size()) - 1);
        delegate->setModelData(combo, t->model(), index);
        QVERIFY2(m_editor->message().isEmpty(), qPrintable(m_editor->message()));
    }
    const BusinessProcess &p = m_store->estate().processes.at(0);
    QCOMPARE(criticalityName(p.criticality), criticalityNames().constLast());
    QCOMPARE(p.category, processCategoryNames().constLast());
    // The cell keeps the word and draws its label.
    const QModelIndex category = t->model()->index(0, CalendarEditor::ProcessCategory);
    QCOMPARE(category.data(Qt::EditRole).toString(), QStringLiteral("public-service"));
    QStyleOptionViewItem shown;
    shown.initFrom(t);
    struct Delegate : RecordDelegate
    {
        using RecordDelegate::initStyleOption;
    };
    Delegate().initStyleOption(&shown, category);
    QCOMPARE(shown.text, QStringLiteral("Public service"));
    // The external-customers cell is a check box, not a text field.
    QTableWidgetItem *external = t->item(0, CalendarEditor::ProcessExternal);
    QVERIFY(external->flags() & Qt::ItemIsUserCheckable);
    QVERIFY(!(external->flags() & Qt::ItemIsEditable));
}

void tst_CalendarEditor::datesAndTimesHaveEditors()
{
    QTableWidget *windows = m_editor->table(CalendarEditor::Windows);
    QAbstractItemDelegate *delegate = windows->itemDelegate();
    const QModelIndex end = windows->model()->index(0, 2);
    QStyleOptionViewItem option;
    std::unique_ptr<QWidget> editor(delegate->createEditor(windows, option, end));
    auto *dateTime = qobject_cast<QDateTimeEdit *>(editor.get());
    QVERIFY(dateTime);
    // The locale's date and time, the year in four digits, to the minute.
    QCOMPARE(dateTime->displayFormat(), localeDateTimeFormat());
    QVERIFY(dateTime->displayFormat().contains(QLatin1String("yyyy")));
    QVERIFY(!dateTime->displayFormat().contains(QLatin1String("ss")));
    delegate->setEditorData(dateTime, end);
    QCOMPARE(dateTime->dateTime(), QDateTime(QDate(2027, 1, 10), QTime(4, 0), Qt::UTC));
    dateTime->setDateTime(QDateTime(QDate(2027, 1, 10), QTime(6, 30), Qt::UTC));
    delegate->setModelData(dateTime, windows->model(), end);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_store->estate().windows[0].end, QDateTime(QDate(2027, 1, 10), QTime(6, 30), Qt::UTC));
    auto *styled = qobject_cast<QStyledItemDelegate *>(delegate);
    QVERIFY(styled);
    QCOMPARE(styled->displayText(end.data(), QLocale(QLocale::German, QLocale::Germany)),
             QStringLiteral("10.01.2027 06:30"));
    QCOMPARE(styled->displayText(end.data(), QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("1/10/2027 6:30 AM"));
    m_stack->undo();
    QCOMPARE(m_store->estate().windows[0].end, QDateTime(QDate(2027, 1, 10), QTime(4, 0), Qt::UTC));

    m_editor->addRow(CalendarEditor::Freezes);
    QTableWidget *freezes = m_editor->table(CalendarEditor::Freezes);
    editor.reset(delegate->createEditor(freezes, option, freezes->model()->index(0, 0)));
    QVERIFY(qobject_cast<QDateEdit *>(editor.get()));
    m_editor->addRow(CalendarEditor::Peaks);
    QTableWidget *peaks = m_editor->table(CalendarEditor::Peaks);
    editor.reset(delegate->createEditor(peaks, option, peaks->model()->index(0, 2)));
    QVERIFY(qobject_cast<QTimeEdit *>(editor.get()));
    QCOMPARE(qobject_cast<QTimeEdit *>(editor.get())->displayFormat(), QStringLiteral("HH:mm"));
}

void tst_CalendarEditor::columnsFitTheirContent()
{
    m_editor->resize(900, 400);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    QTableWidget *windows = m_editor->table(CalendarEditor::Windows);
    const QFontMetrics metrics(windows->font());
    const QFontMetrics header(windows->horizontalHeader()->font());
    for (int c = 0; c < windows->columnCount(); ++c) {
        const QString title = windows->horizontalHeaderItem(c)->text();
        const QString shown = qobject_cast<QStyledItemDelegate *>(windows->itemDelegate())
                                  ->displayText(windows->item(0, c)->data(Qt::EditRole), QLocale());
        QVERIFY2(windows->columnWidth(c) > header.horizontalAdvance(title)
                     && windows->columnWidth(c) > metrics.horizontalAdvance(shown),
                 qPrintable(title));
    }
    // Nothing but free text stretches: the last number column is not a wide empty band.
    const int last = windows->columnCount() - 1;
    QVERIFY(windows->columnWidth(last)
            < header.horizontalAdvance(windows->horizontalHeaderItem(last)->text()) + 60);
}

// The Peaks table's days are seven day buttons; what they say is the mask the estate gets,
// written as the JSON file writes it.
void tst_CalendarEditor::peakDaysThroughTheDayButtons()
{
    m_editor->addRow(CalendarEditor::Peaks); // banking, Mon-Fri 08:00-18:00
    QTableWidget *peaks = m_editor->table(CalendarEditor::Peaks);
    const QModelIndex days = peaks->model()->index(0, 1);
    QAbstractItemDelegate *delegate = peaks->itemDelegateForIndex(days);
    QStyleOptionViewItem option;
    std::unique_ptr<QWidget> editor(delegate->createEditor(peaks->viewport(), option, days));
    auto *picker = qobject_cast<WeekdayPicker *>(editor.get());
    QVERIFY(picker);
    delegate->setEditorData(picker, days);
    QCOMPARE(picker->mask(), *parseDays(QStringLiteral("Mon-Fri")));
    for (int day = 0; day < 7; ++day)
        QCOMPARE(picker->button(day)->isChecked(), day < 5);

    // Friday off, Saturday on.
    picker->button(4)->click();
    picker->button(5)->click();
    const int before = m_stack->count();
    delegate->setModelData(picker, peaks->model(), days);
    QCOMPARE(m_stack->count(), before + 1);
    const Peak &peak = m_store->estate().processes.at(0).peaks.at(0);
    QCOMPARE(peak.days, DayMask(0b0101111));
    QCOMPARE(daysText(peak.days), QStringLiteral("Mon-Thu,Sat"));
    QCOMPARE(peaks->item(0, 1)->text(), QStringLiteral("Mon-Thu,Sat"));

    // No day at all is refused as typed text would be.
    delegate->setEditorData(picker, days);
    for (int day = 0; day < 7; ++day)
        picker->button(day)->setChecked(false);
    delegate->setModelData(picker, peaks->model(), days);
    QCOMPARE(m_stack->count(), before + 1);
    QVERIFY(m_editor->message().startsWith(QStringLiteral("Peaks, row 1: cannot read the days")));
    m_stack->undo();
    QCOMPARE(m_store->estate().processes.at(0).peaks.at(0).days,
             *parseDays(QStringLiteral("Mon-Fri")));
}

// A person's days away are date pairs added and removed in the cell's editor; each pair added
// ends up in the estate, one undo step per edit.
void tst_CalendarEditor::absencesThroughTheDateEditor()
{
    m_editor->addRow(CalendarEditor::Staff);
    QTableWidget *staff = m_editor->table(CalendarEditor::Staff);
    const QModelIndex away = staff->model()->index(0, 2);
    QAbstractItemDelegate *delegate = staff->itemDelegateForIndex(away);
    QStyleOptionViewItem option;
    std::unique_ptr<QWidget> editor(delegate->createEditor(staff->viewport(), option, away));
    auto *list = qobject_cast<AbsenceList *>(editor.get());
    QVERIFY(list);
    delegate->setEditorData(list, away);
    QCOMPARE(list->count(), 0);

    list->findChild<QPushButton *>(QStringLiteral("addAbsence"))->click();
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->fromEdit(0)->date(), QDate(2027, 1, 4)); // the project's start
    list->fromEdit(0)->setDate(QDate(2027, 1, 15));
    list->toEdit(0)->setDate(QDate(2027, 1, 20));
    list->addRange();
    QCOMPARE(list->fromEdit(1)->date(), QDate(2027, 1, 21)); // after the last pair
    list->fromEdit(1)->setDate(QDate(2027, 2, 1));
    // A last day before the first cannot be set.
    list->toEdit(1)->setDate(QDate(2027, 1, 25));
    QCOMPARE(list->toEdit(1)->date(), QDate(2027, 2, 1));
    const int before = m_stack->count();
    delegate->setModelData(list, staff->model(), away);
    QCOMPARE(m_stack->count(), before + 1);
    const StaffMember &m = m_store->estate().staff.at(0);
    QCOMPARE(m.unavailable, (QList<DateRange>{{QDate(2027, 1, 15), QDate(2027, 1, 20)},
                                              {QDate(2027, 2, 1), QDate(2027, 2, 1)}}));
    QCOMPARE(qobject_cast<QStyledItemDelegate *>(delegate)->displayText(
                 away.data(), QLocale(QLocale::German, QLocale::Germany)),
             QStringLiteral("15.01.2027 \u2013 20.01.2027, 01.02.2027"));

    // Opened again, it lists them; one removed, the estate follows; undo brings it back.
    std::unique_ptr<QWidget> again(delegate->createEditor(staff->viewport(), option, away));
    list = qobject_cast<AbsenceList *>(again.get());
    delegate->setEditorData(list, away);
    QCOMPARE(list->ranges(), m.unavailable);
    list->removeRange(0);
    delegate->setModelData(list, staff->model(), away);
    QCOMPARE(m_store->estate().staff.at(0).unavailable,
             (QList<DateRange>{{QDate(2027, 2, 1), QDate(2027, 2, 1)}}));
    m_stack->undo();
    QCOMPARE(m_store->estate().staff.at(0).unavailable.size(), 2);
}

// In the calendar tab of a 1280 x 720 window the new editors open whole inside the table, and
// the columns show their headers and values unclipped.
void tst_CalendarEditor::cellEditorsFitAt1280()
{
    m_editor->addRow(CalendarEditor::Peaks);
    m_editor->addRow(CalendarEditor::Staff);
    QTableWidget *staff = m_editor->table(CalendarEditor::Staff);
    staff->item(0, 2)->setText(QStringLiteral("2027-01-15..2027-01-20; 2027-02-01"));
    m_editor->resize(830, 420);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    for (const auto &[which, column] :
         {std::pair{CalendarEditor::Peaks, 1}, std::pair{CalendarEditor::Staff, 2}}) {
        QTableWidget *t = m_editor->table(which);
        qobject_cast<QTabWidget *>(m_editor->findChild<QTabWidget *>())->setCurrentIndex(which);
        QCoreApplication::processEvents();
        const QString header = t->horizontalHeaderItem(column)->text();
        QVERIFY2(t->columnWidth(column)
                     > t->horizontalHeader()->fontMetrics().horizontalAdvance(header),
                 qPrintable(header));
        t->setCurrentCell(0, column);
        t->editItem(t->item(0, column));
        QCoreApplication::processEvents();
        QWidget *editor = t->indexWidget(t->model()->index(0, column));
        QVERIFY2(editor, qPrintable(header));
        QVERIFY(t->viewport()->rect().contains(editor->geometry()));
        QVERIFY(editor->width() >= editor->sizeHint().width());
        QVERIFY2(editor->height() >= editor->minimumSizeHint().height(),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(editor->height())
                                .arg(editor->minimumSizeHint().height())));
        QTest::keyClick(editor, Qt::Key_Escape);
    }
}

QTEST_MAIN(tst_CalendarEditor)
#include "tst_calendareditor.moc"
