// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The small estate of GraphEstate.h in a graph scene, for the graph view's tests.

#include "GraphEstate.h"
#include "graph/GraphScene.h"
#include "inventory/EstateStore.h"
#include "itemmodels/ComponentSelection.h"

#include <QUndoStack>

namespace planner::graphtest {

/// The small estate in a graph scene with an undo stack and a shared selection, laid out.
struct SceneFixture
{
    EstateStore store;
    QUndoStack stack;
    ComponentSelection selection;
    GraphScene scene{&store, &stack, &selection};

    SceneFixture()
    {
        store.reset(smallEstate());
        scene.waitForLayout();
    }
    NodeItem *node(const char *id) const { return scene.nodeItem(QString::fromLatin1(id)); }
};

} // namespace planner::graphtest
