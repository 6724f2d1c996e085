// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Estate.h"
#include "inventory/Expected.h"
#include "storage/ProjectFile.h"
#include "storage/ServerProject.h"

#include <QObject>
#include <QStringList>

#include <QDateTime>

#include <functional>
#include <memory>

class QUndoStack;

namespace planner {

class ComponentSelection;
class EstateStore;
class ProjectLock;
class ServerWatcher;

/// A file read for opening, not yet taken by a document: reading is pure and may run in a
/// worker while the window shows progress.
struct LoadedFile
{
    Estate estate;
    FileKind kind = FileKind::Unknown;
    QStringList warnings; ///< unknown JSON fields and the like
    qint64 revision = -1; ///< a shared project's revision, read in the same snapshot
};

/// One open project: its estate, the one undo stack every view pushes edits to, the shared
/// component selection, and the file it lives in. A `.uplan` project opens as itself; an
/// estate `.json` is imported into an untitled document that is saved to a new `.uplan`
/// (the JSON is never overwritten by Save). The document is modified when the undo stack is
/// away from the state of the last save or open.
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    EstateStore *store() const { return m_store; }
    QUndoStack *undoStack() const { return m_undoStack; }
    ComponentSelection *selection() const { return m_selection; }
    /// The estate every view shows and edits: the project itself, or the current scenario
    /// applied to it (its `scenarios` list is the project's).
    const Estate &estate() const;

    /// The scenario being shown and edited (Scenario.h); empty for the baseline.
    QString scenario() const { return m_scenario; }
    /// The project as Save writes it: when a scenario is current, the edits made in it are
    /// folded back, those a scenario can hold (targets, durations, roles, windows, staff,
    /// pins, waivers) as its changes and everything else into the baseline every scenario
    /// shares (scenarioBase()). estate() itself when the baseline is current.
    Estate projectEstate() const;
    /// What a scenario switch sets: the estate shown, the baseline it came from (unused when
    /// @p scenario is empty) and the scenario's name. ScenarioController's undoable commands
    /// call it with states taken from scenarioState().
    struct ScenarioState
    {
        Estate working;
        Estate baseline;
        QString scenario;
    };
    ScenarioState scenarioState() const;
    void setScenarioState(const ScenarioState &state);

    /// The `.uplan` file Save writes, or the URL of a shared project on a PostgreSQL server
    /// (ServerProject.h); empty while the document is untitled.
    QString filePath() const { return m_filePath; }
    /// True when the document is a shared project on a server.
    bool isShared() const;
    bool isUntitled() const { return m_filePath.isEmpty(); }
    /// The name people see in the title bar: "bank.uplan"; "Untitled" for a new estate, and
    /// "Untitled (imported from sample-estate.json)" for an imported one: no project file
    /// exists until it is saved, so the title names none.
    QString displayName() const;
    /// Where Save As starts: the file itself, or a `.uplan` in the user's documents folder
    /// named after the imported JSON ("sample-estate.uplan"), never beside the JSON, which
    /// may well be the program's own read-only resources.
    QString suggestedPath() const;
    /// The estate JSON an untitled document was imported from; empty otherwise.
    QString importedFrom() const { return m_importedFrom; }
    bool isModified() const;
    /// True when the project was opened read-only because another workbench has it open
    /// (lockedBy() says which): Save then asks for another file.
    bool isReadOnly() const { return m_readOnly; }
    QString lockedBy() const { return m_lockedBy; }
    /// True when the project file was changed, replaced or removed on disk since it was opened
    /// or last saved here: by another program, a command (`record`, `import --into`) or a
    /// copy over it. Save would overwrite that: the GUI asks first.
    bool changedOnDisk() const;
    /// True when the project file is gone (deleted or moved away) since it was opened.
    bool missingOnDisk() const;
    /// True when another file stands where the project was (moved or copied into its place):
    /// a case of changedOnDisk() the GUI names as such.
    bool replacedOnDisk() const;

