// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectController.h"

#include "Document.h"
#include "commands/ReplaceSectionCommand.h"
#include "inventory/EstateStore.h"
#include "panels/ProjectPropertiesDialog.h"

#include <QAction>
#include <QMenu>
#include <QUndoStack>
#include <QWidget>

namespace planner {

ProjectController::ProjectController(Document *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_properties(new QAction(tr("Project &Properties…"), this))
{
    m_properties->setStatusTip(
        tr("Name, purpose, reason, urgency, start date, time zone and decision time"));
    connect(m_properties, &QAction::triggered, this, &ProjectController::editProperties);
}

void ProjectController::populateMenu(QMenu *menu, QAction *before)
{
    menu->insertAction(before, m_properties);
    menu->insertSeparator(before);
}

bool ProjectController::editProperties()
{
    ProjectPropertiesDialog dialog(m_document->estate().project, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.problem().isEmpty())
        return false;
    return apply(dialog.project());
}

bool ProjectController::apply(const ProjectInfo &project)
{
    if (project == m_document->estate().project)
        return false;
    m_document->undoStack()->push(new ReplaceSectionCommand(m_document->store(), project));
    Q_EMIT message(tr("Project properties changed"));
    return true;
}

} // namespace planner
