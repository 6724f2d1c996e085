// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace planner {

/// The workbench's own icons for its actions: SVG files under resources/icons, built into
/// planner_views, so that they are sharp at every scale (Qt's SVG icon engine draws them at the
/// size asked, on high-DPI screens too) and look the same on every desktop. The theme's icon
/// of the freedesktop name, when the desktop has one, is not used: a toolbar half of the
/// theme and half of ours would look patched.
enum class ActionIcon {
    Open,
    Save,
    Undo,
    Redo,
    AddComponent,
    RemoveComponents,
    AddDependency,
    ZoomFit,
    ZoomIn,
    ZoomOut,
    CompareScenarios,
    Export,
};

/// The icon of @p which; never a null icon (a missing file would be a build error, see
/// tst_actionicons).
QIcon actionIcon(ActionIcon which);

/// The resource path of @p which's SVG, ":/icons/actions/NAME.svg".
QString actionIconPath(ActionIcon which);

/// Every icon, for tests and the screenshots.
QList<ActionIcon> allActionIcons();

} // namespace planner
