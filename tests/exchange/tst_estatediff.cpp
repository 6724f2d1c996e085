// SPDX-License-Identifier: GPL-3.0-or-later
// What a save changed, as the history records it: components by id and field by field with
// the old and new value in interchange JSON, dependencies by their ends, other sections element
// by element, and nothing at all for an unchanged estate.
#include "exchange/EstateDiff.h"

#include "SmallEstate.h"

#include <QJsonArray>
#include <QTest>

using namespace planner;

namespace {

const EstateChange *findChange(const QList<EstateChange> &changes, const QString &section,
                               const QString &item, const QString &field = {})
{
    for (const EstateChange &c : changes)
        if (c.section == section && c.item == item && c.field == field)
            return &c;
    return nullptr;
}

QString listed(const QList<EstateChange> &changes)
{
    QStringList lines;
    for (const EstateChange &c : changes)
        lines << QStringLiteral("%1 %2 %3 %4: %5 -> %6")
                     .arg(actionName(c.action), c.section, c.item, c.field, c.before, c.after);
    return lines.join(u'\n');
}

} // namespace

class tst_EstateDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unchangedGivesNothing();
    void componentFieldByField();
    void addedAndRemovedComponents();
    void dependenciesByTheirEnds();
    void otherSectionsElementByElement();
    void recordsByTheirComponent();
    void actionNamesReadBack();
};

void tst_EstateDiff::unchangedGivesNothing()
{
    QVERIFY(diffEstates(test::smallEstate(), test::smallEstate()).isEmpty());
    QVERIFY(diffEstates(Estate(), Estate()).isEmpty());
}

void tst_EstateDiff::componentFieldByField()
{
    const Estate before = test::smallEstate();
    Estate after = before;
    const int row = after.indexOf(QStringLiteral("ldap"));
    QVERIFY(row >= 0);
    Component c = after.component(row);
    c.owner = QStringLiteral("Identity team");
    c.target = *Version::parse(u"9.9");
    QVERIFY(after.replaceComponent(row, c));

    const QList<EstateChange> changes = diffEstates(before, after);
    QCOMPARE(changes.size(), 2);
    const EstateChange *owner = findChange(changes, QStringLiteral("components"),
                                           QStringLiteral("ldap"), QStringLiteral("owner"));
    QVERIFY2(owner, qPrintable(listed(changes)));
    QCOMPARE(owner->action, EstateChange::Action::Changed);
    QCOMPARE(owner->after, QStringLiteral("\"Identity team\""));
    const EstateChange *target = findChange(changes, QStringLiteral("components"),
                                            QStringLiteral("ldap"), QStringLiteral("target"));
    QVERIFY2(target, qPrintable(listed(changes)));
    QCOMPARE(target->after, QStringLiteral("\"9.9\""));
    QVERIFY(target->before != target->after);
}

void tst_EstateDiff::addedAndRemovedComponents()
{
    const Estate before = test::smallEstate();
    Estate after = before;
    const Component gone = after.component(0);
    after.removeComponent(0);
    Component added;
    added.id = QStringLiteral("new-box");
    added.name = QStringLiteral("New box");
    added.version = *Version::parse(u"1.0");
    QVERIFY(after.appendComponent(added));

    const QList<EstateChange> changes = diffEstates(before, after);
    const EstateChange *plus = findChange(changes, QStringLiteral("components"), added.id);
    QVERIFY2(plus && plus->action == EstateChange::Action::Added, qPrintable(listed(changes)));
    QVERIFY(plus->before.isEmpty());
    QVERIFY(plus->after.contains(QLatin1String("\"New box\"")));
    const EstateChange *minus = findChange(changes, QStringLiteral("components"), gone.id);
    QVERIFY2(minus && minus->action == EstateChange::Action::Removed, qPrintable(listed(changes)));
    QVERIFY(minus->after.isEmpty());
    QVERIFY(minus->before.contains(gone.id));
}

