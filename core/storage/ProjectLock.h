// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace planner {

/// Who has a project open: another running Upgrade Planner.
struct LockHolder
{
    qint64 pid = 0;
    QString host;
    QString application;

    /// "upgrade-planner (process 4242 on build-07)", for messages.
    QString describe() const;
};

/// The lock a workbench holds on the project it has open: a hidden file beside it
/// (`.bank.uplan.lock`) naming the process and host (QLockFile). A lock whose process is gone
/// (a crash, a kill) is stale and taken over; a live one keeps other workbenches to reading,
/// and keeps every command that writes projects (import --into, record, compare --accept)
/// from writing it: saveProject() refuses a project another process holds.
class ProjectLock
{
public:
    explicit ProjectLock(const QString &projectPath);
    ~ProjectLock();
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    /// Takes the lock. False when another live process holds it (holder() says which), or when
    /// the lock file cannot be made (a read-only folder: then nobody can lock it, and saving
    /// there fails anyway with its own message).
    bool tryLock();
    bool isLocked() const;
    QString projectPath() const { return m_projectPath; }

    /// The lock file of @p projectPath.
    static QString lockPath(const QString &projectPath);
    /// The live process other than this one that holds @p projectPath's lock, if any.
    static std::optional<LockHolder> holder(const QString &projectPath);

private:
    QString m_projectPath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace planner
