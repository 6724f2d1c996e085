// SPDX-License-Identifier: GPL-3.0-or-later
// A signed plan tampered with: every changed byte of plan.json and of each approval file caught,
// seeded random changes of a large plan, the same content in other bytes, and approvals forged
// from real parts; each refused, and the report says why against the right approval.
#include "VerificationFixture.h"

#include "generator/EstateGenerator.h"
#include "plandoc/PlanDocument.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace planner;
using namespace planner::test;

namespace {

// What verifyPlan() said wrong about a plan.json whose bytes are no longer the signed ones, or
// an empty string. The plan's own problem names the file and says it does not parse as a JSON
// object, or that it parses but is not canonical, or is empty when the bytes are still
// canonical JSON (another value, that only the hash tells apart); either way every approval
// says it signed another version of the plan.
QString planChangeMisreported(const VerificationReport &report, const QByteArray &bytes)
{
    if (report.ok())
        return QStringLiteral("verified");
    if (report.planSha256 != sha256Hex(bytes))
        return QStringLiteral("hash of other bytes: ") + report.planSha256;
    const bool isObject = QJsonDocument::fromJson(bytes).isObject();
    if (isObject && isCanonicalJson(bytes)) {
        if (!report.planProblem.isEmpty())
            return QStringLiteral("canonical plan reported as: ") + report.planProblem;
    } else if (!report.planProblem.startsWith(
                   report.planPath
                   + (isObject ? QStringLiteral(": not canonical JSON (edited or reformatted?)")
                               : QStringLiteral(": does not parse as a JSON object: ")))) {
        return QStringLiteral("plan problem: ") + report.planProblem;
    }
    if (report.approvals.isEmpty())
        return QStringLiteral("no approvals found");
    for (const VerifiedApproval &approval : report.approvals) {
        if (approval.valid
            || !approval.problem.contains(QLatin1String("the plan changed after it was signed")))
            return approval.id + QStringLiteral(": ") + approval.problem;
    }
    return {};
}

// The same JSON value in other bytes: @p how is "reordered" (members in reverse order),
// "pretty" (QJsonDocument's indented form), "newline" (a final line end), "space" (a blank
// after the first colon) or "escape" (the first letter u of a string written \u0075).
QByteArray respelled(const QByteArray &canonical, const QString &how)
{
    const QJsonObject object = QJsonDocument::fromJson(canonical).object();
    if (how == "reordered") {
        QStringList keys = object.keys();
        std::reverse(keys.begin(), keys.end());
        QByteArrayList members;
        for (const QString &key : std::as_const(keys))
            members << canonicalJson(QJsonValue(key)).value() + ':'
                           + canonicalJson(object.value(key)).value();
        return '{' + members.join(',') + '}';
    }
    if (how == "pretty")
        return QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (how == "newline")
        return canonical + '\n';
    QByteArray bytes = canonical;
    if (how == "space")
        return bytes.replace(bytes.indexOf(':'), 1, ": ");
    if (how == "escape")
        return bytes.replace(bytes.indexOf(":\"u") + 2, 1, "\\u0075");
    qFatal("respelled: unknown way %s", qPrintable(how));
}

} // namespace

