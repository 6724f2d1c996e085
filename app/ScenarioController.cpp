// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioController.h"
#include "panels/ActionIcons.h"

#include "Document.h"
#include "changes/ScenarioCompareDialog.h"
#include "inventory/EstateStore.h"
#include "inventory/Scenario.h"

#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>
#include <QUndoCommand>
#include <QUndoStack>

namespace planner {

namespace {

// One scenario step: the document's whole scenario state before and after.
class ScenarioCommand : public QUndoCommand
{
public:
    ScenarioCommand(Document *document, Document::ScenarioState after, const QString &text)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(document->scenarioState())
        , m_after(std::move(after))
    {
    }
    void redo() override { m_document->setScenarioState(m_after); }
    void undo() override { m_document->setScenarioState(m_before); }

private:
    Document *m_document;
    Document::ScenarioState m_before;
    Document::ScenarioState m_after;
};

bool isBaseline(const QString &name)
{
    return name.isEmpty() || name.compare(baselineScenarioName(), Qt::CaseInsensitive) == 0;
}

} // namespace

ScenarioController::ScenarioController(Document *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_switcher(new QComboBox(window))
    , m_new(new QAction(tr("&New Scenario…"), this))
    , m_rename(new QAction(tr("&Rename Scenario…"), this))
    , m_remove(new QAction(tr("&Delete Scenario"), this))
    , m_compare(new QAction(tr("&Compare Scenarios…"), this))
{
    m_switcher->setObjectName(QStringLiteral("scenarioSwitcher"));
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_switcher->setMinimumContentsLength(14);
    m_switcher->setToolTip(tr("The scenario shown and edited: the baseline (the project itself) "
                              "or a variant with its own targets, windows, durations, pins, "
                              "waivers and staff"));
    m_new->setStatusTip(tr("A variant of the plan, starting as a copy of what is shown now"));
    m_rename->setStatusTip(tr("Rename the current scenario"));
    m_remove->setStatusTip(tr("Delete the current scenario; the baseline is shown again"));
    m_compare->setStatusTip(tr("Scenarios side by side: finish, windows, downtime, risk, "
                               "conflicts, readiness and the steps that moved"));
    m_compare->setIcon(actionIcon(ActionIcon::CompareScenarios));
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_new, &QAction::triggered, this, &ScenarioController::askNew);
    connect(m_rename, &QAction::triggered, this, &ScenarioController::askRename);
    connect(m_remove, &QAction::triggered, this, &ScenarioController::askRemove);
    connect(m_compare, &QAction::triggered, this, [this] { compare(); });
    connect(m_switcher, &QComboBox::activated, this, [this](int index) {
        if (!m_refreshing)
            switchTo(m_switcher->itemData(index).toString());
    });
    connect(m_document, &Document::scenarioChanged, this, &ScenarioController::refresh);
    connect(m_document->store(), &EstateStore::wasReset, this, &ScenarioController::refresh);
    refresh();
}

void ScenarioController::populateMenu(QMenu *menu)
{
    menu->addAction(m_new);
    menu->addAction(m_rename);
    menu->addAction(m_remove);
    menu->addSeparator();
    menu->addAction(m_compare);
}

void ScenarioController::populateToolBar(QToolBar *toolBar)
{
    auto *label = new QLabel(tr("Scenario:"), toolBar);
    label->setContentsMargins(6, 0, 4, 0);
    label->setBuddy(m_switcher);
    toolBar->addWidget(label);
    toolBar->addWidget(m_switcher);
    toolBar->addAction(m_compare);
}

void ScenarioController::refresh()
{
    m_refreshing = true;
    m_switcher->clear();
    m_switcher->addItem(tr("Baseline"), QString());
    m_switcher->setItemData(0, tr("The project itself"), Qt::ToolTipRole);
    for (const Scenario &s : m_document->estate().scenarios) {
        m_switcher->addItem(s.name, s.name);
        if (!s.description.isEmpty())
            m_switcher->setItemData(m_switcher->count() - 1, s.description, Qt::ToolTipRole);
    }
    const int current = m_switcher->findData(m_document->scenario());
    m_switcher->setCurrentIndex(current < 0 ? 0 : current);
    const bool variant = !m_document->scenario().isEmpty();
    m_rename->setEnabled(variant);
    m_remove->setEnabled(variant);
    m_compare->setEnabled(!m_document->estate().scenarios.isEmpty());
    m_refreshing = false;
}

void ScenarioController::push(const Estate &project, const QString &scenario, const QString &text)
{
    Document::ScenarioState after;
    after.baseline = project;
    after.scenario = scenario;
    if (scenario.isEmpty()) {
        after.working = project;
    } else {
        after.working = applyScenario(project, *findScenario(project, scenario));
        after.working.scenarios = project.scenarios;
    }
    m_document->undoStack()->push(new ScenarioCommand(m_document, std::move(after), text));
}

bool ScenarioController::switchTo(const QString &name)
{
    const QString target = isBaseline(name) ? QString() : name;
    if (target == m_document->scenario())
        return false;
    const Estate project = m_document->projectEstate();
    if (!target.isEmpty() && !findScenario(project, target))
        return false;
    push(project, target,
         target.isEmpty() ? tr("Show the baseline") : tr("Show scenario %1").arg(target));
    Q_EMIT message(target.isEmpty()
                       ? tr("Showing the baseline; edits change the project itself")
                       : tr("Showing scenario %1; edits go to this scenario").arg(target));
    return true;
}

bool ScenarioController::create(const QString &name, const QString &description, QString *problem)
{
    Estate project = m_document->projectEstate();
    const QString why = scenarioNameProblem(name.trimmed(), project.scenarios);
    if (!why.isEmpty()) {
        if (problem)
            *problem = why;
        return false;
    }
    // A copy of what is shown: the current scenario's changes, or none for the baseline.
    Scenario scenario;
    if (const Scenario *current = findScenario(project, m_document->scenario()))
        scenario = *current;
    scenario.name = name.trimmed();
    scenario.description = description.trimmed();
    project.scenarios.append(scenario);
    push(project, scenario.name, tr("New scenario %1").arg(scenario.name));
    Q_EMIT message(tr("Scenario %1 created; edits now go to it").arg(scenario.name));
    return true;
}

bool ScenarioController::rename(const QString &from, const QString &to, QString *problem)
{
    Estate project = m_document->projectEstate();
    QList<Scenario> others;
    for (const Scenario &s : std::as_const(project.scenarios))
        if (s.name != from)
            others.append(s);
    const QString why = scenarioNameProblem(to.trimmed(), others);
    if (!why.isEmpty() || others.size() == project.scenarios.size()) {
        if (problem)
            *problem = why.isEmpty() ? tr("no scenario is called %1").arg(from) : why;
        return false;
    }
    for (Scenario &s : project.scenarios)
        if (s.name == from)
            s.name = to.trimmed();
    const QString current = m_document->scenario() == from ? to.trimmed() : m_document->scenario();
    push(project, current, tr("Rename scenario %1 to %2").arg(from, to.trimmed()));
    return true;
}

bool ScenarioController::remove(const QString &name)
{
    Estate project = m_document->projectEstate();
    const qsizetype before = project.scenarios.size();
    project.scenarios.removeIf([&](const Scenario &s) { return s.name == name; });
    if (project.scenarios.size() == before)
        return false;
    const QString current = m_document->scenario() == name ? QString() : m_document->scenario();
    push(project, current, tr("Delete scenario %1").arg(name));
    Q_EMIT message(tr("Scenario %1 deleted (Undo brings it back)").arg(name));
    return true;
}

void ScenarioController::askNew()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        m_window, tr("New Scenario"),
        m_document->scenario().isEmpty()
            ? tr("Name of the new scenario (it starts as a copy of the baseline):")
            : tr("Name of the new scenario (it starts as a copy of %1):").arg(m_document->scenario()),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    QString problem;
    if (!create(name, QString(), &problem))
        QMessageBox::warning(m_window, tr("New Scenario"),
                             tr("Cannot create the scenario: %1").arg(problem));
}

