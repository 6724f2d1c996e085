// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanController.h"

#include "Document.h"
#include "inventory/EstateStore.h"
#include "inventory/Scenario.h"
#include "plandoc/PlanDiff.h"
#include "plandoc/PlanDocument.h"
#include "report/ExportPlanDialog.h"
#include "report/SignPlanDialog.h"
#include "report/VerifyPlanDialog.h"
#include "signing/PlanVerification.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent>

namespace planner {

namespace {

const QString foldersKey = QStringLiteral("planFolders");
constexpr int debounceMs = 500;

QString folderName(const QString &folder)
{
    return QDir(folder).dirName() + QLatin1Char('/');
}

QString planJsonIn(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("plan.json"));
}

} // namespace

PlanController::PlanController(Document *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_export(new QAction(tr("E&xport Plan…"), this))
    , m_sign(new QAction(tr("Si&gn Plan…"), this))
    , m_verify(new QAction(tr("&Verify Plan…"), this))
    , m_label(new QLabel(window))
    , m_debounce(new QTimer(this))
{
    m_export->setStatusTip(tr("Write the plan for the change board: plan.json, PDF, calendar"));
    m_sign->setStatusTip(tr("Approve an exported plan with your key"));
    m_verify->setStatusTip(tr("Check the approvals of an exported plan"));
    connect(m_export, &QAction::triggered, this, &PlanController::exportPlan);
    connect(m_sign, &QAction::triggered, this, &PlanController::signPlan);
    connect(m_verify, &QAction::triggered, this, &PlanController::verifyPlan);

    m_label->setObjectName(QStringLiteral("planStatusLabel"));
    m_label->setCursor(Qt::PointingHandCursor);
    m_label->installEventFilter(this);
    m_label->hide();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &PlanController::refreshStatus);
    connect(m_document->store(), &EstateStore::changed, m_debounce, qOverload<>(&QTimer::start));
    connect(m_document->store(), &EstateStore::wasReset, this, &PlanController::documentReloaded);
    connect(m_document, &Document::fileChanged, this, &PlanController::documentFileChanged);
    m_key = projectKey();
}

void PlanController::populateMenu(QMenu *menu, QAction *before)
{
    menu->insertActions(before, {m_export, m_sign, m_verify});
    menu->insertSeparator(before);
}

QString PlanController::projectKey() const
{
    // An imported estate is keyed by the JSON it came from: the project Save As proposes is
    // only a name in the documents folder, which another import of the same name would share.
    if (!m_document->isUntitled())
        return QFileInfo(m_document->filePath()).absoluteFilePath();
    const QString json = m_document->importedFrom();
    return json.isEmpty() ? QString() : QFileInfo(json).absoluteFilePath();
}

QString PlanController::planJsonPath() const
{
    return m_folder.isEmpty() ? QString() : planJsonIn(m_folder);
}

QString PlanController::suggestedFolder() const
{
    // Beside the project, or beside where Save As would put it (the documents folder).
    const QFileInfo project(m_document->suggestedPath());
    return project.dir().filePath(project.completeBaseName() + QStringLiteral("-plan"));
}

void PlanController::documentReloaded()
{
    m_reloaded = true;
}

void PlanController::documentFileChanged()
{
    const QString key = projectKey();
    if (m_reloaded || m_folder.isEmpty()) {
        // Another estate: its own remembered folder, or none.
        m_reloaded = false;
        m_key = key;
        m_folder = key.isEmpty() ? QString()
                                 : QSettings().value(foldersKey).toMap().value(key).toString();
    } else if (key != m_key) {
        // The same estate saved under a new name keeps its plan folder.
        m_key = key;
        setPlanFolder(m_folder);
        return;
    }
    refreshStatus();
}

void PlanController::setPlanFolder(const QString &folder)
{
    m_folder = QFileInfo(folder).absoluteFilePath();
    m_key = projectKey();
    if (!m_key.isEmpty()) {
        QSettings settings;
        QVariantMap folders = settings.value(foldersKey).toMap();
        folders.insert(m_key, m_folder);
        settings.setValue(foldersKey, folders);
    }
    refreshStatus();
}

namespace {

/// The project as the plan's @p scenario has it; empty when it no longer has that scenario.
std::optional<Estate> asPlanned(const Estate &project, const QString &scenario)
{
    if (scenario.isEmpty())
        return project;
    for (const Scenario &s : project.scenarios)
        if (s.name == scenario)
            return applyScenario(project, s);
    return std::nullopt;
}

} // namespace

