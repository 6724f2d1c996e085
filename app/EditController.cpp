// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditController.h"
#include "panels/ActionIcons.h"

#include "Document.h"
#include "commands/AddComponentCommand.h"
#include "commands/AddDependencyCommand.h"
#include "commands/RemoveComponentsCommand.h"
#include "commands/RemoveDependenciesCommand.h"
#include "inventory/EstateStore.h"
#include "itemmodels/ComponentSelection.h"
#include "panels/AddDependencyDialog.h"
#include "panels/DependenciesPanel.h"
#include "panels/DependencyDelegate.h"
#include "panels/Preferences.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QToolBar>
#include <QUndoStack>
#include <QWidget>

namespace planner {

EditController::EditController(Document *document, DependenciesPanel *dependencies, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_dependencies(dependencies)
    , m_window(window)
    , m_undo(document->undoStack()->createUndoAction(this, tr("&Undo")))
    , m_redo(document->undoStack()->createRedoAction(this, tr("&Redo")))
    , m_toolBarUndo(new QAction(tr("Undo"), this))
    , m_toolBarRedo(new QAction(tr("Redo"), this))
    , m_addComponent(new QAction(tr("&Add Component"), this))
    , m_removeComponents(new QAction(tr("Re&move Components"), this))
    , m_addDependency(new QAction(tr("Add &Dependency..."), this))
    , m_removeDependencies(new QAction(tr("Remove Dependencies"), this))
{
    // Every binding of the platform (Ctrl+Y and Ctrl+Shift+Z for redo), as fields know them.
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo->setShortcuts(QKeySequence::Redo);
    m_undo->setIcon(actionIcon(ActionIcon::Undo));
    m_redo->setIcon(actionIcon(ActionIcon::Redo));
    m_toolBarUndo->setIcon(actionIcon(ActionIcon::Undo));
    m_toolBarRedo->setIcon(actionIcon(ActionIcon::Redo));
    m_addComponent->setIcon(actionIcon(ActionIcon::AddComponent));
    m_removeComponents->setIcon(actionIcon(ActionIcon::RemoveComponents));
    m_addDependency->setIcon(actionIcon(ActionIcon::AddDependency));
    m_addComponent->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_removeComponents->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_addDependency->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_addComponent->setStatusTip(tr("Add a component to the inventory"));
    m_removeComponents->setStatusTip(
        tr("Remove the selected components and the dependencies that touch them"));
    m_addDependency->setStatusTip(tr("Say that one component needs another"));

    QUndoStack *stack = m_document->undoStack();
    connect(m_toolBarUndo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_toolBarRedo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::indexChanged, this, &EditController::updateToolBarUndo);
    connect(stack, &QUndoStack::undoTextChanged, this, &EditController::updateToolBarUndo);
    connect(stack, &QUndoStack::redoTextChanged, this, &EditController::updateToolBarUndo);
    updateToolBarUndo();
    // Text a field has handed to the document is no longer the field's to undo.
    connect(m_document->store(), &EstateStore::changed, this, [this] {
        for (QLineEdit *edit : m_window->findChildren<QLineEdit *>())
            edit->setModified(false);
    });
    qApp->installEventFilter(this);

    connect(m_addComponent, &QAction::triggered, this, [this] {
        // Next to the selected component: same site.
        const Component *selected = m_document->estate().find(m_document->selection()->current());
        addComponent(selected ? selected->site : QString());
    });
    connect(m_removeComponents, &QAction::triggered, this,
            &EditController::removeSelectedComponents);
    connect(m_addDependency, &QAction::triggered, this, &EditController::addDependency);
    connect(m_removeDependencies, &QAction::triggered, this,
            &EditController::removeSelectedDependencies);

    m_dependencies->toolBar()->addAction(m_addDependency);
    m_dependencies->toolBar()->addAction(m_removeDependencies);
    connect(m_document->selection(), &ComponentSelection::selectionChanged, this,
            &EditController::updateActions);
    connect(m_dependencies, &DependenciesPanel::selectedRowsChanged, this,
            &EditController::updateActions);
    connect(m_document->store(), &EstateStore::changed, this, &EditController::updateActions);
    updateActions();
}

void EditController::populateMenu(QMenu *menu)
{
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();
    menu->addAction(m_addComponent);
    menu->addAction(m_removeComponents);
    menu->addSeparator();
    menu->addAction(m_addDependency);
    menu->addAction(m_removeDependencies);
}

void EditController::updateToolBarUndo()
{
    const QUndoStack *stack = m_document->undoStack();
    m_toolBarUndo->setEnabled(stack->canUndo());
    m_toolBarRedo->setEnabled(stack->canRedo());
    const QString shortcut = QStringLiteral(" (%1)");
    m_toolBarUndo->setToolTip(
        (stack->canUndo() ? tr("Undo %1").arg(stack->undoText()) : tr("Nothing to undo"))
        + shortcut.arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    m_toolBarRedo->setToolTip(
        (stack->canRedo() ? tr("Redo %1").arg(stack->redoText()) : tr("Nothing to redo"))
        + shortcut.arg(QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText)));
}

bool EditController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    if (!undo && !key->matches(QKeySequence::Redo))
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false; // a dialog's fields keep their own undo
    // The field itself, or the line edit inside a spin box or an editable combo box.
    auto *edit = qobject_cast<QLineEdit *>(widget);
    if (!edit)
        edit = widget->findChild<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
    if (edit && edit->isModified() && (undo ? edit->isUndoAvailable() : edit->isRedoAvailable()))
        return false; // typing not yet in the document: the field undoes it
    // Not accepted, so the shortcut of the Edit menu's action runs.
    event->ignore();
    return true;
}

void EditController::updateActions()
{
    const Estate &estate = m_document->estate();
    int selected = 0;
    for (const QString &id : m_document->selection()->selectedIds())
        selected += estate.indexOf(id) >= 0 ? 1 : 0;
    // Only components the user picked are offered for removal: two components selected by
    // clicking a conflict are not a request to delete both.
    const bool picked = m_document->selection()->isPicked();
    m_removeComponents->setEnabled(selected > 0 && picked);
    if (picked || selected == 0) {
        m_removeComponents->setText(selected > 1 ? tr("Re&move %1 Components").arg(selected)
                                                 : tr("Re&move Component"));
        m_removeComponents->setToolTip(m_removeComponents->statusTip());
    } else {
        m_removeComponents->setText(tr("Re&move Components"));
        m_removeComponents->setToolTip(
            tr("The components were selected through a conflict or the plan: select them "
               "in the inventory or the graph to remove them"));
    }
    m_addDependency->setEnabled(estate.componentCount() >= 2);
    m_removeDependencies->setEnabled(!m_dependencies->selectedRows().isEmpty());
}

QString EditController::freshId() const
{
    const Estate &estate = m_document->estate();
    const QString base = QStringLiteral("new-component");
    QString id = base;
    for (int n = 2; estate.indexOf(id) >= 0; ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

QString EditController::addComponent(const QString &site)
{
    Component c;
    c.id = freshId();
    c.name = tr("New component");
    c.kind = ComponentKind::Other;
    c.durations = Preferences::load().durationsFor(c.kind);
    c.version = *Version::parse(u"1.0"); // a version is required; the user edits it next
    c.site = site.isEmpty() && !m_document->estate().sites.isEmpty()
                 ? m_document->estate().sites.constFirst().id
                 : site;
    m_document->undoStack()->push(new AddComponentCommand(m_document->store(), c));
    m_document->selection()->setSelection({c.id});
    Q_EMIT componentAdded(c.id);
    return c.id;
}

void EditController::removeSelectedComponents()
{
    const QStringList ids = m_document->selection()->selectedIds();
    if (ids.isEmpty() || !m_document->selection()->isPicked())
        return;
    m_document->undoStack()->push(new RemoveComponentsCommand(m_document->store(), ids));
    m_document->selection()->clear();
}

void EditController::addDependency()
{
    AddDependencyDialog dialog(m_document->estate(),
                               DependencyDelegate::knownTypes(m_document->store()),
                               m_document->selection()->current(), m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.problem().isEmpty())
        return;
    m_document->undoStack()->push(
        new AddDependencyCommand(m_document->store(), dialog.dependency()));
}

void EditController::removeSelectedDependencies()
{
    const QList<int> rows = m_dependencies->selectedRows();
    if (!rows.isEmpty())
        m_document->undoStack()->push(new RemoveDependenciesCommand(m_document->store(), rows));
}

} // namespace planner
