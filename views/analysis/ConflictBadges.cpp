// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictBadges.h"

namespace planner {

QHash<QString, QStringList> conflictMessagesByComponent(const QList<Conflict> &conflicts,
                                                        bool includeWaived)
{
    QHash<QString, QStringList> messages;
    for (auto severity :
         {Conflict::Severity::Error, Conflict::Severity::Warning, Conflict::Severity::Info}) {
        for (const Conflict &c : conflicts) {
            if (c.severity != severity || (c.waived && !includeWaived))
                continue;
            for (qsizetype i = 0; i < c.components.size(); ++i) {
                const QString &id = c.components[i];
                if (c.components.indexOf(id) == i) // a component named twice in one conflict
                    messages[id].append(c.message);
            }
        }
    }
    return messages;
}

QHash<QString, Conflict::Severity> worstSeverityByComponent(const QList<Conflict> &conflicts)
{
    QHash<QString, Conflict::Severity> worst;
    for (const Conflict &c : conflicts) {
        if (c.waived)
            continue;
        for (const QString &id : c.components) {
            auto it = worst.find(id);
            if (it == worst.end())
                worst.insert(id, c.severity);
            else if (int(c.severity) > int(*it))
                *it = c.severity;
        }
    }
    return worst;
}

QHash<QString, QStringList> graphConflictMarks(const QList<Conflict> &conflicts)
{
    QHash<QString, QStringList> marks = conflictMessagesByComponent(conflicts);
    const QHash<QString, Conflict::Severity> worst = worstSeverityByComponent(conflicts);
    for (auto it = marks.begin(); it != marks.end();) {
        if (worst.value(it.key(), Conflict::Severity::Info) == Conflict::Severity::Error)
            ++it;
        else
            it = marks.erase(it);
    }
    return marks;
}

} // namespace planner
