// SPDX-License-Identifier: GPL-3.0-or-later
// Verifying a signed plan: approvers, roles, quorum, trust, stray files in approvals/, and a plan
// that no longer parses or was replaced by another.
#include "VerificationFixture.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace planner;
using namespace planner::test;

class tst_PlanVerification : public QObject, public ApproverKeys
{
    Q_OBJECT

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
        QTest::newRow("roles covered")
            << 0 << QStringList{"security", "change-manager"} << true << QString();
        QTest::newRow("role missing")
            << 2 << QStringList{"security", "dba"} << false << "role 'dba'";
        QTest::newRow("roles are case-sensitive")
            << 0 << QStringList{"Security"} << false << "role 'Security'";
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
