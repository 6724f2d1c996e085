// SPDX-License-Identifier: GPL-3.0-or-later
#include "Document.h"
#include "ExchangeController.h"
#include "MainWindow.h"
#include "SmallEstate.h"
#include "commands/EditComponentCommand.h"
#include "exchange/CsvMappingDialog.h"
#include "exchange/EstateJson.h"
#include "generator/EstateGenerator.h"
#include "graph/GraphExport.h"
#include "storage/EstateFile.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectHistory.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace planner;

/// File > Import and File > Export (app/ExchangeController): every format of the registry,
/// a CSV through its column-mapping dialog, a merge into the open project as one undoable
/// step with the removals the user confirms, files dropped on the window.
class tst_ExchangeController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void isInTheFileMenu();
    void csvGoesThroughTheMappingDialog();
    void cancelledMappingImportsNothing();
    void mergeIsOneUndoableStep();
    void removalsAreOnlyThoseConfirmed();
    void cancelledReviewChangesNothing();
    void droppedFileIsImported();
    void droppedProjectIsOpened();
    void unreadableFileKeepsTheProject();
    void exportsEveryWritableFormat();
    void largeDrawingSaysWhatIsGoingOn();
    void exportedProjectKeepsItsHistory();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void openBank();
    /// The small estate as JSON with pg-core at 13.16, a new component and no win-ep-01.
    QString changedBank();

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void tst_ExchangeController::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(path(QStringLiteral("config"))));
    QFile file(path(QStringLiteral("bank.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(writeEstateJson(test::smallEstate()));
    // The project the merge tests open: a saved .uplan, so it has a name to keep.
    QVERIFY(saveProject(path(QStringLiteral("bank.uplan")), test::smallEstate()));
    // What main() provides at start-up: the graph's pictures as export formats.
    provideGraphFormats();
    for (const char *name : {"cmdb_ci.csv", "cmdb_rel_ci.csv"})
        QVERIFY(QFile::copy(QStringLiteral(UPLAN_SOURCE_DIR "/tests/exchange/data/csv/")
                                + QLatin1String(name),
                            path(QLatin1String(name))));
    QVERIFY(QFile::copy(QStringLiteral(UPLAN_SOURCE_DIR
                                       "/tests/exchange/data/graphml/yed-estate.graphml"),
                        path(QStringLiteral("yed-estate.graphml"))));
}

void tst_ExchangeController::init()
{
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_ExchangeController::cleanup()
{
    m_window->document()->undoStack()->setClean();
    delete m_window;
}

void tst_ExchangeController::openBank()
{
    QVERIFY(m_window->openFile(path(QStringLiteral("bank.uplan"))));
}

QString tst_ExchangeController::changedBank()
{
    const Estate e = test::changedSmallEstate();
    const QString file = path(QStringLiteral("bank-changed.json"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    out.write(writeEstateJson(e));
    return file;
}

void tst_ExchangeController::isInTheFileMenu()
{
    ExchangeController *exchange = m_window->exchangeController();
    QMenu *file = m_window->menuBar()->actions().constFirst()->menu();
    QVERIFY(file->actions().contains(exchange->importAction()));
    QVERIFY(file->actions().contains(exchange->exportAction()));
    QCOMPARE(exchange->importAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+I")));
    QCOMPARE(exchange->exportAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
}

void tst_ExchangeController::csvGoesThroughTheMappingDialog()
{
    ExchangeController *exchange = m_window->exchangeController();
    QString proposedRelations;
    exchange->setCsvDialogHook([&](CsvMappingDialog &dialog) {
        proposedRelations = dialog.relationsPath();
        return true;
    });
    // The same file through the command line's door, for the expected counts.
    const Expected<Imported> direct = importEstateFile(path(QStringLiteral("cmdb_ci.csv")), nullptr,
                                                       {{QStringLiteral("relations"),
                                                         path(QStringLiteral("cmdb_rel_ci.csv"))}});
    QVERIFY2(direct, qPrintable(direct ? QString() : direct.error().text()));

    QVERIFY(exchange->importInteractively(path(QStringLiteral("cmdb_ci.csv"))));
    // ServiceNow's relations file beside the components was proposed.
    QCOMPARE(QFileInfo(proposedRelations).fileName(), QStringLiteral("cmdb_rel_ci.csv"));
    const Estate &e = m_window->document()->estate();
    QVERIFY(e.componentCount() > 5);
    QCOMPARE(e.componentCount(), direct->estate.componentCount());
    QCOMPARE(e.dependencyCount(), direct->estate.dependencyCount());
    QVERIFY(e.dependencyCount() > 0);
    // sys_ids are kept as external ids; the project is new and untitled.
    QCOMPARE(e.component(0).externalId.size(), 32);
    QVERIFY(m_window->document()->isUntitled());
}

void tst_ExchangeController::cancelledMappingImportsNothing()
{
    openBank();
    const Estate before = m_window->document()->estate();
    ExchangeController *exchange = m_window->exchangeController();
    exchange->setCsvDialogHook([](CsvMappingDialog &) { return false; });
    bool asked = false;
    exchange->setModeHook([&] {
        asked = true;
        return ExchangeController::Mode::Merge;
    });
    QVERIFY(!exchange->importInteractively(path(QStringLiteral("cmdb_ci.csv"))));
    QVERIFY(!asked);
    QVERIFY(m_window->document()->estate() == before);
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
}

void tst_ExchangeController::mergeIsOneUndoableStep()
{
    openBank();
    Document *document = m_window->document();
    const Estate before = document->estate();
    ExchangeController *exchange = m_window->exchangeController();
    exchange->setModeHook([] { return ExchangeController::Mode::Merge; });
    MergeReport seen;
    exchange->setReviewHook([&](const MergeReport &report) {
        seen = report;
        return std::optional<QStringList>(QStringList());
    });
    QVERIFY(exchange->importFile(changedBank()));

    // The review saw every change, and the missing component was offered, not removed.
    QCOMPARE(seen.added, QStringList{QStringLiteral("mq-broker")});
    QCOMPARE(seen.missing, QStringList{QStringLiteral("win-ep-01")});
    QCOMPARE(seen.changed.size(), 1);
    QCOMPARE(seen.changed.constFirst().component, QStringLiteral("pg-core"));
    QCOMPARE(seen.changed.constFirst().before, QStringLiteral("12.20"));
    QCOMPARE(seen.changed.constFirst().after, QStringLiteral("13.16"));

    const Estate &after = document->estate();
    QCOMPARE(after.componentCount(), before.componentCount() + 1);
    QCOMPARE(after.component(after.indexOf(QStringLiteral("pg-core"))).version.text(),
             QStringLiteral("13.16"));
    QVERIFY(after.indexOf(QStringLiteral("win-ep-01")) >= 0);
    QVERIFY(!document->isUntitled());
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Import bank-changed.json"));
    document->undoStack()->undo();
    QVERIFY(document->estate() == before);
    document->undoStack()->redo();
    QCOMPARE(document->estate().componentCount(), before.componentCount() + 1);
}

void tst_ExchangeController::removalsAreOnlyThoseConfirmed()
{
    openBank();
    Document *document = m_window->document();
    const int count = document->estate().componentCount();
    ExchangeController *exchange = m_window->exchangeController();
    exchange->setModeHook([] { return ExchangeController::Mode::Merge; });
    exchange->setReviewHook([](const MergeReport &) {
        return std::optional<QStringList>(QStringList{QStringLiteral("win-ep-01")});
    });
    QVERIFY(exchange->importFile(changedBank()));
    QCOMPARE(document->estate().componentCount(), count); // one added, one removed
    QCOMPARE(document->estate().indexOf(QStringLiteral("win-ep-01")), -1);
    QCOMPARE(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    QVERIFY(document->estate().indexOf(QStringLiteral("win-ep-01")) >= 0);
}

void tst_ExchangeController::cancelledReviewChangesNothing()
{
    openBank();
    Document *document = m_window->document();
    const Estate before = document->estate();
    ExchangeController *exchange = m_window->exchangeController();
    exchange->setModeHook([] { return ExchangeController::Mode::Merge; });
    exchange->setReviewHook([](const MergeReport &) { return std::optional<QStringList>(); });
    QVERIFY(!exchange->importFile(changedBank()));
    QVERIFY(document->estate() == before);
    QCOMPARE(document->undoStack()->count(), 0);
}

void tst_ExchangeController::droppedFileIsImported()
{
    // An empty, untitled window: the GraphML opens as a new project without a question.
    bool asked = false;
    m_window->exchangeController()->setModeHook([&] {
        asked = true;
        return ExchangeController::Mode::Merge;
    });
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path(QStringLiteral("yed-estate.graphml")))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &drop);
    QVERIFY(!asked);
    const Expected<Imported> direct = importEstateFile(path(QStringLiteral("yed-estate.graphml")));
    QVERIFY(direct);
    QVERIFY(m_window->document()->estate().componentCount() > 0);
    QCOMPARE(m_window->document()->estate().componentCount(), direct->estate.componentCount());
    QCOMPARE(m_window->document()->estate().dependencyCount(), direct->estate.dependencyCount());
}

// A .uplan dropped on the window opens as that project (its file, not an import of it).
void tst_ExchangeController::droppedProjectIsOpened()
{
    const QString project = path(QStringLiteral("bank.uplan"));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(project)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &drop);
    QCOMPARE(QFileInfo(m_window->document()->filePath()).canonicalFilePath(),
             QFileInfo(project).canonicalFilePath());
    QVERIFY(!m_window->document()->isModified());
    QCOMPARE(m_window->document()->estate(), *loadProject(project));
}

void tst_ExchangeController::unreadableFileKeepsTheProject()
{
    openBank();
    const Estate before = m_window->document()->estate();
    const QString bad = path(QStringLiteral("notes.txt"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello {world}\nnot an estate\n");
    file.close();
    QString shown;
    // The file is read in a worker first, so the message comes a moment later: look until it does.
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->reject();
            watch.stop();
        }
    });
    watch.start(10);
    QVERIFY(!m_window->exchangeController()->importInteractively(bad));
    QVERIFY2(shown.contains(QStringLiteral("notes.txt")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("csv")), qPrintable(shown));
    QVERIFY(m_window->document()->estate() == before);
}

void tst_ExchangeController::exportsEveryWritableFormat()
{
    openBank();
    ExchangeController *exchange = m_window->exchangeController();
    int written = 0;
    for (const FileFormat &format : FileFormats::all()) {
        if (!format.canWrite())
            continue;
        const QString out = path(QStringLiteral("out.") + format.extensions.constFirst());
        const Expected<Done> done = exchange->exportTo(out, format);
        QVERIFY2(done, qPrintable(format.name + QStringLiteral(": ")
                                  + (done ? QString() : done.error().text())));
        QVERIFY2(QFileInfo(out).size() > 0, qPrintable(format.name));
        ++written;
        // What is both written and read comes back with the same components.
        if (format.canRead() && format.name != QLatin1String("csv")) {
            const Expected<Imported> back = importEstateFile(out, &format);
            QVERIFY2(back, qPrintable(format.name + QStringLiteral(": ")
                                      + (back ? QString() : back.error().text())));
            QCOMPARE(back->estate.componentCount(), m_window->document()->estate().componentCount());
            QCOMPARE(back->estate.dependencyCount(),
                     m_window->document()->estate().dependencyCount());
        }
    }
    QVERIFY(written >= 7); // json, csv, graphml, dot, svg, png, ics
    // A writer's option goes through: CSV's steps table.
    const FileFormat *csv = FileFormats::find(QStringLiteral("csv"));
    QVERIFY(csv);
    const QString steps = path(QStringLiteral("steps.csv"));
    QVERIFY(exchange->exportTo(steps, *csv, {{QStringLiteral("table"), QStringLiteral("steps")}}));
    QFile file(steps);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readLine().startsWith("wave,component"));
    // A bad option value is refused with its name, and nothing is written.
    const QString bad = path(QStringLiteral("bad.csv"));
    const Expected<Done> refused = exchange->exportTo(bad, *csv,
                                                      {{QStringLiteral("table"),
                                                        QStringLiteral("sheets")}});
    QVERIFY(!refused);
    QVERIFY2(refused.error().text().contains(QStringLiteral("table")),
             qPrintable(refused.error().text()));
    QVERIFY(!QFileInfo::exists(bad));
}

namespace {

/// Counts the progress dialogs shown while it lives, and their labels.
class ProgressWatch : public QObject
{
public:
    ProgressWatch() { qApp->installEventFilter(this); }
    ~ProgressWatch() override { qApp->removeEventFilter(this); }
    QStringList labels;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show)
            if (auto *progress = qobject_cast<QProgressDialog *>(watched))
                labels << progress->labelText();
        return false;
    }
};

} // namespace

// Drawing a large estate takes seconds in the window's thread: a progress dialog names the file
// first. A small one, or data written in a worker within a second, shows none.
// A saved project exported as a .uplan carries its history (who changed what); one exported
// with unsaved edits is another estate than its history says, and starts a history of its own.
void tst_ExchangeController::exportedProjectKeepsItsHistory()
{
    const QString project = path(QStringLiteral("history.uplan"));
    QVERIFY(saveProject(project, test::smallEstate()));
    QVERIFY(saveProject(project, test::changedSmallEstate()));
    const Expected<QList<HistoryEntry>> history = loadHistory(project);
    QVERIFY(history && history->size() > 1);
    QVERIFY(m_window->openFile(project));
    ExchangeController *exchange = m_window->exchangeController();
    const FileFormat *uplan = FileFormats::find(QStringLiteral("uplan"));
    QVERIFY(uplan);

    const QString copy = path(QStringLiteral("history-copy.uplan"));
    QVERIFY(exchange->exportTo(copy, *uplan));
    const Expected<QList<HistoryEntry>> copied = loadHistory(copy);
    QVERIFY(copied);
    QCOMPARE(copied->size(), history->size());
    QCOMPARE(copied->constLast().revision, history->constLast().revision);
    QCOMPARE(copied->constLast().change, history->constLast().change);

    // With an unsaved edit, the copy's history is its own: one line, its creation.
    Document *document = m_window->document();
    const Component before = document->estate().component(0);
    Component after = before;
    after.owner = QStringLiteral("Someone new");
    document->undoStack()->push(new EditComponentCommand(document->store(), before, after));
    QVERIFY(m_window->document()->isModified());
    const QString unsaved = path(QStringLiteral("history-unsaved.uplan"));
    QVERIFY(exchange->exportTo(unsaved, *uplan));
    const Expected<QList<HistoryEntry>> own = loadHistory(unsaved);
    QVERIFY(own);
    QCOMPARE(own->size(), 1);
    QCOMPARE(own->constFirst().change.section, QStringLiteral("project"));
}

void tst_ExchangeController::largeDrawingSaysWhatIsGoingOn()
{
    GeneratorOptions options;
    options.components = 800;
    const QString json = path(QStringLiteral("large.json"));
    QFile out(json);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(writeEstateJson(generateEstate(options)));
    out.close();
    QVERIFY(m_window->openFile(json));
    ExchangeController *exchange = m_window->exchangeController();
    {
        ProgressWatch watch;
        const QString png = path(QStringLiteral("large.png"));
        QVERIFY(exchange->exportTo(png, *FileFormats::find(QStringLiteral("png"))));
        QVERIFY(QFileInfo(png).size() > 0);
        QCOMPARE(watch.labels, QStringList{QStringLiteral("Exporting large.png…")});
    }
    {
        ProgressWatch watch;
        QVERIFY(exchange->exportTo(path(QStringLiteral("large.csv")),
                                   *FileFormats::find(QStringLiteral("csv"))));
        QVERIFY(watch.labels.isEmpty());
    }
    openBank();
    ProgressWatch watch;
    QVERIFY(exchange->exportTo(path(QStringLiteral("small.png")),
                               *FileFormats::find(QStringLiteral("png"))));
    QVERIFY(watch.labels.isEmpty());
}

QTEST_MAIN(tst_ExchangeController)
#include "tst_exchangecontroller.moc"
