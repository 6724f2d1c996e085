// SPDX-License-Identifier: GPL-3.0-or-later
// Keys and passphrases through the executable: keygen checked against stock openssl, the
// passphrase from a file, the environment or a terminal (never echoed, never printed), key files
// that are missing, cut short, foreign or not writable, and private keys always 0600.
#include "SigningCliFixture.h"

#include "signing/Approval.h"

#include <QFileInfo>
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
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

} // namespace

class tst_SigningCliKeys : public QObject, public SigningCliFolder
{
    Q_OBJECT

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
        ToolRun tool = runTool("openssl", {"pkey", "-in", key, "-passin", "file:" + pass, "-noout"});
        QVERIFY2(tool.code == 0, tool.err.constData());
        // ...and not without it.
        const QString wrong = passphraseFile("wrong.pass", "open sesame!\n");
        QVERIFY(runTool("openssl", {"pkey", "-in", key, "-passin", "file:" + wrong, "-noout"}).code
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
        QCOMPARE(runTool("openssl",
                         {"pkey", "-in", path("env.key"), "-passin", "file:" + pass, "-noout"})
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
        run = runSigning({"sign", plan, "--key", makeKey("carol"), "--signer", "C", "--role", "dba"},
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
        QVERIFY2(run.err.contains(empty.toUtf8()) && run.err.contains("empty"), run.err.constData());
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
        const CliRun run = runSigning(
            {"sign", plan, "--key", path("open.key"), "--signer", "O", "--role", "dba"});
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

    // Private keys are 0600 when written, even under a umask that would let everyone read new
    // files, and when --force replaces an older key file that everyone could read.
    void keygenWithPermissiveUmask()
    {
        writeAll(path("umask-old.key"), "an old key");
        QCOMPARE(::chmod(QFile::encodeName(path("umask-old.key")).constData(), 0666), 0);
        const mode_t saved = ::umask(0);
        const CliRun plain = runSigning({"keygen", "-o", path("umask-plain"), "--no-passphrase"});
        const CliRun encrypted = runSigning({"keygen", "-o", path("umask-enc")}, "pw-umask");
        const CliRun replaced = runSigning(
            {"keygen", "-o", path("umask-old"), "--no-passphrase", "--force"});
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
        QVERIFY(run("keygen, replaced",
                    {"keygen", "-o", path("quietplain"), "--no-passphrase", "--force"}, 0));
        QVERIFY(run("sign, file",
                    {"sign", plan, "--key", path("quiet.key"), "--signer", "Q", "--role",
                     "change-manager", "--passphrase-file", pass},
                    0));
        QVERIFY(run("sign, variable",
                    {"sign", plan, "--key", path("quietenv.key"), "--signer", "Q", "--role",
                     "security"},
                    0, passphrase));
        QVERIFY(
            run("sign, plain",
                {"sign", plan, "--key", path("quietplain.key"), "--signer", "Q", "--role", "dba"},
                0));
        QVERIFY(run("sign, wrong passphrase",
                    {"sign", plan, "--key", path("quiet.key"), "--signer", "Q", "--role", "x",
                     "--passphrase-file", wrongPass},
                    2));
        QVERIFY(run("sign, wrong variable",
                    {"sign", plan, "--key", path("quiet.key"), "--signer", "Q", "--role", "x"}, 2,
                    passphrase + "-not"));
        QVERIFY(run("sign, passphrase file as key",
                    {"sign", plan, "--key", pass, "--signer", "Q", "--role", "x"}, 2));
        QVERIFY(run("verify, private key as trust",
                    {"verify", plan, "--trust", path("quietplain.key")}, 2));
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
        QCOMPARE(runTool("openssl",
                         {"pkey", "-in", path("typed.key"), "-passin", "file:" + pass, "-noout"})
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
        const CliRun run = key == "public" ? runSigning({"verify", plan, "--trust", cutPath})
                                           : runSigning({"sign", plan, "--key", cutPath, "--signer",
                                                         "T", "--role", "dba", "--passphrase-file",
                                                         path("whole-encrypted.pass")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QFile::encodeName(cutPath) + ": ")
                     && (run.err.contains("damaged") || run.err.contains("not a PEM key file")),
                 qPrintable(show(run)));
        QVERIFY(!QFileInfo::exists(approvalsDirectory(plan)));
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
        run = runSigning(
            {"sign", plan, "--key", path("rsa.pub.pem"), "--signer", "R", "--role", "dba"});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains("public key"));
        QVERIFY(!QFileInfo::exists(approvalsDirectory(plan)));
    }
};

QTEST_GUILESS_MAIN(tst_SigningCliKeys)
#include "tst_signingclikeys.moc"
