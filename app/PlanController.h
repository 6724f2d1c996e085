// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QAction;
class QLabel;
class QMenu;
class QTimer;
class QWidget;

namespace planner {

class Document;
class Estate;

/// Where the open project stands against its exported plan, as the status bar says it.
struct PlanStatus
{
    enum State {
        NoPlan,     ///< no plan folder known, or no plan.json in it
        Unreadable, ///< plan.json is there but is not a plan
        Matches,    ///< the plan was exported from exactly this estate
        Changed     ///< the estate differs from the one the plan was exported from
    };
    State state = NoPlan;
    QString folder;
    QString planSha256;       ///< of plan.json's bytes
    QString planEstateSha256; ///< plan.json's "estateSha256"
    QString estateSha256;     ///< of the open estate, now
    QStringList signers;      ///< of the valid approvals, once each, in signing order
    int validApprovals = 0;
    int invalidApprovals = 0;
    QString problem; ///< why plan.json cannot be read
    /// The scenario the plan is of (plan.json's "scenario"), empty for the baseline: the
    /// project is compared as that scenario has it, whichever scenario the window shows.
    QString scenario;
    bool scenarioMissing = false; ///< the project no longer has that scenario
};

/// The plan part of the File menu: Export Plan, Sign Plan, Verify Plan (the dialogs in
/// views/report, calling the same functions as `upgrade-planner plan|sign|verify`), and the
/// status-bar label telling whether the open project still matches its exported plan.
///
/// The plan folder of each project is remembered (QSettings `planFolders`, keyed by the
/// project's absolute path, or by the JSON an untitled estate was imported from; saving under
/// a new name carries the folder over to the new key) and becomes the folder last exported or
/// verified. The status is computed in a worker (QtConcurrent: hashing a large estate takes a while) half a second
/// after the last edit, and at once after an export, a signature, a verification or opening
/// a project; a stale result is dropped. Clicking the label explains it.
class PlanController : public QObject
{
    Q_OBJECT
public:
    /// @p window parents the dialogs.
    PlanController(Document *document, QWidget *window);

    /// Inserts the plan actions into @p menu before @p before, as a section of their own.
    void populateMenu(QMenu *menu, QAction *before);

    QAction *exportAction() const { return m_export; }
    QAction *signAction() const { return m_sign; }
    QAction *verifyAction() const { return m_verify; }
    /// The permanent status-bar label; hidden while no plan is known.
    QLabel *statusLabel() const { return m_label; }
    const PlanStatus &status() const { return m_status; }

    /// The plan folder of the open project; empty when none is known.
    QString planFolder() const { return m_folder; }
    /// Makes @p folder the open project's plan folder (remembered) and re-checks the status.
    void setPlanFolder(const QString &folder);
    /// Re-checks the status now instead of after the debounce delay.
    void refreshStatus();

    /// Where Export Plan proposes to write when no folder is known.
    QString suggestedFolder() const;

    /// Computes the status of @p folder's plan against @p project (scenarios included), as
    /// the plan's scenario has it (any thread).
    static PlanStatus computeStatus(const QString &folder, const Estate &project);

Q_SIGNALS:
    /// Something for the status bar.
    void message(const QString &text);
    /// The status label was updated (after each check).
    void statusUpdated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void exportPlan();
    void signPlan();
    void verifyPlan();
    void showDetails();
    void documentReloaded();
    void documentFileChanged();
    QString projectKey() const;
    QString planJsonPath() const;
    void showStatus(const PlanStatus &status);

    Document *m_document;
    QWidget *m_window;
    QAction *m_export;
    QAction *m_sign;
    QAction *m_verify;
    QLabel *m_label;
    QTimer *m_debounce;
    QString m_folder;
    QString m_key;           ///< projectKey() m_folder belongs to
    bool m_reloaded = false; ///< the store was reset since the last fileChanged
    int m_generation = 0;    ///< of the latest check; older results are dropped
    PlanStatus m_status;
};

} // namespace planner
