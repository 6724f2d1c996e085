// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

class QUndoStack;

namespace planner {

class EstateStore;
struct Component;

/// The backup of every component, one row per component in estate order: how it is taken,
/// where the copy is kept and for how long, when it is taken, and the last restore test with
/// its duration. The backup lives in Component::backup, so edits are EditComponentCommands,
/// as in the component details. Warnings (restore never tested, stale, slower than the
/// rollback reserve) come from the change analysis through setWarnings().
class BackupTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Moves,
        Method,
        Location,
        Retention,
        TakenAt,
        LastRestoreTest,
        RestoreMinutes,
        ColumnCount
    };
    Q_ENUM(Column)
    /// Role of the choices of the "taken at" column (as RecordTableModel::ChoicesRole).
    static constexpr int ChoicesRole = Qt::UserRole + 1;
    /// Their labels, in the same order (as RecordTableModel::ChoiceLabelsRole).
    static constexpr int ChoiceLabelsRole = Qt::UserRole + 3;

    BackupTableModel(EstateStore *store, QUndoStack *undoStack, QObject *parent = nullptr);

    const Component *componentAt(int row) const;
    /// Warnings in words by component id; shown in the row's tooltip and colour.
    void setWarnings(QHash<QString, QStringList> warnings);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void editRefused(const QString &reason);

private:
    QVariant text(const Component &c, int column) const;

    EstateStore *m_store;
    QUndoStack *m_undoStack;
    QHash<QString, QStringList> m_warnings;
    QString m_lastError;
};

} // namespace planner
