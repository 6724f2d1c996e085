// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The small estate the command-line tests import, show and record into, and the file helpers
// they read and write with (tst_cli, tst_changecli).

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace planner::clitest {

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Four components at two sites, two with upgrades, three dependencies, and one of each of the
// other sections: small enough to know every count by heart.
inline constexpr char smallEstate[] = R"({
  "format": "upgrade-planner-estate",
  "formatVersion": 1,
  "project": { "name": "Ledger refresh", "reason": "end-of-support", "urgency": "planned",
               "timezone": "Europe/Berlin", "start": "2027-01-09", "decisionMinutes": 20 },
  "sites": [ { "id": "fra", "name": "Frankfurt DC" }, { "id": "ber", "name": "Berlin DC" } ],
  "components": [
    { "id": "pg-core", "name": "Ledger database", "kind": "database", "product": "postgresql",
      "version": "12.20", "target": "16.6", "site": "fra", "criticality": "critical",
      "durations": { "execute": 60, "rollback": 90 }, "reversible": false,
      "backup": { "method": "pg_basebackup", "lastRestoreTest": "2026-10-02" },
      "roles": ["dba"] },
    { "id": "ledger-app", "name": "Ledger", "kind": "application", "product": "ledger",
      "version": "4.2", "target": "5.0", "site": "fra", "criticality": "high" },
    { "id": "rhel-1", "name": "DB host", "kind": "os", "product": "rhel", "version": "8.10",
      "site": "fra" },
    { "id": "pg-report", "name": "Reporting database", "kind": "database",
      "product": "postgresql", "version": "12.20", "site": "ber" }
  ],
  "dependencies": [
    { "from": "ledger-app", "to": "pg-core", "requires": ">=12 <17" },
    { "from": "pg-core", "to": "rhel-1" },
    { "from": "pg-report", "to": "pg-core", "type": "replicates" }
  ],
  "catalog": [
    { "product": "ledger", "releases": ["4.2", "5.0"] },
    { "product": "ledger", "when": "4.x", "requires": { "postgresql": ">=11 <15" } },
    { "product": "postgresql", "releases": ["12.20", "13.16", "14.13", "15.8", "16.6"] }
  ],
  "windows": [ { "id": "sat-night", "start": "2027-01-09T22:00", "end": "2027-01-10T04:00",
                 "repeatWeekly": 8 } ],
  "freezes": [ { "start": "2027-03-25", "end": "2027-04-05", "reason": "quarter close" } ],
  "processes": [ { "id": "payments", "name": "Card payments", "criticality": "critical",
                   "uses": ["ledger-app"],
                   "peak": [ { "days": "Mon-Fri", "from": "08:00", "to": "18:00" } ] } ],
  "staff": [ { "name": "A. Rivera", "roles": ["dba"] } ]
}
)";

inline QString writeSmallEstate(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("small.json"));
    writeAll(path, smallEstate);
    return path;
}

} // namespace planner::clitest
