// SPDX-License-Identifier: GPL-3.0-or-later
// What the conflicts mark elsewhere: badges by component, the graph's red boxes, the count line.
#include "analysis/ConflictBadges.h"
#include "analysis/ConflictsPanel.h"
#include "itemmodels/ConflictTableModel.h"

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

class tst_ConflictBadges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badgesByComponent();
    void countsText();
};

void tst_ConflictBadges::badgesByComponent()
{
    const QHash<QString, QStringList> badges = conflictMessagesByComponent(sample());
    // Errors first; a waived conflict makes no badge; a component named twice counts once.
    QCOMPARE(badges.value(QStringLiteral("db")),
             QStringList({"app 5.0 requires db >=13; in the target state db runs 12",
                          "db and db-dr drift"}));
    QCOMPARE(badges.value(QStringLiteral("a")), QStringList({"a and b use each other"}));
    QVERIFY(!badges.contains(QStringLiteral("nobody")));
    QCOMPARE(badges.size(), 5);
    QCOMPARE(conflictMessagesByComponent(sample(), true).value(QStringLiteral("db")).size(), 3);

    const auto worst = worstSeverityByComponent(sample());
    QCOMPARE(worst.value(QStringLiteral("db")), S::Error);
    QCOMPARE(worst.value(QStringLiteral("db-dr")), S::Info);
    QCOMPARE(worst.value(QStringLiteral("b")), S::Warning);

    // The graph reds only what has an open error; its tooltip still lists all the messages.
    const QHash<QString, QStringList> red = graphConflictMarks(sample());
    QCOMPARE(QSet<QString>(red.keyBegin(), red.keyEnd()),
             QSet<QString>({QStringLiteral("app"), QStringLiteral("db")}));
    QCOMPARE(red.value(QStringLiteral("db")), badges.value(QStringLiteral("db")));
}

void tst_ConflictBadges::countsText()
{
    QCOMPARE(ConflictsPanel::countsText({}), QStringLiteral("No conflicts"));
    QCOMPARE(ConflictsPanel::countsText(sample()),
             QStringLiteral("1 error, 1 warning, 1 note, 1 waived"));
}

QTEST_MAIN(tst_ConflictBadges)
#include "tst_conflictbadges.moc"
