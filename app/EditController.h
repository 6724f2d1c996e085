// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace planner {

class DependenciesPanel;
class Document;

/// The Edit menu: undo and redo (named after the command they undo), add and remove
/// components, add and remove dependencies. Every action pushes a command on the document's
/// undo stack; the selection comes from the document's shared ComponentSelection.
///
/// Undo and Redo are the document's wherever the focus is: Ctrl+Z in a text field undoes the
/// field's own typing only while it holds text not yet taken into the document; otherwise the
/// key goes to the document's undo stack (a QLineEdit would otherwise take the key and do
/// nothing).
class EditController : public QObject
{
    Q_OBJECT
public:
    EditController(Document *document, DependenciesPanel *dependencies, QWidget *window);

    void populateMenu(QMenu *menu);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    /// Undo and Redo for the toolbar: short fixed labels, so the toolbar does not shift as
    /// the command text changes; the command is in their tooltips (and in the Edit menu).
    QAction *toolBarUndoAction() const { return m_toolBarUndo; }
    QAction *toolBarRedoAction() const { return m_toolBarRedo; }
    QAction *addComponentAction() const { return m_addComponent; }
    QAction *removeComponentsAction() const { return m_removeComponents; }
    QAction *addDependencyAction() const { return m_addDependency; }
    QAction *removeDependenciesAction() const { return m_removeDependencies; }

    /// Adds a new component with a fresh id at @p site and selects it; returns its id.
    QString addComponent(const QString &site);
    /// Removes the selected components and the dependencies that touch them.
    void removeSelectedComponents();
    /// Asks for a dependency in a dialog and adds it.
    void addDependency();
    void removeSelectedDependencies();

Q_SIGNALS:
    /// A component was added and should be shown for editing.
    void componentAdded(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateActions();
    void updateToolBarUndo();
    QString freshId() const;

    Document *m_document;
    DependenciesPanel *m_dependencies;
    QWidget *m_window;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_toolBarUndo;
    QAction *m_toolBarRedo;
    QAction *m_addComponent;
    QAction *m_removeComponents;
    QAction *m_addDependency;
    QAction *m_removeDependencies;
};

} // namespace planner
