// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Estate.h"
#include "inventory/Expected.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QLockFile;

namespace planner {

/// A recovery copy left behind by a workbench that ended without saving (a crash, a kill, a
/// power cut): the unsaved estate and the project it belongs to.
struct RecoveryCopy
{
    QString id;          ///< the copy's name in the recovery folder
    QString projectPath; ///< the project it was edited from; empty for an untitled one
    QString displayName; ///< what the title bar said: "bank.uplan", "Untitled"
    QDateTime savedAt;   ///< when the copy was written (UTC)
};

/// The recovery folder: each running workbench keeps its unsaved work there as a project file
/// (ID.uplan) with a note saying whose it is (ID.json), written at the autosave interval, never
/// into the project itself. The workbench holds a lock (ID.lock) for as long as it runs; a
/// copy whose lock no live process holds belongs to a workbench that ended without cleaning up
/// after itself, and is offered for restoring when the next one starts.
class RecoveryStore
{
public:
    /// @p folder: where copies live; empty means the user's application data folder
    /// (`~/.local/share/upgrade-planner/recovery`).
    explicit RecoveryStore(const QString &folder = {});
    ~RecoveryStore();
    RecoveryStore(const RecoveryStore &) = delete;
    RecoveryStore &operator=(const RecoveryStore &) = delete;

    QString folder() const { return m_folder; }

    /// Writes this workbench's copy of @p estate (atomically: a copy is whole or absent).
    Expected<Done> write(const Estate &estate, const QString &projectPath,
                         const QString &displayName);
    /// Removes this workbench's copy: after a save, when the document is closed or discarded,
    /// and when the program ends normally.
    void discard();
    /// True when this workbench has a copy on disk.
    bool hasCopy() const;

    /// Copies of workbenches that are no longer running, newest first. Each one returned is
    /// locked by this store until restore() or remove(), so that two workbenches starting at
    /// once do not both offer it.
    QList<RecoveryCopy> orphans();
    /// The estate of an orphan.
    Expected<Estate> restore(const RecoveryCopy &copy) const;
    /// Deletes an orphan (after it was restored and saved, or declined).
    void remove(const RecoveryCopy &copy);

private:
    QString pathOf(const QString &id, const QString &suffix) const;
    bool ensureSlot(QString *problem);

    QString m_folder;
    QString m_id; ///< this workbench's slot; empty until the first write
    std::unique_ptr<QLockFile> m_lock;
    QList<std::shared_ptr<QLockFile>> m_orphanLocks;
    QStringList m_orphanIds;
};

} // namespace planner
