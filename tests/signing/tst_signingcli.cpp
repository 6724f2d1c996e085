// SPDX-License-Identifier: GPL-3.0-or-later
// keygen, sign and verify through the executable as a user's script runs them, checked against
// stock openssl and sha256sum.
#include "SigningFixture.h"

#include "../cli/CliRunner.h"

#include "signing/Approval.h"
#include "signing/SigningKey.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <poll.h>
#include <pty.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

using namespace planner;
using namespace planner::test;

namespace {

const QString passphraseVariable = QStringLiteral("UPLAN_PASSPHRASE");

/// Runs the executable with standard input at /dev/null (never a terminal), without
/// UPLAN_PASSPHRASE unless @p passphrase is given.
CliRun runSigning(const QStringList &arguments, const QByteArray &passphrase = {},
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

QString show(const CliRun &run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(run.code)
        .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err));
}

/// What a run on a terminal showed (prompts and all) and its exit code.
struct TerminalRun
{
    int code = -1;
    QByteArray screen;
};

/// Runs the executable on a terminal of its own (a pseudo-terminal this test holds), as a
/// person at a shell would, without UPLAN_PASSPHRASE. Each time the next prompt of
/// @p dialogue shows, its answer is typed, with a line end.
TerminalRun runOnTerminal(const QStringList &arguments,
                          const QList<QPair<QByteArray, QByteArray>> &dialogue)
{
    QByteArrayList strings{QFile::encodeName(cliBinary())};
    for (const QString &argument : arguments)
        strings << argument.toLocal8Bit();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(passphraseVariable);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const qsizetype argc = strings.size();
    for (const QString &variable : env.toStringList())
        strings << variable.toLocal8Bit();
    std::vector<char *> argv;
    std::vector<char *> envp;
    for (qsizetype i = 0; i < strings.size(); ++i)
        (i < argc ? argv : envp).push_back(strings[i].data());
    argv.push_back(nullptr);
    envp.push_back(nullptr);

    TerminalRun run;
    int master = -1;
    const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
    if (pid < 0)
        return run;
    if (pid == 0) {
        ::execve(argv.front(), argv.data(), envp.data());
        ::_exit(127);
    }
    // Reads until @p text shows after @p from, or the terminal closes.
    const auto readUntil = [&](const QByteArray &text, qsizetype from) {
        while (text.isEmpty() || run.screen.indexOf(text, from) < 0) {
            pollfd ready{master, POLLIN, 0};
            if (::poll(&ready, 1, 30000) <= 0)
                return false;
            char buffer[512];
            const ssize_t n = ::read(master, buffer, sizeof buffer);
            if (n <= 0) // EIO once the program has ended
                return false;
            run.screen.append(buffer, n);
        }
        return true;
    };
    qsizetype from = 0;
    for (const auto &[prompt, answer] : dialogue) {
        if (!readUntil(prompt, from))
            break;
        from = run.screen.indexOf(prompt, from) + prompt.size();
        const QByteArray line = answer + '\n';
        if (::write(master, line.constData(), size_t(line.size())) != line.size())
            break;
    }
    readUntil({}, 0);
    ::close(master);
    int status = 0;
    if (::waitpid(pid, &status, 0) == pid)
        run.code = WIFEXITED(status) ? WEXITSTATUS(status) : -2;
    return run;
}

unsigned fileMode(const QString &path)
{
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

} // namespace

