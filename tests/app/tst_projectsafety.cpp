// SPDX-License-Identifier: GPL-3.0-or-later
// No lost work in the window: a project another workbench has open opens read-only; a project
// changed, deleted or replaced on disk since it was opened is not silently overwritten, and a
// file put in its place that is not a project is never overwritten; a save that
// fails (a full disk) says why and keeps the work in memory, to be saved elsewhere.
#include "Document.h"
#include "EditController.h"
#include "FileController.h"
#include "MainWindow.h"
#include "SmallEstate.h"

#include "storage/ProjectFile.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace planner;

class tst_ProjectSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void projectOpenElsewhereOpensReadOnly();
    void changedOnDiskAsksBeforeOverwriting();
    void deletedOnDiskIsWrittenAgain();
    void replacedOnDiskAsksAndWritesOnlyOurs();
    void replacedByANonProjectIsNotOverwritten();
    void failedSaveKeepsTheWork();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// Clicks the button labelled @p label of the next message box; its text goes to @p text.
    void answerNextBox(const QString &label, QString *text = nullptr);
    QString projectName(const QString &file) const { return loadProject(file)->project.name; }
    /// Moves @p from into the project's place, as a sync tool or a checkout does.
    void moveIntoPlace(const QString &from);

    QTemporaryDir m_dir;
    QString m_project;
};

void tst_ProjectSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(path(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(path(QStringLiteral("data"))));
}

void tst_ProjectSafety::init()
{
    m_project = path(QStringLiteral("bank.uplan"));
    QFile::remove(m_project);
    QVERIFY(saveProject(m_project, test::smallEstate()));
}

