// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compat/Conflict.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QSet>

namespace planner {

/// The conflicts of the estate as a table, one row per conflict in the checker's order
/// (structure first, then state by state). Read-only: a conflict goes away by editing the
/// estate, or is acknowledged with a waiver (ConflictsPanel).
class ConflictTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Severity, Type, State, Components, Message, Waived, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        /// The conflict's stable key (QString) in every column: how views find "their" conflict.
        KeyRole = Qt::UserRole + 1,
        /// The ids of the components involved (QStringList), most relevant first.
        ComponentsRole,
        TypeNameRole, ///< the stable type name ("site-drift"), for filtering
        SeverityRole, ///< int(Conflict::Severity)
        StateRole,    ///< int(Conflict::State)
        WaivedRole,   ///< bool
        /// Whether a component of the shared selection is involved (bool).
        HighlightRole,
        /// What sorting a column compares: severity and state by rank, the rest by text.
        SortRole,
    };

    explicit ConflictTableModel(QObject *parent = nullptr);

    /// Replaces all conflicts (a model reset: the table is small and fresh after each run).
    void setConflicts(const QList<Conflict> &conflicts);
    const QList<Conflict> &conflicts() const { return m_conflicts; }
    /// The conflict in @p row, or null.
    const Conflict *conflictAt(int row) const;
    /// The row of the conflict with @p key, or -1.
    int rowOf(const QString &key) const;

    /// Marks the conflicts that involve one of @p ids (the selection of another view) in bold.
    void setHighlightedComponents(const QStringList &ids);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Words for a conflict type, for people: "Unsatisfied requirement".
    static QString typeLabel(const QString &type);
    /// Whether conflicts of @p type are found by the schedule (a step that fits no window, a
    /// freeze, a peak, missing staff) rather than by the compatibility check.
    static bool isScheduleFinding(const QString &type);
    /// The state a conflict holds in, as a column heading would say it: "Target".
    static QString stateText(Conflict::State state);
    /// A coloured disc for a severity: red errors, amber warnings, blue information.
    static QIcon severityIcon(Conflict::Severity severity);
    static QColor severityColor(Conflict::Severity severity);

private:
    QVariant displayData(const Conflict &c, int column) const;
    QVariant sortData(const Conflict &c, int column) const;
    QString toolTip(const Conflict &c) const;
    bool involvesHighlighted(const Conflict &c) const;

    QList<Conflict> m_conflicts;
    QHash<QString, int> m_rowOfKey;
    QSet<QString> m_highlighted;
    mutable QIcon m_icons[3]; ///< severityIcon() by severity, made on first use
};

} // namespace planner
