// SPDX-License-Identifier: GPL-3.0-or-later
// The plan part of the File menu and the status-bar label saying whether the open project
// still matches its exported plan, driven through the main window's actions.
#include "Document.h"
#include "EditController.h"
#include "MainWindow.h"
#include "PlanController.h"
#include "ScenarioController.h"
#include "commands/EditComponentCommand.h"
#include "inventory/EstateStore.h"
#include "report/ExportPlanDialog.h"
#include "report/SignPlanDialog.h"
#include "report/VerifyPlanDialog.h"
#include "signing/SigningKey.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace planner;

class tst_PlanController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void actionsInTheFileMenu();
    void noPlanNoLabel();
    void exportThenEditThenUndo();
    void signedPlanNamesItsSigners();
    void folderRememberedPerProject();
    void hashingDoesNotBlockTheWindow();
    void planOfAScenario();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString label() const;
    /// Runs @p drive on the next modal dialog of type T once it is shown.
    template<typename T>
    void onNextDialog(std::function<void(T *)> drive);
    void exportTo(const QString &folder);

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void tst_PlanController::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(path(QStringLiteral("config"))));
    const Expected<SigningKey> key = SigningKey::generate();
    QVERIFY(key);
    QVERIFY(writeKeyPair(*key, path(QStringLiteral("alice")), QByteArray(), false));
}

void tst_PlanController::init()
{
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_PlanController::cleanup()
{
    m_window->document()->undoStack()->setClean();
    delete m_window;
}

QString tst_PlanController::label() const
{
    const QLabel *label = m_window->planController()->statusLabel();
    return label->isVisible() ? label->text() : QString();
}

template<typename T>
void tst_PlanController::onNextDialog(std::function<void(T *)> drive)
{
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [poll, drive] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            drive(dialog);
        }
    });
    poll->start(20);
}

void tst_PlanController::exportTo(const QString &folder)
{
    onNextDialog<ExportPlanDialog>([folder](ExportPlanDialog *dialog) {
        dialog->folderEdit()->setText(folder);
        dialog->exportButton()->click();
        dialog->reject();
    });
    m_window->planController()->exportAction()->trigger();
}

void tst_PlanController::actionsInTheFileMenu()
{
    const QMenu *file = m_window->menuBar()->actions().constFirst()->menu();
    QVERIFY(file);
    QStringList texts;
    for (const QAction *action : file->actions())
        texts << (action->isSeparator() ? QStringLiteral("-") : action->text());
    // The plan's actions form their own section after the project's (Save As, Properties).
    const qsizetype saveAs = texts.indexOf(QStringLiteral("Save &As..."));
    QVERIFY(saveAs > 0);
    const qsizetype exportPlan = texts.indexOf(QStringLiteral("E&xport Plan…"));
    QVERIFY(exportPlan > saveAs);
    QCOMPARE(texts.mid(exportPlan - 1, 5),
             (QStringList{QStringLiteral("-"), QStringLiteral("E&xport Plan…"),
                          QStringLiteral("Si&gn Plan…"), QStringLiteral("&Verify Plan…"),
                          QStringLiteral("-")}));
}

void tst_PlanController::noPlanNoLabel()
{
    QVERIFY(m_window->openFile(QStringLiteral(UPLAN_RESOURCES_DIR "/sample-estate.json")));
    QVERIFY(m_window->planController()->planFolder().isEmpty());
    QTest::qWait(700);
    QCOMPARE(label(), QString());
}

void tst_PlanController::exportThenEditThenUndo()
{
    QVERIFY(m_window->openFile(QStringLiteral(UPLAN_RESOURCES_DIR "/sample-estate.json")));
    const QString folder = path(QStringLiteral("plan"));
    exportTo(folder);
    QVERIFY(QFile::exists(folder + QStringLiteral("/plan.pdf")));
    QCOMPARE(m_window->planController()->planFolder(), folder);
    QTRY_COMPARE(label(), QStringLiteral("Plan: matches plan/ (not signed yet)"));

    m_window->editController()->addComponentAction()->trigger();
    QTRY_COMPARE(label(), QStringLiteral("Plan: project changed since plan/ was exported"));
    QVERIFY(m_window->planController()->statusLabel()->toolTip().contains(
        QDir::toNativeSeparators(folder)));
    m_window->document()->undoStack()->undo();
    QTRY_COMPARE(label(), QStringLiteral("Plan: matches plan/ (not signed yet)"));
}