void tst_ProjectSafety::answerNextBox(const QString &label, QString *text)
{
    auto *watch = new QTimer(this);
    connect(watch, &QTimer::timeout, this, [watch, label, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (text)
            *text = box->windowTitle() + QLatin1Char('\n') + box->text() + QLatin1Char('\n')
                    + box->informativeText();
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

void tst_ProjectSafety::projectOpenElsewhereOpensReadOnly()
{
    QProcess holder; // another workbench with the project open
    holder.start(QStringLiteral(UPLAN_CRASHING_SAVE), {m_project, QStringLiteral("hold")});
    QVERIFY(holder.waitForReadyRead(60000));

    MainWindow window;
    QString shown;
    answerNextBox(QStringLiteral("Open Read-Only"), &shown);
    QVERIFY(window.openFile(m_project));
    QVERIFY2(shown.contains(QString::number(holder.processId())), qPrintable(shown));
    Document *document = window.document();
    QVERIFY(document->isReadOnly());
    QVERIFY2(window.windowTitle().contains(QStringLiteral("read-only")),
             qPrintable(window.windowTitle()));

    window.editController()->addComponent(QString());
    const Expected<Done> refused = document->save();
    QVERIFY(!refused);
    QVERIFY2(refused.error().text().contains(QStringLiteral("read-only")),
             qPrintable(refused.error().text()));
    // Save As makes a copy of one's own, which is then writable.
    QVERIFY(document->saveAs(path(QStringLiteral("mine.uplan"))));
    QVERIFY(!document->isReadOnly());
    QCOMPARE(loadProject(path(QStringLiteral("mine.uplan")))->components().size(),
             test::smallEstate().components().size() + 1);
    QCOMPARE(loadProject(m_project)->components().size(), test::smallEstate().components().size());

    // Cancel leaves the window as it was.
    answerNextBox(QStringLiteral("Cancel"));
    QVERIFY(!window.openFile(m_project));
    QCOMPARE(QFileInfo(document->filePath()).fileName(), QStringLiteral("mine.uplan"));

    holder.kill();
    QVERIFY(holder.waitForFinished(60000));
}

void tst_ProjectSafety::changedOnDiskAsksBeforeOverwriting()
{
    MainWindow window;
    QVERIFY(window.openFile(m_project));
    window.editController()->addComponent(QString());
    // A command (`record`, `import --into`) writes the project meanwhile.
    Estate theirs = test::smallEstate();
    theirs.project.name = QStringLiteral("Written by a command");
    QTest::qWait(20); // a new modification time, even on coarse clocks
    QVERIFY(saveProject(m_project, theirs));
    QVERIFY(window.document()->changedOnDisk());

    QString shown;
    answerNextBox(QStringLiteral("Cancel"), &shown);
    QVERIFY(!window.fileController()->save());
    QVERIFY2(shown.contains(QStringLiteral("changed on disk")), qPrintable(shown));
    QCOMPARE(projectName(m_project), QStringLiteral("Written by a command"));
    QVERIFY(window.document()->isModified());

    answerNextBox(QStringLiteral("Overwrite"));
    QVERIFY(window.fileController()->save());
    QCOMPARE(projectName(m_project), test::smallEstate().project.name);
    QVERIFY(!window.document()->changedOnDisk());
    QVERIFY(!window.document()->isModified());
}

void tst_ProjectSafety::deletedOnDiskIsWrittenAgain()
{
    MainWindow window;
    QVERIFY(window.openFile(m_project));
    window.editController()->addComponent(QString());
    QVERIFY(QFile::remove(m_project));
    QVERIFY(window.document()->missingOnDisk());
    QString shown;
    answerNextBox(QStringLiteral("Save"), &shown);
    QVERIFY(window.fileController()->save());
    QVERIFY2(shown.contains(QStringLiteral("deleted")), qPrintable(shown));
    QCOMPARE(loadProject(m_project)->components().size(),
             test::smallEstate().components().size() + 1);
}

void tst_ProjectSafety::moveIntoPlace(const QString &from)
{
    QVERIFY2(::rename(QFile::encodeName(from).constData(), QFile::encodeName(m_project).constData())
                 == 0,
             std::strerror(errno));
}

void tst_ProjectSafety::replacedOnDiskAsksAndWritesOnlyOurs()
{
    MainWindow window;
    QVERIFY(window.openFile(m_project));
    Document *document = window.document();
    // The file systems give a freed inode number to the next new file: keep the original's
    // taken, so that the second replacement below cannot come back under its number.
    const QString kept = path(QStringLiteral("kept.uplan"));
    QFile::remove(kept);
    QCOMPARE(::link(QFile::encodeName(m_project).constData(), QFile::encodeName(kept).constData()),
             0);

    // A byte-for-byte copy with the same modification time moved into its place: only the file
    // itself differs, and that is noticed too.
    const QString copy = path(QStringLiteral("copy.uplan"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_project, copy));
    {
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(
            f.setFileTime(QFileInfo(m_project).lastModified(), QFileDevice::FileModificationTime));
    }
    QCOMPARE(QFileInfo(copy).lastModified(), QFileInfo(m_project).lastModified());
    moveIntoPlace(copy);
    QVERIFY(document->changedOnDisk());
    QVERIFY(document->replacedOnDisk());
    QVERIFY(!document->missingOnDisk());

    // Then another project (say, an older one from a checkout) with a component this window
    // never had, while this window adds one of its own.
    Estate theirs = test::smallEstate();
    theirs.project.name = QStringLiteral("Another project");
    Component only = theirs.components().first();
    only.id = QStringLiteral("theirs-only");
    theirs.appendComponent(only);
    const QString other = path(QStringLiteral("other.uplan"));
    QFile::remove(other);
    QVERIFY(saveProject(other, theirs));
    moveIntoPlace(other);
    window.editController()->addComponent(QString());
    const Estate mine = document->projectEstate();

    QString shown;
    answerNextBox(QStringLiteral("Cancel"), &shown);
    QVERIFY(!window.fileController()->save());
    QVERIFY2(shown.contains(QStringLiteral("replaced by another file")), qPrintable(shown));
    QCOMPARE(projectName(m_project), QStringLiteral("Another project"));
    QVERIFY(document->isModified());

    // Overwrite leaves this window's project there, whole: nothing of the other one mixed in.
    answerNextBox(QStringLiteral("Overwrite"));
    QVERIFY(window.fileController()->save());
    const Expected<Estate> written = loadProject(m_project);
    QVERIFY(written);
    QCOMPARE(written->project.name, mine.project.name);
    QCOMPARE(written->indexOf(QStringLiteral("theirs-only")), -1);
    QCOMPARE(written->components().size(), mine.components().size());
    for (const Component &c : mine.components())
        QVERIFY2(written->indexOf(c.id) >= 0, qPrintable(c.id));
    QCOMPARE(written->dependencies().size(), mine.dependencies().size());
    QVERIFY(!document->changedOnDisk());
    QVERIFY(!document->isModified());
}

void tst_ProjectSafety::replacedByANonProjectIsNotOverwritten()
{
    MainWindow window;
    QVERIFY(window.openFile(m_project));
    window.editController()->addComponent(QString());
    const qsizetype components = window.document()->estate().components().size();
    // Someone's notes saved under the project's name.
    const QString notes = path(QStringLiteral("notes.txt"));
    const QByteArray text = "Minutes of the change board, 3 December\n";
    {
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(text), text.size());
    }
    moveIntoPlace(notes);

    QString asked, refused;
    answerNextBox(QStringLiteral("Overwrite"), &asked);
    answerNextBox(QStringLiteral("OK"), &refused);
    QVERIFY(!window.fileController()->save());
    QVERIFY2(asked.contains(QStringLiteral("replaced by another file")), qPrintable(asked));
    QVERIFY2(refused.contains(QStringLiteral("bank.uplan"))
                 && refused.contains(QStringLiteral("not overwritten")),
             qPrintable(refused));
    QFile f(m_project);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), text);
    // The work is still here, and saves elsewhere.
    QVERIFY(window.document()->isModified());
    QCOMPARE(window.document()->estate().components().size(), components);
    QVERIFY(window.document()->saveAs(path(QStringLiteral("elsewhere.uplan"))));
    QCOMPARE(loadProject(path(QStringLiteral("elsewhere.uplan")))->components().size(), components);
}

