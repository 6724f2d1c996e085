// SPDX-License-Identifier: GPL-3.0-or-later
// No lost work: autosave copies unsaved changes to the recovery folder (never into the
// project), a save or a normal end removes the copy, and the copy a crashed workbench left is
// offered at the next start: Restore, Discard or Later.
#include "Document.h"
#include "EditController.h"
#include "MainWindow.h"
#include "RecoveryController.h"
#include "SmallEstate.h"

#include "storage/ProjectFile.h"
#include "storage/RecoveryStore.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace planner;

class tst_Recovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void autosaveCopiesUnsavedWorkNotTheProject();
    void savingRemovesTheCopy();
    void nothingUnsavedNothingCopied();
    void untitledWorkIsCopiedToo();
    void aRunningWorkbenchsCopyIsNotOffered();
    void crashedWorkbenchsCopyIsRestored();
    void discardDeletesTheCopyAndLaterKeepsIt();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString recoveryFolder() const { return path(QStringLiteral("recovery")); }
    /// Runs a workbench that writes a copy for @p project and crashes.
    void crashWithUnsavedWork(const QString &project);
    /// Clicks the button labelled @p label of the next message box.
    void answerNextBox(const QString &label, QString *text = nullptr);

    QTemporaryDir m_dir;
    QString m_project;
    QByteArray m_projectBytes;
};

void tst_Recovery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(path(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(path(QStringLiteral("data"))));
}

void tst_Recovery::init()
{
    QDir(recoveryFolder()).removeRecursively();
    m_project = path(QStringLiteral("bank.uplan"));
    QFile::remove(m_project);
    QVERIFY(saveProject(m_project, test::smallEstate()));
    QFile file(m_project);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_projectBytes = file.readAll();
}

void tst_Recovery::cleanup()
{
    QFile file(m_project);
    QVERIFY(file.open(QIODevice::ReadOnly));
}

void tst_Recovery::crashWithUnsavedWork(const QString &project)
{
    QProcess crasher;
    crasher.start(QStringLiteral(UPLAN_RECOVERY_CRASH), {recoveryFolder(), project});
    QVERIFY(crasher.waitForFinished(60000));
    QCOMPARE(crasher.exitCode(), 42);
    QVERIFY(!QDir(recoveryFolder()).entryList({QStringLiteral("*.lock")}).isEmpty());
}

void tst_Recovery::answerNextBox(const QString &label, QString *text)
{
    auto *watch = new QTimer(this);
    connect(watch, &QTimer::timeout, this, [watch, label, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (text)
            *text = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton *button : box->buttons())
            if (button->text().remove(QLatin1Char('&')) == label) {
                watch->stop();
                watch->deleteLater();
                button->click();
                return;
            }
    });
    watch->start(10);
}

void tst_Recovery::autosaveCopiesUnsavedWorkNotTheProject()
{
    MainWindow window;
    RecoveryController recovery(window.document(), &window, recoveryFolder());
    QVERIFY(window.openFile(m_project));
    window.editController()->addComponent(QString());
    QVERIFY(window.document()->isModified());

    QVERIFY(recovery.autosave());
    QVERIFY(recovery.store().hasCopy());
    QVERIFY2(window.document()->isModified(), "the project still has unsaved changes");
    QFile file(m_project);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_projectBytes); // the project itself is untouched

    // The copy holds the edit.
    const QStringList copies = QDir(recoveryFolder()).entryList({QStringLiteral("*.uplan")});
    QCOMPARE(copies.size(), 1);
    const Expected<Estate> copied = loadProject(QDir(recoveryFolder()).filePath(copies.first()));
    QVERIFY(copied);
    QCOMPARE(copied->components().size(), window.document()->estate().components().size());
}

void tst_Recovery::savingRemovesTheCopy()
{
    MainWindow window;
    RecoveryController recovery(window.document(), &window, recoveryFolder());
    QVERIFY(window.openFile(m_project));
    window.editController()->addComponent(QString());
    QVERIFY(recovery.autosave());
    QVERIFY(window.document()->save());
    QVERIFY(!recovery.store().hasCopy());
    QVERIFY(QDir(recoveryFolder()).entryList({QStringLiteral("*.uplan")}).isEmpty());
}

void tst_Recovery::nothingUnsavedNothingCopied()
{
    MainWindow window;
    RecoveryController recovery(window.document(), &window, recoveryFolder());
    QVERIFY(window.openFile(m_project));
    QVERIFY(!recovery.autosave());
    QVERIFY(!recovery.store().hasCopy());
}

void tst_Recovery::untitledWorkIsCopiedToo()
{
    MainWindow window;
    RecoveryController recovery(window.document(), &window, recoveryFolder());
    window.editController()->addComponent(QString());
    QVERIFY(recovery.autosave());
    QVERIFY(recovery.store().hasCopy());
    window.document()->undoStack()->setClean(); // let go on purpose
    QVERIFY(!recovery.store().hasCopy());
}

void tst_Recovery::aRunningWorkbenchsCopyIsNotOffered()
{
    RecoveryStore running(recoveryFolder());
    QVERIFY(running.write(test::smallEstate(), m_project, QStringLiteral("bank.uplan")));
    RecoveryStore starting(recoveryFolder());
    QVERIFY2(starting.orphans().isEmpty(), "a live workbench's copy is its own business");
}

void tst_Recovery::crashedWorkbenchsCopyIsRestored()
{
    crashWithUnsavedWork(m_project);
    MainWindow window;
    RecoveryController recovery(window.document(), &window, recoveryFolder());
    QString shown;
    answerNextBox(QStringLiteral("Restore"), &shown);
    QVERIFY(recovery.offerRestore());
    QVERIFY2(shown.contains(QStringLiteral("bank.uplan")), qPrintable(shown));

    Document *document = window.document();
    QCOMPARE(document->estate().project.name, QStringLiteral("Edited before the crash"));
    QCOMPARE(QFileInfo(document->filePath()), QFileInfo(m_project));
    QVERIFY2(document->isModified(), "restored changes are not in the project yet");
    // The crashed workbench's copy gave way to this one's: still one copy, never none.
    QVERIFY(recovery.store().hasCopy());
    QCOMPARE(QDir(recoveryFolder()).entryList({QStringLiteral("*.json")}).size(), 1);
    // Save writes them to the project, and the copy goes.
    QVERIFY(document->save());
    QCOMPARE(loadProject(m_project)->project.name, QStringLiteral("Edited before the crash"));
    QVERIFY(!recovery.store().hasCopy());

    RecoveryStore next(recoveryFolder());
    QVERIFY(next.orphans().isEmpty());
}

void tst_Recovery::discardDeletesTheCopyAndLaterKeepsIt()
{
    crashWithUnsavedWork(m_project);
    {
        MainWindow window;
        RecoveryController recovery(window.document(), &window, recoveryFolder());
        answerNextBox(QStringLiteral("Later"));
        QVERIFY(!recovery.offerRestore());
        QVERIFY(!window.document()->isModified());
    }
    {
        MainWindow window;
        RecoveryController recovery(window.document(), &window, recoveryFolder());
        answerNextBox(QStringLiteral("Discard"));
        QVERIFY(!recovery.offerRestore());
    }
    RecoveryStore next(recoveryFolder());
    QVERIFY(next.orphans().isEmpty());
    QVERIFY(QDir(recoveryFolder()).entryList({QStringLiteral("*.uplan")}).isEmpty());
    QCOMPARE(loadProject(m_project)->project.name, test::smallEstate().project.name);
}

QTEST_MAIN(tst_Recovery)
#include "tst_recovery.moc"