void tst_PlanController::signedPlanNamesItsSigners()
{
    QVERIFY(m_window->openFile(QStringLiteral(UPLAN_RESOURCES_DIR "/sample-estate.json")));
    // Remembered from the previous test: the imported estate is keyed by its project path.
    const QString folder = path(QStringLiteral("plan"));
    QCOMPARE(m_window->planController()->planFolder(), folder);
    QTRY_COMPARE(label(), QStringLiteral("Plan: matches plan/ (not signed yet)"));

    const QString key = privateKeyPath(path(QStringLiteral("alice")));
    onNextDialog<SignPlanDialog>([key](SignPlanDialog *dialog) {
        dialog->keyEdit()->setText(key);
        Q_EMIT dialog->keyEdit()->editingFinished();
        dialog->signerEdit()->setText(QStringLiteral("A. Rivera"));
        dialog->roleCombo()->setCurrentText(QStringLiteral("cab-chair"));
        dialog->signButton()->click();
    });
    m_window->planController()->signAction()->trigger();
    QTRY_COMPARE(label(), QStringLiteral("Plan: matches plan/ (1 valid approval)"));

    m_window->editController()->addComponentAction()->trigger();
    QTRY_COMPARE(label(),
                 QStringLiteral("Plan: project changed since plan/ was signed by A. Rivera"));
    m_window->document()->undoStack()->undo();
    QTRY_COMPARE(label(), QStringLiteral("Plan: matches plan/ (1 valid approval)"));
}

void tst_PlanController::folderRememberedPerProject()
{
    QVERIFY(m_window->openFile(QStringLiteral(UPLAN_RESOURCES_DIR "/sample-estate.json")));
    const QString folder = path(QStringLiteral("plan"));
    QCOMPARE(m_window->planController()->planFolder(), folder);
    // Saved under another name: the same estate keeps its plan.
    const QString project = path(QStringLiteral("bank.uplan"));
    QVERIFY(m_window->document()->saveAs(project));
    QCOMPARE(m_window->planController()->planFolder(), folder);

    m_window->document()->newEstate();
    QVERIFY(m_window->planController()->planFolder().isEmpty());
    QTRY_COMPARE(label(), QString());

    QVERIFY(m_window->openFile(project));
    QCOMPARE(m_window->planController()->planFolder(), folder);
    QTRY_VERIFY(label().startsWith(QStringLiteral("Plan: matches plan/")));

    // Verifying another plan makes it the project's plan.
    const QString other = path(QStringLiteral("plan-other"));
    QVERIFY(QDir().mkpath(other));
    QVERIFY(
        QFile::copy(folder + QStringLiteral("/plan.json"), other + QStringLiteral("/plan.json")));
    onNextDialog<VerifyPlanDialog>([other](VerifyPlanDialog *dialog) {
        dialog->planEdit()->setText(other + QStringLiteral("/plan.json"));
        dialog->verifyButton()->click();
        dialog->reject();
    });
    m_window->planController()->verifyAction()->trigger();
    QCOMPARE(m_window->planController()->planFolder(), other);
    QTRY_COMPARE(label(), QStringLiteral("Plan: matches plan-other/ (not signed yet)"));
}

void tst_PlanController::hashingDoesNotBlockTheWindow()
{
    // The check runs in a worker: the event loop keeps turning while it is under way.
    QVERIFY(m_window->openFile(QStringLiteral(UPLAN_RESOURCES_DIR "/sample-estate.json")));
    QSignalSpy updated(m_window->planController(), &PlanController::statusUpdated);
    m_window->planController()->refreshStatus();
    QVERIFY(updated.isEmpty());    // not synchronous
    QVERIFY(updated.wait(120000)); // generous: the sanitizer build is slow
    QVERIFY(label().startsWith(QStringLiteral("Plan: matches plan/")));
}

QTEST_MAIN(tst_PlanController)
// A plan exported in a scenario says so, and is checked against the project as that scenario
// has it, whichever scenario the window shows: switching to the baseline leaves it matching;
// an edit of the scenario makes it out of date.
void tst_PlanController::planOfAScenario()
{
    QVERIFY(m_window->openFile(QStringLiteral(UPLAN_RESOURCES_DIR "/sample-estate.json")));
    Document *document = m_window->document();
    ScenarioController *scenarios = m_window->scenarioController();
    QVERIFY(scenarios->create(QStringLiteral("slow-core"), QString()));
    const auto slower = [document] {
        Component c = document->estate().component(0);
        c.durations[Phase::Execute] = c.minutes(Phase::Execute) + 30;
        document->undoStack()->push(
            new EditComponentCommand(document->store(), document->estate().component(0), c));
    };
    slower();
    const QString folder = path(QStringLiteral("slow-plan"));
    exportTo(folder);
    QTRY_COMPARE(label(),
                 QStringLiteral("Plan: matches slow-plan/ (scenario slow-core) (not signed yet)"));
    QVERIFY(scenarios->switchTo(QStringLiteral("baseline")));
    QTest::qWait(700);
    QCOMPARE(label(),
             QStringLiteral("Plan: matches slow-plan/ (scenario slow-core) (not signed yet)"));
    QVERIFY(scenarios->switchTo(QStringLiteral("slow-core")));
    slower();
    QTRY_COMPARE(label(),
                 QStringLiteral(
                     "Plan: project changed since slow-plan/ (scenario slow-core) was exported"));
}

#include "tst_plancontroller.moc"
