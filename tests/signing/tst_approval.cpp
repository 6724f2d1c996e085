// SPDX-License-Identifier: GPL-3.0-or-later
// Adding an approval: the record's bytes, its id, its three files, and what is refused.
#include "SigningFixture.h"

#include "signing/Approval.h"
#include "signing/SigningKey.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace planner;
using namespace planner::test;

namespace {

const QDateTime signingTime(QDate(2027, 1, 8), QTime(14, 3, 0), Qt::UTC);

} // namespace

class tst_Approval : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordIsCanonicalAndRoundTrips()
    {
        ApprovalRecord record;
        record.plan = QStringLiteral("Ledger upgrade \u00e9t\u00e9");
        record.planSha256 = sha256Hex("plan");
        record.signer = QStringLiteral("A. Rivera");
        record.role = QStringLiteral("change-manager");
        record.signedAt = approvalTimestamp(signingTime);
        record.keyFingerprint = sha256Hex("key");
        QCOMPARE(record.signedAt, QStringLiteral("2027-01-08T14:03:00Z"));

        const QByteArray bytes = record.toCanonicalJson();
        QVERIFY(isCanonicalJson(bytes));
        QVERIFY(bytes.startsWith("{\"format\":\"upgrade-planner-approval\",\"formatVersion\":1,"
                                 "\"keyFingerprint\":\""));
        const Expected<ApprovalRecord> back = ApprovalRecord::fromCanonicalJson(bytes);
        QVERIFY(back.ok());
        QCOMPARE(back->plan, record.plan);
        QCOMPARE(back->signer, record.signer);
        QCOMPARE(back->toCanonicalJson(), bytes);

        const QString id = approvalId(record, bytes);
        QVERIFY(isApprovalId(id));
        QCOMPARE(id, QStringLiteral("20270108T140300Z-%1-%2")
                         .arg(record.keyFingerprint.left(8), sha256Hex(bytes).left(8)));
    }

    void recordProblems_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("where");
        QTest::newRow("format") << "format" << QJsonValue("other") << "format";
        QTest::newRow("formatVersion") << "formatVersion" << QJsonValue(2) << "formatVersion";
        QTest::newRow("missing signer") << "signer" << QJsonValue() << "signer";
        QTest::newRow("empty role") << "role" << QJsonValue("") << "role";
        QTest::newRow("line break in signer") << "signer" << QJsonValue("A\nB") << "signer";
        QTest::newRow("local time")
            << "signedAt" << QJsonValue("2027-01-08T14:03:00+01:00") << "signedAt";
        QTest::newRow("upper-case hash")
            << "planSha256" << QJsonValue(sha256Hex("x").toUpper()) << "planSha256";
        QTest::newRow("short fingerprint")
            << "keyFingerprint" << QJsonValue("abcd") << "keyFingerprint";
    }

    void recordProblems()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, where);
        ApprovalRecord record{QStringLiteral("p"),
                              sha256Hex("p"),
                              QStringLiteral("s"),
                              QStringLiteral("r"),
                              QStringLiteral("2027-01-08T14:03:00Z"),
                              sha256Hex("k")};
        QJsonObject json = record.toJson();
        if (value.isNull())
            json.remove(field);
        else
            json.insert(field, value);
        const Expected<ApprovalRecord> read = ApprovalRecord::fromCanonicalJson(
            canonicalJson(json).value());
        QVERIFY(!read.ok());
        QCOMPARE(read.error().where, where);
    }

    void addApprovalWritesThreeFiles()
    {
        QTemporaryDir dir;
        const QString plan = writePlan(dir.path(), smallPlan(QStringLiteral("Ledger 2027")));
        const SigningKey key = SigningKey::generate().value();
        const Expected<QString> id = addApproval(plan, key, QStringLiteral("A. Rivera"),
                                                 QStringLiteral("change-manager"), signingTime);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().text()));
        QVERIFY(id->startsWith(QStringLiteral("20270108T140300Z-") + key.fingerprint().left(8)));

        const QDir approvals(approvalsDirectory(plan));
        QCOMPARE(approvals.entryList(QDir::Files | QDir::Hidden, QDir::Name),
                 QStringList({*id + ".json", *id + ".pub.pem", *id + ".sig"}));
        const QByteArray recordBytes = readAll(approvals.filePath(*id + ".json"));
        const ApprovalRecord record = ApprovalRecord::fromCanonicalJson(recordBytes).value();
        QCOMPARE(record.plan, QStringLiteral("Ledger 2027"));
        QCOMPARE(record.planSha256, sha256Hex(readAll(plan)));
        QCOMPARE(record.signer, QStringLiteral("A. Rivera"));
        QCOMPARE(record.role, QStringLiteral("change-manager"));
        QCOMPARE(record.signedAt, QStringLiteral("2027-01-08T14:03:00Z"));
        QCOMPARE(record.keyFingerprint, key.fingerprint());
        QCOMPARE(approvalId(record, recordBytes), *id);
        QCOMPARE(readAll(approvals.filePath(*id + ".pub.pem")), key.publicKeyPem());
        const QByteArray signature = readAll(approvals.filePath(*id + ".sig"));
        QCOMPARE(signature.size(), 64);
        QVERIFY(key.publicKey().verify(recordBytes, signature));

        // The very same approval again is refused, and leaves nothing behind.
        const Expected<QString> again = addApproval(plan, key, QStringLiteral("A. Rivera"),
                                                    QStringLiteral("change-manager"), signingTime);
        QVERIFY(!again.ok());
        QVERIFY(again.error().text().contains(*id));
        QCOMPARE(approvals.entryList(QDir::Files | QDir::Hidden).size(), 3);
    }

    void planTitleDefaultsToPlan()
    {
        QCOMPARE(planTitle(QJsonObject{}), QStringLiteral("plan"));
        QCOMPARE(planTitle(smallPlan(QStringLiteral("X"))), QStringLiteral("X"));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("planBytes");
        QTest::addColumn<QString>("signer");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("words");
        const QByteArray good = canonicalJson(smallPlan()).value();
        QTest::newRow("not canonical") << QJsonDocument(smallPlan()).toJson() << "A"
                                       << "r"
                                       << "not canonical";
        QTest::newRow("does not parse") << good.chopped(1) << "A"
                                        << "r"
                                        << "not JSON";
        QTest::newRow("array") << QByteArray("[1]") << "A"
                               << "r"
                               << "not a JSON object";
        QTest::newRow("empty signer") << good << ""
                                      << "r"
                                      << "signer";
        QTest::newRow("blank role") << good << "A"
                                    << "  "
                                    << "role";
        QTest::newRow("role with line break") << good << "A"
                                              << "a\nb"
                                              << "role";
    }

    void refusals()
    {
        QFETCH(QByteArray, planBytes);
        QFETCH(QString, signer);
        QFETCH(QString, role);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.json"));
        QVERIFY(writeAll(plan, planBytes));
        const Expected<QString> id = addApproval(plan, SigningKey::generate().value(), signer, role,
                                                 signingTime);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().text().contains(words), qPrintable(id.error().text()));
        QVERIFY(!QFileInfo::exists(approvalsDirectory(plan))
                || QDir(approvalsDirectory(plan)).isEmpty());
    }

    void refusesPublicKeyAndMissingPlan()
    {
        QTemporaryDir dir;
        const QString plan = writePlan(dir.path());
        const SigningKey key = SigningKey::generate().value();
        QVERIFY(!addApproval(plan, key.publicKey(), "A", "r", signingTime).ok());
        const Expected<QString> missing = addApproval(dir.filePath("nope/plan.json"), key, "A", "r",
                                                      signingTime);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().text().contains(QLatin1String("nope/plan.json")));
    }

    // A folder that cannot be written (here: approvals is a file) fails naming it, with no
    // files left behind.
    void unwritableApprovalsFolder()
    {
        QTemporaryDir dir;
        const QString plan = writePlan(dir.path());
        QVERIFY(writeAll(approvalsDirectory(plan), "not a folder"));
        const Expected<QString> id = addApproval(plan, SigningKey::generate().value(), "A", "r",
                                                 signingTime);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().text().contains(approvalsDirectory(plan)),
                 qPrintable(id.error().text()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_Approval)
#include "tst_approval.moc"
