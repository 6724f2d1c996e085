// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileController.h"

#include "Document.h"
#include "panels/Preferences.h"
#include "panels/WorkWithProgress.h"

#include "exchange/FileFormat.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QLocale>
#include <QSettings>
#include <QTime>
#include <QTimer>
#include <QWidget>

namespace planner {

namespace {

const QString recentKey = QStringLiteral("recentFiles");

} // namespace

FileController::FileController(Document *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_autosaveTimer(new QTimer(this))
    , m_window(window)
    , m_new(new QAction(tr("&New"), this))
    , m_open(new QAction(tr("&Open..."), this))
    , m_save(new QAction(tr("&Save"), this))
    , m_saveAs(new QAction(tr("Save &As..."), this))
    , m_quit(new QAction(tr("&Quit"), this))
{
    m_new->setShortcut(QKeySequence::New);
    m_open->setShortcut(QKeySequence::Open);
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    m_new->setStatusTip(tr("Start an empty estate"));
    m_open->setStatusTip(tr("Open a project (.uplan) or import an estate (.json)"));

    connect(m_new, &QAction::triggered, this, &FileController::newDocument);
    connect(m_open, &QAction::triggered, this, &FileController::openWithDialog);
    connect(m_save, &QAction::triggered, this, &FileController::save);
    connect(m_saveAs, &QAction::triggered, this, &FileController::saveAs);
    connect(m_quit, &QAction::triggered, m_window, &QWidget::close);
    connect(m_autosaveTimer, &QTimer::timeout, this, &FileController::autosave);
    applyPreferences();
}

void FileController::applyPreferences()
{
    const int minutes = Preferences::load().autosaveMinutes;
    if (minutes > 0)
        m_autosaveTimer->start(minutes * 60 * 1000);
    else
        m_autosaveTimer->stop();
}

bool FileController::autosave()
{
    if (m_document->isUntitled() || !m_document->isModified())
        return false;
    const Expected<Done> saved = m_document->save();
    if (!saved) {
        // Not a box that would interrupt the user every few minutes: the status bar says it.
        Q_EMIT message(tr("Autosave failed: %1").arg(saved.error().text()));
        return false;
    }
    Q_EMIT message(tr("Autosaved %1 at %2")
                       .arg(QDir::toNativeSeparators(m_document->filePath()),
                            QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    return true;
}

void FileController::populateMenu(QMenu *menu)
{
    menu->addAction(m_new);
    menu->addAction(m_open);
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
    const QString absolute = QFileInfo(path).absoluteFilePath();
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
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
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
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Project or Estate"),
                                                      start, FileFormats::dialogFilter(true));
    if (!path.isEmpty())
        load(path);
}

bool FileController::openFile(const QString &path)
{
    return maybeSave() && load(path);
}

bool FileController::load(const QString &path)
{
    // A large project takes seconds to read: in a worker, with progress after a second.
    std::optional<Expected<LoadedFile>> read = runWithProgress(
        m_window, tr("Opening %1…").arg(QDir::toNativeSeparators(path)),
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
    m_document->adopt(std::move(**read), path);
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
    if (m_document->isUntitled())
        return saveAs();
    const Expected<Done> saved = m_document->save(saveRunner());
    if (!saved) {
        showError(tr("Cannot Save"), saved.error().text());
        return false;
    }
    Q_EMIT message(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())));
    return true;
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
