// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The executable run by the signing command-line tests (tst_signingcli, tst_signingclikeys):
// keygen, sign and verify with standard input at /dev/null, and a temporary folder of keys and
// plan folders made through it.

#include "SigningFixture.h"

#include "../cli/CliRunner.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

namespace planner::test {

inline const QString passphraseVariable = QStringLiteral("UPLAN_PASSPHRASE");

/// Runs the executable with standard input at /dev/null (never a terminal), without
/// UPLAN_PASSPHRASE unless @p passphrase is given.
inline CliRun runSigning(const QStringList &arguments, const QByteArray &passphrase = {},
                         qint64 *milliseconds = nullptr)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(passphraseVariable);
    if (!passphrase.isNull())
        env.insert(passphraseVariable, QString::fromUtf8(passphrase));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(cliBinary(), arguments);
    CliRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    if (milliseconds)
        *milliseconds = timer.elapsed();
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

inline QString show(const CliRun &run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(run.code)
        .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err));
}

/// The test folder of a signing command-line test, and the keys and plan folders made in it. A
/// test class derives from QObject first, then from this.
class SigningCliFolder
{
protected:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString passphraseFile(const QString &name, const QByteArray &content)
    {
        const QString file = path(name);
        writeAll(file, content);
        return file;
    }

    // A key pair NAME.key/NAME.pub.pem in the test folder, encrypted with "pw-NAME".
    QString makeKey(const QString &name)
    {
        if (!QFileInfo::exists(path(name + ".key"))) {
            const QString file = passphraseFile(name + ".pass", "pw-" + name.toUtf8() + "\n");
            const CliRun run = runSigning({"keygen", "-o", path(name), "--passphrase-file", file});
            if (run.code != 0)
                qFatal("keygen %s: %s", qPrintable(name), qPrintable(show(run)));
        }
        return path(name + ".key");
    }

    CliRun signAs(const QString &plan, const QString &name, const QString &signer,
                  const QString &role)
    {
        return runSigning({"sign", plan, "--key", makeKey(name), "--signer", signer, "--role", role,
                           "--passphrase-file", path(name + ".pass")});
    }

    QString newPlanFolder(const QString &name)
    {
        const QString dir = path(name);
        QDir().mkpath(dir);
        return writePlan(dir);
    }
};

} // namespace planner::test
