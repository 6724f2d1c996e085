// SPDX-License-Identifier: GPL-3.0-or-later
// Verifying a signed plan: approvers, roles, quorum, trust, and every changed byte caught.
#include "SigningFixture.h"

#include "signing/Approval.h"
#include "signing/PlanVerification.h"
#include "signing/SigningKey.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace planner;
using namespace planner::test;

namespace {

const QDateTime signingTime(QDate(2027, 1, 8), QTime(14, 3, 0), Qt::UTC);

QString describe(const VerificationReport &report)
{
    QStringList lines{report.planProblem};
    for (const VerifiedApproval &approval : report.approvals)
        lines << approval.id + QStringLiteral(": ") + approval.problem;
    lines << report.problems;
    return lines.join(u'\n');
}

} // namespace

class tst_PlanVerification : public QObject
{
    Q_OBJECT

    QList<SigningKey> m_keys; // three approvers, made once: key generation is not under test

    SigningKey key(int i) const { return m_keys.at(i); }

    static QString sign(const QString &plan, const SigningKey &key, const QString &signer,
                        const QString &role, int minute = 3)
    {
        const Expected<QString> id =
            addApproval(plan, key, signer, role,
                        QDateTime(QDate(2027, 1, 8), QTime(14, minute, 0), Qt::UTC));
        if (!id)
            qFatal("addApproval: %s", qPrintable(id.error().text()));
        return *id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (int i = 0; i < 3; ++i)
            m_keys.append(SigningKey::generate().value());
    }

    void oneApprover()
    {
        QTemporaryDir dir;
        const QString plan = writePlan(dir.path());
        const QString id = sign(plan, key(0), "A. Rivera", "change-manager");

        const VerificationReport report = verifyPlan(plan, {});
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        QVERIFY(report.planParses);
        QCOMPARE(report.planSha256, sha256Hex(readAll(plan)));
        QCOMPARE(report.approvals.size(), 1);
        const VerifiedApproval &approval = report.approvals.constFirst();
        QCOMPARE(approval.id, id);
        QCOMPARE(approval.signer, QStringLiteral("A. Rivera"));
        QCOMPARE(approval.role, QStringLiteral("change-manager"));
        QCOMPARE(approval.signedAt, QStringLiteral("2027-01-08T14:03:00Z"));
        QCOMPARE(approval.keyFingerprint, key(0).fingerprint());
        QVERIFY(approval.valid);
        QVERIFY(approval.trusted);
        QVERIFY(approval.problem.isEmpty());
        QCOMPARE(report.rolesCovered, QStringList{"change-manager"});
        QCOMPARE(report.distinctApprovers, 1);
    }

    void threeApprovers()
    {
        QTemporaryDir dir;
        const QString plan = writePlan(dir.path());
        sign(plan, key(0), "A. Rivera", "change-manager", 3);
        sign(plan, key(1), "B. Okafor", "security", 4);
        sign(plan, key(2), "C. Lindqvist", "dba", 5);

        VerifyOptions options;
        options.quorum = 3;
        options.requiredRoles = {"change-manager", "security", "dba"};
        const VerificationReport report = verifyPlan(plan, options);
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        QCOMPARE(report.approvals.size(), 3);
        QCOMPARE(report.approvals.at(0).signer, QStringLiteral("A. Rivera")); // sorted by time
        QCOMPARE(report.approvals.at(2).signer, QStringLiteral("C. Lindqvist"));
        QCOMPARE(report.rolesCovered, QStringList({"change-manager", "dba", "security"}));
        QCOMPARE(report.distinctApprovers, 3);
        QCOMPARE(report.validApprovals(), 3);
    }

    void quorumAndRoles_data()
    {
        QTest::addColumn<int>("quorum");
        QTest::addColumn<QStringList>("required");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("problem");
        // Signed by key 0 as change-manager, key 1 as security.
        QTest::newRow("nothing required") << 0 << QStringList() << true << QString();
        QTest::newRow("quorum met") << 2 << QStringList() << true << QString();
        QTest::newRow("quorum not met") << 3 << QStringList() << false << "quorum not met";
        QTest::newRow("roles covered") << 0 << QStringList{"security", "change-manager"} << true
                                       << QString();
        QTest::newRow("role missing") << 2 << QStringList{"security", "dba"} << false
                                      << "role 'dba'";
        QTest::newRow("roles are case-sensitive") << 0 << QStringList{"Security"} << false
                                                  << "role 'Security'";
    }

    void quorumAndRoles()
    {
        QFETCH(int, quorum);
        QFETCH(QStringList, required);
        QFETCH(bool, ok);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString plan = writePlan(dir.path());
        sign(plan, key(0), "A. Rivera", "change-manager", 3);
        sign(plan, key(1), "B. Okafor", "security", 4);
        VerifyOptions options;
        options.quorum = quorum;
        options.requiredRoles = required;
        const VerificationReport report = verifyPlan(plan, options);
        QCOMPARE(report.ok(), ok);
        QCOMPARE(report.validApprovals(), 2); // the approvals themselves are fine either way
        if (!problem.isEmpty()) {
            QCOMPARE(report.problems.size(), 1);
            QVERIFY2(report.problems.constFirst().contains(problem), qPrintable(describe(report)));
        }
    }

