// SPDX-License-Identifier: GPL-3.0-or-later
#include "Document.h"
#include "EditController.h"
#include "FileController.h"
#include "MainWindow.h"
#include "SmallEstate.h"
#include "panels/Preferences.h"
#include "panels/PreferencesDialog.h"
#include "storage/ProjectFile.h"

#include <QAction>
#include <QComboBox>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace planner;

/// Edit > Preferences: what is kept in QSettings, the dialog that edits it, and what the
/// preferences change: the window of a new project, durations of added components.
class tst_Preferences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultsAreTheBuiltInDurations();
    void savedAndLoadedAgain();
    void outOfRangeSettingsAreBounded();
    void durationsForWritesOnlyWhatDiffers();
    void windowFallsOnTheChosenDay();
    void dialogEditsEveryField();
    void preferencesActionOpensTheDialog();
    void newProjectStartsWithTheWindow();
    void addedComponentGetsThePreferredDurations();

private:
    QTemporaryDir m_dir;
};

void tst_Preferences::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    QCoreApplication::setOrganizationName(QStringLiteral("Upgrade Planner Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
}

void tst_Preferences::init()
{
    QSettings().clear();
}

void tst_Preferences::defaultsAreTheBuiltInDurations()
{
    const Preferences p = Preferences::load();
    QVERIFY(p.language.isEmpty());
    QCOMPARE(p.autosaveMinutes, 5);
    for (int k = 0; k < componentKindCount; ++k)
        QCOMPARE(p.durations[size_t(k)], defaultDurations(ComponentKind(k)));
    // Nothing differs from the built-in defaults, so an added component stays on them.
    QVERIFY(p.durationsFor(ComponentKind::Database).isEmpty());
}

void tst_Preferences::savedAndLoadedAgain()
{
    Preferences p;
    p.language = QStringLiteral("de");
    p.autosaveMinutes = 0;
    p.durations[size_t(ComponentKind::Database)][size_t(Phase::Backup)] = 240;
    p.newProjectWindow = false;
    p.windowWeekday = Qt::Sunday;
    p.windowStart = QTime(1, 30);
    p.windowHours = 3;
    p.windowWeeks = 12;
    p.restoreTestMaxDays = 60;
    p.save();
    const Preferences back = Preferences::load();
    QCOMPARE(back.language, QStringLiteral("de"));
    QCOMPARE(Preferences::savedLanguage(), QStringLiteral("de"));
    QCOMPARE(back.autosaveMinutes, 0);
    QCOMPARE(back.durations, p.durations);
    QCOMPARE(back.newProjectWindow, false);
    QCOMPARE(back.windowWeekday, int(Qt::Sunday));
    QCOMPARE(back.windowStart, QTime(1, 30));
    QCOMPARE(back.windowHours, 3);
    QCOMPARE(back.windowWeeks, 12);
    QCOMPARE(back.restoreTestMaxDays, 60);
    // Only what differs from the defaults is written.
    QSettings s;
    s.beginGroup(QStringLiteral("preferences/durations"));
    QCOMPARE(s.allKeys(), QStringList{QStringLiteral("database/backup")});
}

void tst_Preferences::outOfRangeSettingsAreBounded()
{
    QSettings s;
    s.setValue(QStringLiteral("preferences/autosaveMinutes"), -3);
    s.setValue(QStringLiteral("preferences/windowWeekday"), 9);
    s.setValue(QStringLiteral("preferences/windowStart"), QStringLiteral("25:99"));
    s.setValue(QStringLiteral("preferences/durations/database/backup"), QStringLiteral("lots"));
    s.setValue(QStringLiteral("preferences/durations/os/execute"), -5);
    s.setValue(QStringLiteral("preferences/restoreTestMaxDays"), 99999);
    const Preferences p = Preferences::load();
    QCOMPARE(p.restoreTestMaxDays, maxRestoreTestMaxDays);
    QCOMPARE(p.autosaveMinutes, 0);
    QCOMPARE(p.windowWeekday, 7);
    QCOMPARE(p.windowStart, QTime(22, 0));
    QCOMPARE(p.durations[size_t(ComponentKind::Database)],
             defaultDurations(ComponentKind::Database));
    QCOMPARE(p.durations[size_t(ComponentKind::Os)], defaultDurations(ComponentKind::Os));
}

void tst_Preferences::durationsForWritesOnlyWhatDiffers()
{
    Preferences p;
    const auto builtIn = defaultDurations(ComponentKind::Other);
    p.durations[size_t(ComponentKind::Other)][size_t(Phase::Execute)]
        = builtIn[size_t(Phase::Execute)] + 25;
    const PhaseDurations d = p.durationsFor(ComponentKind::Other);
    QCOMPARE(d[Phase::Execute], std::optional<int>(builtIn[size_t(Phase::Execute)] + 25));
    QVERIFY(!d[Phase::Prepare] && !d[Phase::Backup] && !d[Phase::Verify] && !d[Phase::Rollback]);
    QVERIFY(p.durationsFor(ComponentKind::Server).isEmpty());
}

void tst_Preferences::windowFallsOnTheChosenDay()
{
    Preferences p;
    p.windowWeekday = Qt::Wednesday;
    p.windowStart = QTime(23, 0);
    p.windowHours = 5;
    p.windowWeeks = 4;
    const MaintenanceWindow w = p.windowFrom(QDate(2027, 1, 1)); // a Friday
    QCOMPARE(w.start, QDateTime(QDate(2027, 1, 6), QTime(23, 0), Qt::UTC));
    QCOMPARE(w.end, QDateTime(QDate(2027, 1, 7), QTime(4, 0), Qt::UTC));
    QCOMPARE(w.repeatWeekly, 4);
    // A start on the day itself is kept.
    QCOMPARE(p.windowFrom(QDate(2027, 1, 6)).start.date(), QDate(2027, 1, 6));
}

void tst_Preferences::dialogEditsEveryField()
{
    Preferences initial;
    initial.language = QStringLiteral("zh_CN");
    PreferencesDialog dialog(initial);
    QCOMPARE(dialog.languageCombo()->currentData().toString(), QStringLiteral("zh_CN"));
    QCOMPARE(dialog.durationTable()->rowCount(), componentKindCount);
    QCOMPARE(dialog.durationTable()->columnCount(), phaseCount);
    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(QStringLiteral("de")));
    dialog.autosaveSpin()->setValue(15);
    QCOMPARE(dialog.restoreTestSpin()->value(), defaultRestoreTestMaxDays);
    dialog.restoreTestSpin()->setValue(90);
    auto *cell = qobject_cast<QSpinBox *>(
        dialog.durationTable()->cellWidget(int(ComponentKind::Certificate), int(Phase::Verify)));
    QVERIFY(cell);
    cell->setValue(42);
    const Preferences edited = dialog.preferences();
    QCOMPARE(edited.language, QStringLiteral("de"));
    QCOMPARE(edited.autosaveMinutes, 15);
    QCOMPARE(edited.restoreTestMaxDays, 90);
    QCOMPARE(edited.durations[size_t(ComponentKind::Certificate)][size_t(Phase::Verify)], 42);
    QCOMPARE(edited.durations[size_t(ComponentKind::Server)],
             defaultDurations(ComponentKind::Server));
}