    /// Starts an empty, untitled estate.
    void newEstate();
    /// Starts an untitled project holding @p initial (unmodified: nothing to save yet).
    void newEstate(const Estate &initial);
    /// Opens a project or imports an estate JSON. On failure nothing changes and the error
    /// names the file and the problem; unknown JSON fields are listed in @p warnings.
    Expected<Done> open(const QString &path, QStringList *warnings = nullptr);
    /// The reading half of open(): touches no document, so it may run in any thread.
    static Expected<LoadedFile> read(const QString &path);
    /// The other half: takes what read() returned for @p path. A project is locked for this
    /// workbench (ProjectLock) unless @p readOnly, which the GUI asks for when another
    /// workbench holds it.
    void adopt(LoadedFile loaded, const QString &path, bool readOnly = false);
    /// Takes @p estate, imported from @p path (a CycloneDX BOM, a CMDB export...), as a new
    /// untitled document: Save asks where the project goes.
    void adoptImported(Estate estate, const QString &path);
    /// A shared project this document shows unchanged, as someone else saved it (revision
    /// @p revision): shown in place, the selection kept where its components still exist,
    /// nothing to undo.
    void adoptSharedRevision(Estate estate, qint64 revision);
    /// The shared project as this document last read or saved it, and that revision: what
    /// ServerProject::loadChanges() starts from.
    const Estate &sharedBase() const { return m_sharedBase; }
    /// Takes @p estate from a recovery copy of @p projectPath (empty: an untitled document)
    /// with its changes unsaved: the document is modified, and Save writes it to the project.
    void adoptRecovered(Estate estate, const QString &projectPath);
    /// Runs the writing of a save, which touches nothing but the file: the GUI passes one that
    /// writes in a worker and shows progress; by default it runs in place.
    using SaveRunner = std::function<Expected<Done>(const std::function<Expected<Done>()> &)>;
    /// Writes the project to filePath(); an untitled document needs saveAs().
    Expected<Done> save(const SaveRunner &run = {});
    /// Saves a shared project: only this workbench's edits since it opened or last saved it
    /// count, combined with those others saved meanwhile (ServerProject::saveEdits). When both
    /// changed the same element differently and @p choices does not say whose stands, nothing
    /// is written and the outcome lists what waits for a choice. After a combined save the
    /// document shows the project as saved, with the others' edits in it (a new start for undo).
    Expected<ServerProject::SaveOutcome> saveShared(const SaveRunner &run = {},
                                                    const ConflictChoices &choices = {});
    /// The revision of the shared project this document is based on (-1: not shared).
    qint64 sharedRevision() const { return isShared() ? m_disk.revision : -1; }
    /// Writes the project to @p path (".uplan" added when the name has no suffix) and makes it
    /// the document's file.
    Expected<Done> saveAs(const QString &path, const SaveRunner &run = {});

Q_SIGNALS:
    void modifiedChanged(bool modified);
    /// The file path or display name changed (new, open, save as).
    void fileChanged();
    /// Another scenario is current, or the list of scenarios changed.
    void scenarioChanged();
    /// Someone else saved the shared project this document shows, as @p revision.
    void sharedProjectSaved(qint64 revision, const QString &user);

private:
    void setFile(const QString &path, const QString &importedFrom, bool readOnly = false);
    void leaveScenario(); ///< back to the baseline, before another estate is taken
    void rememberDiskState();
    void watchServer(const QString &url); ///< listen for saves of this shared project (or none)

    EstateStore *m_store;
    QUndoStack *m_undoStack;
    ComponentSelection *m_selection;
    QString m_filePath;
    QString m_importedFrom; ///< the JSON an untitled document came from
    QString m_scenario;     ///< the current scenario; empty: the baseline
    Estate m_baseline;      ///< the project's baseline while a scenario is current
    /// A shared project as this workbench read or last saved it: what its edits are made on.
    Estate m_sharedBase;
    std::unique_ptr<ProjectLock> m_lock;
    std::unique_ptr<ServerWatcher> m_watcher;
    QString m_watcherUrl;
    bool m_readOnly = false;
    QString m_lockedBy;
    /// The project file as it was when opened or last saved here.
    struct DiskState
    {
        bool exists = false;
        qint64 size = 0;
        QDateTime modified;
        qint64 revision = -1; ///< a shared project's revision on the server
        /// The file itself, not its name: another file moved or copied into its place (a sync
        /// tool, a checkout, `mv`) is noticed even when its size and time are the same.
        quint64 device = 0;
        quint64 inode = 0;
        friend bool operator==(const DiskState &, const DiskState &) = default;
    } m_disk;
};

} // namespace planner
