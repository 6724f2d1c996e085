// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace planner {

class Document;
struct ProjectInfo;

/// File > Project Properties: edits the project's name, purpose, reason, urgency, start date,
/// time zone and decision minutes in a dialog, as one undoable edit on the document's stack.
/// Like any edit it changes the store, so the analysis runs again.
class ProjectController : public QObject
{
    Q_OBJECT
public:
    /// @p window parents the dialog.
    ProjectController(Document *document, QWidget *window);

    /// Inserts the action into @p menu before @p before, followed by a separator.
    void populateMenu(QMenu *menu, QAction *before);
    QAction *propertiesAction() const { return m_properties; }

    /// Opens the dialog and applies what it returns; false when cancelled or unchanged.
    bool editProperties();
    /// Makes @p project the document's project information (one command); false, pushing
    /// nothing, when it is the same as now.
    bool apply(const ProjectInfo &project);

Q_SIGNALS:
    /// Something for the status bar.
    void message(const QString &text);

private:
    Document *m_document;
    QWidget *m_window;
    QAction *m_properties;
};

} // namespace planner
