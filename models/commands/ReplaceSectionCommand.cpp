// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplaceSectionCommand.h"

namespace planner {

using Section = EstateStore::Section;

#define UPLAN_SECTION_COMMAND(Type, member, setter, section) \
    ReplaceSectionCommand::ReplaceSectionCommand(EstateStore *store, Type value, \
                                                 QUndoCommand *parent) \
        : QUndoCommand(parent) \
        , m_store(store) \
        , m_section(Section::section) \
    { \
        hold<Type>(&Estate::member, &EstateStore::setter, std::move(value)); \
        describe(); \
    }

using PositionMap = QMap<QString, QPoint>;
UPLAN_SECTION_COMMAND(ProjectInfo, project, setProject, Project)
UPLAN_SECTION_COMMAND(QList<Site>, sites, setSites, Sites)
UPLAN_SECTION_COMMAND(QList<CatalogEntry>, catalog, setCatalog, Catalog)
UPLAN_SECTION_COMMAND(QList<MaintenanceWindow>, windows, setWindows, Windows)
UPLAN_SECTION_COMMAND(QList<Freeze>, freezes, setFreezes, Freezes)
UPLAN_SECTION_COMMAND(QList<BusinessProcess>, processes, setProcesses, Processes)
UPLAN_SECTION_COMMAND(QList<StaffMember>, staff, setStaff, Staff)
UPLAN_SECTION_COMMAND(QList<Waiver>, waivers, setWaivers, Waivers)
UPLAN_SECTION_COMMAND(QList<OrderPin>, pins, setPins, Pins)
UPLAN_SECTION_COMMAND(PositionMap, manualPositions, setManualPositions, Positions)
UPLAN_SECTION_COMMAND(ChangeRecords, records, setRecords, Records)

#undef UPLAN_SECTION_COMMAND

void ReplaceSectionCommand::redo()
{
    m_redo();
}

void ReplaceSectionCommand::undo()
{
    m_undo();
}

void ReplaceSectionCommand::describe()
{
    switch (m_section) {
    case Section::Project:
        setText(tr("Edit project information"));
        break;
    case Section::Sites:
        setText(tr("Edit sites"));
        break;
    case Section::Catalog:
        setText(tr("Edit product catalog"));
        break;
    case Section::Windows:
        setText(tr("Edit maintenance windows"));
        break;
    case Section::Freezes:
        setText(tr("Edit change freezes"));
        break;
    case Section::Processes:
        setText(tr("Edit business processes"));
        break;
    case Section::Staff:
        setText(tr("Edit staff"));
        break;
    case Section::Waivers:
        setText(tr("Edit waivers"));
        break;
    case Section::Pins:
        setText(tr("Edit order pins"));
        break;
    case Section::Positions:
        setText(tr("Move nodes"));
        break;
    case Section::Records:
        setText(tr("Edit change records"));
        break;
    }
}

} // namespace planner
