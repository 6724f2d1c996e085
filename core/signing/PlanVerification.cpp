// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanVerification.h"

#include "Approval.h"
#include "CanonicalJson.h"
#include "SigningKey.h"
#include "exchange/InputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanVerification)
};

const QString jsonSuffix = QStringLiteral(".json");
const QString sigSuffix = QStringLiteral(".sig");
const QString pubSuffix = QStringLiteral(".pub.pem");

// Files bigger than this are not an approval's: do not read a stray video into memory.
constexpr qint64 maxApprovalFileSize = 1 << 20;

struct ReadResult
{
    QByteArray bytes;
    QString problem; // empty when read
};

ReadResult readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {{}, Tr::tr("missing")};
    if (file.size() > maxApprovalFileSize)
        return {{}, Tr::tr("too big for an approval file")};
    if (!file.open(QIODevice::ReadOnly))
        return {{}, Tr::tr("cannot be read: %1").arg(file.errorString())};
    return {file.readAll(), {}};
}

// The part of a file name in approvals/ that names the approval, and which file of it it is.
bool splitApprovalFile(const QString &name, QString *id, QString *suffix)
{
    for (const QString &known : {jsonSuffix, sigSuffix, pubSuffix}) {
        if (name.endsWith(known) && isApprovalId(name.chopped(known.size()))) {
            *id = name.chopped(known.size());
            *suffix = known;
            return true;
        }
    }
    return false;
}

// The first thing wrong with approval @p id, or an empty string. Fills @p approval from the
// record as far as it can be read.
QString checkApproval(const QDir &dir, const QString &shownDir, const QString &planSha256,
                      VerifiedApproval *approval)
{
    const QString id = approval->id;
    const auto shown = [&](const QString &suffix) { return shownDir + id + suffix; };

    const ReadResult json = readSmallFile(dir.filePath(id + jsonSuffix));
    if (!json.problem.isEmpty())
        return shown(jsonSuffix) + QStringLiteral(": ") + json.problem;
    const Expected<ApprovalRecord> record = ApprovalRecord::fromCanonicalJson(json.bytes);
    if (!record)
        return shown(jsonSuffix) + QStringLiteral(": ") + record.error().text();
    approval->signer = record->signer;
    approval->role = record->role;
    approval->signedAt = record->signedAt;
    approval->keyFingerprint = record->keyFingerprint;
    if (approvalId(*record, json.bytes) != id)
        return shown(jsonSuffix) + QStringLiteral(": ")
               + Tr::tr("the file name does not match the record (renamed or changed?)");

    const ReadResult pub = readSmallFile(dir.filePath(id + pubSuffix));
    if (!pub.problem.isEmpty())
        return shown(pubSuffix) + QStringLiteral(": ") + pub.problem;
    const Expected<SigningKey> key = SigningKey::fromPublicKeyPem(pub.bytes, shown(pubSuffix));
    if (!key)
        return key.error().text();
    // Byte for byte the PEM the key encodes to: no second spelling of the same key passes.
    if (key->publicKeyPem() != pub.bytes)
        return shown(pubSuffix) + QStringLiteral(": ")
               + Tr::tr("not the canonical PEM of its key (changed?)");
    if (key->fingerprint() != record->keyFingerprint)
        return shown(pubSuffix) + QStringLiteral(": ")
               + Tr::tr("key fingerprint %1 is not the record's keyFingerprint %2")
                     .arg(key->fingerprint(), record->keyFingerprint);

    const ReadResult sig = readSmallFile(dir.filePath(id + sigSuffix));
    if (!sig.problem.isEmpty())
        return shown(sigSuffix) + QStringLiteral(": ") + sig.problem;
    if (sig.bytes.size() != 64)
        return shown(sigSuffix) + QStringLiteral(": ")
               + Tr::tr("%1 bytes; an Ed25519 signature has 64").arg(sig.bytes.size());
    if (!key->verify(json.bytes, sig.bytes))
        return shown(sigSuffix) + QStringLiteral(": ")
               + Tr::tr("the signature does not match %1").arg(id + jsonSuffix);

    if (record->planSha256 != planSha256)
        return shown(jsonSuffix) + QStringLiteral(": ")
               + Tr::tr("signed another version of the plan (planSha256 %1, plan.json has %2): "
                        "the plan changed after it was signed")
                     .arg(record->planSha256.left(12), planSha256.left(12));
    return {};
}

} // namespace