class tst_PlanTampering : public QObject, public ApproverKeys
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        for (int i = 0; i < 3; ++i)
            m_keys.append(SigningKey::generate().value());
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
        const QString path = isPlan ? plan : QDir(approvalsDirectory(plan)).filePath(id + file);
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
            // A changed plan.json is reported as such, and by every approval.
            if (isPlan) {
                if (const QString wrong = planChangeMisreported(report, bytes); !wrong.isEmpty()) {
                    qWarning("%s of plan.json: %s", qPrintable(what), qPrintable(wrong));
                    return false;
                }
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

    // Seeded random changes of a large plan (a generated estate of 100 components): a byte
    // flipped, set, inserted, deleted, or two swapped. Each is caught and said right; some
    // leave the plan canonical JSON, another value that only the hash tells apart.
    void randomMutationsOfALargePlan()
    {
        QElapsedTimer timer;
        timer.start();
        GeneratorOptions generator;
        generator.components = 100;
        generator.seed = 16;
        const QByteArray original = buildPlanDocument(generateEstate(generator)).bytes;
        QVERIFY2(original.size() > 100000, qPrintable(QString::number(original.size())));
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.json"));
        QVERIFY(writeAll(plan, original));
        sign(plan, key(0), "A. Rivera", "change-manager", 3);
        sign(plan, key(1), "B. Okafor", "security", 4);
        QVERIFY(verifyPlan(plan, {}).ok());

        QRandomGenerator random(20270108);
        const int mutations = 300;
        int stillCanonical = 0;
        for (int i = 0; i < mutations; ++i) {
            QByteArray bytes = original;
            const qsizetype at = random.bounded(bytes.size() - 1);
            const auto other = [&](char c) { return char(c ^ (1 + random.bounded(255))); };
            QString what;
            switch (i % 5) {
            case 0: {
                const int bit = random.bounded(8);
                bytes[at] = char(bytes[at] ^ (1 << bit));
                what = QStringLiteral("bit %1 of byte %2 flipped").arg(bit).arg(at);
                break;
            }
            case 1:
                bytes[at] = other(bytes[at]);
                what = QStringLiteral("byte %1 set to 0x%2").arg(at).arg(uchar(bytes[at]), 0, 16);
                break;
            case 2:
                bytes.insert(at, char(random.bounded(256)));
                what = QStringLiteral("byte inserted at %1").arg(at);
                break;
            case 3:
                bytes.remove(at, 1);
                what = QStringLiteral("byte %1 deleted").arg(at);
                break;
            default: {
                qsizetype next = at + 1;
                while (next < bytes.size() && bytes[next] == bytes[at])
                    ++next;
                if (next == bytes.size())
                    bytes[at] = other(bytes[at]);
                else
                    std::swap(bytes[at], bytes[next]);
                what = QStringLiteral("bytes %1 and %2 swapped").arg(at).arg(next);
            }
            }
            QVERIFY2(bytes != original, qPrintable(what));
            QVERIFY(writeAll(plan, bytes));
            const VerificationReport report = verifyPlan(plan, {});
            const QString wrong = planChangeMisreported(report, bytes);
            QVERIFY2(wrong.isEmpty(), qPrintable(what + QStringLiteral(": ") + wrong));
            if (report.planProblem.isEmpty())
                ++stillCanonical;
        }
        qInfo("%d mutations of a %lld-byte plan, %d of them still canonical JSON, in %lld ms",
              mutations, qlonglong(original.size()), stillCanonical, timer.elapsed());
        QVERIFY(stillCanonical > 0); // the hash, not the JSON check, caught those
        QVERIFY(writeAll(plan, original));
        QVERIFY(verifyPlan(plan, {}).ok());
    }

    // The same content in other bytes. plan.json is verified as exact bytes (its SHA-256 is
    // in each approval) and must be its own canonical JSON; an approval's record is signed as
    // exact bytes and must be canonical too. So a plan or record with its members reordered,
    // pretty-printed, with a final newline, a blank, or an escaped letter is refused, although
    // it parses to the same JSON value: what was signed is bytes, not a value, and a verifier
    // with sha256sum and openssl (docs/signing.md) must reach the same answer. Likewise a
    // public key in another spelling and a signature with a line end.
    void sameContentOtherBytes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("words"); // in the changed approval's problem
        for (const char *how : {"reordered", "pretty", "newline", "space", "escape"}) {
            QTest::addRow("plan.json %s", how) << "plan.json" << how << QString();
            QTest::addRow("record %s", how)
                << ".json" << how << QStringLiteral(": not canonical JSON");
        }
        QTest::newRow("public key with CRLF") << ".pub.pem"
                                              << "crlf"
                                              << ": not the canonical PEM of its key";
        QTest::newRow("public key with a blank line") << ".pub.pem"
                                                      << "newline"
                                                      << ": not the canonical PEM of its key";
        QTest::newRow("signature with a line end") << ".sig"
                                                   << "newline"
                                                   << ": 65 bytes; an Ed25519 signature has 64";
    }

    void sameContentOtherBytes()
    {
        QFETCH(QString, file);
        QFETCH(QString, how);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString plan = writePlan(dir.path());
        const QString id = sign(plan, key(0), "A. Rivera", "change-manager");
        const bool isPlan = file == "plan.json";
        const QString path = isPlan ? plan : QDir(approvalsDirectory(plan)).filePath(id + file);
        const QByteArray original = readAll(path);
        QByteArray bytes;
        if (file.endsWith(".json")) {
            bytes = respelled(original, how);
            QCOMPARE(QJsonDocument::fromJson(bytes), QJsonDocument::fromJson(original));
        } else if (how == "crlf") {
            bytes = QByteArray(original).replace("\n", "\r\n");
            QCOMPARE(SigningKey::fromPublicKeyPem(bytes, "x")->fingerprint(),
                     key(0).fingerprint()); // the same key for OpenSSL
        } else {
            bytes = original + '\n';
        }
        QVERIFY(bytes != original);
        QVERIFY(writeAll(path, bytes));

        const VerificationReport report = verifyPlan(plan, {});
        QVERIFY(!report.ok());
        if (isPlan) {
            QVERIFY2(report.planProblem.contains("not canonical JSON"),
                     qPrintable(describe(report)));
            const QString wrong = planChangeMisreported(report, bytes);
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        } else {
            const VerifiedApproval &approval = report.approvals.constFirst();
            QVERIFY(!approval.valid);
            QVERIFY2(approval.problem.startsWith("approvals/" + id + file + words),
                     qPrintable(approval.problem));
        }
    }

    // Approvals put together from real parts. A and B sign (keys 0 and 1, both trusted, as
    // change-manager and security, both required); M is key 2, which nobody trusts. Each forgery
    // is refused, and the report says why, against the right approval.
    void forgedApprovals_data()
    {
        QTest::addColumn<QString>("forgery");
        // "A: words" = approval A is invalid and its problem holds words; "A valid";
        // "M untrusted" = M's approval is valid, not trusted, and names M's key;
        // "problem: words" = one of the report's problems holds words.
        // {A} {B} stand for the ids, {fpA} {fpB} {fpM} for the key fingerprints.
        QTest::addColumn<QStringList>("expected");
        const QString sigA = "A: approvals/{A}.sig: the signature does not match {A}.json";
        const QString sigB = "B: approvals/{B}.sig: the signature does not match {B}.json";
        const auto keyOf = [](const char *who, const char *found, const char *named) {
            return QStringLiteral("%1: key fingerprint {fp%2} is not the record's keyFingerprint "
                                  "{fp%3}")
                .arg(QLatin1String(who), QLatin1String(found), QLatin1String(named));
        };
        QTest::newRow("signatures swapped between approvers")
            << "swap sig" << QStringList{sigA, sigB};
        QTest::newRow("public keys swapped between approvers")
            << "swap pub" << QStringList{keyOf("A", "B", "A"), keyOf("B", "A", "B")};
        QTest::newRow("signature and key swapped between approvers")
            << "swap sig+pub" << QStringList{keyOf("A", "B", "A"), keyOf("B", "A", "B")};
        QTest::newRow("B's signature over A's record")
            << "copy sig" << QStringList{sigA, "B valid"};
        QTest::newRow("record naming A's key, signed by M")
            << "M signs as A's key" << QStringList{sigA, "B valid"};
        QTest::newRow("record naming A's key, signed by M, with M's key")
            << "M signs as A's key, M's pub" << QStringList{keyOf("A", "M", "A"), "B valid"};
        QTest::newRow("valid signature by an untrusted key, in A's name")
            << "M replaces A"
            << QStringList{"M untrusted", "B valid",
                           "problem: role 'change-manager' is required and has no valid, trusted "
                           "approval",
                           "problem: quorum not met: 2 distinct approvers required, 1 approved"};
        QTest::newRow("valid signature by an untrusted key, added")
            << "M adds" << QStringList{"M untrusted", "A valid", "B valid"};
        QTest::newRow("approval renamed")
            << "rename A" << QStringList{"A: the file name does not match the record", "B valid"};
        QTest::newRow("approval of another plan by A's key")
            << "A from another plan"
            << QStringList{"A: signed another version of the plan", "B valid"};
    }

    void forgedApprovals()
    {
        QFETCH(QString, forgery);
        QFETCH(QStringList, expected);
        const SigningKey mallory = key(2);
        QTemporaryDir dir;
        const QString plan = writePlan(dir.path());
        QString idA = sign(plan, key(0), "A. Rivera", "change-manager", 3);
        const QString idB = sign(plan, key(1), "B. Okafor", "security", 4);
        QString idM;
        const QDir approvals(approvalsDirectory(plan));
        const auto file = [&](const QString &id, const char *suffix) {
            return approvals.filePath(id + QLatin1String(suffix));
        };
        const auto swapFiles = [&](const char *suffix) {
            const QByteArray a = readAll(file(idA, suffix));
            return writeAll(file(idA, suffix), readAll(file(idB, suffix)))
                   && writeAll(file(idB, suffix), a);
        };
        const auto removeApproval = [&](const QString &id) {
            for (const char *suffix : {".json", ".sig", ".pub.pem"})
                QFile::remove(file(id, suffix));
        };
        VerifyOptions options;
        options.trustListGiven = true;
        options.trustedFingerprints = {key(0).fingerprint(), key(1).fingerprint()};
        options.requiredRoles = {"change-manager", "security"};
        options.quorum = 2;
        QVERIFY(verifyPlan(plan, options).ok());

        if (forgery == "swap sig") {
            QVERIFY(swapFiles(".sig"));
        } else if (forgery == "swap pub") {
            QVERIFY(swapFiles(".pub.pem"));
        } else if (forgery == "swap sig+pub") {
            QVERIFY(swapFiles(".sig") && swapFiles(".pub.pem"));
        } else if (forgery == "copy sig") {
            QVERIFY(writeAll(file(idA, ".sig"), readAll(file(idB, ".sig"))));
        } else if (forgery.startsWith("M signs as A's key")) {
            const QByteArray record = readAll(file(idA, ".json"));
            QVERIFY(writeAll(file(idA, ".sig"), mallory.sign(record).value()));
            if (forgery.endsWith("M's pub"))
                QVERIFY(writeAll(file(idA, ".pub.pem"), mallory.publicKeyPem()));
        } else if (forgery == "M replaces A" || forgery == "M adds") {
            if (forgery == "M replaces A") {
                removeApproval(idA);
                idA.clear();
            }
            idM = sign(plan, mallory, "A. Rivera", "change-manager", 5);
        } else if (forgery == "rename A") {
            const QString renamed = QStringLiteral("20270108T140400Z-") + idA.mid(17);
            for (const char *suffix : {".json", ".sig", ".pub.pem"})
                QVERIFY(QFile::rename(file(idA, suffix), file(renamed, suffix)));
            idA = renamed;
        } else if (forgery == "A from another plan") {
            QTemporaryDir other;
            const QString otherPlan = writePlan(other.path(), smallPlan("Another plan"));
            const QString otherId = sign(otherPlan, key(0), "A. Rivera", "change-manager", 3);
            removeApproval(idA);
            const QDir from(approvalsDirectory(otherPlan));
            for (const char *suffix : {".json", ".sig", ".pub.pem"})
                QVERIFY(QFile::copy(from.filePath(otherId + suffix), file(otherId, suffix)));
            idA = otherId;
        } else {
            QFAIL(qPrintable("unknown forgery " + forgery));
        }

        const VerificationReport report = verifyPlan(plan, options);
        QVERIFY2(!report.ok(), qPrintable(describe(report)));
        const auto approval = [&](const QString &who) -> const VerifiedApproval * {
            const QString id = who == "A" ? idA : who == "B" ? idB : idM;
            for (const VerifiedApproval &found : report.approvals) {
                if (found.id == id)
                    return &found;
            }
            return nullptr;
        };
        for (QString expectation : std::as_const(expected)) {
            expectation.replace("{A}", idA).replace("{B}", idB);
            expectation.replace("{fpA}", key(0).fingerprint())
                .replace("{fpB}", key(1).fingerprint())
                .replace("{fpM}", mallory.fingerprint());
            const QString who = expectation.section(u' ', 0, 0)
                                    .chopped(expectation.section(u' ', 0, 0).endsWith(u':') ? 1 : 0);
            const QString words = expectation.section(u' ', 1);
            const QString context = expectation + QStringLiteral("\n") + describe(report);
            if (who == "problem") {
                QVERIFY2(std::any_of(report.problems.cbegin(), report.problems.cend(),
                                     [&](const QString &p) { return p.contains(words); }),
                         qPrintable(context));
                continue;
            }
            const VerifiedApproval *found = approval(who);
            QVERIFY2(found, qPrintable(context));
            if (words == "valid") {
                QVERIFY2(found->valid && found->trusted, qPrintable(context));
            } else if (words == "untrusted") {
                // A sound signature, by a key that is not trusted: named by its fingerprint.
                QVERIFY2(found->valid && !found->trusted, qPrintable(context));
                QCOMPARE(found->keyFingerprint, mallory.fingerprint());
                QVERIFY(found->problem.isEmpty());
            } else {
                QVERIFY2(!found->valid && found->problem.contains(words), qPrintable(context));
            }
        }
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
        static const QByteArray alphabet
            = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        const qsizetype value = alphabet.indexOf(pem.at(pad - 1));
        pem[pad - 1] = alphabet.at((value & ~3) | ((value + 1) & 3));
        QVERIFY(SigningKey::fromPublicKeyPem(pem, "x").ok()); // the same key for OpenSSL...
        QCOMPARE(SigningKey::fromPublicKeyPem(pem, "x")->fingerprint(), key(0).fingerprint());
        QVERIFY(writeAll(path, pem));
        const VerificationReport report = verifyPlan(plan, {});
        QVERIFY(!report.ok()); // ...but not the bytes that were signed beside
        QVERIFY(report.approvals.constFirst().problem.contains("canonical"));
    }
};

QTEST_GUILESS_MAIN(tst_PlanTampering)
#include "tst_plantampering.moc"
