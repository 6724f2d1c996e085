// SPDX-License-Identifier: GPL-3.0-or-later
// The dialog a shared project's Save shows when someone else changed the same elements: one
// row per conflict with both sides' changes in words, the other save's value chosen unless the
// user says otherwise, and Keep All for either side.
#include "panels/EditConflictDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace planner;

namespace {

QList<EditConflict> twoConflicts()
{
    return {EditConflict{QStringLiteral("components"),
                         QStringLiteral("pg-core"),
                         {},
                         QStringLiteral(R"({"id":"pg-core","target":"16.6"})"),
                         QStringLiteral(R"({"id":"pg-core","target":"15.10"})"),
                         QStringLiteral(R"({"id":"pg-core","target":"17.2"})"),
                         false},
            EditConflict{QStringLiteral("project"),
                         {},
                         QStringLiteral("name"),
                         QStringLiteral(R"("Refresh")"),
                         QStringLiteral(R"("Ledger")"),
                         QStringLiteral(R"("Core 2027")"),
                         false}};
}

QComboBox *keepBox(const EditConflictDialog &dialog, int row)
{
    return qobject_cast<QComboBox *>(dialog.tree()->itemWidget(dialog.tree()->topLevelItem(row), 3));
}

} // namespace

class tst_EditConflictDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEachConflictInWords();
    void theirsUnlessChosen();
    void keepAllButtons();
};

void tst_EditConflictDialog::listsEachConflictInWords()
{
    EditConflictDialog dialog(twoConflicts(), {QStringLiteral("ana"), QStringLiteral("bo")}, 7);
    QCOMPARE(dialog.tree()->topLevelItemCount(), 2);
    const QTreeWidgetItem *first = dialog.tree()->topLevelItem(0);
    QCOMPARE(first->text(0), QStringLiteral("component pg-core"));
    QCOMPARE(first->text(1), QStringLiteral("changed target \"16.6\" → \"15.10\""));
    QCOMPARE(first->text(2), QStringLiteral("changed target \"16.6\" → \"17.2\""));
    QCOMPARE(dialog.tree()->topLevelItem(1)->text(0), QStringLiteral("the project's name"));
    QCOMPARE(dialog.tree()->topLevelItem(1)->text(1),
             QStringLiteral("changed it from \"Refresh\" to \"Ledger\""));
    // The introduction names who saved and the revision they reached.
    bool named = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        named = named
                || (label->text().contains(QLatin1String("ana, bo"))
                    && label->text().contains(QLatin1String("revision 7")));
    QVERIFY(named);
    if (const QString dir = qEnvironmentVariable("UPLAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog.show();
        QTest::qWait(100);
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/edit-conflicts.png")));
    }
}

void tst_EditConflictDialog::theirsUnlessChosen()
{
    const QList<EditConflict> conflicts = twoConflicts();
    EditConflictDialog dialog(conflicts, {}, 3);
    ConflictChoices choices = dialog.choices();
    QCOMPARE(choices.size(), 2);
    QCOMPARE(choices.value(conflicts[0].key()), Choice::Theirs);
    QCOMPARE(choices.value(conflicts[1].key()), Choice::Theirs);

    QComboBox *keep = keepBox(dialog, 1);
    keep->setCurrentIndex(keep->findData(int(Choice::Mine)));
    choices = dialog.choices();
    QCOMPARE(choices.value(conflicts[0].key()), Choice::Theirs);
    QCOMPARE(choices.value(conflicts[1].key()), Choice::Mine);
}

void tst_EditConflictDialog::keepAllButtons()
{
    const QList<EditConflict> conflicts = twoConflicts();
    EditConflictDialog dialog(conflicts, {}, 3);
    QPushButton *allMine = nullptr, *allTheirs = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("Keep All &Yours"))
            allMine = button;
        if (button->text() == QLatin1String("Keep All &Theirs"))
            allTheirs = button;
    }
    QVERIFY(allMine && allTheirs);
    allMine->click();
    for (const EditConflict &c : conflicts)
        QCOMPARE(dialog.choices().value(c.key()), Choice::Mine);
    allTheirs->click();
    for (const EditConflict &c : conflicts)
        QCOMPARE(dialog.choices().value(c.key()), Choice::Theirs);
}

QTEST_MAIN(tst_EditConflictDialog)
#include "tst_editconflictdialog.moc"