bool VerificationReport::ok() const
{
    if (!planParses || !planProblem.isEmpty() || !problems.isEmpty())
        return false;
    return std::all_of(approvals.cbegin(), approvals.cend(),
                       [](const VerifiedApproval &a) { return a.valid && a.trusted; });
}

int VerificationReport::validApprovals() const
{
    return int(std::count_if(approvals.cbegin(), approvals.cend(),
                             [](const VerifiedApproval &a) { return a.valid && a.trusted; }));
}

VerificationReport verifyPlan(const QString &planJsonPath, const VerifyOptions &options)
{
    VerificationReport report;
    report.planPath = planJsonPath;
    report.requiredRoles = options.requiredRoles;
    report.requiredRoles.removeDuplicates();
    report.quorum = options.quorum;
    report.trustListGiven = options.trustListGiven;

    // A plan is read whole: a pipe or a device given as plan.json is refused, not waited on.
    const Expected<QByteArray> planBytes = readInputFile(planJsonPath);
    if (!planBytes) {
        report.planProblem = planJsonPath + QStringLiteral(": ") + planBytes.error().what;
    } else {
        const QByteArray &bytes = *planBytes;
        report.planSha256 = sha256Hex(bytes);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        report.planParses = parseError.error == QJsonParseError::NoError && document.isObject();
        if (!report.planParses) {
            report.planProblem = planJsonPath + QStringLiteral(": ")
                                 + Tr::tr("does not parse as a JSON object: %1 at byte %2")
                                       .arg(parseError.errorString())
                                       .arg(parseError.offset);
        } else if (!isCanonicalJson(bytes)) {
            report.planProblem = planJsonPath + QStringLiteral(": ")
                                 + Tr::tr("not canonical JSON (edited or reformatted?)");
        }
    }

    const QString folder = approvalsDirectory(planJsonPath);
    const QFileInfo folderInfo(folder);
    const QString shownDir = QStringLiteral("approvals/");
    QMap<QString, QSet<QString>> filesById;
    if (folderInfo.exists() && !folderInfo.isDir()) {
        report.problems.append(Tr::tr("%1: not a folder").arg(folder));
    } else if (folderInfo.isDir()) {
        const QDir dir(folder);
        const QFileInfoList entries = dir.entryInfoList(QDir::AllEntries | QDir::Hidden
                                                            | QDir::System | QDir::NoDotAndDotDot,
                                                        QDir::Name);
        for (const QFileInfo &entry : entries) {
            QString id;
            QString suffix;
            if (entry.isFile() && splitApprovalFile(entry.fileName(), &id, &suffix))
                filesById[id].insert(suffix);
            else
                report.problems.append(Tr::tr("%1%2: not part of an approval (stray file)")
                                           .arg(shownDir, entry.fileName()));
        }
        for (auto it = filesById.cbegin(); it != filesById.cend(); ++it) {
            if (it.value().contains(jsonSuffix)) {
                VerifiedApproval approval;
                approval.id = it.key();
                approval.problem = checkApproval(dir, shownDir, report.planSha256, &approval);
                approval.valid = approval.problem.isEmpty();
                approval.trusted = !options.trustListGiven
                                   || options.trustedFingerprints.contains(approval.keyFingerprint);
                report.approvals.append(approval);
            } else {
                for (const QString &suffix : it.value()) {
                    report.problems.append(
                        Tr::tr("%1%2%3: its approval record %2%4 is missing (incomplete approval)")
                            .arg(shownDir, it.key(), suffix, jsonSuffix));
                }
            }
        }
    }

    QSet<QString> roles;
    QSet<QString> keys;
    for (const VerifiedApproval &approval : std::as_const(report.approvals)) {
        if (approval.valid && approval.trusted) {
            roles.insert(approval.role);
            keys.insert(approval.keyFingerprint);
        }
    }
    report.rolesCovered = QStringList(roles.cbegin(), roles.cend());
    report.rolesCovered.sort();
    report.distinctApprovers = int(keys.size());
    for (const QString &role : std::as_const(report.requiredRoles)) {
        if (!roles.contains(role))
            report.problems.append(
                Tr::tr("role '%1' is required and has no valid, trusted approval").arg(role));
    }
    if (report.distinctApprovers < options.quorum) {
        report.problems.append(Tr::tr("quorum not met: %1 distinct approvers required, %2 approved")
                                   .arg(options.quorum)
                                   .arg(report.distinctApprovers));
    }
    return report;
}

} // namespace planner
