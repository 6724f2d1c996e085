// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changes/ScenarioCompareDialog.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QComboBox;
class QMenu;
class QToolBar;
class QWidget;

namespace planner {

class Document;
class Estate;

/// Scenarios in the workbench (issue 17): the Scenario menu and the switcher in the tool bar.
/// The baseline and each variant are shown and edited in place: switching makes the estate
/// every view shows the scenario's (Document::setScenarioState), and edits then go to that
/// scenario. Switching, creating, renaming and deleting are undoable steps on the document's
/// one stack, each keeping the whole before and after state, so that undoing an edit made in a
/// scenario always finds that scenario current. Compare Scenarios opens the comparison.
class ScenarioController : public QObject
{
    Q_OBJECT
public:
    /// @p window parents the dialogs.
    ScenarioController(Document *document, QWidget *window);

    /// Fills the Scenario menu.
    void populateMenu(QMenu *menu);
    /// Adds "Scenario:" and the switcher to @p toolBar.
    void populateToolBar(QToolBar *toolBar);

    QComboBox *switcher() const { return m_switcher; }
    QAction *newAction() const { return m_new; }
    QAction *compareAction() const { return m_compare; }

    /// Makes @p name current (empty or "baseline": the baseline); false when it is already
    /// current or no scenario has that name.
    bool switchTo(const QString &name);
    /// Adds scenario @p name, starting as a copy of what is shown now, and makes it current;
    /// false (with @p problem set) when the name cannot be used.
    bool create(const QString &name, const QString &description, QString *problem = nullptr);
    bool rename(const QString &from, const QString &to, QString *problem = nullptr);
    /// Deletes scenario @p name; the baseline becomes current when it was.
    bool remove(const QString &name);
    /// Opens the comparison of @p names (empty: the baseline and every scenario).
    void compare(const QStringList &names = {});
    /// The comparison window opened last, while it is open.
    ScenarioCompareDialog *compareDialog() const { return m_lastCompare; }

Q_SIGNALS:
    void message(const QString &text);

private:
    void refresh();
    void askNew();
    void askRename();
    void askRemove();
    /// Pushes the step from the state now to the project @p project shown as @p scenario.
    void push(const Estate &project, const QString &scenario, const QString &text);

    Document *m_document;
    QWidget *m_window;
    QComboBox *m_switcher;
    QAction *m_new;
    QAction *m_rename;
    QAction *m_remove;
    QAction *m_compare;
    bool m_refreshing = false;
    QPointer<ScenarioCompareDialog> m_lastCompare;
};

} // namespace planner
