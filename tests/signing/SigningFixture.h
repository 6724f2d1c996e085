// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small signed-plan folder for the signing tests: plan.json in canonical JSON, as the plan
// command writes it, before that command exists.

#include "signing/CanonicalJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>

namespace planner::test {

inline QJsonObject smallPlan(const QString &name = QStringLiteral("Test plan"))
{
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("upgrade-planner-plan")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("project"), QJsonObject{{QStringLiteral("name"), name}}},
        {QStringLiteral("steps"),
         QJsonArray{QJsonObject{{QStringLiteral("component"), QStringLiteral("db1")},
                                {QStringLiteral("from"), QStringLiteral("14")},
                                {QStringLiteral("to"), QStringLiteral("16")},
                                {QStringLiteral("wave"), 1}}}},
    };
}

/// Writes @p plan as canonical JSON to DIR/plan.json and returns that path.
inline QString writePlan(const QString &dir, const QJsonObject &plan = smallPlan())
{
    const QString path = QDir(dir).filePath(QStringLiteral("plan.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(canonicalJson(plan).value());
    return path;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(bytes) == bytes.size();
}

/// Runs a stock tool (openssl, sha256sum): exit code (-1 when it did not run) and its output.
struct ToolRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

inline ToolRun runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace planner::test