PlanStatus PlanController::computeStatus(const QString &folder, const Estate &project)
{
    PlanStatus status;
    status.folder = folder;
    const QString planPath = planJsonIn(folder);
    if (folder.isEmpty() || !QFileInfo(planPath).isFile())
        return status;
    const Expected<QJsonObject> plan = readPlanJson(planPath);
    if (!plan) {
        status.state = PlanStatus::Unreadable;
        status.problem = plan.error().text();
        return status;
    }
    status.planEstateSha256 = plan->value(QStringLiteral("estateSha256")).toString();
    status.scenario = plan->value(QStringLiteral("scenario")).toString();
    const std::optional<Estate> planned = asPlanned(project, status.scenario);
    status.scenarioMissing = !planned;
    status.estateSha256 = planned ? estateSha256(*planned) : QString();
    const VerificationReport report = planner::verifyPlan(planPath, VerifyOptions{});
    status.planSha256 = report.planSha256;
    for (const VerifiedApproval &a : report.approvals) {
        if (!a.valid) {
            ++status.invalidApprovals;
            continue;
        }
        ++status.validApprovals;
        if (!status.signers.contains(a.signer))
            status.signers.append(a.signer);
    }
    status.state = planned && status.planEstateSha256 == status.estateSha256 ? PlanStatus::Matches
                                                                             : PlanStatus::Changed;
    return status;
}

void PlanController::refreshStatus()
{
    m_debounce->stop();
    const int generation = ++m_generation;
    if (m_folder.isEmpty()) {
        showStatus(PlanStatus{});
        return;
    }
    // Hashing a large estate takes a while: a copy goes to a worker. The whole project goes,
    // so that a plan of another scenario than the one shown is checked as its scenario has it.
    const Estate estate = m_document->projectEstate();
    const QString folder = m_folder;
    auto *watcher = new QFutureWatcher<PlanStatus>(this);
    connect(watcher, &QFutureWatcher<PlanStatus>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            showStatus(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run([estate, folder] { return computeStatus(folder, estate); }));
}

void PlanController::showStatus(const PlanStatus &status)
{
    m_status = status;
    const QString name = status.scenario.isEmpty()
                             ? folderName(status.folder)
                             : tr("%1 (scenario %2)").arg(folderName(status.folder), status.scenario);
    QString text;
    QString tip;
    switch (status.state) {
    case PlanStatus::NoPlan:
        break;
    case PlanStatus::Unreadable:
        text = tr("Plan: %1plan.json cannot be read").arg(name);
        tip = status.problem;
        break;
    case PlanStatus::Matches:
        if (status.validApprovals == 0)
            text = tr("Plan: matches %1 (not signed yet)").arg(name);
        else if (status.validApprovals == 1)
            text = tr("Plan: matches %1 (1 valid approval)").arg(name);
        else
            text = tr("Plan: matches %1 (%2 valid approvals)").arg(name).arg(status.validApprovals);
        tip = tr("The open project is the estate the plan in %1 was exported from.")
                  .arg(QDir::toNativeSeparators(status.folder));
        break;
    case PlanStatus::Changed:
        text = status.signers.isEmpty()
                   ? tr("Plan: project changed since %1 was exported").arg(name)
                   : tr("Plan: project changed since %1 was signed by %2")
                         .arg(name, status.signers.join(QStringLiteral(", ")));
        tip = status.scenarioMissing
                  ? tr("The plan in %1 was exported from the scenario %2, which the project no "
                       "longer has.")
                        .arg(QDir::toNativeSeparators(status.folder), status.scenario)
                  : tr("The open project differs from the estate the plan in %1 was exported "
                       "from: export it again to a new folder and have it approved again.")
                        .arg(QDir::toNativeSeparators(status.folder));
        break;
    }
    if (status.invalidApprovals > 0)
        tip += QLatin1Char('\n')
               + tr("Invalid approvals in the folder: %1.").arg(status.invalidApprovals);
    if (!tip.isEmpty())
        tip += QLatin1Char('\n') + tr("Click for details.");
    m_label->setText(text);
    m_label->setToolTip(tip);
    m_label->setStyleSheet(status.state == PlanStatus::Changed
                                   || status.state == PlanStatus::Unreadable
                               ? QStringLiteral("color: #a04a00;")
                               : QString());
    m_label->setVisible(!text.isEmpty());
    Q_EMIT statusUpdated();
}

bool PlanController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_label && event->type() == QEvent::MouseButtonRelease) {
        showDetails();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void PlanController::showDetails()
{
    const PlanStatus status = m_status;
    if (status.state == PlanStatus::NoPlan)
        return;
    QString text = tr("Plan folder: %1").arg(QDir::toNativeSeparators(status.folder));
    if (status.state == PlanStatus::Unreadable) {
        QMessageBox::warning(m_window, tr("Plan"), text + QStringLiteral("\n\n") + status.problem);
        return;
    }
    text += QLatin1Char('\n')
            + (status.signers.isEmpty() ? tr("Not signed yet.")
                                        : tr("Signed by %1 (valid approvals: %2).")
                                              .arg(status.signers.join(QStringLiteral(", ")))
                                              .arg(status.validApprovals));
    if (status.invalidApprovals > 0)
        text += QLatin1Char(' ')
                + tr("Invalid approvals: %1; Verify Plan says why.").arg(status.invalidApprovals);
    if (status.state == PlanStatus::Matches) {
        QMessageBox::information(m_window, tr("Plan"),
                                 text + QStringLiteral("\n\n")
                                     + tr("The open project matches the exported plan."));
        return;
    }
    // What changed: the plan of the estate as it is now (in the plan's scenario) against
    // plan.json, in a worker.
    const std::optional<Estate> planned = asPlanned(m_document->projectEstate(), status.scenario);
    if (!planned) {
        QMessageBox::information(m_window, tr("Plan"), text);
        return;
    }
    const Estate estate = *planned;
    const QString scenario = status.scenario;
    const QString planPath = planJsonIn(status.folder);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher, text] {
        watcher->deleteLater();
        QApplication::restoreOverrideCursor();
        const QStringList changes = watcher->result();
        QMessageBox box(QMessageBox::Information, tr("Plan"), text, QMessageBox::Ok, m_window);
        if (changes.isEmpty()) {
            box.setInformativeText(tr("The project changed since the plan was exported, but "
                                      "not in anything the plan shows (names, notes, "
                                      "details). Its estate SHA-256 differs all the same."));
        } else {
            box.setInformativeText(
                tr("The project changed since the plan was exported. Differences in the "
                   "plan: %1; the first:")
                    .arg(changes.size())
                + QStringLiteral("\n• ") + changes.mid(0, 8).join(QStringLiteral("\n• ")));
            box.setDetailedText(changes.join(QLatin1Char('\n')));
        }
        box.exec();
    });
    watcher->setFuture(QtConcurrent::run([estate, scenario, planPath] {
        QStringList lines;
        const Expected<QJsonObject> old = readPlanJson(planPath);
        if (!old)
            return QStringList{old.error().text()};
        for (const PlanChange &change : diffPlans(*old, buildPlanDocument(estate, scenario).json))
            lines << change.text;
        return lines;
    }));
}

