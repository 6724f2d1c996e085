// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Expected.h"

#include <QString>

namespace planner {

/// Where a shared project lives: `postgresql://USER@HOST:PORT/DATABASE?project=NAME`.
/// Everything but the project may be left out (`postgresql:///?project=NAME`), and libpq's
/// defaults then apply: PGUSER, PGHOST, PGPORT, PGDATABASE, else the local socket and the
/// login name. The password is never part of it: libpq takes it from ~/.pgpass (PGPASSFILE)
/// or PGPASSWORD. Query options besides `project`: `sslmode` (disable, allow, prefer,
/// require, verify-ca, verify-full; libpq's default "prefer" uses TLS whenever the server
/// offers it), `sslrootcert`, `connect_timeout` (seconds) and `application_name`.
struct ServerLocation
{
    QString user;
    QString host;
    int port = 0; ///< 0: libpq's default
    QString database;
    QString project;
    QString sslMode;
    QString sslRootCert;
    int connectTimeout = 10;
    QString applicationName = QStringLiteral("upgrade-planner");

    /// The URL again, canonical and without anything secret: for messages, titles, logs.
    QString url() const;
    /// The PostgreSQL schema that holds the project's tables: "uplan_" and the name.
    QString schema() const { return QStringLiteral("uplan_") + project; }

    /// True when @p text starts like a shared project's URL (postgresql:// or postgres://):
    /// it is then never taken for a file name.
    static bool isUrl(QStringView text);
    /// Whether a URL must name a project: only a command about the database as a whole (the
    /// list of its projects) reads one without.
    enum class Project { Required, Optional };
    /// Reads a URL; the Error names it (without any password) and what is wrong.
    static Expected<ServerLocation> parse(const QString &text, Project project = Project::Required);
    /// What a project may be called: 1 to 48 letters, digits, '_', '-' and '.', starting with
    /// a letter or digit.
    static bool isValidProjectName(const QString &name);
};

} // namespace planner
