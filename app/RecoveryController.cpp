// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryController.h"

#include "Document.h"
#include "panels/Preferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTime>
#include <QTimer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace planner {

RecoveryController::RecoveryController(Document *document, QWidget *window, const QString &folder)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_store(folder)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &RecoveryController::startCopy);
    // Saved, undone back to the saved state, or replaced by another file: nothing is unsaved.
    connect(m_document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified && !m_writing)
            m_store.discard();
    });
    applyPreferences();
}

RecoveryController::~RecoveryController() = default;

void RecoveryController::applyPreferences()
{
    const int minutes = Preferences::load().autosaveMinutes;
    if (minutes > 0)
        m_timer->start(minutes * 60 * 1000);
    else
        m_timer->stop();
}

void RecoveryController::discard()
{
    m_copy.waitForFinished(); // the store is the worker's until it is done
    m_store.discard();
}

void RecoveryController::startCopy()
{
    if (m_writing || !m_document->isModified())
        return;
    m_writing = true;
    auto *watcher = new QFutureWatcher<Expected<Done>>(this);
    connect(watcher, &QFutureWatcher<Expected<Done>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_writing = false;
        const Expected<Done> written = watcher->result();
        if (!m_document->isModified()) {
            m_store.discard(); // saved while the copy was being written
            return;
        }
        // Never a box every few minutes: the status bar says it.
        if (!written)
            Q_EMIT message(tr("Recovery copy failed: %1").arg(written.error().text()));
        else
            Q_EMIT message(tr("Unsaved changes copied for recovery at %1")
                               .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    });
    // The estate is shared, not copied, and never changed in place: the worker reads a
    // snapshot while the user goes on editing.
    m_copy = QtConcurrent::run(
        [store = &m_store, estate = m_document->projectEstate(), path = m_document->filePath(),
         name = m_document->displayName()] { return store->write(estate, path, name); });
    watcher->setFuture(m_copy);
}

bool RecoveryController::autosave()
{
    if (!m_document->isModified())
        return false;
    startCopy();
    while (m_writing)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return m_store.hasCopy();
}

bool RecoveryController::offerRestore()
{
    const QList<RecoveryCopy> copies = m_store.orphans();
    for (const RecoveryCopy &copy : copies) {
        QMessageBox box(QMessageBox::Warning, tr("Recover Unsaved Work"),
                        tr("Upgrade Planner ended without saving the changes to %1.")
                            .arg(copy.displayName),
                        QMessageBox::NoButton, m_window);
        const QString when = QLocale().toString(copy.savedAt.toLocalTime(), QLocale::LongFormat);
        box.setInformativeText(
            copy.projectPath.isEmpty()
                ? tr("A recovery copy from %1 holds them. Restore opens it as an untitled "
                     "project, to be saved under a name; Discard deletes the copy; Later "
                     "keeps it for the next start.")
                      .arg(when)
                : tr("A recovery copy from %1 holds them. Restore opens it with the changes "
                     "still unsaved: Save writes them to %2. Discard deletes the copy; Later "
                     "keeps it for the next start.")
                      .arg(when, QDir::toNativeSeparators(copy.projectPath)));
        QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Later"), QMessageBox::RejectRole);
        box.setDefaultButton(restore);
        box.exec();
        if (box.clickedButton() == discard) {
            m_store.remove(copy);
            continue;
        }
        if (box.clickedButton() != restore)
            continue;
        Expected<Estate> estate = m_store.restore(copy);
        if (!estate) {
            QMessageBox::critical(m_window, tr("Cannot Restore"),
                                  tr("The recovery copy cannot be read: %1")
                                      .arg(estate.error().text()));
            continue;
        }
        m_document->adoptRecovered(std::move(*estate), copy.projectPath);
        // This workbench's own copy first, then the old one goes: at no moment is there none.
        if (m_store.write(m_document->projectEstate(), m_document->filePath(),
                          m_document->displayName()))
            m_store.remove(copy);
        Q_EMIT message(tr("Restored the unsaved changes to %1 from %2").arg(copy.displayName, when));
        return true; // one document at a time; any other copy waits for the next start
    }
    return false;
}

} // namespace planner
