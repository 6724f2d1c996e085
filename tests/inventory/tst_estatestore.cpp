// SPDX-License-Identifier: GPL-3.0-or-later
// The one place that changes the open estate: each change announced before and after, in the
// order item models rely on (aboutTo..., the change, ..., changed), and refused changes
// announced not at all.
#include "inventory/EstateStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace planner;

namespace {

Component component(const char *id)
{
    Component c;
    c.id = QString::fromLatin1(id);
    c.name = c.id;
    c.version = *Version::parse(u"1.0");
    return c;
}

// Records every signal of the store, in order, with what the estate held at that moment.
class Recorder : public QObject
{
public:
    explicit Recorder(EstateStore *store)
    {
        const auto note = [this, store](const char *what, int row = -1) {
            log << QStringLiteral("%1(%2) n=%3")
                       .arg(QLatin1String(what))
                       .arg(row)
                       .arg(store->estate().componentCount());
        };
        connect(store, &EstateStore::aboutToReset, this, [note] { note("aboutToReset"); });
        connect(store, &EstateStore::wasReset, this, [note] { note("wasReset"); });
        connect(store, &EstateStore::componentAboutToBeInserted, this,
                [note](int row) { note("aboutToInsert", row); });
        connect(store, &EstateStore::componentInserted, this,
                [note](int row) { note("inserted", row); });
        connect(store, &EstateStore::componentAboutToBeRemoved, this,
                [note](int row) { note("aboutToRemove", row); });
        connect(store, &EstateStore::componentRemoved, this,
                [note](int row) { note("removed", row); });
        connect(store, &EstateStore::componentChanged, this,
                [note](int row) { note("componentChanged", row); });
        connect(store, &EstateStore::dependencyInserted, this,
                [note](int row) { note("dependencyInserted", row); });
        connect(store, &EstateStore::dependencyRemoved, this,
                [note](int row) { note("dependencyRemoved", row); });
        connect(store, &EstateStore::sectionChanged, this,
                [note](EstateStore::Section s) { note("section", int(s)); });
        connect(store, &EstateStore::changed, this, [note] { note("changed"); });
    }
    QStringList take() { return std::exchange(log, {}); }
    QStringList log;
};

} // namespace

class tst_EstateStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insertIsAnnouncedBeforeAndAfter()
    {
        EstateStore store;
        Recorder r(&store);
        QVERIFY(store.insertComponent(0, component("db")));
        QCOMPARE(r.take(), (QStringList{QStringLiteral("aboutToInsert(0) n=0"),
                                        QStringLiteral("inserted(0) n=1"),
                                        QStringLiteral("changed(-1) n=1")}));
        QVERIFY(store.insertComponent(0, component("app")));
        QCOMPARE(store.estate().indexOf(QStringLiteral("db")), 1);
        r.take();
        store.removeComponent(1);
        QCOMPARE(r.take(), (QStringList{QStringLiteral("aboutToRemove(1) n=2"),
                                        QStringLiteral("removed(1) n=1"),
                                        QStringLiteral("changed(-1) n=1")}));
    }

    // A change the estate refuses (an id in use, a row out of range) leaves it as it was and
    // says nothing: an item model would otherwise count rows that never came.
    void refusedChangesAreSilent()
    {
        EstateStore store;
        QVERIFY(store.insertComponent(0, component("db")));
        QVERIFY(store.insertComponent(1, component("app")));
        Recorder r(&store);
        QVERIFY(!store.insertComponent(0, component("db")));
        QVERIFY(!store.insertComponent(5, component("x")));
        QVERIFY(!store.insertComponent(-1, component("x")));
        QVERIFY(!store.replaceComponent(0, component("app")));
        QVERIFY(!store.replaceComponent(7, component("y")));
        QVERIFY(!store.removeComponent(2));
        QVERIFY(!store.removeComponent(-1));
        QVERIFY(r.take().isEmpty());
        QCOMPARE(store.estate().componentCount(), 2);
        QCOMPARE(store.estate().component(0).id, QStringLiteral("db"));
    }

    void replaceAnnouncesTheRow()
    {
        EstateStore store;
        QVERIFY(store.insertComponent(0, component("db")));
        Recorder r(&store);
        Component c = component("database");
        QVERIFY(store.replaceComponent(0, c));
        QCOMPARE(r.take(), (QStringList{QStringLiteral("componentChanged(0) n=1"),
                                        QStringLiteral("changed(-1) n=1")}));
        QCOMPARE(store.estate().indexOf(QStringLiteral("database")), 0);
    }

    void dependenciesAndSections()
    {
        EstateStore store;
        Recorder r(&store);
        Dependency d;
        d.from = QStringLiteral("app");
        d.to = QStringLiteral("db");
        store.insertDependency(0, d);
        QCOMPARE(store.estate().dependencyCount(), 1);
        QCOMPARE(r.take(), (QStringList{QStringLiteral("dependencyInserted(0) n=0"),
                                        QStringLiteral("changed(-1) n=0")}));
        QVERIFY(store.removeDependency(0));
        QVERIFY(!store.removeDependency(0));
        QVERIFY(!store.insertDependency(2, d));
        QVERIFY(!store.replaceDependency(0, d));
        QCOMPARE(r.take(), (QStringList{QStringLiteral("dependencyRemoved(0) n=0"),
                                        QStringLiteral("changed(-1) n=0")}));
        StaffMember s;
        s.name = QStringLiteral("A. Rivera");
        store.setStaff({s});
        QCOMPARE(store.estate().staff.size(), 1);
        QCOMPARE(r.take(),
                 (QStringList{QStringLiteral("section(%1) n=0").arg(int(EstateStore::Section::Staff)),
                              QStringLiteral("changed(-1) n=0")}));
    }

    void resetReplacesEverything()
    {
        EstateStore store;
        QVERIFY(store.insertComponent(0, component("old")));
        Estate next;
        QVERIFY(next.appendComponent(component("a")));
        QVERIFY(next.appendComponent(component("b")));
        Recorder r(&store);
        store.reset(next);
        QCOMPARE(r.take(), (QStringList{QStringLiteral("aboutToReset(-1) n=1"),
                                        QStringLiteral("wasReset(-1) n=2"),
                                        QStringLiteral("changed(-1) n=2")}));
        QVERIFY(store.estate() == next);
    }
};

QTEST_GUILESS_MAIN(tst_EstateStore)
#include "tst_estatestore.moc"