    void oneKeyTwiceIsOneApprover()
    {
        QTemporaryDir dir;
        const QString plan = writePlan(dir.path());
        sign(plan, key(0), "A. Rivera", "change-manager", 3);
        sign(plan, key(0), "A. Rivera", "security", 4);
        VerifyOptions options;
        options.quorum = 2;
        const VerificationReport report = verifyPlan(plan, options);
        QCOMPARE(report.validApprovals(), 2);
        QCOMPARE(report.distinctApprovers, 1);
        QCOMPARE(report.rolesCovered, QStringList({"change-manager", "security"}));
        QVERIFY(!report.ok());
        options.quorum = 1;
        QVERIFY(verifyPlan(plan, options).ok());
    }

    void trustList()
    {
        QTemporaryDir dir;
        const QString plan = writePlan(dir.path());
        sign(plan, key(0), "A. Rivera", "change-manager", 3);
        sign(plan, key(1), "B. Okafor", "security", 4);

        VerifyOptions options;
        options.trustListGiven = true;
        options.trustedFingerprints = {key(0).fingerprint(), key(1).fingerprint()};
        QVERIFY(verifyPlan(plan, options).ok());

        options.trustedFingerprints = {key(0).fingerprint(), key(2).fingerprint()};
        options.requiredRoles = {"security"};
        const VerificationReport report = verifyPlan(plan, options);
        QVERIFY(!report.ok());
        QVERIFY(report.approvals.at(0).trusted);
        QVERIFY(report.approvals.at(1).valid);
        QVERIFY(!report.approvals.at(1).trusted);
        // An untrusted key covers no role and counts for no quorum.
        QCOMPARE(report.rolesCovered, QStringList{"change-manager"});
        QCOMPARE(report.distinctApprovers, 1);

        options.trustedFingerprints.clear(); // a trust list that trusts nobody
        QVERIFY(!verifyPlan(plan, VerifyOptions{{}, true, {}, 0}).ok());
    }

    void noApprovals()
    {
        QTemporaryDir dir;
        const QString plan = writePlan(dir.path());
        VerificationReport report = verifyPlan(plan, {});
        QVERIFY(report.ok());
        QVERIFY(report.approvals.isEmpty());
        QVERIFY(QDir(dir.path()).mkdir("approvals"));
        QVERIFY(verifyPlan(plan, {}).ok());
        report = verifyPlan(plan, VerifyOptions{{}, false, {}, 1});
        QVERIFY(!report.ok());
        report = verifyPlan(plan, VerifyOptions{{}, false, {"dba"}, 0});
        QVERIFY(!report.ok());
    }

    void strayAndIncompleteFiles_data()
    {
        QTest::addColumn<QString>("action");
        QTest::newRow("unknown file") << "README.txt";
        QTest::newRow("leftover temporary") << ".x.json.tmp-0123";
        QTest::newRow("signature alone") << "sig-alone";
        QTest::newRow("subfolder") << "folder";
    }

    void strayAndIncompleteFiles()
    {
        QFETCH(QString, action);
        QTemporaryDir dir;
        const QString plan = writePlan(dir.path());
        const QString id = sign(plan, key(0), "A. Rivera", "change-manager");
        const QDir approvals(approvalsDirectory(plan));
        QVERIFY(verifyPlan(plan, {}).ok());
        if (action == "sig-alone")
            QVERIFY(QFile::copy(approvals.filePath(id + ".sig"),
                                approvals.filePath("20270109T000000Z-00000000-00000000.sig")));
        else if (action == "folder")
            QVERIFY(approvals.mkdir("extra"));
        else
            QVERIFY(writeAll(approvals.filePath(action), "x"));
        const VerificationReport report = verifyPlan(plan, {});
        QVERIFY(!report.ok());
        QCOMPARE(report.approvals.size(), 1);
        QVERIFY(report.approvals.constFirst().valid); // the real approval is still fine
        QCOMPARE(report.problems.size(), 1);
        QVERIFY(report.problems.constFirst().startsWith("approvals/"));
    }

    void planThatNoLongerParses()
    {
        QTemporaryDir dir;
        const QString plan = writePlan(dir.path());
        sign(plan, key(0), "A. Rivera", "change-manager");
        QVERIFY(writeAll(plan, "{\"format\":"));
        const VerificationReport report = verifyPlan(plan, {});
        QVERIFY(!report.ok());
        QVERIFY(!report.planParses);
        QVERIFY(report.planProblem.contains(plan));
        QVERIFY(!report.approvals.constFirst().valid);
        QVERIFY(report.approvals.constFirst().problem.contains("changed after it was signed"));
    }

