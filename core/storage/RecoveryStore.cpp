// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryStore.h"

#include "ProjectFile.h"
#include "SafeWrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace planner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RecoveryStore", text);
}

} // namespace

RecoveryStore::RecoveryStore(const QString &folder)
    : m_folder(folder.isEmpty()
                   ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                         + QStringLiteral("/recovery")
                   : folder)
{
}

RecoveryStore::~RecoveryStore() = default;

QString RecoveryStore::pathOf(const QString &id, const QString &suffix) const
{
    return QDir(m_folder).filePath(id + suffix);
}

bool RecoveryStore::ensureSlot(QString *problem)
{
    if (!m_id.isEmpty())
        return true;
    if (!QDir().mkpath(m_folder)) {
        *problem = tr("cannot create the recovery folder %1").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto lock = std::make_unique<QLockFile>(pathOf(id, QStringLiteral(".lock")));
    lock->setStaleLockTime(0); // only a lock whose process is gone is stale, however old
    if (!lock->tryLock(0)) {
        *problem = tr("cannot lock a recovery copy in %1").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    m_id = id;
    m_lock = std::move(lock);
    return true;
}

Expected<Done> RecoveryStore::write(const Estate &estate, const QString &projectPath,
                                    const QString &displayName)
{
    QString problem;
    if (!ensureSlot(&problem))
        return Error{QString(), problem};
    // A new file beside the old copy, renamed over it: a copy is always whole.
    const QString copy = pathOf(m_id, QStringLiteral(".uplan"));
    const QString fresh = pathOf(m_id, QStringLiteral(".new.uplan"));
    QFile::remove(fresh);
    QFile::remove(fresh + QStringLiteral("-journal"));
    if (const Expected<Done> saved = saveProject(fresh, estate); !saved) {
        QFile::remove(fresh);
        return saved;
    }
    QFile::remove(copy);
    if (!QFile::rename(fresh, copy))
        return Error{QDir::toNativeSeparators(copy), tr("cannot replace the recovery copy")};
    const QJsonObject note{
        {QStringLiteral("project"), projectPath},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    const QByteArray bytes = QJsonDocument(note).toJson();
    return writeFileAtomically(pathOf(m_id, QStringLiteral(".json")),
                               [&bytes](QIODevice *device) -> Expected<Done> {
                                   if (device->write(bytes) != bytes.size())
                                       return Error{QString(), device->errorString()};
                                   return Done{};
                               });
}

bool RecoveryStore::hasCopy() const
{
    return !m_id.isEmpty() && QFile::exists(pathOf(m_id, QStringLiteral(".json")));
}

void RecoveryStore::discard()
{
    if (m_id.isEmpty())
        return;
    for (const char *suffix : {".json", ".uplan", ".new.uplan"})
        QFile::remove(pathOf(m_id, QLatin1String(suffix)));
}

QList<RecoveryCopy> RecoveryStore::orphans()
{
    QList<RecoveryCopy> found;
    const QStringList notes = QDir(m_folder).entryList({QStringLiteral("*.json")}, QDir::Files,
                                                       QDir::Name);
    for (const QString &note : notes) {
        const QString id = note.chopped(5);
        if (id == m_id || m_orphanIds.contains(id))
            continue;
        auto lock = std::make_shared<QLockFile>(pathOf(id, QStringLiteral(".lock")));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            continue; // its workbench is still running
        QFile file(pathOf(id, QStringLiteral(".json")));
        if (!file.open(QIODevice::ReadOnly) || !QFile::exists(pathOf(id, QStringLiteral(".uplan"))))
            continue;
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        RecoveryCopy copy;
        copy.id = id;
        copy.projectPath = json.value(QStringLiteral("project")).toString();
        copy.displayName = json.value(QStringLiteral("displayName")).toString();
        copy.savedAt = QDateTime::fromString(json.value(QStringLiteral("savedAt")).toString(),
                                             Qt::ISODate);
        if (copy.displayName.isEmpty())
            copy.displayName = copy.projectPath.isEmpty() ? tr("Untitled")
                                                          : QFileInfo(copy.projectPath).fileName();
        m_orphanLocks.append(lock);
        m_orphanIds.append(id);
        found.append(copy);
    }
    std::sort(found.begin(), found.end(),
              [](const RecoveryCopy &a, const RecoveryCopy &b) { return a.savedAt > b.savedAt; });
    return found;
}

Expected<Estate> RecoveryStore::restore(const RecoveryCopy &copy) const
{
    return loadProject(pathOf(copy.id, QStringLiteral(".uplan")));
}

void RecoveryStore::remove(const RecoveryCopy &copy)
{
    for (const char *suffix : {".json", ".uplan", ".new.uplan", ".new.uplan-journal"})
        QFile::remove(pathOf(copy.id, QLatin1String(suffix)));
    const qsizetype at = m_orphanIds.indexOf(copy.id);
    if (at >= 0) {
        m_orphanLocks.at(at)->unlock(); // removes the lock file
        m_orphanLocks.removeAt(at);
        m_orphanIds.removeAt(at);
    }
}

} // namespace planner