void tst_EstateDiff::dependenciesByTheirEnds()
{
    const Estate before = test::smallEstate();
    QVERIFY(before.dependencyCount() >= 2);
    Estate after = before;
    Dependency changed = after.dependency(0);
    changed.requirement = VersionRange::parse(u">=1 <99");
    after.replaceDependency(0, changed);
    const Dependency removed = after.dependency(1);
    after.removeDependency(1);

    const QList<EstateChange> changes = diffEstates(before, after);
    const QString key = QStringLiteral("%1 -> %2 (%3)").arg(changed.from, changed.to, changed.type);
    const EstateChange *requires_ = findChange(changes, QStringLiteral("dependencies"), key,
                                               QStringLiteral("requires"));
    QVERIFY2(requires_, qPrintable(listed(changes)));
    QCOMPARE(requires_->action, EstateChange::Action::Changed);
    const QString removedKey = QStringLiteral("%1 -> %2 (%3)")
                                   .arg(removed.from, removed.to, removed.type);
    const EstateChange *minus = findChange(changes, QStringLiteral("dependencies"), removedKey);
    QVERIFY2(minus && minus->action == EstateChange::Action::Removed, qPrintable(listed(changes)));
}

void tst_EstateDiff::otherSectionsElementByElement()
{
    Estate before = test::smallEstate();
    before.sites = {{QStringLiteral("fra"), QStringLiteral("Frankfurt")},
                    {QStringLiteral("ber"), QStringLiteral("Berlin")}};
    Estate after = before;
    after.sites[1].name = QStringLiteral("Berlin DC");
    after.sites.append({QStringLiteral("muc"), QStringLiteral("Munich")});
    after.project.name = QStringLiteral("Renamed");

    const QList<EstateChange> changes = diffEstates(before, after);
    QVERIFY2(!changes.isEmpty() && changes.first().section == u"project",
             qPrintable(listed(changes)));
    QCOMPARE(changes.first().field, QStringLiteral("name"));
    const EstateChange *renamed = findChange(changes, QStringLiteral("sites"),
                                             QStringLiteral("ber"), QStringLiteral("name"));
    QVERIFY2(renamed, qPrintable(listed(changes)));
    QCOMPARE(renamed->before, QStringLiteral("\"Berlin\""));
    QCOMPARE(renamed->after, QStringLiteral("\"Berlin DC\""));
    const EstateChange *added = findChange(changes, QStringLiteral("sites"), QStringLiteral("muc"));
    QVERIFY2(added && added->action == EstateChange::Action::Added, qPrintable(listed(changes)));
    QCOMPARE(changes.size(), 3);
}

// Execution records have no id but one per component: the history names them by it, so that
// "changed executed ledger-app rollback" says whose record, and a record added in front does
// not read as every later one changed.
void tst_EstateDiff::recordsByTheirComponent()
{
    Estate before = test::smallEstate();
    ExecutionRecord first;
    first.component = before.component(0).id;
    before.records.executed = {first};
    Estate after = before;
    ExecutionRecord second;
    second.component = before.component(1).id;
    after.records.executed.prepend(second);
    after.records.executed[1].rollback = QStringLiteral("partial");

    const QList<EstateChange> changes = diffEstates(before, after);
    const EstateChange *added = findChange(changes, QStringLiteral("executed"), second.component);
    QVERIFY2(added && added->action == EstateChange::Action::Added, qPrintable(listed(changes)));
    const EstateChange *changed = findChange(changes, QStringLiteral("executed"), first.component,
                                             QStringLiteral("rollback"));
    QVERIFY2(changed, qPrintable(listed(changes)));
    QCOMPARE(changed->after, QStringLiteral("\"partial\""));
    QCOMPARE(changes.size(), 2);
    QCOMPARE(listElementKey(
                 {QJsonArray{QJsonObject{{"component", "a"}}, QJsonObject{{"component", "a"}}}}),
             QString()); // not unique: by place
}

void tst_EstateDiff::actionNamesReadBack()
{
    for (const auto a : {EstateChange::Action::Added, EstateChange::Action::Removed,
                         EstateChange::Action::Changed}) {
        EstateChange::Action back = EstateChange::Action::Changed;
        QVERIFY(actionFromName(actionName(a), &back));
        QCOMPARE(back, a);
    }
    EstateChange::Action unused;
    QVERIFY(!actionFromName(QStringLiteral("renamed"), &unused));
}

QTEST_GUILESS_MAIN(tst_EstateDiff)
#include "tst_estatediff.moc"