    // Every byte of plan.json and of each approval file, changed two ways, each truncation,
    // one byte more, and the file deleted: none of it verifies.
    void everyMutationDetected_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("plan.json") << "plan.json";
        QTest::newRow(".json") << ".json";
        QTest::newRow(".sig") << ".sig";
        QTest::newRow(".pub.pem") << ".pub.pem";
    }

    void everyMutationDetected()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString plan = writePlan(dir.path());
        const QString id = sign(plan, key(0), "A. Rivera", "change-manager");
        sign(plan, key(1), "B. Okafor", "security", 4); // an untouched neighbour
        const bool isPlan = file == "plan.json";
        const QString path =
            isPlan ? plan : QDir(approvalsDirectory(plan)).filePath(id + file);
        const QByteArray original = readAll(path);
        QVERIFY(!original.isEmpty());
        QVERIFY(verifyPlan(plan, {}).ok());

        int checked = 0;
        const auto expectRejected = [&](const QByteArray &bytes, const QString &what) {
            if (!writeAll(path, bytes))
                return false;
            const VerificationReport report = verifyPlan(plan, {});
            ++checked;
            if (report.ok()) {
                qWarning("%s of %s verified", qPrintable(what), qPrintable(file));
                return false;
            }
            // A changed approval file is reported against that approval, naming the file.
            if (!isPlan) {
                const VerifiedApproval &changed = report.approvals.constFirst();
                if (changed.id != id || changed.valid || !changed.problem.contains(id + file)) {
                    qWarning("%s of %s: reported as '%s'", qPrintable(what), qPrintable(file),
                             qPrintable(describe(report)));
                    return false;
                }
                if (!report.approvals.at(1).valid)
                    return false;
            }
            return true;
        };

        for (qsizetype i = 0; i < original.size(); ++i) {
            for (const char mask : {char(0x01), char(0x20), char(0x80)}) {
                QByteArray bytes = original;
                bytes[i] = char(bytes[i] ^ mask);
                QVERIFY2(expectRejected(bytes, QStringLiteral("byte %1 ^ 0x%2")
                                                   .arg(i)
                                                   .arg(uint(uchar(mask)), 2, 16, QChar(u'0'))),
                         qPrintable(QStringLiteral("byte %1").arg(i)));
            }
        }
        for (qsizetype size = 0; size < original.size(); ++size) {
            QVERIFY2(expectRejected(original.left(size),
                                    QStringLiteral("truncation to %1 bytes").arg(size)),
                     qPrintable(QStringLiteral("truncated to %1").arg(size)));
        }
        QVERIFY(expectRejected(original + '\n', QStringLiteral("a byte more")));
        QVERIFY(expectRejected(original + original, QStringLiteral("doubled")));
        QCOMPARE(checked, int(original.size()) * 4 + 2);

        QVERIFY(writeAll(path, original));
        QVERIFY(verifyPlan(plan, {}).ok());
        QVERIFY(QFile::remove(path));
        const VerificationReport deleted = verifyPlan(plan, {});
        QVERIFY(!deleted.ok());
        if (file == ".json") // the others are now stray, the neighbour still fine
            QCOMPARE(deleted.approvals.size(), 1);
        else if (!isPlan)
            QVERIFY(deleted.approvals.constFirst().problem.contains(QLatin1String("missing")));
    }

    // The trailing base64 character of the public key has two unused bits: changing them keeps
    // the same key, and is still caught (the PEM must be the key's own canonical bytes).
    void nonCanonicalPublicKeyPem()
    {
        QTemporaryDir dir;
        const QString plan = writePlan(dir.path());
        const QString id = sign(plan, key(0), "A. Rivera", "change-manager");
        const QString path = QDir(approvalsDirectory(plan)).filePath(id + ".pub.pem");
        QByteArray pem = readAll(path);
        const qsizetype pad = pem.indexOf('=');
        QVERIFY(pad > 0);
        static const QByteArray alphabet =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        const qsizetype value = alphabet.indexOf(pem.at(pad - 1));
        pem[pad - 1] = alphabet.at((value & ~3) | ((value + 1) & 3));
        QVERIFY(SigningKey::fromPublicKeyPem(pem, "x").ok()); // the same key for OpenSSL...
        QCOMPARE(SigningKey::fromPublicKeyPem(pem, "x")->fingerprint(), key(0).fingerprint());
        QVERIFY(writeAll(path, pem));
        const VerificationReport report = verifyPlan(plan, {});
        QVERIFY(!report.ok()); // ...but not the bytes that were signed beside
        QVERIFY(report.approvals.constFirst().problem.contains("canonical"));
    }

    void approvalOfAnotherPlan()
    {
        QTemporaryDir dir;
        const QString plan = writePlan(dir.path());
        sign(plan, key(0), "A. Rivera", "change-manager");
        writePlan(dir.path(), smallPlan(QStringLiteral("Another plan")));
        const VerificationReport report = verifyPlan(plan, {});
        QVERIFY(report.planParses);
        QVERIFY(report.planProblem.isEmpty());
        QVERIFY(!report.ok());
        QVERIFY(report.approvals.constFirst().problem.contains("changed after it was signed"));
    }
};

QTEST_GUILESS_MAIN(tst_PlanVerification)
#include "tst_planverification.moc"
