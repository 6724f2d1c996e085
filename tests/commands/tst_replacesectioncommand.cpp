// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallEstate.h"
#include "commands/ReplaceSectionCommand.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace planner;

class tst_ReplaceSectionCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replaces_data();
    void replaces();
};

void tst_ReplaceSectionCommand::replaces_data()
{
    QTest::addColumn<int>("section");
    using S = EstateStore::Section;
    QTest::newRow("project") << int(S::Project);
    QTest::newRow("sites") << int(S::Sites);
    QTest::newRow("windows") << int(S::Windows);
    QTest::newRow("freezes") << int(S::Freezes);
    QTest::newRow("processes") << int(S::Processes);
    QTest::newRow("staff") << int(S::Staff);
    QTest::newRow("pins") << int(S::Pins);
    QTest::newRow("positions") << int(S::Positions);
    QTest::newRow("records") << int(S::Records);
}

void tst_ReplaceSectionCommand::replaces()
{
    QFETCH(int, section);
    using S = EstateStore::Section;
    EstateStore store;
    store.reset(test::smallEstate());
    const Estate before = store.estate();
    QSignalSpy changed(&store, &EstateStore::sectionChanged);

    ReplaceSectionCommand *command = nullptr;
    switch (S(section)) {
    case S::Project: {
        ProjectInfo p = before.project;
        p.urgency = QStringLiteral("urgent");
        command = new ReplaceSectionCommand(&store, p);
        break;
    }
    case S::Sites:
        command = new ReplaceSectionCommand(&store, QList<Site>{{QStringLiteral("ber"),
                                                                 QStringLiteral("Berlin")}});
        break;
    case S::Windows: {
        MaintenanceWindow w;
        w.id = QStringLiteral("sat-night");
        w.start = QDateTime(QDate(2027, 1, 9), QTime(22, 0), Qt::UTC);
        w.end = w.start.addSecs(6 * 3600);
        command = new ReplaceSectionCommand(&store, QList<MaintenanceWindow>{w});
        break;
    }
    case S::Freezes:
        command = new ReplaceSectionCommand(&store,
                                            QList<Freeze>{{{QDate(2027, 3, 25), QDate(2027, 4, 5)},
                                                           QStringLiteral("quarter close")}});
        break;
    case S::Processes:
        command = new ReplaceSectionCommand(&store, QList<BusinessProcess>{});
        break;
    case S::Staff: {
        StaffMember s;
        s.name = QStringLiteral("A. Rivera");
        s.roles = {QStringLiteral("dba")};
        command = new ReplaceSectionCommand(&store, QList<StaffMember>{s});
        break;
    }
    case S::Pins:
        command = new ReplaceSectionCommand(&store,
                                            QList<OrderPin>{{QStringLiteral("jvm"), 2, QString()}});
        break;
    case S::Positions:
        command = new ReplaceSectionCommand(&store, QMap<QString, QPoint>{});
        break;
    case S::Records: {
        // Every list of the change records at once, so undo must restore each of them.
        ChangeRecords r;
        r.configuration = {{QStringLiteral("jvm"),
                            QStringLiteral("certificate"),
                            QStringLiteral("api-tls"),
                            {},
                            true,
                            QDate(2027, 3, 1)}};
        RollbackPlan plan;
        plan.component = QStringLiteral("jvm");
        plan.triggers = {QStringLiteral("login fails for 5 min")};
        plan.minutes = 30;
        r.rollbacks = {plan};
        ExecutionRecord done;
        done.component = QStringLiteral("jvm");
        done.started[0] = QDateTime(QDate(2027, 1, 9), QTime(22, 0), Qt::UTC);
        done.checks = {{QStringLiteral("login"), true, {}}};
        r.executed = {done};
        KindEstimate estimate;
        estimate.durations[Phase::Execute] = 50;
        r.estimates = {estimate};
        command = new ReplaceSectionCommand(&store, r);
        break;
    }
    default:
        QFAIL("no case");
    }
    QCOMPARE(int(command->section()), section);
    QUndoStack stack;
    stack.push(command);
    QVERIFY(!(store.estate() == before));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<S>(), S(section));
    const Estate after = store.estate();
    stack.undo();
    QVERIFY(store.estate() == before);
    stack.redo();
    QVERIFY(store.estate() == after);
    QCOMPARE(store.estate().componentCount(), before.componentCount());
}

QTEST_GUILESS_MAIN(tst_ReplaceSectionCommand)
#include "tst_replacesectioncommand.moc"
