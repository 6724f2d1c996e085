// SPDX-License-Identifier: GPL-3.0-or-later
// The conflicts as a table and its filter: columns, roles, sorting by rank, every filter, each
// under QAbstractItemModelTester.
#include "itemmodels/ConflictFilterModel.h"
#include "itemmodels/ConflictTableModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QIcon>
#include <QSignalSpy>
#include <QtTest>

using namespace planner;

namespace {

Conflict conflict(const char *type, Conflict::Severity severity, Conflict::State state,
                  QStringList components, const char *message, bool waived = false)
{
    Conflict c;
    c.type = QLatin1String(type);
    c.severity = severity;
    c.state = state;
    c.components = std::move(components);
    c.message = QString::fromUtf8(message);
    c.waived = waived;
    c.key = c.type + QLatin1Char(':') + stateName(state) + QLatin1Char(':')
            + c.components.join(QLatin1Char(','));
    return c;
}

using S = Conflict::Severity;
using St = Conflict::State;

QList<Conflict> sample()
{
    return {conflict("dependency-cycle", S::Warning, St::Current, {"a", "b"},
                     "a and b use each other"),
            conflict("unsatisfied-requirement", S::Error, St::Target, {"app", "db"},
                     "app 5.0 requires db >=13; in the target state db runs 12"),
            conflict("end-of-support", S::Warning, St::Current, {"db"}, "db 12 support ended", true),
            conflict("site-drift", S::Info, St::Intermediate, {"db", "db", "db-dr"},
                     "db and db-dr drift")};
}

} // namespace

class tst_ConflictTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rolesAndColumns();
    void sortsBySeverityRank();
    void filtersAndResetsPassTheTester();
};

void tst_ConflictTableModel::rolesAndColumns()
{
    ConflictTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConflicts(sample());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(ConflictTableModel::ColumnCount));
    const QModelIndex req = model.index(1, ConflictTableModel::Type);
    QCOMPARE(req.data().toString(), QStringLiteral("Unsatisfied requirement"));
    QCOMPARE(req.siblingAtColumn(ConflictTableModel::Severity).data().toString(),
             QStringLiteral("Error"));
    QCOMPARE(req.siblingAtColumn(ConflictTableModel::State).data().toString(),
             QStringLiteral("Target"));
    QCOMPARE(req.siblingAtColumn(ConflictTableModel::Components).data().toString(),
             QStringLiteral("app, db"));
    QVERIFY(!req.siblingAtColumn(ConflictTableModel::Severity)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    QCOMPARE(model.rowOf(req.data(ConflictTableModel::KeyRole).toString()), 1);
    QCOMPARE(model.rowOf(QStringLiteral("no-such-key")), -1);
    const QModelIndex waived = model.index(2, ConflictTableModel::Waived);
    QCOMPARE(waived.data().toString(), QStringLiteral("\u2713 waived"));
    QCOMPARE(model.index(1, ConflictTableModel::Waived).data().toString(), QString());
    QVERIFY(waived.data(Qt::FontRole).value<QFont>().italic());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setHighlightedComponents({QStringLiteral("db-dr")});
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.index(3, 0).data(ConflictTableModel::HighlightRole).toBool());
    QVERIFY(!model.index(1, 0).data(ConflictTableModel::HighlightRole).toBool());
    model.setHighlightedComponents({QStringLiteral("db-dr")});
    QCOMPARE(changed.count(), 1); // the same marks: nothing to tell
}

void tst_ConflictTableModel::sortsBySeverityRank()
{
    ConflictTableModel model;
    ConflictFilterModel filter;
    filter.setSourceModel(&model);
    model.setConflicts(sample());
    filter.sort(ConflictTableModel::Severity, Qt::AscendingOrder);
    QStringList severities;
    for (int row = 0; row < filter.rowCount(); ++row)
        severities << filter.index(row, ConflictTableModel::Severity).data().toString();
    QCOMPARE(severities, QStringList({"Error", "Warning", "Warning", "Info"}));
    filter.sort(ConflictTableModel::State, Qt::DescendingOrder);
    QCOMPARE(filter.index(0, ConflictTableModel::State).data().toString(),
             QStringLiteral("Intermediate"));
}

void tst_ConflictTableModel::filtersAndResetsPassTheTester()
{
    ConflictTableModel model;
    ConflictFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConflicts(sample());
    filter.setSeverityFilter(S::Warning);
    QCOMPARE(filter.rowCount(), 2);
    filter.setHideWaived(true);
    QCOMPARE(filter.rowCount(), 1);
    model.setConflicts({});
    QCOMPARE(filter.rowCount(), 0);
    model.setConflicts(sample());
    QCOMPARE(filter.rowCount(), 1);
    filter.setSeverityFilter(std::nullopt);
    filter.setStateFilter(St::Current);
    QCOMPARE(filter.rowCount(), 1); // the cycle; the end of support is waived and hidden
    filter.setHideWaived(false);
    QCOMPARE(filter.rowCount(), 2);
    filter.setStateFilter(std::nullopt);
    filter.setTypeFilter(QStringLiteral("site-drift"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setTypeFilter({});
    filter.setSearchText(QStringLiteral("  DB   target "));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(ConflictTableModel::TypeNameRole).toString(),
             QStringLiteral("unsatisfied-requirement"));
}

QTEST_MAIN(tst_ConflictTableModel)
#include "tst_conflicttablemodel.moc"
