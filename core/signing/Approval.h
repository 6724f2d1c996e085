// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace planner {

class SigningKey;

/// One person's approval of one plan, in one role: what the approver signs. It is stored as
/// canonical JSON in `approvals/<id>.json` beside plan.json, with the raw Ed25519 signature of
/// exactly those bytes in `<id>.sig` and the signer's public key in `<id>.pub.pem`
/// (docs/signing.md). The plan is bound by the SHA-256 of plan.json's bytes.
struct ApprovalRecord
{
    static constexpr const char *format = "upgrade-planner-approval";
    static constexpr int formatVersion = 1;

    QString plan;           ///< the plan's title (plan.json's project.name, or "plan")
    QString planSha256;     ///< hex SHA-256 of plan.json's bytes, as `sha256sum` prints it
    QString signer;         ///< who approves, as they wrote it: "A. Rivera"
    QString role;           ///< in which role: "change-manager", "security"...
    QString signedAt;       ///< UTC, to the second: "2027-01-08T14:03:00Z"
    QString keyFingerprint; ///< SigningKey::fingerprint() of the key that signed

    QJsonObject toJson() const;
    /// The bytes that are signed: toJson() in canonical JSON.
    QByteArray toCanonicalJson() const;
    /// Reads a record, checking that @p bytes are canonical JSON with the format fields right
    /// and every field present and well formed. Errors say which field is wrong.
    static Expected<ApprovalRecord> fromCanonicalJson(const QByteArray &bytes);
};

/// @p time in UTC to the second, as signedAt holds it: "2027-01-08T14:03:00Z".
QString approvalTimestamp(const QDateTime &time);

/// The approval's id, its files' base name: `<yyyyMMddTHHmmssZ>-<first 8 hex of the key's
/// fingerprint>-<first 8 hex of the SHA-256 of @p recordBytes>`, e.g.
/// "20270108T140300Z-3f2a9c01-77d0e4b2". Sorts by time; safe as a file name. Empty when the
/// record's signedAt or fingerprint is malformed.
QString approvalId(const ApprovalRecord &record, const QByteArray &recordBytes);

/// True when @p id has the form approvalId() gives.
bool isApprovalId(const QString &id);

/// The folder of a plan's approvals: "approvals" beside @p planJsonPath.
QString approvalsDirectory(const QString &planJsonPath);

/// The plan's title as approvals name it: the string at `project.name`, or "plan".
QString planTitle(const QJsonObject &plan);

/// Signs the plan at @p planJsonPath with @p key as @p signer in @p role at @p signedAt and
/// writes the approval's three files into approvalsDirectory() (created when missing). The
/// .sig and .pub.pem are put in place first, the .json last: a failure leaves no partial
/// approval. Refuses a plan.json that does not parse or is not canonical JSON, an empty (or
/// multi-line) signer or role and a key without its private half. Returns the approval's id.
Expected<QString> addApproval(const QString &planJsonPath, const SigningKey &key,
                              const QString &signer, const QString &role,
                              const QDateTime &signedAt);

} // namespace planner