void ScenarioController::askRename()
{
    const QString from = m_document->scenario();
    if (from.isEmpty())
        return;
    bool ok = false;
    const QString to = QInputDialog::getText(m_window, tr("Rename Scenario"),
                                             tr("New name for %1:").arg(from), QLineEdit::Normal,
                                             from, &ok);
    if (!ok || to.trimmed() == from)
        return;
    QString problem;
    if (!rename(from, to, &problem))
        QMessageBox::warning(m_window, tr("Rename Scenario"),
                             tr("Cannot rename the scenario: %1").arg(problem));
}

void ScenarioController::askRemove()
{
    const QString name = m_document->scenario();
    if (!name.isEmpty())
        remove(name);
}

void ScenarioController::compare(const QStringList &names)
{
    const Estate project = m_document->projectEstate();
    QStringList chosen = names;
    if (chosen.isEmpty()) {
        chosen << baselineScenarioName();
        for (const Scenario &s : project.scenarios)
            chosen << s.name;
    }
    auto *dialog = new ScenarioCompareDialog(project, chosen, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Always current: every edit (and undo) compares again, in the dialog's worker.
    const auto update = [this, dialog] { dialog->setProject(m_document->projectEstate()); };
    connect(m_document->store(), &EstateStore::changed, dialog, update);
    connect(m_document->store(), &EstateStore::wasReset, dialog, update);
    m_lastCompare = dialog;
    dialog->show();
}

} // namespace planner
