// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the built upgrade-planner executable the way a user's script would, for the tests of
// the command line (tests/cli, tests/schedule, tests/views/graph).

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace planner::test {

/// What one run of the executable gave: exit code (-1: did not finish, -2: crashed) and output.
struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

/// The platform the run gets: subcommands must never need a display, so DISPLAY is always
/// removed; drawing subcommands must also find the offscreen platform on their own.
enum class CliPlatform { Offscreen, Unset };

inline QString cliBinary()
{
    return QStringLiteral(UPLAN_BINARY_DIR "/bin/upgrade-planner");
}

/// @p extra adds to (or overrides) the environment of the run.
inline CliRun runCli(const QStringList &arguments, CliPlatform platform = CliPlatform::Offscreen,
                     const QProcessEnvironment &extra = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(extra);
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    if (platform == CliPlatform::Offscreen)
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    else
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(cliBinary(), arguments);
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace planner::test
