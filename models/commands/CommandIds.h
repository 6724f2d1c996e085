// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace planner {

/// QUndoCommand::id() values of the commands that merge; unique across the project.
enum class CommandId {
    EditComponent = 1001,
    EditDependency = 1002,
    MoveNodes = 1101, ///< MoveNodesCommand: a drag of hand-placed nodes
};

} // namespace planner
