// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>

namespace planner {

QString LockHolder::describe() const
{
    return QCoreApplication::translate("ProjectLock", "%1 (process %2 on %3)")
        .arg(application.isEmpty() ? QStringLiteral("upgrade-planner") : application)
        .arg(pid)
        .arg(host.isEmpty() ? QSysInfo::machineHostName() : host);
}

ProjectLock::ProjectLock(const QString &projectPath)
    : m_projectPath(QFileInfo(projectPath).absoluteFilePath())
{
}

ProjectLock::~ProjectLock() = default;

QString ProjectLock::lockPath(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    return info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".lock"));
}

bool ProjectLock::tryLock()
{
    if (isLocked())
        return true;
    auto lock = std::make_unique<QLockFile>(lockPath(m_projectPath));
    lock->setStaleLockTime(0); // stale only when its process is gone, however long it ran
    if (!lock->tryLock(0))
        return false;
    m_lock = std::move(lock);
    return true;
}

bool ProjectLock::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

std::optional<LockHolder> ProjectLock::holder(const QString &projectPath)
{
    const QString path = lockPath(projectPath);
    if (!QFileInfo::exists(path))
        return std::nullopt;
    QLockFile probe(path);
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock(); // nobody held it, or its holder is gone: the stale file goes too
        return std::nullopt;
    }
    LockHolder holder;
    if (!probe.getLockInfo(&holder.pid, &holder.host, &holder.application))
        return std::nullopt; // not a lock file QLockFile can read: nobody's
    if (holder.pid == QCoreApplication::applicationPid()
        && (holder.host.isEmpty() || holder.host == QSysInfo::machineHostName()))
        return std::nullopt; // this process's own lock
    return holder;
}

} // namespace planner
