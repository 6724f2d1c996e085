// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileController.h"
#include "panels/ActionIcons.h"

#include "Document.h"
#include "panels/EditConflictDialog.h"
#include "panels/Preferences.h"
#include "panels/WorkWithProgress.h"

#include "exchange/FileFormat.h"
#include "storage/ProjectLock.h"
#include "storage/ServerUrl.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTime>
#include <QTimer>
#include <QWidget>

namespace planner {

namespace {

const QString recentKey = QStringLiteral("recentFiles");
const QString sharedUrlKey = QStringLiteral("lastSharedProject");

} // namespace

FileController::FileController(Document *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_new(new QAction(tr("&New"), this))
    , m_open(new QAction(tr("&Open..."), this))
    , m_openShared(new QAction(tr("Open S&hared Project..."), this))
    , m_save(new QAction(tr("&Save"), this))
    , m_saveAs(new QAction(tr("Save &As..."), this))
    , m_quit(new QAction(tr("&Quit"), this))
{
    m_new->setShortcut(QKeySequence::New);
    m_open->setShortcut(QKeySequence::Open);
    m_open->setIcon(actionIcon(ActionIcon::Open));
    m_save->setIcon(actionIcon(ActionIcon::Save));
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    m_new->setStatusTip(tr("Start an empty estate"));
    m_open->setStatusTip(tr("Open a project (.uplan) or import an estate (.json)"));
    m_openShared->setStatusTip(tr("Open a team's shared project on a PostgreSQL server"));

    connect(m_new, &QAction::triggered, this, &FileController::newDocument);
    connect(m_open, &QAction::triggered, this, &FileController::openWithDialog);
    connect(m_openShared, &QAction::triggered, this, &FileController::openSharedWithDialog);
    connect(m_document, &Document::sharedProjectSaved, this, &FileController::onSharedProjectSaved);
    connect(m_save, &QAction::triggered, this, &FileController::save);
    connect(m_saveAs, &QAction::triggered, this, &FileController::saveAs);
    connect(m_quit, &QAction::triggered, m_window, &QWidget::close);
}

void FileController::populateMenu(QMenu *menu)
{
    menu->addAction(m_new);
    menu->addAction(m_open);
    menu->addAction(m_openShared);
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &FileController::fillRecentMenu);
    fillRecentMenu();
    menu->addSeparator();
    menu->addAction(m_save);
    menu->addAction(m_saveAs);
    menu->addSeparator();
    menu->addAction(m_quit);
}

QStringList FileController::recentFiles()
{
    return QSettings().value(recentKey).toStringList();
}

void FileController::remember(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = ServerLocation::isUrl(path) ? path
                                                         : QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings().setValue(recentKey, files);
}

void FileController::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        const Expected<ServerLocation> shared = ServerLocation::isUrl(path)
                                                    ? ServerLocation::parse(path)
                                                    : Expected<ServerLocation>(Error{});
        const QString name = shared ? tr("%1 (shared)").arg(shared->project)
                                    : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(name));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("Clear List")), &QAction::triggered, this,
                [] { QSettings().remove(recentKey); });
    }
}

bool FileController::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved Changes"),
        tr("“%1” has changes that are not saved. Save them before continuing?")
            .arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void FileController::newDocument()
{
    if (!maybeSave())
        return;
    Estate initial;
    const Preferences preferences = Preferences::load();
    if (preferences.newProjectWindow)
        initial.windows.append(preferences.windowFrom(QDate::currentDate()));
    initial.project.restoreTestMaxDays = preferences.restoreTestMaxDays;
    m_document->newEstate(initial);
    Q_EMIT message(tr("New estate"));
}

void FileController::openWithDialog()
{
    if (!maybeSave())
        return;
    const QString start = m_document->isUntitled() ? QDir::homePath()
                                                   : QFileInfo(m_document->filePath()).path();
    // A project opens as itself; any other format the program reads opens as a new project.
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Project or Estate"), start,
                                                      FileFormats::dialogFilter(true));
    if (!path.isEmpty())
        load(path);
}

