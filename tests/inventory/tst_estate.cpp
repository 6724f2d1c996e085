// SPDX-License-Identifier: GPL-3.0-or-later
// The estate as a value: components and dependencies indexed by id through every change, ids
// kept unique, equality that compares data (version texts) rather than meaning.
#include "inventory/Estate.h"

#include <QTest>

using namespace planner;

namespace {

Component component(const char *id, const char *version = "1.0")
{
    Component c;
    c.id = QString::fromLatin1(id);
    c.name = c.id;
    c.version = *Version::parse(QString::fromLatin1(version));
    return c;
}

Dependency dependency(const char *from, const char *to)
{
    Dependency d;
    d.from = QString::fromLatin1(from);
    d.to = QString::fromLatin1(to);
    return d;
}

// Every component is found at its row, and nothing else is found.
void checkIndex(const Estate &e)
{
    for (int row = 0; row < e.componentCount(); ++row) {
        QCOMPARE(e.indexOf(e.component(row).id), row);
        QCOMPARE(e.find(e.component(row).id), &e.component(row));
    }
}

} // namespace

class tst_Estate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendRefusesADuplicateId()
    {
        Estate e;
        QVERIFY(e.appendComponent(component("db")));
        QVERIFY(e.appendComponent(component("app")));
        QVERIFY(!e.appendComponent(component("db", "2.0")));
        QCOMPARE(e.componentCount(), 2);
        QCOMPARE(e.component(0).version.text(), QStringLiteral("1.0")); // untouched
        QCOMPARE(e.indexOf(QStringLiteral("missing")), -1);
        QVERIFY(!e.find(QStringLiteral("missing")));
        checkIndex(e);
    }

    void insertAndRemoveKeepTheIndex()
    {
        Estate e;
        for (const char *id : {"a", "b", "c", "d"})
            QVERIFY(e.appendComponent(component(id)));
        QVERIFY(e.insertComponent(1, component("x")));
        QCOMPARE(e.indexOf(QStringLiteral("b")), 2);
        checkIndex(e);
        QVERIFY(!e.insertComponent(0, component("c"))); // in use
        QVERIFY(!e.insertComponent(-1, component("y")));
        QVERIFY(!e.insertComponent(7, component("y")));
        QVERIFY(e.insertComponent(e.componentCount(), component("y"))); // at the end
        e.removeComponent(0);
        QCOMPARE(e.indexOf(QStringLiteral("a")), -1);
        QCOMPARE(e.indexOf(QStringLiteral("x")), 0);
        checkIndex(e);
        // An id freed by a removal can be used again.
        QVERIFY(e.appendComponent(component("a")));
        checkIndex(e);
    }

    void replaceCanRenameButNotOntoAnotherId()
    {
        Estate e;
        QVERIFY(e.appendComponent(component("db")));
        QVERIFY(e.appendComponent(component("app")));
        Component renamed = component("database", "2.0");
        QVERIFY(e.replaceComponent(0, renamed));
        QCOMPARE(e.indexOf(QStringLiteral("db")), -1);
        QCOMPARE(e.indexOf(QStringLiteral("database")), 0);
        QCOMPARE(e.component(0).version.text(), QStringLiteral("2.0"));
        QVERIFY(!e.replaceComponent(0, component("app")));
        QCOMPARE(e.component(0).id, QStringLiteral("database"));
        QVERIFY(e.replaceComponent(1, component("app", "3.1"))); // same id
        checkIndex(e);
    }

    void dependenciesTouchingAComponent()
    {
        Estate e;
        e.appendDependency(dependency("web", "app"));
        e.appendDependency(dependency("app", "db"));
        e.appendDependency(dependency("report", "db"));
        e.insertDependency(0, dependency("lb", "web"));
        QCOMPARE(e.dependenciesTouching(QStringLiteral("db")), (QList<int>{2, 3}));
        QCOMPARE(e.dependenciesTouching(QStringLiteral("app")), (QList<int>{1, 2}));
        QVERIFY(e.dependenciesTouching(QStringLiteral("none")).isEmpty());
        e.replaceDependency(3, dependency("report", "dwh"));
        e.removeDependency(0);
        QCOMPARE(e.dependenciesTouching(QStringLiteral("db")), (QList<int>{1}));
        QCOMPARE(e.dependencyCount(), 3);
    }

    // Equal data, not equal meaning: "11.2" and "11.2.0" are the same version but a user who
    // typed one or the other would not want the file rewritten.
    void equalityComparesWhatWasWritten()
    {
        Estate a;
        QVERIFY(a.appendComponent(component("db", "11.2")));
        Estate b;
        QVERIFY(b.appendComponent(component("db", "11.2.0")));
        QVERIFY(!(a == b));
        Estate c = a;
        QVERIFY(a == c);
        c.manualPositions.insert(QStringLiteral("db"), QPoint(10, 20));
        QVERIFY(!(a == c));
        Estate d = a;
        Component t = d.component(0);
        t.target = *Version::parse(u"12");
        QVERIFY(d.replaceComponent(0, t));
        QVERIFY(!(a == d));
    }

    // A copy is a value: changing it leaves the original and its index alone (workers get
    // copies of the estate).
    void copiesAreIndependent()
    {
        Estate a;
        QVERIFY(a.appendComponent(component("db")));
        Estate b = a;
        QVERIFY(b.appendComponent(component("app")));
        b.removeComponent(0);
        QCOMPARE(a.componentCount(), 1);
        QCOMPARE(a.indexOf(QStringLiteral("db")), 0);
        QCOMPARE(a.indexOf(QStringLiteral("app")), -1);
        QCOMPARE(b.indexOf(QStringLiteral("app")), 0);
    }

    void validIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("db-01") << true;
        QTest::newRow("dots and colons") << QStringLiteral("urn:app.v2_x") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << QStringLiteral("db 01") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("umlaut") << QStringLiteral("größe") << false;
    }
    void validIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(isValidId(id), valid);
    }
};

QTEST_GUILESS_MAIN(tst_Estate)
#include "tst_estate.moc"
