// SPDX-License-Identifier: GPL-3.0-or-later
#include "Kinds.h"

#include <QCoreApplication>

namespace planner {

namespace {

constexpr std::array<const char *, componentKindCount> kindNameTable
    = {"server",   "os",          "database", "middleware", "application",
       "endpoint", "network",     "storage",  "license",    "certificate",
       "api",      "integration", "backup",   "monitoring", "other"};

constexpr std::array<const char *, componentKindCount> kindLabelTable
    = {QT_TRANSLATE_NOOP("Kinds", "Server"),      QT_TRANSLATE_NOOP("Kinds", "Operating system"),
       QT_TRANSLATE_NOOP("Kinds", "Database"),    QT_TRANSLATE_NOOP("Kinds", "Middleware"),
       QT_TRANSLATE_NOOP("Kinds", "Application"), QT_TRANSLATE_NOOP("Kinds", "Endpoint"),
       QT_TRANSLATE_NOOP("Kinds", "Network"),     QT_TRANSLATE_NOOP("Kinds", "Storage"),
       QT_TRANSLATE_NOOP("Kinds", "Licence"),     QT_TRANSLATE_NOOP("Kinds", "Certificate"),
       QT_TRANSLATE_NOOP("Kinds", "API"),         QT_TRANSLATE_NOOP("Kinds", "Integration"),
       QT_TRANSLATE_NOOP("Kinds", "Backup"),      QT_TRANSLATE_NOOP("Kinds", "Monitoring"),
       QT_TRANSLATE_NOOP("Kinds", "Other")};

constexpr std::array<const char *, criticalityCount> criticalityNameTable = {"low", "medium",
                                                                             "high", "critical"};
constexpr std::array<const char *, criticalityCount> criticalityLabelTable
    = {QT_TRANSLATE_NOOP("Kinds", "Low"), QT_TRANSLATE_NOOP("Kinds", "Medium"),
       QT_TRANSLATE_NOOP("Kinds", "High"), QT_TRANSLATE_NOOP("Kinds", "Critical")};

constexpr std::array<const char *, phaseCount> phaseNameTable = {"prepare", "backup", "execute",
                                                                 "verify", "rollback"};

// prepare, backup, execute, verify, rollback (minutes); keep docs/durations.md in step.
constexpr std::array<std::array<int, phaseCount>, componentKindCount> defaultDurationTable = {{
    {30, 30, 60, 30, 60}, // server
    {30, 60, 90, 30, 90}, // os
    {30, 45, 60, 30, 90}, // database
    {20, 20, 30, 20, 30}, // middleware
    {20, 20, 30, 20, 30}, // application
    {10, 10, 20, 10, 20}, // endpoint
    {30, 15, 30, 30, 30}, // network
    {30, 30, 60, 30, 60}, // storage
    {10, 0, 10, 10, 10},  // license
    {15, 5, 15, 15, 15},  // certificate
    {15, 10, 20, 15, 20}, // api
    {20, 15, 30, 20, 30}, // integration
    {15, 15, 30, 15, 30}, // backup
    {15, 10, 20, 15, 20}, // monitoring
    {20, 20, 30, 20, 30}, // other
}};

} // namespace

QString kindName(ComponentKind kind)
{
    return QString::fromLatin1(kindNameTable[size_t(kind)]);
}

std::optional<ComponentKind> kindFromName(const QString &name)
{
    for (int i = 0; i < componentKindCount; ++i)
        if (name == QLatin1String(kindNameTable[size_t(i)]))
            return ComponentKind(i);
    return std::nullopt;
}

QStringList kindNames()
{
    QStringList out;
    for (const char *n : kindNameTable)
        out << QString::fromLatin1(n);
    return out;
}

QString kindLabel(ComponentKind kind)
{
    return QCoreApplication::translate("Kinds", kindLabelTable[size_t(kind)]);
}

QString criticalityName(Criticality criticality)
{
    return QString::fromLatin1(criticalityNameTable[size_t(criticality)]);
}

std::optional<Criticality> criticalityFromName(const QString &name)
{
    for (int i = 0; i < criticalityCount; ++i)
        if (name == QLatin1String(criticalityNameTable[size_t(i)]))
            return Criticality(i);
    return std::nullopt;
}

QStringList criticalityNames()
{
    QStringList out;
    for (const char *n : criticalityNameTable)
        out << QString::fromLatin1(n);
    return out;
}

QString criticalityLabel(Criticality criticality)
{
    return QCoreApplication::translate("Kinds", criticalityLabelTable[size_t(criticality)]);
}

QString phaseName(Phase phase)
{
    return QString::fromLatin1(phaseNameTable[size_t(phase)]);
}

std::array<int, phaseCount> defaultDurations(ComponentKind kind)
{
    return defaultDurationTable[size_t(kind)];
}

} // namespace planner