void PlanController::exportPlan()
{
    ExportPlanDialog dialog(m_document->estate(), m_folder.isEmpty() ? suggestedFolder() : m_folder,
                            m_window);
    dialog.setScenario(m_document->scenario());
    // The save the window's project is at; edits since then are said to be unsaved.
    if (!m_document->isUntitled()) {
        std::optional<HistoryPosition> position = historyPositionOf(m_document->filePath());
        if (position)
            position->unsavedChanges = m_document->isModified();
        dialog.setHistory(position);
    }
    connect(&dialog, &ExportPlanDialog::exported, this, [this](const QString &folder) {
        setPlanFolder(folder);
        Q_EMIT message(tr("Plan exported to %1").arg(QDir::toNativeSeparators(folder)));
    });
    dialog.exec();
}

void PlanController::signPlan()
{
    SignPlanDialog dialog(planJsonPath(), m_window);
    connect(&dialog, &SignPlanDialog::signedPlan, this,
            [this](const QString &plan, const QString &id) {
                refreshStatus();
                Q_EMIT message(
                    tr("Approval %1 added to %2").arg(id, QDir::toNativeSeparators(plan)));
            });
    dialog.exec();
}

void PlanController::verifyPlan()
{
    VerifyPlanDialog dialog(planJsonPath(), m_window);
    connect(&dialog, &VerifyPlanDialog::verified, this, [this](const QString &plan) {
        if (QFileInfo(plan).isFile())
            setPlanFolder(QFileInfo(plan).absolutePath());
    });
    dialog.exec();
}

} // namespace planner
