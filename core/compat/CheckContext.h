// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the compatibility check: what its parts share. Not part of the public API.

#include "Compatibility.h"
#include "RequirementChecker.h"
#include "catalog/Lifecycle.h"
#include "inventory/Estate.h"

#include <QCoreApplication>

namespace planner::compat {

/// The context is the namespace's name: what lupdate files these strings under.
inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("planner::compat", text, disambiguation, n);
}

struct CheckContext
{
    const Estate &estate;
    const RequirementChecker &checker;
    const Lifecycle &lifecycle;
    const CheckOptions &options;
    QDate planStart;
    QDate planFinish;
    QList<Conflict> &out;

    void add(const char *type, Conflict::Severity severity, Conflict::State state,
             QStringList components, QString message, const QString &subject) const
    {
        Conflict c;
        c.type = QLatin1String(type);
        c.severity = severity;
        c.state = state;
        c.components = std::move(components);
        c.message = std::move(message);
        c.key = c.type + u':' + stateName(state) + u':' + subject;
        out.append(std::move(c));
    }
};

/// "a, b and c" (translated).
QString listText(const QStringList &items);

void checkUnknownReferences(const CheckContext &context);
void checkCycles(const CheckContext &context);
void checkRequirements(const CheckContext &context, Conflict::State state);
void checkIntermediate(const CheckContext &context);
void checkUpgradePaths(const CheckContext &context);
void checkEndOfSupport(const CheckContext &context, Conflict::State state);
void checkSiteDrift(const CheckContext &context, Conflict::State state);
void checkBackups(const CheckContext &context);

} // namespace planner::compat
