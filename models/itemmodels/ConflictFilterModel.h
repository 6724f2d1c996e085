// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compat/Conflict.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace planner {

/// Narrows a ConflictTableModel to what the user looks for: one type, severity or state, text
/// in the message or component ids, and optionally without the waived conflicts. Sorts by the
/// model's SortRole (errors before warnings, states in plan order).
class ConflictFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ConflictFilterModel(QObject *parent = nullptr);

    /// Which conflicts the type filter lets through besides one type.
    enum class Source { Any, Compatibility, Schedule };
    /// A stable type name (conflicttype::*); empty: every type.
    void setTypeFilter(const QString &type);
    /// Only the compatibility check's conflicts, or only the schedule's findings (window too
    /// short, freeze, peak, staff); Any: both. Combines with the type filter.
    void setSourceFilter(Source source);
    Source sourceFilter() const { return m_source; }
    void setSeverityFilter(std::optional<Conflict::Severity> severity);
    void setStateFilter(std::optional<Conflict::State> state);
    /// Words that must all occur (case-insensitive) in the message, type or component ids.
    void setSearchText(const QString &text);
    void setHideWaived(bool hide);

    QString typeFilter() const { return m_type; }
    std::optional<Conflict::Severity> severityFilter() const { return m_severity; }
    std::optional<Conflict::State> stateFilter() const { return m_state; }
    bool hidesWaived() const { return m_hideWaived; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_type;
    Source m_source = Source::Any;
    std::optional<Conflict::Severity> m_severity;
    std::optional<Conflict::State> m_state;
    QStringList m_words;
    bool m_hideWaived = false;
};

} // namespace planner
