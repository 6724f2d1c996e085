// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComponentTableModel.h"

#include "commands/EditComponentCommand.h"
#include "inventory/EstateStore.h"

#include <QColor>
#include <QUndoStack>

namespace planner {

ComponentTableModel::ComponentTableModel(EstateStore *store, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_undoStack(undoStack)
{
    connectStore();
}

void ComponentTableModel::connectStore()
{
    connect(m_store, &EstateStore::aboutToReset, this, &ComponentTableModel::beginResetModel);
    connect(m_store, &EstateStore::wasReset, this, &ComponentTableModel::endResetModel);
    connect(m_store, &EstateStore::componentAboutToBeInserted, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(m_store, &EstateStore::componentInserted, this, &ComponentTableModel::endInsertRows);
    connect(m_store, &EstateStore::componentAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(m_store, &EstateStore::componentRemoved, this, &ComponentTableModel::endRemoveRows);
    connect(m_store, &EstateStore::componentChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    connect(m_store, &EstateStore::sectionChanged, this, [this](EstateStore::Section section) {
        // Site names appear in tooltips.
        if (section == EstateStore::Section::Sites && rowCount() > 0)
            Q_EMIT dataChanged(index(0, Site), index(rowCount() - 1, Site));
    });
}

const Component *ComponentTableModel::componentAt(int row) const
{
    const Estate &estate = m_store->estate();
    return row >= 0 && row < estate.componentCount() ? &estate.component(row) : nullptr;
}

int ComponentTableModel::rowOf(const QString &id) const
{
    return m_store->estate().indexOf(id);
}

int ComponentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store->estate().componentCount();
}

int ComponentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComponentTableModel::data(const QModelIndex &index, int role) const
{
    const Component *c = index.isValid() ? componentAt(index.row()) : nullptr;
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*c, index.column());
    case Qt::EditRole:
        return editData(*c, index.column());
    case ComponentIdRole:
        return c->id;
    case KindNameRole:
        return kindName(c->kind);
    case SiteIdRole:
        return c->site;
    case ConflictLevelRole:
        return m_badges.value(c->id).level;
    case Qt::DecorationRole:
        if (index.column() == Id) {
            switch (m_badges.value(c->id).level) {
            case 2:
                return QColor(0xd3, 0x2f, 0x2f);
            case 1:
                return QColor(0xf5, 0x9e, 0x0b);
            default:
                return {};
            }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Id) {
            const QStringList &messages = m_badges.value(c->id).messages;
            if (messages.isEmpty())
                return {};
            QStringList shown = messages.mid(0, 8);
            if (messages.size() > shown.size())
                shown << tr("… and %1 more").arg(messages.size() - shown.size());
            return shown.join(QLatin1Char('\n'));
        }
        if (index.column() == Site) {
            for (const planner::Site &site : m_store->estate().sites)
                if (site.id == c->site)
                    return site.name;
            return c->site.isEmpty() ? QVariant() : tr("Unknown site “%1”").arg(c->site);
        }
        if (index.column() == Target && c->hasUpgrade())
            return tr("Upgrade from %1 to %2").arg(c->version.text(), c->target->text());
        return {};
    default:
        return {};
    }
}

void ComponentTableModel::setConflictBadges(QHash<QString, ConflictBadge> badges)
{
    m_badges = std::move(badges);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Id), index(rowCount() - 1, Id),
                           {Qt::DecorationRole, Qt::ToolTipRole, ConflictLevelRole});
}

QVariant ComponentTableModel::displayData(const Component &c, int column) const
{
    switch (Column(column)) {
    case Kind:
        return kindLabel(c.kind);
    case Criticality:
        return criticalityLabel(c.criticality);
    default:
        return editData(c, column);
    }
}

QVariant ComponentTableModel::editData(const Component &c, int column) const
{
    switch (Column(column)) {
    case Id:
        return c.id;
    case Name:
        return c.name;
    case Kind:
        return kindName(c.kind);
    case Product:
        return c.product;
    case Version:
        return c.version.text();
    case Target:
        return c.target ? c.target->text() : QString();
    case Site:
        return c.site;
    case Owner:
        return c.owner;
    case Criticality:
        return criticalityName(c.criticality);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ComponentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("Id");
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Product:
        return tr("Product");
    case Version:
        return tr("Version");
    case Target:
        return tr("Target");
    case Site:
        return tr("Site");
    case Owner:
        return tr("Owner");
    case Criticality:
        return tr("Criticality");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags ComponentTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool ComponentTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Component *current = index.isValid() ? componentAt(index.row()) : nullptr;
    if (!current || role != Qt::EditRole)
        return false;
    Component edited = *current;
    if (!applyEdit(edited, index.column(), value.toString())) {
        Q_EMIT editRefused(m_lastError);
        return false;
    }
    if (edited == *current)
        return true;
    const QString refusal = EditComponentCommand::refusal(m_store->estate(), *current, edited);
    if (!refusal.isEmpty()) {
        m_lastError = refusal;
        Q_EMIT editRefused(m_lastError);
        return false;
    }
    m_undoStack->push(new EditComponentCommand(m_store, *current, edited));
    return true;
}

bool ComponentTableModel::applyEdit(Component &c, int column, const QString &rawText)
{
    m_lastError.clear();
    const QString text = rawText.trimmed();
    QString error;
    switch (Column(column)) {
    case Id:
        c.id = text;
        return true; // the command's refusal() judges ids
    case Name:
        c.name = rawText;
        return true;
    case Product:
        c.product = text;
        return true;
    case Owner:
        c.owner = rawText;
        return true;
    case Site:
        c.site = text;
        return true;
    case Kind:
        if (const auto kind = kindFromName(text)) {
            c.kind = *kind;
            return true;
        }
        m_lastError = tr("Unknown kind “%1”.").arg(text);
        return false;
    case Criticality:
        if (const auto criticality = criticalityFromName(text)) {
            c.criticality = *criticality;
            return true;
        }
        m_lastError = tr("Unknown criticality “%1”.").arg(text);
        return false;
    case Version:
        if (auto version = Version::parse(text, &error)) {
            c.version = std::move(*version);
            return true;
        }
        m_lastError = tr("Version of %1: %2").arg(c.id, error);
        return false;
    case Target:
        if (text.isEmpty()) {
            c.target.reset(); // no target: the component stays where it is
            return true;
        }
        if (auto version = Version::parse(text, &error)) {
            c.target = std::move(*version);
            return true;
        }
        m_lastError = tr("Target of %1: %2").arg(c.id, error);
        return false;
    case ColumnCount:
        break;
    }
    return false;
}

} // namespace planner
