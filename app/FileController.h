// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Document.h"

#include <QObject>
#include <QStringList>

class QAction;
class QTimer;
class QMenu;
class QWidget;

namespace planner {

/// The File menu: new, open, open recent, save, save as, quit, and the question whether to
/// save unsaved changes before they would be lost. Recent files are kept in QSettings
/// (`recentFiles`, at most eight, newest first).
class FileController : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxRecentFiles = 8;

    /// @p window parents the dialogs.
    FileController(Document *document, QWidget *window);

    /// Fills @p menu with the file actions.
    void populateMenu(QMenu *menu);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *openSharedAction() const { return m_openShared; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *quitAction() const { return m_quit; }

    /// Opens @p path after asking about unsaved changes; shows errors in a message box.
    bool openFile(const QString &path);
    /// Saves, asking for a file name when the document has none; false when cancelled/failed.
    bool save();
    bool saveAs();
    /// Saves a shared project, combined with what others saved meanwhile (EditConflictDialog
    /// for anything both changed).
    bool saveShared();
    /// Asks Save/Discard/Cancel when the document is modified; true when it may be dropped.
    bool maybeSave();

    static QStringList recentFiles();

Q_SIGNALS:
    /// Something for the status bar.
    void message(const QString &text);

private:
    void newDocument();
    void openWithDialog();
    void openSharedWithDialog();
    void onSharedProjectSaved(qint64 revision, const QString &user);
    bool load(const QString &path);
    void fillRecentMenu();
    void remember(const QString &path);
    void showError(const QString &title, const QString &text);
    Document::SaveRunner saveRunner() const;

    Document *m_document;
    QWidget *m_window;
    QAction *m_new;
    QAction *m_open;
    QAction *m_openShared;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_quit;
    QMenu *m_recentMenu = nullptr;
};

} // namespace planner
