// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeRecords.h"

#include "Calendar.h"
#include "Vocabulary.h"

namespace planner {

QStringList changeReasonNames()
{
    return vocabularyWords(Vocabulary::ChangeReason);
}

QStringList urgencyNames()
{
    return vocabularyWords(Vocabulary::Urgency);
}

QStringList configKindNames()
{
    return vocabularyWords(Vocabulary::ConfigKind);
}

QStringList backupPointNames()
{
    return vocabularyWords(Vocabulary::BackupPoint);
}

QStringList processCategoryNames()
{
    return vocabularyWords(Vocabulary::ProcessCategory);
}

std::optional<int> ExecutionRecord::actualMinutes(Phase p) const
{
    const QDateTime &from = started[size_t(p)];
    const QDateTime &to = ended[size_t(p)];
    if (!from.isValid() || !to.isValid() || to < from)
        return std::nullopt;
    return int(from.secsTo(to) / 60);
}

bool ChangeRecords::isEmpty() const
{
    return configuration.isEmpty() && rollbacks.isEmpty() && pilots.isEmpty()
           && acceptance.isEmpty() && messages.isEmpty() && monitoring.isEmpty()
           && executed.isEmpty() && estimates.isEmpty();
}

const RollbackPlan *ChangeRecords::rollbackFor(const QString &component) const
{
    for (const RollbackPlan &r : rollbacks)
        if (r.component == component)
            return &r;
    return nullptr;
}

const ExecutionRecord *ChangeRecords::executionFor(const QString &component) const
{
    for (const ExecutionRecord &r : executed)
        if (r.component == component)
            return &r;
    return nullptr;
}

const KindEstimate *ChangeRecords::estimateFor(ComponentKind kind) const
{
    for (const KindEstimate &e : estimates)
        if (e.kind == kind)
            return &e;
    return nullptr;
}

} // namespace planner
