// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/RecoveryStore.h"

#include <QFuture>
#include <QObject>

class QTimer;
class QWidget;

namespace planner {

class Document;

/// Keeps unsaved work safe from crashes: at the autosave interval (Preferences) a modified
/// document is copied into the recovery folder (RecoveryStore), never into the project
/// itself, in a worker so that the window does not pause. The copy goes when the document is
/// saved, closed or discarded, or the program ends normally. When a workbench starts and finds
/// a copy of one that ended without that, it offers to restore it.
class RecoveryController : public QObject
{
    Q_OBJECT
public:
    /// @p folder: the recovery folder (empty: the user's; tests give their own).
    RecoveryController(Document *document, QWidget *window, const QString &folder = {});
    ~RecoveryController() override;

    /// Applies the autosave interval of the preferences.
    void applyPreferences();
    /// Writes the recovery copy now if the document has unsaved changes, and waits for it;
    /// true when it wrote one. The timer does the same without waiting.
    bool autosave();
    /// Asks about each copy a crashed workbench left: Restore opens it as the document (with
    /// its changes still unsaved, Save writes them to the project), Discard deletes it, Later
    /// keeps it for the next start. True when one was restored.
    bool offerRestore();
    /// Removes this workbench's copy (the program ends normally).
    void discard();

    RecoveryStore &store() { return m_store; }

Q_SIGNALS:
    void message(const QString &text);

private:
    void startCopy();

    Document *m_document;
    QWidget *m_window;
    RecoveryStore m_store;
    QTimer *m_timer;
    bool m_writing = false;
    QFuture<Expected<Done>> m_copy; ///< the copy being written, if m_writing
};

} // namespace planner
