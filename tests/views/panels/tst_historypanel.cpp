// SPDX-License-Identifier: GPL-3.0-or-later
// The History view (issue 19): saves newest first, each with who and when and its changes under
// it, filtered by text, by who saved and by a first day.
#include "panels/HistoryPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace planner;

namespace {

HistoryEntry entry(qint64 seq, qint64 revision, const QDateTime &at, const char *who,
                   const char *section, const char *item, EstateChange::Action action,
                   const char *field, const char *before, const char *after)
{
    return HistoryEntry{seq, revision, at, QString::fromLatin1(who),
                        EstateChange{QString::fromLatin1(section), QString::fromLatin1(item),
                                     action, QString::fromLatin1(field),
                                     QString::fromLatin1(before), QString::fromLatin1(after)}};
}

QList<HistoryEntry> threeSaves()
{
    using A = EstateChange::Action;
    const QDateTime first(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    const QDateTime second(QDate(2026, 11, 20), QTime(14, 30), Qt::UTC);
    const QDateTime third(QDate(2026, 12, 1), QTime(8, 15), Qt::UTC);
    return {entry(1, 1, first, "ana", "project", "", A::Added, "", "",
                  R"({"components":6,"dependencies":5})"),
            entry(2, 2, second, "bo", "components", "pg-core", A::Changed, "target", R"("16.6")",
                  R"("17.2")"),
            entry(3, 2, second, "bo", "components", "ldap", A::Changed, "owner",
                  R"("Platform team")", R"("Identity team")"),
            entry(4, 3, third, "ana", "windows", "w1", A::Removed, "", R"({"id":"w1"})", "")};
}

int shownSaves(const HistoryPanel &panel)
{
    int n = 0;
    for (int row = 0; row < panel.tree()->topLevelItemCount(); ++row)
        n += !panel.tree()->topLevelItem(row)->isHidden();
    return n;
}

} // namespace

class tst_HistoryPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesNewestFirstWithTheirChanges();
    void filtersByTextWhoAndDay();
    void messageWhenThereIsNoHistory();
};

void tst_HistoryPanel::savesNewestFirstWithTheirChanges()
{
    HistoryPanel panel;
    panel.setEntries(threeSaves());
    QTreeWidget *tree = panel.tree();
    QCOMPARE(tree->topLevelItemCount(), 3);
    QVERIFY(tree->topLevelItem(0)->text(0).startsWith(QStringLiteral("Save 3")));
    QVERIFY(tree->topLevelItem(0)->text(0).endsWith(QStringLiteral("ana")));
    QVERIFY(tree->topLevelItem(2)->text(0).startsWith(QStringLiteral("Save 1")));
    const QTreeWidgetItem *second = tree->topLevelItem(1);
    QCOMPARE(second->childCount(), 2);
    QCOMPARE(second->child(0)->text(0), QStringLiteral("component pg-core"));
    QCOMPARE(second->child(0)->text(1), QStringLiteral("changed target"));
    QCOMPARE(second->child(0)->text(2), QStringLiteral("\"16.6\""));
    QCOMPARE(second->child(0)->text(3), QStringLiteral("\"17.2\""));
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("windows w1"));
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(1), QStringLiteral("removed"));
    QCOMPARE(tree->topLevelItem(2)->child(0)->text(0), QStringLiteral("the project"));
    // Who can be chosen: everyone, and each person once.
    QCOMPARE(panel.whoFilter()->count(), 3);
    QCOMPARE(panel.whoFilter()->itemText(1), QStringLiteral("ana"));
    QCOMPARE(panel.whoFilter()->itemText(2), QStringLiteral("bo"));
}

void tst_HistoryPanel::filtersByTextWhoAndDay()
{
    HistoryPanel panel;
    panel.setEntries(threeSaves());
    QCOMPARE(shownSaves(panel), 3);

    panel.textFilter()->setText(QStringLiteral("identity"));
    QCOMPARE(shownSaves(panel), 1);
    const QTreeWidgetItem *save = panel.tree()->topLevelItem(1);
    QVERIFY(!save->isHidden());
    QVERIFY(save->child(0)->isHidden()); // pg-core does not match
    QVERIFY(!save->child(1)->isHidden());
    panel.textFilter()->clear();

    panel.whoFilter()->setCurrentIndex(panel.whoFilter()->findText(QStringLiteral("ana")));
    QCOMPARE(shownSaves(panel), 2);
    QVERIFY(panel.tree()->topLevelItem(1)->isHidden());

    panel.sinceEnabled()->setChecked(true);
    panel.sinceFilter()->setDate(QDate(2026, 11, 15));
    QCOMPARE(shownSaves(panel), 1); // ana's save of 1 December only
    QVERIFY(!panel.tree()->topLevelItem(0)->isHidden());

    // New entries (a reload after a save) keep the chosen person.
    QList<HistoryEntry> more = threeSaves();
    more << entry(5, 4, QDateTime(QDate(2026, 12, 2), QTime(7, 0), Qt::UTC), "bo", "components",
                  "jvm", EstateChange::Action::Changed, "owner", "\"a\"", "\"b\"");
    panel.setEntries(more);
    QCOMPARE(panel.whoFilter()->currentText(), QStringLiteral("ana"));
    QCOMPARE(shownSaves(panel), 1);
    QVERIFY(panel.summary().startsWith(QStringLiteral("1 of 4")));
}

void tst_HistoryPanel::messageWhenThereIsNoHistory()
{
    HistoryPanel panel;
    panel.showMessage(QStringLiteral("The history starts with the project's first save"));
    QCOMPARE(panel.tree()->topLevelItemCount(), 0);
    QSignalSpy refresh(&panel, &HistoryPanel::refreshRequested);
    for (QPushButton *button : panel.findChildren<QPushButton *>())
        if (button->text() == QLatin1String("Refresh"))
            button->click();
    QCOMPARE(refresh.size(), 1);
}

QTEST_MAIN(tst_HistoryPanel)
#include "tst_historypanel.moc"
