// SPDX-License-Identifier: GPL-3.0-or-later
// sign and verify through the executable as a user's script runs them: approvers, quorum,
// roles and trust, edited plans, usage errors; approvals checked against stock openssl and
// sha256sum.
#include "SigningCliFixture.h"

#include "signing/Approval.h"
#include "signing/SigningKey.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace planner;
using namespace planner::test;

class tst_SigningCli : public QObject, public SigningCliFolder
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(cliBinary()), qPrintable(cliBinary()));
        QVERIFY2(runTool("openssl", {"version"}).code == 0, "openssl is needed");
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
        const QJsonObject record
            = QJsonDocument::fromJson(readAll(approvals.filePath(id + ".json"))).object();

        ToolRun tool = runTool("sha256sum", {plan});
        QCOMPARE(tool.code, 0);
        QCOMPARE(QString::fromLatin1(tool.out.left(64)), record.value("planSha256").toString());

        const QStringList pkeyutl{"pkeyutl",
                                  "-verify",
                                  "-pubin",
                                  "-inkey",
                                  approvals.filePath(id + ".pub.pem"),
                                  "-rawin",
                                  "-in",
                                  approvals.filePath(id + ".json"),
                                  "-sigfile",
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

        const QStringList trustAll{"--trust",           path("ann.pub.pem"), "--trust",
                                   path("bob.pub.pem"), "--trust",           path("cid.pub.pem")};
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
            for (const char *field : {"id", "signer", "role", "signedAt", "keyFingerprint", "valid",
                                      "trusted", "problem"})
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
        QTest::newRow("sign missing plan") << QStringList{"sign",     "/nonexistent/plan.json",
                                                          "--key",    "k",
                                                          "--signer", "s",
                                                          "--role",   "r"}
                                           << "/nonexistent/plan.json";
        QTest::newRow("verify quorum not a number")
            << QStringList{"verify", "plan.json", "--quorum", "two"} << "--quorum";
        QTest::newRow("verify negative quorum")
            << QStringList{"verify", "plan.json", "--quorum", "-1"} << "--quorum";
        QTest::newRow("verify missing plan")
            << QStringList{"verify", "/nonexistent/plan.json"} << "no such file";
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
};

QTEST_GUILESS_MAIN(tst_SigningCli)
#include "tst_signingcli.moc"
