// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupTableModel.h"
#include "RecordTableModel.h"

#include "commands/EditComponentCommand.h"
#include "inventory/EstateStore.h"
#include "inventory/Vocabulary.h"

#include <QBrush>
#include <QColor>
#include <QUndoStack>

namespace planner {

// The record delegate reads the same roles from both kinds of table.
static_assert(BackupTableModel::ChoicesRole == RecordTableModel::ChoicesRole);
static_assert(BackupTableModel::ChoiceLabelsRole == RecordTableModel::ChoiceLabelsRole);

BackupTableModel::BackupTableModel(EstateStore *store, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_undoStack(undoStack)
{
    connect(store, &EstateStore::aboutToReset, this, &BackupTableModel::beginResetModel);
    connect(store, &EstateStore::wasReset, this, &BackupTableModel::endResetModel);
    connect(store, &EstateStore::componentAboutToBeInserted, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(store, &EstateStore::componentInserted, this, &BackupTableModel::endInsertRows);
    connect(store, &EstateStore::componentAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(store, &EstateStore::componentRemoved, this, &BackupTableModel::endRemoveRows);
    connect(store, &EstateStore::componentChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

const Component *BackupTableModel::componentAt(int row) const
{
    const Estate &estate = m_store->estate();
    return row >= 0 && row < estate.componentCount() ? &estate.component(row) : nullptr;
}

void BackupTableModel::setWarnings(QHash<QString, QStringList> warnings)
{
    m_warnings = std::move(warnings);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::ToolTipRole, Qt::BackgroundRole});
}

int BackupTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store->estate().componentCount();
}

int BackupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupTableModel::text(const Component &c, int column) const
{
    const BackupInfo none;
    const BackupInfo &b = c.backup ? *c.backup : none;
    switch (Column(column)) {
    case Id:
        return c.id;
    case Moves:
        return c.hasUpgrade()
                   ? QVariant(QStringLiteral("%1 → %2").arg(c.version.text(), c.target->text()))
                   : QVariant(QString());
    case Method:
        return b.method;
    case Location:
        return b.location;
    case Retention:
        return b.retentionDays ? QString::number(*b.retentionDays) : QString();
    case TakenAt:
        return b.takenAt;
    case LastRestoreTest:
        return b.lastRestoreTest.toString(Qt::ISODate);
    case RestoreMinutes:
        return b.restoreMinutes ? QString::number(*b.restoreMinutes) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BackupTableModel::data(const QModelIndex &index, int role) const
{
    const Component *c = index.isValid() ? componentAt(index.row()) : nullptr;
    if (!c)
        return {};
    const QStringList warnings = m_warnings.value(c->id);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == LastRestoreTest && c->backup && !c->backup->lastRestoreTest.isValid())
            return tr("never");
        if (index.column() == TakenAt)
            return vocabularyLabel(Vocabulary::BackupPoint, text(*c, TakenAt).toString());
        return text(*c, index.column());
    case Qt::EditRole:
        return text(*c, index.column());
    case Qt::ToolTipRole:
        if (!warnings.isEmpty())
            return warnings.join(u'\n');
        return index.column() == Id ? QVariant(c->name) : QVariant();
    case Qt::BackgroundRole:
        if (!warnings.isEmpty()
            && (index.column() == Id || index.column() == LastRestoreTest
                || index.column() == RestoreMinutes))
            return QBrush(QColor(0xfb, 0xe0, 0xa8));
        return {};
    case ChoicesRole:
        return index.column() == TakenAt ? QVariant(QStringList{QString()} + backupPointNames())
                                         : QVariant();
    case ChoiceLabelsRole:
        return index.column() == TakenAt
                   ? QVariant(QStringList{QString()} + vocabularyLabels(Vocabulary::BackupPoint))
                   : QVariant();
    default:
        return {};
    }
}

QVariant BackupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Id:
            return tr("Component");
        case Moves:
            return tr("Upgrade");
        case Method:
            return tr("Method");
        case Location:
            return tr("Kept at");
        case Retention:
            return tr("Kept (days)");
        case TakenAt:
            return tr("Taken");
        case LastRestoreTest:
            return tr("Last restore test");
        case RestoreMinutes:
            return tr("Restore (min)");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case TakenAt:
            return tr("before-step, before-window, nightly or continuous");
        case LastRestoreTest:
            return tr("The last time a restore from this backup was proven; "
                      "empty: never");
        case RestoreMinutes:
            return tr("How long that restore took: it must fit the step's "
                      "rollback reserve");
        default:
            break;
        }
    }
    return {};
}

Qt::ItemFlags BackupTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() != Id && index.column() != Moves)
        f |= Qt::ItemIsEditable;
    return f;
}

bool BackupTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Component *current = index.isValid() ? componentAt(index.row()) : nullptr;
    if (!current || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString t = value.toString().trimmed();
    Component edited = *current;
    BackupInfo b = current->backup.value_or(BackupInfo{});
    bool ok = true;
    const auto number = [&](std::optional<int> &field) {
        const int n = t.toInt(&ok);
        ok = t.isEmpty() || (ok && n >= 0);
        field = t.isEmpty() ? std::nullopt : std::optional<int>(n);
    };
    switch (Column(index.column())) {
    case Method:
        b.method = t;
        break;
    case Location:
        b.location = t;
        break;
    case Retention:
        number(b.retentionDays);
        break;
    case RestoreMinutes:
        number(b.restoreMinutes);
        break;
    case TakenAt:
        ok = t.isEmpty() || backupPointNames().contains(t);
        b.takenAt = t;
        break;
    case LastRestoreTest:
        b.lastRestoreTest = QDate::fromString(t, Qt::ISODate);
        ok = t.isEmpty() || b.lastRestoreTest.isValid();
        break;
    default:
        return false;
    }
    if (!ok) {
        m_lastError = tr("%1: “%2” cannot be read here.")
                          .arg(headerData(index.column(), Qt::Horizontal).toString(), t);
        Q_EMIT editRefused(m_lastError);
        return false;
    }
    m_lastError.clear();
    edited.backup = b;
    if (edited == *current)
        return true;
    m_undoStack->push(new EditComponentCommand(m_store, *current, edited));
    return true;
}

} // namespace planner