void FileController::openSharedWithDialog()
{
    if (!maybeSave())
        return;
    QInputDialog dialog(m_window);
    dialog.setWindowTitle(tr("Open Shared Project"));
    dialog.setLabelText(
        tr("The shared project's URL:\npostgresql://USER@HOST:PORT/DATABASE?project=NAME\n\n"
           "The password comes from ~/.pgpass or PGPASSWORD, never from the URL."));
    dialog.setTextValue(QSettings().value(sharedUrlKey).toString());
    dialog.resize(560, dialog.sizeHint().height());
    while (dialog.exec() == QDialog::Accepted) {
        const QString url = dialog.textValue().trimmed();
        const Expected<ServerLocation> where = ServerLocation::parse(url);
        if (!where) {
            showError(tr("Not a Shared Project's URL"), where.error().what);
            continue;
        }
        QSettings().setValue(sharedUrlKey, where->url());
        load(where->url());
        return;
    }
}

void FileController::onSharedProjectSaved(qint64 revision, const QString &user)
{
    const QString who = user.isEmpty() ? tr("Someone") : user;
    if (!m_document->isModified()) {
        // Nothing of this workbench's to lose: show what the team has now, reading only the
        // sections their saves changed.
        const Expected<ServerLocation> where = ServerLocation::parse(m_document->filePath());
        if (!where)
            return;
        std::optional<Expected<std::pair<Estate, qint64>>> read = runWithProgress(
            m_window, tr("Reading %1's changes…").arg(who),
            [where = *where, base = m_document->sharedBase(),
             from = m_document->sharedRevision()]() -> Expected<std::pair<Estate, qint64>> {
                qint64 now = 0;
                Expected<Estate> estate = ServerProject::loadChanges(where, base, from, &now);
                if (!estate)
                    return estate.error();
                return std::pair(std::move(*estate), now);
            },
            false);
        if (!*read) {
            showError(tr("Cannot Read the Shared Project"), (*read).error().text());
            return;
        }
        m_document->adoptSharedRevision(std::move((**read).first), (**read).second);
        Q_EMIT message(tr("%1 saved the shared project (revision %2); it is shown as saved")
                           .arg(who)
                           .arg((**read).second));
        return;
    }
    Q_EMIT message(tr("%1 saved the shared project (revision %2); Save combines your changes "
                      "with theirs and asks about anything you both changed")
                       .arg(who)
                       .arg(revision));
}

bool FileController::openFile(const QString &path)
{
    return maybeSave() && load(path);
}

bool FileController::load(const QString &path)
{
    // Another workbench has this project open: look at it read-only, or not at all.
    bool readOnly = false;
    const bool shared = ServerLocation::isUrl(path);
    if (const std::optional<LockHolder> holder = shared ? std::nullopt : ProjectLock::holder(path)) {
        QMessageBox box(QMessageBox::Information, tr("Project In Use"),
                        tr("%1 is open in another Upgrade Planner: %2.")
                            .arg(QFileInfo(path).fileName(), holder->describe()),
                        QMessageBox::Cancel, m_window);
        box.setInformativeText(tr("Open it read-only to look at it; Save As then makes a copy "
                                  "of your own. Only the workbench that has it open saves it."));
        QPushButton *open = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
        box.setDefaultButton(open);
        box.exec();
        if (box.clickedButton() != open)
            return false;
        readOnly = true;
    }
    // A large project takes seconds to read: in a worker, with progress after a second.
    std::optional<Expected<LoadedFile>> read
        = runWithProgress(m_window, tr("Opening %1…").arg(QDir::toNativeSeparators(path)),
                          [path] { return Document::read(path); });
    if (!read) {
        Q_EMIT message(tr("Opening %1 cancelled").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!*read) {
        showError(tr("Cannot Open"), read->error().text());
        return false;
    }
    const QStringList warnings = (*read)->warnings;
    m_document->adopt(std::move(**read), path, readOnly);
    remember(path);
    if (warnings.isEmpty())
        Q_EMIT message(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    else
        Q_EMIT message(tr("Opened %1; first of %2 warnings: %3")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(warnings.size())
                           .arg(warnings.first()));
    return true;
}

bool FileController::save()
{
    if (m_document->isUntitled() || m_document->isReadOnly())
        return saveAs();
    if (m_document->isShared())
        return saveShared();
    if (m_document->changedOnDisk()) {
        // Someone else wrote the project (a command, another program) or it went away: saving
        // over that without a word would lose their work, or surprise.
        const bool missing = m_document->missingOnDisk();
        const bool shared = m_document->isShared();
        const QString file = shared ? m_document->displayName()
                                    : QDir::toNativeSeparators(m_document->filePath());
        QString what;
        if (missing)
            what = tr("%1 was deleted or moved since you opened it.").arg(file);
        else if (shared)
            what = tr("Someone else saved %1 since you opened or last saved it.").arg(file);
        else if (m_document->replacedOnDisk())
            what = tr("%1 was replaced by another file since you opened or last saved it (moved "
                      "or copied into its place).")
                       .arg(file);
        else
            what = tr("%1 was changed on disk since you opened or last saved it, by another "
                      "program or command.")
                       .arg(file);
        QMessageBox box(QMessageBox::Warning,
                        shared ? tr("Shared Project Changed") : tr("Project Changed on Disk"), what,
                        QMessageBox::Cancel, m_window);
        box.setInformativeText(missing ? tr("Save writes your project there again; Save As "
                                            "puts it elsewhere.")
                                       : tr("Overwrite replaces those changes with yours; Save "
                                            "As keeps both."));
        QPushButton *overwrite = box.addButton(missing ? tr("&Save") : tr("&Overwrite"),
                                               QMessageBox::AcceptRole);
        QPushButton *elsewhere = box.addButton(tr("Save &As..."), QMessageBox::ActionRole);
        box.setDefaultButton(elsewhere);
        box.exec();
        if (box.clickedButton() == elsewhere)
            return saveAs();
        if (box.clickedButton() != overwrite)
            return false;
    }
    const Expected<Done> saved = m_document->save(saveRunner());
    if (!saved) {
        showError(tr("Cannot Save"), saved.error().text());
        return false;
    }
    Q_EMIT message(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())));
    return true;
}