class tst_SigningCli : public QObject
{
    Q_OBJECT

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
        return runSigning({"sign", plan, "--key", makeKey(name), "--signer", signer, "--role",
                           role, "--passphrase-file", path(name + ".pass")});
    }

    QString newPlanFolder(const QString &name)
    {
        const QString dir = path(name);
        QDir().mkpath(dir);
        return writePlan(dir);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(cliBinary()), qPrintable(cliBinary()));
        QVERIFY2(runTool("openssl", {"version"}).code == 0, "openssl is needed");
    }

    void keygenEncryptedKeyReadByOpenssl()
    {
        const QString pass = passphraseFile("alice.pass", "open sesame\n");
        const CliRun run = runSigning({"keygen", "-o", path("alice"), "--passphrase-file", pass});
        QVERIFY2(run.code == 0, qPrintable(show(run)));
        const QString key = path("alice.key");
        const QString pub = path("alice.pub.pem");
        QCOMPARE(fileMode(key), 0600u);
        QVERIFY(readAll(key).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"));
        QVERIFY(readAll(pub).startsWith("-----BEGIN PUBLIC KEY-----\n"));

        // Stock openssl reads the key with the passphrase (first line, newline stripped)...
        ToolRun tool = runTool("openssl", {"pkey", "-in", key, "-passin", "file:" + pass,
                                           "-noout"});
        QVERIFY2(tool.code == 0, tool.err.constData());
        // ...and not without it.
        const QString wrong = passphraseFile("wrong.pass", "open sesame!\n");
        QVERIFY(runTool("openssl", {"pkey", "-in", key, "-passin", "file:" + wrong, "-noout"})
                    .code
                != 0);

        // The fingerprint is the SHA-256 of the raw key, the last 32 bytes of the DER.
        tool = runTool("openssl", {"pkey", "-pubin", "-in", pub, "-outform", "DER"});
        QCOMPARE(tool.code, 0);
        QCOMPARE(tool.out.size(), 44);
        const QString fingerprint = sha256Hex(tool.out.right(32));
        QVERIFY2(run.out.contains("fingerprint: " + fingerprint.toLatin1()), run.out.constData());
        // openssl derives the same public key from the private one.
        tool = runTool("openssl", {"pkey", "-in", key, "-passin", "file:" + pass, "-pubout"});
        QCOMPARE(tool.out, readAll(pub));
    }

    void keygenPassphraseSources()
    {
        // From the variable: encrypted with it.
        CliRun run = runSigning({"keygen", "-o", path("env")}, "from the environment");
        QVERIFY2(run.code == 0, qPrintable(show(run)));
        QVERIFY(readAll(path("env.key")).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        const QString pass = passphraseFile("env.pass", "from the environment");
        QCOMPARE(runTool("openssl", {"pkey", "-in", path("env.key"), "-passin", "file:" + pass,
                                     "-noout"})
                     .code,
                 0);

        // --no-passphrase: unencrypted on purpose, still 0600.
        run = runSigning({"keygen", "-o", path("plain"), "--no-passphrase"});
        QVERIFY2(run.code == 0, qPrintable(show(run)));
        QVERIFY(readAll(path("plain.key")).startsWith("-----BEGIN PRIVATE KEY-----"));
        QCOMPARE(fileMode(path("plain.key")), 0600u);
        QVERIFY(run.out.contains("NOT encrypted"));
        QCOMPARE(runTool("openssl", {"pkey", "-in", path("plain.key"), "-noout"}).code, 0);
    }

    // With no terminal and no passphrase given, keygen and sign fail at once, write nothing.
    void noTerminalFailsAtOnce()
    {
        qint64 elapsed = 0;
        CliRun run = runSigning({"keygen", "-o", path("nobody")}, {}, &elapsed);
        QCOMPARE(run.code, 2);
        QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
        QVERIFY(run.err.contains("--passphrase-file"));
        QVERIFY(run.err.contains("UPLAN_PASSPHRASE"));
        QVERIFY(run.err.contains("--no-passphrase"));
        QVERIFY(!QFileInfo::exists(path("nobody.key")));
        QVERIFY(!QFileInfo::exists(path("nobody.pub.pem")));

        const QString plan = newPlanFolder("noterminal");
        run = runSigning({"sign", plan, "--key", makeKey("carol"), "--signer", "C", "--role",
                          "dba"},
                         {}, &elapsed);
        QCOMPARE(run.code, 2);
        QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
        QVERIFY2(run.err.contains(makeKey("carol").toUtf8()), run.err.constData());
        QVERIFY(run.err.contains("UPLAN_PASSPHRASE"));
        QVERIFY(!QFileInfo::exists(approvalsDirectory(plan)));
    }

    void passphraseErrors()
    {
        // Empty passphrase file.
        const QString empty = passphraseFile("empty.pass", "\n");
        CliRun run = runSigning({"keygen", "-o", path("e"), "--passphrase-file", empty});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(empty.toUtf8()) && run.err.contains("empty"),
                 run.err.constData());
        QVERIFY(!QFileInfo::exists(path("e.key")));
        // Set but empty variable.
        run = runSigning({"keygen", "-o", path("e")}, "");
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains("UPLAN_PASSPHRASE"));
        // Missing passphrase file.
        run = runSigning({"keygen", "-o", path("e"), "--passphrase-file", path("none.pass")});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains("none.pass"));
        QVERIFY(!QFileInfo::exists(path("e.key")));

        // Wrong passphrase when signing: named, nothing written.
        const QString plan = newPlanFolder("wrongpass");
        const QString wrong = passphraseFile("wrong2.pass", "not it\n");
        run = runSigning({"sign", plan, "--key", makeKey("dave"), "--signer", "D", "--role", "dba",
                          "--passphrase-file", wrong});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("wrong passphrase") && run.err.contains("dave.key"),
                 run.err.constData());
        QVERIFY(!QFileInfo::exists(approvalsDirectory(plan)));
        // Wrong passphrase from the variable too.
        run = runSigning({"sign", plan, "--key", makeKey("dave"), "--signer", "D", "--role", "dba"},
                         "not it");
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains("wrong passphrase"));
        // Right one from the variable.
        run = runSigning({"sign", plan, "--key", makeKey("dave"), "--signer", "D", "--role", "dba"},
                         "pw-dave");
        QVERIFY2(run.code == 0, qPrintable(show(run)));
    }

    // An unencrypted key signs without asking (no terminal here, no passphrase).
    void unencryptedKeyDoesNotAsk()
    {
        QVERIFY(runSigning({"keygen", "-o", path("open"), "--no-passphrase"}).code == 0);
        const QString plan = newPlanFolder("unencrypted");
        const CliRun run = runSigning({"sign", plan, "--key", path("open.key"), "--signer", "O",
                                       "--role", "dba"});
        QVERIFY2(run.code == 0, qPrintable(show(run)));
        QCOMPARE(runSigning({"verify", plan}).code, 0);
    }

    void keygenRefusesToOverwrite()
    {
        makeKey("erin");
        const QByteArray key = readAll(path("erin.key"));
        const QByteArray pub = readAll(path("erin.pub.pem"));
        CliRun run = runSigning({"keygen", "-o", path("erin"), "--no-passphrase"});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("erin.key") && run.err.contains("--force"), run.err.constData());
        QCOMPARE(readAll(path("erin.key")), key);
        QCOMPARE(readAll(path("erin.pub.pem")), pub);

        // Only the public key there: still refused, still untouched.
        writeAll(path("frank.pub.pem"), "mine");
        run = runSigning({"keygen", "-o", path("frank"), "--no-passphrase"});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains("frank.pub.pem"));
        QCOMPARE(readAll(path("frank.pub.pem")), QByteArray("mine"));
        QVERIFY(!QFileInfo::exists(path("frank.key")));

        run = runSigning({"keygen", "-o", path("erin"), "--no-passphrase", "--force"});
        QVERIFY2(run.code == 0, qPrintable(show(run)));
        QVERIFY(readAll(path("erin.pub.pem")) != pub);
        QCOMPARE(fileMode(path("erin.key")), 0600u);
        QFile::remove(path("erin.key")); // makeKey("erin") would find an unencrypted key
        QFile::remove(path("erin.pub.pem"));
    }

    void outputNotWritable()
    {
        // A folder that does not exist.
        CliRun run = runSigning({"keygen", "-o", path("missing/dir/k"), "--no-passphrase"});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains("missing/dir"));

        // A folder that cannot be written: read-only for a normal user; /proc for root, whom
        // permissions do not stop.
        QString folder = QStringLiteral("/proc");
        if (::geteuid() != 0) {
            folder = path("readonly");
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        }
        run = runSigning({"keygen", "-o", folder + "/k", "--no-passphrase"});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QFile::encodeName(folder + "/k.key")), run.err.constData());
        QVERIFY(!QFileInfo::exists(folder + "/k.key"));
        QVERIFY(!QFileInfo::exists(folder + "/k.pub.pem"));

        // sign into a plan folder where approvals/ cannot be made.
        const QString plan = newPlanFolder("blocked");
        writeAll(approvalsDirectory(plan), "a file in the way");
        run = signAs(plan, "gina", "G", "dba");
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("approvals"), run.err.constData());
        QCOMPARE(QDir(QFileInfo(plan).path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    void signAndVerifyOneApprover()
    {
        const QString plan = newPlanFolder("one");
        CliRun run = signAs(plan, "alice2", "A. Rivera", "change-manager");
        QVERIFY2(run.code == 0, qPrintable(show(run)));
        QVERIFY(run.out.contains("A. Rivera"));

        run = runSigning({"verify", plan});
        QVERIFY2(run.code == 0, qPrintable(show(run)));
        QVERIFY2(run.out.contains("VALID   A. Rivera (change-manager) "), run.out.constData());
        QVERIFY(run.out.trimmed().split('\n').constLast().startsWith("verified: 1 valid approval"));

        run = runSigning({"verify", plan, "--trust", path("alice2.pub.pem"), "--require-role",
                          "change-manager", "--quorum", "1"});
        QVERIFY2(run.code == 0, qPrintable(show(run)));
        QVERIFY(run.out.contains("[trusted]"));
    }

    // What the docs promise: sha256sum and openssl pkeyutl check an approval without us.
    void stockToolsCheckAnApproval()
    {
        const QString plan = newPlanFolder("stock");
        QCOMPARE(signAs(plan, "hank", "H. Berg", "security").code, 0);
        const QDir approvals(approvalsDirectory(plan));
        const QStringList records = approvals.entryList({"*.json"});
        QCOMPARE(records.size(), 1);
        const QString id = records.constFirst().chopped(5);
        const QJsonObject record =
            QJsonDocument::fromJson(readAll(approvals.filePath(id + ".json"))).object();

        ToolRun tool = runTool("sha256sum", {plan});
        QCOMPARE(tool.code, 0);
        QCOMPARE(QString::fromLatin1(tool.out.left(64)), record.value("planSha256").toString());

        const QStringList pkeyutl{"pkeyutl", "-verify", "-pubin", "-inkey",
                                  approvals.filePath(id + ".pub.pem"), "-rawin", "-in",
                                  approvals.filePath(id + ".json"), "-sigfile",
                                  approvals.filePath(id + ".sig")};
        tool = runTool("openssl", pkeyutl);
        QVERIFY2(tool.code == 0, tool.err.constData());
        QVERIFY(tool.out.contains("Signature Verified Successfully"));

        tool = runTool("openssl", {"pkey", "-pubin", "-in", approvals.filePath(id + ".pub.pem"),
                                   "-outform", "DER"});
        QCOMPARE(sha256Hex(tool.out.right(32)), record.value("keyFingerprint").toString());

        // A changed record fails for openssl as for us.
        QByteArray bytes = readAll(approvals.filePath(id + ".json"));
        bytes.replace("H. Berg", "H. Borg");
        writeAll(approvals.filePath(id + ".json"), bytes);
        QVERIFY(runTool("openssl", pkeyutl).code != 0);
        QCOMPARE(runSigning({"verify", plan}).code, 1);
    }

    void threeApproversQuorumRolesTrust()
    {
        const QString plan = newPlanFolder("three");
        QCOMPARE(signAs(plan, "ann", "A. Rivera", "change-manager").code, 0);
        QCOMPARE(signAs(plan, "bob", "B. Okafor", "security").code, 0);
        QCOMPARE(signAs(plan, "cid", "C. Lindqvist", "dba").code, 0);
        QCOMPARE(signAs(plan, "cid", "C. Lindqvist", "operations").code, 0); // same key again

        const QStringList trustAll{"--trust", path("ann.pub.pem"), "--trust", path("bob.pub.pem"),
                                   "--trust", path("cid.pub.pem")};
        CliRun run = runSigning(QStringList{"verify", plan, "--quorum", "3", "--require-role",
                                            "security", "--require-role", "dba"}
                                + trustAll);
        QVERIFY2(run.code == 0, qPrintable(show(run)));

        // Four approvals, three keys: a quorum of 4 is not met.
        run = runSigning({"verify", plan, "--quorum", "4"});
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.contains("quorum not met"));
        QVERIFY(run.out.trimmed().split('\n').constLast().startsWith("NOT VERIFIED: "));

        run = runSigning({"verify", plan, "--require-role", "auditor"});
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.contains("auditor"));

        // bob not trusted: his approval is valid but does not count.
        run = runSigning({"verify", plan, "--trust", path("ann.pub.pem"), "--trust",
                          path("cid.pub.pem"), "--json"});
        QCOMPARE(run.code, 1);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value("ok").toBool(true), false);
        QCOMPARE(json.value("plan").toString(), plan);
        QCOMPARE(json.value("planSha256").toString(), sha256Hex(readAll(plan)));
        QCOMPARE(json.value("distinctApprovers").toInt(), 2);
        QCOMPARE(json.value("quorum").toInt(), 0);
        QCOMPARE(json.value("requiredRoles").toArray().size(), 0);
        QCOMPARE(json.value("rolesCovered").toArray(),
                 QJsonArray({"change-manager", "dba", "operations"}));
        const QJsonArray approvals = json.value("approvals").toArray();
        QCOMPARE(approvals.size(), 4);
        int untrusted = 0;
        for (const QJsonValue &value : approvals) {
            const QJsonObject approval = value.toObject();
            for (const char *field : {"id", "signer", "role", "signedAt", "keyFingerprint",
                                      "valid", "trusted", "problem"})
                QVERIFY2(approval.contains(QLatin1String(field)), field);
            QVERIFY(approval.value("valid").toBool());
            if (!approval.value("trusted").toBool()) {
                ++untrusted;
                QCOMPARE(approval.value("signer").toString(), QStringLiteral("B. Okafor"));
            }
        }
        QCOMPARE(untrusted, 1);
        QVERIFY(json.value("problems").isArray());

        run = runSigning(QStringList{"verify", plan, "--json", "--quorum", "3"} + trustAll);
        QCOMPARE(run.code, 0);
        QVERIFY(QJsonDocument::fromJson(run.out).object().value("ok").toBool());
    }

    void editedPlanIsNotVerified()
    {
        const QString plan = newPlanFolder("edited");
        QCOMPARE(signAs(plan, "ivy", "I. Sato", "change-manager").code, 0);
        QCOMPARE(runSigning({"verify", plan}).code, 0);
        const QByteArray original = readAll(plan);

        QByteArray edited = original;
        edited.replace("\"16\"", "\"17\"");
        writeAll(plan, edited);
        CliRun run = runSigning({"verify", plan});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains("INVALID ") && run.out.contains("changed after it was signed"),
                 run.out.constData());

        writeAll(plan, original.chopped(3)); // no longer parses
        run = runSigning({"verify", plan, "--json"});
        QCOMPARE(run.code, 1);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QVERIFY(!json.value("ok").toBool(true));
        QVERIFY(json.value("problems").toArray().first().toString().contains("plan.json"));

        writeAll(plan, original);
        QCOMPARE(runSigning({"verify", plan}).code, 0);

        // A few single-byte changes of an approval, through the executable (all of them are
        // checked in tst_planverification).
        const QDir approvals(approvalsDirectory(plan));
        for (const QString suffix : {".json", ".sig", ".pub.pem"}) {
            const QString file = approvals.filePath(approvals.entryList({"*" + suffix}).first());
            const QByteArray bytes = readAll(file);
            QByteArray changed = bytes;
            changed[bytes.size() / 2] = char(changed[bytes.size() / 2] ^ 0x01);
            writeAll(file, changed);
            run = runSigning({"verify", plan});
            QVERIFY2(run.code == 1, qPrintable(suffix + show(run)));
            QVERIFY(run.out.contains(QFileInfo(file).fileName().toUtf8()));
            QFile::remove(file);
            QCOMPARE(runSigning({"verify", plan}).code, 1);
            writeAll(file, bytes);
            QCOMPARE(runSigning({"verify", plan}).code, 0);
        }
    }

    void noApprovalsIsReportedClearly()
    {
        const QString plan = newPlanFolder("unsigned");
        CliRun run = runSigning({"verify", plan});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains("no approvals"));
        run = runSigning({"verify", plan, "--quorum", "1"});
        QCOMPARE(run.code, 1);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("words");
        QTest::newRow("keygen without -o") << QStringList{"keygen", "--no-passphrase"} << "-o";
        QTest::newRow("keygen file and no passphrase")
            << QStringList{"keygen", "-o", "x", "--no-passphrase", "--passphrase-file", "f"}
            << "exclude";
        QTest::newRow("sign without role")
            << QStringList{"sign", "plan.json", "--key", "k", "--signer", "s"} << "--role";
        QTest::newRow("sign missing plan")
            << QStringList{"sign", "/nonexistent/plan.json", "--key", "k", "--signer", "s",
                           "--role", "r"}
            << "/nonexistent/plan.json";
        QTest::newRow("verify quorum not a number")
            << QStringList{"verify", "plan.json", "--quorum", "two"} << "--quorum";
        QTest::newRow("verify negative quorum")
            << QStringList{"verify", "plan.json", "--quorum", "-1"} << "--quorum";
        QTest::newRow("verify missing plan") << QStringList{"verify", "/nonexistent/plan.json"}
                                             << "no such file";
        QTest::newRow("verify trust file missing")
            << QStringList{"verify", "plan.json", "--trust", "/nonexistent/k.pub.pem"}
            << "/nonexistent/k.pub.pem";
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, words);
        const CliRun run = runSigning(arguments);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(words.toUtf8()), run.err.constData());
    }

    // Private keys are 0600 when written, even under a umask that would let everyone read new
    // files, and when --force replaces an older key file that everyone could read.
    void keygenWithPermissiveUmask()
    {
        writeAll(path("umask-old.key"), "an old key");
        QCOMPARE(::chmod(QFile::encodeName(path("umask-old.key")).constData(), 0666), 0);
        const mode_t saved = ::umask(0);
        const CliRun plain = runSigning({"keygen", "-o", path("umask-plain"), "--no-passphrase"});
        const CliRun encrypted = runSigning({"keygen", "-o", path("umask-enc")}, "pw-umask");
        const CliRun replaced = runSigning({"keygen", "-o", path("umask-old"), "--no-passphrase",
                                            "--force"});
        ::umask(saved);
        for (const CliRun &run : {plain, encrypted, replaced})
            QVERIFY2(run.code == 0, qPrintable(show(run)));
        for (const QString name : {"umask-plain", "umask-enc", "umask-old"}) {
            QCOMPARE(fileMode(path(name + ".key")), 0600u);
            QCOMPARE(QFile::permissions(path(name + ".key")),
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                         | QFileDevice::WriteUser);
            QCOMPARE(fileMode(path(name + ".pub.pem")), 0644u);
        }
    }

    // Neither a passphrase nor a private key's PEM is ever printed: not by keygen, sign or
    // verify, not on success, not in an error about the very file that holds the secret.
    void secretsNeverPrinted()
    {
        const QByteArray passphrase = "s3cret-passphrase-of-the-output-test";
        const QString pass = passphraseFile("quiet.pass", passphrase + "\n");
        const QString wrongPass = passphraseFile("quiet-wrong.pass", passphrase + "-not\n");
        QList<QPair<QString, CliRun>> runs;
        const auto run = [&](const QString &what, const QStringList &arguments, int code,
                             const QByteArray &variable = {}) {
            const CliRun done = runSigning(arguments, variable);
            runs.append({what, done});
            return done.code == code && !(done.out + done.err).isEmpty();
        };
        const QString plan = newPlanFolder("quiet");
        QVERIFY(run("keygen, file", {"keygen", "-o", path("quiet"), "--passphrase-file", pass}, 0));
        QVERIFY(run("keygen, variable", {"keygen", "-o", path("quietenv")}, 0, passphrase));
        QVERIFY(run("keygen, plain", {"keygen", "-o", path("quietplain"), "--no-passphrase"}, 0));
        QByteArrayList secrets{passphrase};
        for (const QString name : {"quiet", "quietenv", "quietplain"}) {
            for (const QByteArray &line : readAll(path(name + ".key")).split('\n')) {
                if (!line.startsWith("-----") && line.size() >= 16)
                    secrets << line;
            }
        }
        QVERIFY(run("keygen, replaced", {"keygen", "-o", path("quietplain"), "--no-passphrase",
                                         "--force"},
                    0));
        QVERIFY(run("sign, file", {"sign", plan, "--key", path("quiet.key"), "--signer", "Q",
                                   "--role", "change-manager", "--passphrase-file", pass},
                    0));
        QVERIFY(run("sign, variable", {"sign", plan, "--key", path("quietenv.key"), "--signer",
                                       "Q", "--role", "security"},
                    0, passphrase));
        QVERIFY(run("sign, plain", {"sign", plan, "--key", path("quietplain.key"), "--signer",
                                    "Q", "--role", "dba"},
                    0));
        QVERIFY(run("sign, wrong passphrase", {"sign", plan, "--key", path("quiet.key"),
                                               "--signer", "Q", "--role", "x",
                                               "--passphrase-file", wrongPass},
                    2));
        QVERIFY(run("sign, wrong variable", {"sign", plan, "--key", path("quiet.key"), "--signer",
                                             "Q", "--role", "x"},
                    2, passphrase + "-not"));
        QVERIFY(run("sign, passphrase file as key", {"sign", plan, "--key", pass, "--signer", "Q",
                                                     "--role", "x"},
                    2));
        QVERIFY(run("verify, private key as trust", {"verify", plan, "--trust",
                                                     path("quietplain.key")},
                    2));
        QVERIFY(run("verify", {"verify", plan, "--json"}, 0));
        const QDir approvals(approvalsDirectory(plan));
        const QString pub = approvals.filePath(approvals.entryList({"*.pub.pem"}).constFirst());
        writeAll(pub, readAll(path("quietplain.key")));
        QVERIFY(run("verify, private key as an approval's key", {"verify", plan}, 1));

        secrets << passphrase + "-not";
        for (const QString name : {"quietplain"}) {
            for (const QByteArray &line : readAll(path(name + ".key")).split('\n')) {
                if (!line.startsWith("-----") && line.size() >= 16)
                    secrets << line;
            }
        }
        for (const auto &[what, done] : std::as_const(runs)) {
            for (const QByteArray &secret : std::as_const(secrets)) {
                QVERIFY2(!done.out.contains(secret) && !done.err.contains(secret),
                         qPrintable(what + QStringLiteral(" printed a secret\n") + show(done)));
            }
        }
    }

    // A passphrase typed at the prompt is not echoed; keygen asks twice, sign once; two
    // different answers write nothing.
    void passphraseTypedOnATerminal()
    {
        const QByteArray passphrase = "typed at the terminal, not echoed";
        const QByteArray newKey = "Passphrase for the new key: ";
        const QByteArray again = "The same passphrase again: ";
        TerminalRun run = runOnTerminal({"keygen", "-o", path("typed")},
                                        {{newKey, passphrase}, {again, passphrase}});
        QVERIFY2(run.code == 0, run.screen.constData());
        QVERIFY(run.screen.contains(newKey) && run.screen.contains(again));
        QVERIFY2(!run.screen.contains(passphrase), run.screen.constData());
        const QString pass = passphraseFile("typed.pass", passphrase + "\n");
        QCOMPARE(runTool("openssl", {"pkey", "-in", path("typed.key"), "-passin", "file:" + pass,
                                     "-noout"})
                     .code,
                 0);

        const QString plan = newPlanFolder("typed");
        run = runOnTerminal({"sign", plan, "--key", path("typed.key"), "--signer", "T", "--role",
                             "dba"},
                            {{"Passphrase for " + QFile::encodeName(path("typed.key")) + ": ",
                              passphrase}});
        QVERIFY2(run.code == 0, run.screen.constData());
        QVERIFY2(!run.screen.contains(passphrase), run.screen.constData());
        QCOMPARE(runSigning({"verify", plan}).code, 0);

        run = runOnTerminal({"keygen", "-o", path("typo")},
                            {{newKey, passphrase}, {again, passphrase + "!"}});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.screen.contains("differ"), run.screen.constData());
        QVERIFY2(!run.screen.contains(passphrase), run.screen.constData());
        QVERIFY(!QFileInfo::exists(path("typo.key")));
    }

    // A key file cut short is refused by name, whether it signs or is trusted, and nothing
    // is written.
    void truncatedKeyFiles_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("cut");
        for (const char *key : {"plain", "encrypted", "public"}) {
            for (const char *cut : {"empty", "first line", "half", "no last line"})
                QTest::addRow("%s key, %s", key, cut) << key << cut;
        }
    }

    void truncatedKeyFiles()
    {
        QFETCH(QString, key);
        QFETCH(QString, cut);
        if (!QFileInfo::exists(path("whole-plain.key")))
            QCOMPARE(runSigning({"keygen", "-o", path("whole-plain"), "--no-passphrase"}).code, 0);
        makeKey("whole-encrypted");
        const QString source = key == "plain"       ? path("whole-plain.key")
                               : key == "encrypted" ? path("whole-encrypted.key")
                                                    : path("whole-encrypted.pub.pem");
        const QByteArray whole = readAll(source);
        QByteArray bytes;
        if (cut == "first line")
            bytes = whole.left(whole.indexOf('\n') + 1);
        else if (cut == "half")
            bytes = whole.left(whole.size() / 2);
        else if (cut == "no last line")
            bytes = whole.left(whole.indexOf("-----END"));
        const QString cutPath = path(key == "public" ? "cut.pub.pem" : "cut.key");
        QVERIFY(writeAll(cutPath, bytes));

        const QString plan = newPlanFolder("truncated");
        const CliRun run =
            key == "public"
                ? runSigning({"verify", plan, "--trust", cutPath})
                : runSigning({"sign", plan, "--key", cutPath, "--signer", "T", "--role", "dba",
                              "--passphrase-file", path("whole-encrypted.pass")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QFile::encodeName(cutPath) + ": ")
                     && (run.err.contains("damaged") || run.err.contains("not a PEM key file")),
                 qPrintable(show(run)));
        QVERIFY(!QFileInfo::exists(approvalsDirectory(plan)));
    }

    // A valid signature by a key that is not trusted: the report marks it NOT TRUSTED with the
    // key's fingerprint (short in the text, whole in --json), and verify fails.
    void untrustedKeyNamed()
    {
        const QString plan = newPlanFolder("untrusted");
        QCOMPARE(signAs(plan, "trudy", "A. Rivera", "change-manager").code, 0);
        QCOMPARE(signAs(plan, "mallory", "A. Rivera", "change-manager").code, 0);
        const QString trusted = SigningKey::loadPublicKey(path("trudy.pub.pem"))->fingerprint();
        const QString untrusted = SigningKey::loadPublicKey(path("mallory.pub.pem"))->fingerprint();
        const auto shortened = [](const QString &fingerprint) {
            return (fingerprint.left(4) + QChar(0x2026) + fingerprint.right(4)).toUtf8();
        };

        CliRun run = runSigning({"verify", plan, "--trust", path("trudy.pub.pem")});
        QCOMPARE(run.code, 1);
        const QByteArrayList lines = run.out.trimmed().split('\n');
        int marked = 0;
        for (const QByteArray &line : lines) {
            if (line.contains(shortened(untrusted))) {
                QVERIFY2(line.startsWith("VALID   A. Rivera (change-manager) ")
                             && line.endsWith(" [NOT TRUSTED]"),
                         line.constData());
                ++marked;
            } else if (line.contains(shortened(trusted))) {
                QVERIFY2(line.endsWith(" [trusted]"), line.constData());
            }
        }
        QCOMPARE(marked, 1);
        QCOMPARE(lines.constLast(), QByteArray("NOT VERIFIED: 1 approval by an untrusted key"));

        run = runSigning({"verify", plan, "--trust", path("trudy.pub.pem"), "--json"});
        QCOMPARE(run.code, 1);
        int untrustedApprovals = 0;
        for (const QJsonValue &value :
             QJsonDocument::fromJson(run.out).object().value("approvals").toArray()) {
            const QJsonObject approval = value.toObject();
            QVERIFY(approval.value("valid").toBool());
            const bool isTrusted = approval.value("keyFingerprint").toString() == trusted;
            if (!isTrusted) {
                QCOMPARE(approval.value("keyFingerprint").toString(), untrusted);
                ++untrustedApprovals;
            }
            QCOMPARE(approval.value("trusted").toBool(), isTrusted);
        }
        QCOMPARE(untrustedApprovals, 1);
    }

    // A trust list or a signing key that is not Ed25519 is refused by name.
    void foreignKeysRefused()
    {
        const QString rsa = path("rsa.key");
        QCOMPARE(runTool("openssl", {"genpkey", "-algorithm", "RSA", "-pkeyopt",
                                     "rsa_keygen_bits:1024", "-out", rsa})
                     .code,
                 0);
        QCOMPARE(runTool("openssl", {"pkey", "-in", rsa, "-pubout", "-out", path("rsa.pub.pem")})
                     .code,
                 0);
        const QString plan = newPlanFolder("foreign");
        CliRun run = runSigning({"verify", plan, "--trust", path("rsa.pub.pem")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("rsa.pub.pem") && run.err.contains("not Ed25519 but RSA"),
                 run.err.constData());
        run = runSigning({"sign", plan, "--key", rsa, "--signer", "R", "--role", "dba"});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("rsa.key") && run.err.contains("Ed25519"), run.err.constData());
        run = runSigning({"sign", plan, "--key", path("rsa.pub.pem"), "--signer", "R", "--role",
                          "dba"});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains("public key"));
        QVERIFY(!QFileInfo::exists(approvalsDirectory(plan)));
    }
};

QTEST_GUILESS_MAIN(tst_SigningCli)
#include "tst_signingcli.moc"
