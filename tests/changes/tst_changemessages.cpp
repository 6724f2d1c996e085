// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeFixtures.h"

#include "changes/ChangeMessages.h"

#include <QTest>

using namespace planner;
using namespace planner::testing;

class tst_ChangeMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeholders();
    void filledFromTheSchedule();
    void namedWindowOnly();
};

void tst_ChangeMessages::placeholders()
{
    QCOMPARE(fillPlaceholders(QStringLiteral("{window}: {start}-{end} {services} {limitations} "
                                             "{contact} {project} {unknown}"),
                              QStringLiteral("sat"), wall(QStringLiteral("2027-01-09T22:00")),
                              wall(QStringLiteral("2027-01-10T06:00")),
                              {QStringLiteral("A"), QStringLiteral("B")}, QStringLiteral("none"),
                              QStringLiteral("it"), QStringLiteral("Bank")),
             QStringLiteral("sat: 2027-01-09 22:00-2027-01-10 06:00 A, B none it Bank {unknown}"));
}

// All three steps run in the first Saturday window; the three later Saturdays stay unused and
// get no message. Card payments (through web -> app -> db) and reports are affected.
void tst_ChangeMessages::filledFromTheSchedule()
{
    const Estate e = completeBank();
    const Schedule s = scheduleUpgrade(e, bankPlan());
    const QList<FilledMessage> messages = fillMessages(e, s);
    QCOMPARE(messages.size(), 2);

    const FilledMessage &before = messages[0];
    QCOMPARE(before.templateId, QStringLiteral("before"));
    QCOMPARE(before.occurrence, QStringLiteral("sat-20270109"));
    QCOMPARE(text(before.send), QStringLiteral("2027-01-07T22:00"));
    QCOMPARE(before.services, (QStringList{"Card payments", "Reports"}));
    QCOMPARE(before.subject, QStringLiteral("Maintenance sat"));
    QCOMPARE(before.body,
             QStringLiteral("From 2027-01-09 22:00 to 2027-01-10 06:00: Card payments, Reports "
                            "unavailable. No card payments. Contact it@bank.example. (Test)"));

    const FilledMessage &after = messages[1];
    QCOMPARE(after.templateId, QStringLiteral("after"));
    QCOMPARE(text(after.send), QStringLiteral("2027-01-10T08:00"));
    QCOMPARE(after.subject, QStringLiteral("Done: sat"));
    QCOMPARE(after.body, QStringLiteral("Card payments, Reports are back since 2027-01-10 06:00."));
}

void tst_ChangeMessages::namedWindowOnly()
{
    Estate e = completeBank();
    e.records.messages[0].window = QStringLiteral("sunday");
    const Schedule s = scheduleUpgrade(e, bankPlan());
    const QList<FilledMessage> messages = fillMessages(e, s);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages[0].templateId, QStringLiteral("after"));
}

QTEST_GUILESS_MAIN(tst_ChangeMessages)
#include "tst_changemessages.moc"
