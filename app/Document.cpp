// SPDX-License-Identifier: GPL-3.0-or-later
#include "Document.h"

#include "inventory/EstateStore.h"
#include "inventory/Scenario.h"
#include "itemmodels/ComponentSelection.h"
#include "storage/EstateFile.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectLock.h"
#include "storage/ServerProject.h"
#include "storage/ServerWatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUndoStack>

#include <sys/stat.h>

namespace planner {

namespace {

const QString projectSuffix = QStringLiteral("uplan");

// Where a project lives, as the document keeps it: a file's absolute path, or a shared
// project's canonical URL (nothing secret in it).
QString canonicalLocation(const QString &path)
{
    if (path.isEmpty())
        return path;
    if (ServerLocation::isUrl(path)) {
        const Expected<ServerLocation> where = ServerLocation::parse(path);
        return where ? where->url() : path;
    }
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

Document::Document(QObject *parent)
    : QObject(parent)
    , m_store(new EstateStore(this))
    , m_undoStack(new QUndoStack(this))
    , m_selection(new ComponentSelection(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

Document::~Document()
{
    // Commands refer to the store: drop them first.
    m_undoStack->clear();
}

const Estate &Document::estate() const
{
    return m_store->estate();
}

bool Document::isShared() const
{
    return ServerLocation::isUrl(m_filePath);
}

QString Document::displayName() const
{
    if (isShared()) {
        const Expected<ServerLocation> where = ServerLocation::parse(m_filePath);
        if (where)
            return tr("%1 (shared on %2)")
                .arg(where->project, where->host.isEmpty() ? tr("the local server") : where->host);
    }
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    if (m_importedFrom.isEmpty())
        return tr("Untitled");
    return tr("Untitled (imported from %1)").arg(QFileInfo(m_importedFrom).fileName());
}

QString Document::suggestedPath() const
{
    if (!m_filePath.isEmpty() && !isShared())
        return m_filePath;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    QString base = m_importedFrom.isEmpty() ? tr("untitled")
                                            : QFileInfo(m_importedFrom).completeBaseName();
    if (isShared())
        if (const Expected<ServerLocation> where = ServerLocation::parse(m_filePath))
            base = where->project;
    return QDir(folder).filePath(base + QLatin1Char('.') + projectSuffix);
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

namespace {

template<typename State>
State diskStateOf(const QString &path)
{
    State state;
    if (ServerLocation::isUrl(path)) {
        // A shared project: its revision on the server, raised by every save.
        const Expected<ServerLocation> where = ServerLocation::parse(path);
        const Expected<qint64> revision = where ? ServerProject::revision(*where)
                                                : Expected<qint64>(where.error());
        state.exists = revision.ok();
        state.revision = revision ? *revision : -1;
        return state;
    }
    const QFileInfo info(path);
    state.exists = info.exists();
    if (state.exists) {
        state.size = info.size();
        state.modified = info.lastModified();
        struct stat file
        {};
        if (::stat(QFile::encodeName(path).constData(), &file) == 0) {
            state.device = file.st_dev;
            state.inode = file.st_ino;
        }
    }
    return state;
}

} // namespace

bool Document::changedOnDisk() const
{
    return !isUntitled() && !(diskStateOf<DiskState>(m_filePath) == m_disk);
}

bool Document::replacedOnDisk() const
{
    if (isUntitled() || isShared())
        return false;
    const DiskState now = diskStateOf<DiskState>(m_filePath);
    return now.exists && m_disk.exists
           && (now.device != m_disk.device || now.inode != m_disk.inode);
}

bool Document::missingOnDisk() const
{
    if (isShared())
        return !diskStateOf<DiskState>(m_filePath).exists;
    return !isUntitled() && !QFileInfo::exists(m_filePath);
}

Estate Document::projectEstate() const
{
    const Estate &working = m_store->estate();
    if (m_scenario.isEmpty())
        return working;
    Estate project = scenarioBase(m_baseline, working);
    project.scenarios = working.scenarios;
    for (Scenario &s : project.scenarios)
        if (s.name == m_scenario) {
            Scenario changes = scenarioBetween(project, working, s.name);
            changes.description = s.description;
            s = std::move(changes);
        }
    return project;
}

Document::ScenarioState Document::scenarioState() const
{
    return {m_store->estate(), m_baseline, m_scenario};
}

void Document::setScenarioState(const ScenarioState &state)
{
    m_scenario = state.scenario;
    m_baseline = state.scenario.isEmpty() ? Estate() : state.baseline;
    m_store->reset(state.working);
    Q_EMIT scenarioChanged();
}

void Document::leaveScenario()
{
    if (m_scenario.isEmpty())
        return;
    m_scenario.clear();
    m_baseline = Estate();
    Q_EMIT scenarioChanged();
}

void Document::rememberDiskState()
{
    m_disk = isUntitled() ? DiskState{} : diskStateOf<DiskState>(m_filePath);
}

void Document::newEstate()
{
    newEstate(Estate());
}

void Document::newEstate(const Estate &initial)
{
    m_selection->clear();
    m_undoStack->clear();
    leaveScenario();
    m_store->reset(initial);
    m_undoStack->setClean();
    setFile({}, {});
}

Expected<Done> Document::open(const QString &path, QStringList *warnings)
{
    Expected<LoadedFile> loaded = read(path);
    if (!loaded)
        return loaded.error();
    if (warnings)
        *warnings = loaded->warnings;
    adopt(std::move(*loaded), path);
    return Done{};
}

Expected<LoadedFile> Document::read(const QString &path)
{
    LoadedFile file;
    if (ServerLocation::isUrl(path)) {
        // The revision from the same snapshot as the estate: what this copy's edits are made on.
        const Expected<ServerLocation> where = ServerLocation::parse(path);
        if (!where)
            return where.error();
        Expected<Estate> loaded = ServerProject::load(*where, &file.revision);
        if (!loaded)
            return loaded.error();
        file.estate = std::move(*loaded);
        file.kind = FileKind::Project;
        return file;
    }
    Expected<Estate> loaded = loadEstateFile(path, &file.warnings, &file.kind);
    if (!loaded)
        return loaded.error();
    file.estate = std::move(*loaded);
    return file;
}

void Document::adopt(LoadedFile loaded, const QString &path, bool readOnly)
{
    if (loaded.kind != FileKind::Project) {
        adoptImported(std::move(loaded.estate), path); // Save asks where the project goes
        return;
    }
    m_selection->clear();
    m_undoStack->clear();
    leaveScenario();
    const bool shared = ServerLocation::isUrl(path);
    m_sharedBase = shared ? loaded.estate : Estate();
    m_store->reset(std::move(loaded.estate));
    m_undoStack->setClean();
    setFile(canonicalLocation(path), {}, readOnly);
    if (shared && loaded.revision >= 0)
        m_disk.revision = loaded.revision; // what was read, even if someone saved since
}

void Document::adoptSharedRevision(Estate estate, qint64 revision)
{
    m_undoStack->clear();
    leaveScenario();
    QStringList kept;
    for (const QString &id : m_selection->selectedIds())
        if (estate.indexOf(id) >= 0)
            kept << id;
    m_selection->clear();
    m_sharedBase = estate;
    m_store->reset(std::move(estate));
    m_undoStack->setClean();
    m_disk.revision = revision;
    m_selection->setSelection(kept);
}

void Document::adoptImported(Estate estate, const QString &path)
{
    m_selection->clear();
    m_undoStack->clear();
    leaveScenario();
    m_store->reset(std::move(estate));
    m_undoStack->setClean();
    setFile({}, QFileInfo(path).absoluteFilePath());
}

void Document::adoptRecovered(Estate estate, const QString &projectPath)
{
    m_selection->clear();
    m_undoStack->clear();
    leaveScenario();
    m_store->reset(std::move(estate));
    m_undoStack->resetClean(); // never clean: what was recovered is not in the project yet
    setFile(canonicalLocation(projectPath), {});
}

Expected<Done> Document::save(const SaveRunner &run)
{
    if (isUntitled())
        return Error{displayName(), tr("the document has no project file yet; use Save As")};
    if (m_readOnly)
        return Error{QDir::toNativeSeparators(m_filePath),
                     m_lockedBy.isEmpty()
                         ? tr("opened read-only; use Save As")
                         : tr("opened read-only, as %1 has it open; use Save As").arg(m_lockedBy)};
    if (isShared()) {
        Expected<ServerProject::SaveOutcome> saved = saveShared(run);
        if (!saved)
            return saved.error();
        if (!saved->undecided.isEmpty())
            return Error{displayName(),
                         tr("%1 saved the project meanwhile and changed the same things; "
                            "nothing was written:\n%2")
                             .arg(saved->savedBy.isEmpty() ? tr("someone else")
                                                           : saved->savedBy.join(u", "),
                                  describeConflicts(saved->undecided))};
        return Done{};
    }
    return saveAs(m_filePath, run);
}

Expected<ServerProject::SaveOutcome> Document::saveShared(const SaveRunner &run,
                                                          const ConflictChoices &choices)
{
    const Expected<ServerLocation> where = ServerLocation::parse(m_filePath);
    if (!isShared() || !where)
        return Error{displayName(), tr("not a shared project")};
    Estate mine = projectEstate();
    mine.dropStalePositions(); // as the server keeps it: the base of the next save
    std::optional<Expected<ServerProject::SaveOutcome>> outcome;
    const std::function<Expected<Done>()> write = [&, base = m_sharedBase,
                                                   revision = m_disk.revision] {
        outcome = ServerProject::saveEdits(*where, base, revision, mine, choices);
        return *outcome ? Expected<Done>(Done{}) : Expected<Done>((*outcome).error());
    };
    if (Expected<Done> ran = run ? run(write) : write(); !ran)
        return ran.error();
    ServerProject::SaveOutcome &saved = **outcome;
    if (saved.revision <= 0)
        return std::move(saved); // conflicts wait for the user's choice
    if (saved.merged) {
        // The project as saved, others' edits and these together: a new start.
        m_selection->clear();
        m_undoStack->clear();
        leaveScenario();
        m_store->reset(saved.saved);
        m_sharedBase = std::move(saved.saved);
        saved.saved = m_sharedBase;
    } else {
        m_sharedBase = mine;
    }
    m_undoStack->setClean();
    m_disk.exists = true;
    m_disk.revision = saved.revision;
    return std::move(saved);
}

Expected<Done> Document::saveAs(const QString &path, const SaveRunner &run)
{
    QString target = path;
    if (!ServerLocation::isUrl(target) && QFileInfo(target).suffix().isEmpty())
        target += QLatin1Char('.') + projectSuffix;
    const std::function<Expected<Done>()> write = [target, estate = projectEstate()] {
        return saveProject(target, estate);
    };
    Expected<Done> saved = run ? run(write) : write();
    if (!saved)
        return saved;
    m_undoStack->setClean();
    setFile(canonicalLocation(target), {});
    m_sharedBase = isShared() ? projectEstate() : Estate();
    return Done{};
}

void Document::setFile(const QString &path, const QString &importedFrom, bool readOnly)
{
    const bool shared = ServerLocation::isUrl(path);
    if (!m_lock || m_lock->projectPath() != QFileInfo(path).absoluteFilePath() || readOnly || shared)
        m_lock.reset();
    m_readOnly = false;
    m_lockedBy.clear();
    watchServer(shared ? path : QString());
    // A shared project has no lock: many people have it open, and the server keeps order.
    if (!path.isEmpty() && !m_lock && !shared) {
        if (const std::optional<LockHolder> holder = ProjectLock::holder(path)) {
            m_readOnly = true;
            m_lockedBy = holder->describe();
        } else if (!readOnly) {
            m_lock = std::make_unique<ProjectLock>(path);
            m_lock->tryLock(); // in a folder where no lock can be made, nobody else can either
        }
    }
    if (readOnly && !m_readOnly) {
        m_readOnly = true;
        m_lockedBy.clear();
    }
    m_filePath = path;
    m_importedFrom = importedFrom;
    rememberDiskState();
    Q_EMIT fileChanged();
}

void Document::watchServer(const QString &url)
{
    if (m_watcher && m_watcherUrl == url)
        return;
    m_watcher.reset();
    m_watcherUrl = url;
    const Expected<ServerLocation> where = ServerLocation::parse(url);
    if (url.isEmpty() || !where)
        return;
    m_watcher = std::make_unique<ServerWatcher>(*where);
    connect(m_watcher.get(), &ServerWatcher::saved, this,
            [this](qint64 revision, const QString &user, bool here) {
                if (here || revision == m_disk.revision)
                    return; // this workbench's own save, or one it has already
                Q_EMIT sharedProjectSaved(revision, user);
            });
    // Without notifications the project still works; Save still checks the revision.
    m_watcher->start();
}

} // namespace planner
