// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisController.h"
#include "Document.h"
#include "MainWindow.h"
#include "ProjectController.h"
#include "SmallEstate.h"
#include "analysis/AnalysisRunner.h"
#include "exchange/EstateJson.h"
#include "inventory/EstateStore.h"
#include "panels/ProjectPropertiesDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace planner;

class tst_ProjectController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void isInTheFileMenu();
    void applyIsOneUndoableEdit();
    void anUnchangedProjectPushesNothing();
    void theDialogEditsTheProject();
    void theScheduleFollowsTheNewTimeZone();

private:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void tst_ProjectController::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    QFile file(m_dir.filePath(QStringLiteral("bank.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(writeEstateJson(test::smallEstate()));
}

void tst_ProjectController::init()
{
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openFile(m_dir.filePath(QStringLiteral("bank.json"))));
}

void tst_ProjectController::cleanup()
{
    m_window->document()->undoStack()->setClean();
    delete m_window;
}

void tst_ProjectController::isInTheFileMenu()
{
    QMenu *file = m_window->menuBar()->actions().constFirst()->menu();
    QVERIFY(file->actions().contains(m_window->projectController()->propertiesAction()));
}

void tst_ProjectController::applyIsOneUndoableEdit()
{
    Document *document = m_window->document();
    const ProjectInfo before = document->estate().project;
    ProjectInfo after = before;
    after.urgency = QStringLiteral("emergency");
    after.timezone = QStringLiteral("Asia/Tokyo");
    after.start = QDate(2027, 6, 5);
    after.decisionMinutes = 30;
    const int commands = document->undoStack()->count();

    QVERIFY(m_window->projectController()->apply(after));
    QCOMPARE(document->undoStack()->count(), commands + 1);
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Edit project information"));
    QCOMPARE(document->estate().project, after);
    QVERIFY(document->isModified());
    document->undoStack()->undo();
    QCOMPARE(document->estate().project, before);
    document->undoStack()->redo();
    QCOMPARE(document->estate().project, after);
    document->undoStack()->undo();
    QCOMPARE(document->estate().project, before);
    QVERIFY(!document->isModified());
}

void tst_ProjectController::anUnchangedProjectPushesNothing()
{
    Document *document = m_window->document();
    const int commands = document->undoStack()->count();
    QVERIFY(!m_window->projectController()->apply(document->estate().project));
    QCOMPARE(document->undoStack()->count(), commands);
    QVERIFY(!document->isModified());
}

void tst_ProjectController::theDialogEditsTheProject()
{
    bool sawDialog = false;
    QTimer::singleShot(0, this, [&sawDialog] {
        auto *dialog = qobject_cast<ProjectPropertiesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawDialog = true;
        dialog->nameEdit()->setText(QStringLiteral("Ledger move"));
        dialog->decisionSpin()->setValue(20);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    m_window->projectController()->propertiesAction()->trigger();
    QVERIFY(sawDialog);
    const ProjectInfo &p = m_window->document()->estate().project;
    QCOMPARE(p.name, QStringLiteral("Ledger move"));
    QCOMPARE(p.decisionMinutes, 20);
    QCOMPARE(p.start, test::smallEstate().project.start); // untouched fields stay
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->estate().project, test::smallEstate().project);
}

void tst_ProjectController::theScheduleFollowsTheNewTimeZone()
{
    // The analysis runs again after the edit, as after any edit: its schedule is in the new zone.
    AnalysisRunner *runner = m_window->analysis()->runner();
    QSignalSpy schedules(runner, &AnalysisRunner::scheduleReady);
    ProjectInfo p = m_window->document()->estate().project;
    p.timezone = QStringLiteral("Asia/Tokyo");
    QVERIFY(m_window->projectController()->apply(p));
    QTRY_VERIFY_WITH_TIMEOUT(!schedules.isEmpty()
                                 && schedules.constLast().first().value<Schedule>().timezone
                                        == QStringLiteral("Asia/Tokyo"),
                             20000);
}

QTEST_MAIN(tst_ProjectController)
#include "tst_projectcontroller.moc"