void tst_Preferences::preferencesActionOpensTheDialog()
{
    MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(action);
    QVERIFY(!action->shortcuts().isEmpty());
    bool shown = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shown = true;
        dialog->autosaveSpin()->setValue(11);
        dialog->accept();
    });
    action->trigger();
    QVERIFY(shown);
    QCOMPARE(Preferences::load().autosaveMinutes, 11); // accepted: saved
}

void tst_Preferences::newProjectStartsWithTheWindow()
{
    MainWindow window;
    window.fileController()->newAction()->trigger();
    const Estate &e = window.document()->estate();
    QCOMPARE(e.windows.size(), 1);
    const MaintenanceWindow &w = e.windows.constFirst();
    QCOMPARE(w.start.date().dayOfWeek(), int(Qt::Saturday));
    QVERIFY(w.start.date() >= QDate::currentDate());
    QCOMPARE(w.start.secsTo(w.end), qint64(6 * 3600));
    QVERIFY(!window.document()->isModified()); // nothing to save yet

    QCOMPARE(e.project.restoreTestMaxDays, defaultRestoreTestMaxDays);

    Preferences off;
    off.newProjectWindow = false;
    off.restoreTestMaxDays = 30;
    off.save();
    window.fileController()->newAction()->trigger();
    QVERIFY(window.document()->estate().windows.isEmpty());
    // The project keeps the limit it started with: it analyses the same on every machine.
    QCOMPARE(window.document()->estate().project.restoreTestMaxDays, 30);
}

void tst_Preferences::addedComponentGetsThePreferredDurations()
{
    Preferences p;
    p.durations[size_t(ComponentKind::Other)][size_t(Phase::Rollback)] = 333;
    p.save();
    MainWindow window;
    const QString id = window.editController()->addComponent(QString());
    const Component *c = window.document()->estate().find(id);
    QVERIFY(c);
    QCOMPARE(c->durations[Phase::Rollback], std::optional<int>(333));
    QVERIFY(!c->durations[Phase::Execute]); // the built-in default still applies there
}

QTEST_MAIN(tst_Preferences)
#include "tst_preferences.moc"
