// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The throw-away PostgreSQL cluster the tests run against: started by ctest's fixture
// (pg_cluster_start, tests/support/pg-cluster.sh) and described in UPLAN_PG_STATE. To run a
// test by hand: tests/support/pg-cluster.sh start BUILD/pg-cluster.state first.

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace planner::test {

/// The port of the running test cluster, or 0 (then @p why says what is missing).
inline int pgPort(QString *why = nullptr)
{
    QFile state(QStringLiteral(UPLAN_PG_STATE));
    if (!state.open(QIODevice::ReadOnly)) {
        if (why)
            *why = QStringLiteral("no test cluster: run tests/support/pg-cluster.sh start %1, or "
                                  "the test through ctest")
                       .arg(state.fileName());
        return 0;
    }
    for (const QByteArray &line : state.readAll().split('\n'))
        if (line.startsWith("port="))
            return line.mid(5).toInt();
    if (why)
        *why = QStringLiteral("%1 names no port").arg(state.fileName());
    return 0;
}

/// A project name no other test (or run of this one) uses: PREFIX-PID-N.
inline QString uniqueProject(const char *prefix)
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("%1-%2-%3")
        .arg(QString::fromLatin1(prefix))
        .arg(QCoreApplication::applicationPid())
        .arg(++counter);
}

/// The URL of @p project on the test cluster, as @p user (uplan_admin: a superuser,
/// uplan_reader: no rights until granted, uplan_pw: with a password).
inline QString serverUrl(const QString &project, const char *user = "uplan_admin")
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/postgres?project=%3")
        .arg(QString::fromLatin1(user))
        .arg(pgPort())
        .arg(project);
}

} // namespace planner::test