bool FileController::saveShared()
{
    // Others' saves since this one's are combined with it; what both changed, the user decides.
    ConflictChoices choices;
    for (;;) {
        Expected<ServerProject::SaveOutcome> saved = m_document->saveShared(saveRunner(), choices);
        if (!saved) {
            showError(tr("Cannot Save"), saved.error().text());
            return false;
        }
        if (saved->undecided.isEmpty()) {
            const QString others = saved->savedBy.join(QStringLiteral(", "));
            if (!saved->merged)
                Q_EMIT message(tr("Saved %1 as revision %2")
                                   .arg(m_document->displayName())
                                   .arg(saved->revision));
            else
                Q_EMIT message(tr("Saved %1 as revision %2, together with the changes %3 saved "
                                  "meanwhile (%4 of theirs, %5 of yours kept)")
                                   .arg(m_document->displayName())
                                   .arg(saved->revision)
                                   .arg(others.isEmpty() ? tr("others") : others)
                                   .arg(saved->theirsKept)
                                   .arg(saved->mineKept + int(saved->conflicts.size())));
            return true;
        }
        // A choice made before stands; conflicts new since then (another save) are asked.
        EditConflictDialog dialog(saved->undecided, saved->savedBy, saved->theirRevision, m_window);
        if (dialog.exec() != QDialog::Accepted) {
            Q_EMIT message(tr("Not saved: %n element(s) changed on both sides wait for your "
                              "choice",
                              nullptr, int(saved->undecided.size())));
            return false;
        }
        choices.insert(dialog.choices());
    }
}

bool FileController::saveAs()
{
    QFileDialog dialog(m_window, tr("Save Project As"), m_document->suggestedPath(),
                       tr("Upgrade Planner projects (*.uplan)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("uplan"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    const QString path = dialog.selectedFiles().constFirst();
    const Expected<Done> saved = m_document->saveAs(path, saveRunner());
    if (!saved) {
        showError(tr("Cannot Save"), saved.error().text());
        return false;
    }
    remember(m_document->filePath());
    Q_EMIT message(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())));
    return true;
}

Document::SaveRunner FileController::saveRunner() const
{
    // Saving a large project takes seconds: in a worker, with progress after a second. A save
    // cannot be cancelled half way (it is one transaction; the file keeps the old content until
    // it commits), so the dialog has no Cancel.
    return [this](const std::function<Expected<Done>()> &write) {
        return *runWithProgress(m_window, tr("Saving %1…").arg(m_document->displayName()), write,
                                false);
    };
}

void FileController::showError(const QString &title, const QString &text)
{
    QMessageBox::critical(m_window, title, text);
}

} // namespace planner
