// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/ProjectPropertiesDialog.h"

#include "inventory/ChangeRecords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QtTest>

using namespace planner;

class tst_ProjectPropertiesDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheProject();
    void returnsTheEdits();
    void anUnsetStartStaysUnset();
    void anUnknownTimeZoneIsRefusedByName();
    void aZoneKeptFromTheFileIsNotRefused();
    void timeZonesAreSearchable();

private:
    static ProjectInfo bank();
};

ProjectInfo tst_ProjectPropertiesDialog::bank()
{
    ProjectInfo p;
    p.name = QStringLiteral("Core banking refresh");
    p.purpose = QStringLiteral("Replace PostgreSQL 12 before its support ends");
    p.reason = QStringLiteral("end-of-support");
    p.urgency = QStringLiteral("planned");
    p.timezone = QStringLiteral("Europe/Berlin");
    p.start = QDate(2027, 1, 9);
    p.decisionMinutes = 15;
    p.restoreTestMaxDays = 120;
    return p;
}

void tst_ProjectPropertiesDialog::showsTheProject()
{
    ProjectPropertiesDialog dialog(bank());
    QCOMPARE(dialog.nameEdit()->text(), bank().name);
    QCOMPARE(dialog.purposeEdit()->toPlainText(), bank().purpose);
    // The format's words read as labels; the item keeps the word.
    QCOMPARE(dialog.reasonCombo()->currentText(), QStringLiteral("End of support"));
    QCOMPARE(dialog.reasonCombo()->currentData().toString(), QStringLiteral("end-of-support"));
    QCOMPARE(dialog.urgencyCombo()->currentText(), QStringLiteral("Planned"));
    QCOMPARE(dialog.startEdit()->date(), QDate(2027, 1, 9));
    QVERIFY(!dialog.noStartCheck()->isChecked());
    QCOMPARE(dialog.timeZoneCombo()->currentText(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(dialog.decisionSpin()->value(), 15);
    QCOMPARE(dialog.restoreTestSpin()->value(), 120);
    // Nothing edited: the same project comes back, and OK is offered.
    QCOMPARE(dialog.project(), bank());
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    // The usual words of the format are offered.
    QVERIFY(dialog.urgencyCombo()->findData(QStringLiteral("emergency")) >= 0);
    QCOMPARE(dialog.reasonCombo()->count(), changeReasonNames().size());
}

void tst_ProjectPropertiesDialog::returnsTheEdits()
{
    ProjectPropertiesDialog dialog(bank());
    dialog.nameEdit()->setText(QStringLiteral("  Ledger move  "));
    dialog.purposeEdit()->setPlainText(QStringLiteral("Move the ledger\noff PostgreSQL 12 "));
    dialog.urgencyCombo()->setCurrentText(QStringLiteral("Urgent"));  // a label
    dialog.reasonCombo()->setCurrentText(QStringLiteral("security")); // a word typed
    dialog.restoreTestSpin()->setValue(30);
    dialog.startEdit()->setDate(QDate(2027, 3, 6));
    dialog.timeZoneCombo()->setCurrentText(QStringLiteral("America/New_York"));
    dialog.decisionSpin()->setValue(25);

    const ProjectInfo p = dialog.project();
    QCOMPARE(p.name, QStringLiteral("Ledger move"));                          // trimmed
    QCOMPARE(p.purpose, QStringLiteral("Move the ledger off PostgreSQL 12")); // one line
    QCOMPARE(p.urgency, QStringLiteral("urgent"));
    QCOMPARE(p.reason, QStringLiteral("security"));
    QCOMPARE(p.start, QDate(2027, 3, 6));
    QCOMPARE(p.timezone, QStringLiteral("America/New_York"));
    QCOMPARE(p.decisionMinutes, 25);
    QCOMPARE(p.restoreTestMaxDays, 30);
    QVERIFY(dialog.problem().isEmpty());
    // A word of the user's own is kept as typed.
    dialog.reasonCombo()->setCurrentText(QStringLiteral("  licence audit "));
    QCOMPARE(dialog.project().reason, QStringLiteral("licence audit"));

    // No time zone at all is allowed: plain wall-clock times.
    dialog.timeZoneCombo()->setCurrentText(QString());
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(dialog.project().timezone.isEmpty());
}

void tst_ProjectPropertiesDialog::anUnsetStartStaysUnset()
{
    ProjectInfo p = bank();
    p.start = QDate();
    ProjectPropertiesDialog dialog(p);
    QVERIFY(dialog.noStartCheck()->isChecked());
    QVERIFY(!dialog.startEdit()->isEnabled());
    QVERIFY(!dialog.project().start.isValid());
    dialog.noStartCheck()->setChecked(false);
    QVERIFY(dialog.startEdit()->isEnabled());
    dialog.startEdit()->setDate(QDate(2027, 2, 1));
    QCOMPARE(dialog.project().start, QDate(2027, 2, 1));
}

void tst_ProjectPropertiesDialog::anUnknownTimeZoneIsRefusedByName()
{
    ProjectPropertiesDialog dialog(bank());
    dialog.timeZoneCombo()->setCurrentText(QStringLiteral("Europe/Berln"));
    QVERIFY(dialog.problem().startsWith(QStringLiteral("Time zone:")));
    QVERIFY(dialog.problem().contains(QStringLiteral("Europe/Berln")));
    QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    // Clicking OK anyway (Enter) does not accept.
    dialog.buttons()->button(QDialogButtonBox::Ok)->setEnabled(true);
    dialog.buttons()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    dialog.timeZoneCombo()->setCurrentText(QStringLiteral("Europe/Berlin"));
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
}

void tst_ProjectPropertiesDialog::aZoneKeptFromTheFileIsNotRefused()
{
    // A project made on a machine that knows a zone this one does not: opening the dialog to
    // change the name must not force a change of zone.
    ProjectInfo p = bank();
    p.timezone = QStringLiteral("Mars/Olympus_Mons");
    QVERIFY(!QTimeZone::isTimeZoneIdAvailable(p.timezone.toUtf8()));
    ProjectPropertiesDialog dialog(p);
    QCOMPARE(dialog.timeZoneCombo()->currentText(), p.timezone);
    dialog.nameEdit()->setText(QStringLiteral("Renamed"));
    QVERIFY(dialog.problem().isEmpty());
    QCOMPARE(dialog.project().timezone, p.timezone);
}

void tst_ProjectPropertiesDialog::timeZonesAreSearchable()
{
    ProjectPropertiesDialog dialog(bank());
    QComboBox *zones = dialog.timeZoneCombo();
    QVERIFY(zones->count() > 100); // every zone tzdata knows
    QVERIFY(zones->findText(QStringLiteral("Asia/Tokyo")) >= 0);
    QCOMPARE(zones->itemText(0), QString()); // "none" comes first
    // Part of a name, any case, finds it.
    QCompleter *completer = zones->completer();
    completer->setCompletionPrefix(QStringLiteral("tokyo"));
    QCOMPARE(completer->currentCompletion(), QStringLiteral("Asia/Tokyo"));
}

QTEST_MAIN(tst_ProjectPropertiesDialog)
#include "tst_projectpropertiesdialog.moc"
