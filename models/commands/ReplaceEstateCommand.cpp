// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplaceEstateCommand.h"

namespace planner {

ReplaceEstateCommand::ReplaceEstateCommand(EstateStore *store, Estate after, const QString &text,
                                           QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_store(store)
    , m_before(store->estate())
    , m_after(std::move(after))
{
}

void ReplaceEstateCommand::redo()
{
    m_store->reset(m_after);
}

void ReplaceEstateCommand::undo()
{
    m_store->reset(m_before);
}

} // namespace planner
