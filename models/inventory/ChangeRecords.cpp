// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeRecords.h"

#include "Calendar.h"

namespace planner {

QStringList changeReasonNames()
{
    return {QStringLiteral("security"),    QStringLiteral("bug"),
            QStringLiteral("compliance"),  QStringLiteral("end-of-support"),
            QStringLiteral("performance"), QStringLiteral("feature"),
            QStringLiteral("hardware"),    QStringLiteral("integration"),
            QStringLiteral("optional")};
}

QStringList urgencyNames()
{
    return {QStringLiteral("emergency"), QStringLiteral("urgent"), QStringLiteral("planned"),
            QStringLiteral("deferrable")};
}

QStringList configKindNames()
{
    return {QStringLiteral("parameter"),       QStringLiteral("routing-rule"),
            QStringLiteral("permission"),      QStringLiteral("integration-key"),
            QStringLiteral("scheduled-job"),   QStringLiteral("service-account"),
            QStringLiteral("firewall-rule"),   QStringLiteral("certificate"),
            QStringLiteral("custom-script"),   QStringLiteral("other")};
}

QStringList backupPointNames()
{
    return {QStringLiteral("before-step"), QStringLiteral("before-window"),
            QStringLiteral("nightly"), QStringLiteral("continuous")};
}

QStringList processCategoryNames()
{
    return {QStringLiteral("emergency"), QStringLiteral("payment"),
            QStringLiteral("production-control"), QStringLiteral("public-service")};
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
