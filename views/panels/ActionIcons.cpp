// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionIcons.h"

#include <QHash>

namespace planner {

namespace {

// Names after the freedesktop icon naming specification where it has one.
const char *fileName(ActionIcon which)
{
    switch (which) {
    case ActionIcon::Open:
        return "document-open";
    case ActionIcon::Save:
        return "document-save";
    case ActionIcon::Undo:
        return "edit-undo";
    case ActionIcon::Redo:
        return "edit-redo";
    case ActionIcon::AddComponent:
        return "component-add";
    case ActionIcon::RemoveComponents:
        return "component-remove";
    case ActionIcon::AddDependency:
        return "dependency-add";
    case ActionIcon::ZoomFit:
        return "zoom-fit";
    case ActionIcon::ZoomIn:
        return "zoom-in";
    case ActionIcon::ZoomOut:
        return "zoom-out";
    case ActionIcon::CompareScenarios:
        return "scenario-compare";
    case ActionIcon::Export:
        return "document-export";
    }
    return "";
}

} // namespace

QString actionIconPath(ActionIcon which)
{
    return QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(fileName(which)));
}

QIcon actionIcon(ActionIcon which)
{
    // One QIcon per icon: its engine caches the pixmaps it drew at each size.
    static QHash<int, QIcon> icons;
    auto found = icons.find(int(which));
    if (found == icons.end())
        found = icons.insert(int(which), QIcon(actionIconPath(which)));
    return *found;
}

QList<ActionIcon> allActionIcons()
{
    QList<ActionIcon> all;
    for (int i = 0; i <= int(ActionIcon::Export); ++i)
        all.append(ActionIcon(i));
    return all;
}

} // namespace planner