void tst_ProjectSafety::failedSaveKeepsTheWork()
{
    MainWindow window;
    QVERIFY(window.openFile(m_project));
    for (int i = 0; i < 400; ++i) // enough to need more room than the disk has
        window.editController()->addComponent(QString());
    const qsizetype components = window.document()->estate().components().size();

    rlimit before{};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &before), 0);
    const auto previousHandler = ::signal(SIGXFSZ, SIG_IGN);
    rlimit small = before;
    small.rlim_cur = QFileInfo(m_project).size() + 4096;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    QString shown;
    answerNextBox(QStringLiteral("OK"), &shown);
    const bool saved = window.fileController()->save();
    ::setrlimit(RLIMIT_FSIZE, &before);
    ::signal(SIGXFSZ, previousHandler);

    QVERIFY(!saved);
    QVERIFY2(shown.contains(QStringLiteral("bank.uplan")) && shown.contains(QStringLiteral("full"))
                 && shown.contains(QStringLiteral("keeps its previous content")),
             qPrintable(shown));
    QVERIFY(window.document()->isModified());
    QCOMPARE(window.document()->estate().components().size(), components);
    QCOMPARE(loadProject(m_project)->components().size(), test::smallEstate().components().size());
    // Elsewhere (or once there is room) it saves.
    QVERIFY(window.document()->saveAs(path(QStringLiteral("elsewhere.uplan"))));
    QCOMPARE(loadProject(path(QStringLiteral("elsewhere.uplan")))->components().size(), components);
}

QTEST_MAIN(tst_ProjectSafety)
#include "tst_projectsafety.moc"
