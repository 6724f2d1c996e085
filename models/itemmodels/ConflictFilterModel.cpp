// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictFilterModel.h"

#include "ConflictTableModel.h"

namespace planner {

ConflictFilterModel::ConflictFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ConflictTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ConflictFilterModel::setTypeFilter(const QString &type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateRowsFilter();
}

void ConflictFilterModel::setSourceFilter(Source source)
{
    if (source == m_source)
        return;
    m_source = source;
    invalidateRowsFilter();
}

void ConflictFilterModel::setSeverityFilter(std::optional<Conflict::Severity> severity)
{
    if (severity == m_severity)
        return;
    m_severity = severity;
    invalidateRowsFilter();
}

void ConflictFilterModel::setStateFilter(std::optional<Conflict::State> state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateRowsFilter();
}

void ConflictFilterModel::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void ConflictFilterModel::setHideWaived(bool hide)
{
    if (hide == m_hideWaived)
        return;
    m_hideWaived = hide;
    invalidateRowsFilter();
}

bool ConflictFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const ConflictTableModel *>(sourceModel());
    const Conflict *c = model && !sourceParent.isValid() ? model->conflictAt(sourceRow) : nullptr;
    if (!c)
        return false;
    if (!m_type.isEmpty() && c->type != m_type)
        return false;
    if (m_source != Source::Any
        && ConflictTableModel::isScheduleFinding(c->type) != (m_source == Source::Schedule))
        return false;
    if (m_severity && c->severity != *m_severity)
        return false;
    if (m_state && c->state != *m_state)
        return false;
    if (m_hideWaived && c->waived)
        return false;
    for (const QString &word : m_words) {
        if (!c->message.contains(word, Qt::CaseInsensitive)
            && !c->type.contains(word, Qt::CaseInsensitive)
            && !ConflictTableModel::typeLabel(c->type).contains(word, Qt::CaseInsensitive)
            && !c->components.join(QLatin1Char(' ')).contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace planner
