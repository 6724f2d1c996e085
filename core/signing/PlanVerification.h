// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace planner {

/// One approval found beside a plan, checked.
struct VerifiedApproval
{
    QString id;     ///< the base name of its files in approvals/
    QString signer; ///< as the record says (empty when the record does not parse)
    QString role;
    QString signedAt;
    QString keyFingerprint;
    bool valid = false;   ///< record, signature and public key all intact, for this plan
    bool trusted = false; ///< its key is in the trust list, or no trust list was given
    QString problem;      ///< empty when valid: the first thing wrong, naming the file
};

/// What a plan must have to be verified.
struct VerifyOptions
{
    QStringList trustedFingerprints; ///< SigningKey::fingerprint() of each trusted key
    bool trustListGiven = false;     ///< when false every valid key is trusted
    QStringList requiredRoles;       ///< each needs a valid, trusted approval
    int quorum = 0;                  ///< distinct keys with a valid, trusted approval, at least
};

/// The outcome of verifyPlan(): the plan, each approval, and what is missing.
struct VerificationReport
{
    QString planPath;
    QString planSha256;                ///< of plan.json's bytes; empty when it cannot be read
    bool planParses = false;           ///< plan.json reads as a JSON object
    QString planProblem;               ///< empty when plan.json is readable, parses, is canonical
    QList<VerifiedApproval> approvals; ///< sorted by id, i.e. by time
    QStringList problems;              ///< stray files, uncovered roles, quorum not met: sentences
    QStringList rolesCovered;          ///< roles of valid, trusted approvals, sorted, once each
    int distinctApprovers = 0;         ///< distinct keys among valid, trusted approvals
    QStringList requiredRoles;         ///< as asked (VerifyOptions)
    int quorum = 0;                    ///< as asked
    bool trustListGiven = false;       ///< as asked

    /// True when the plan is intact and every approval is valid and trusted, every required
    /// role covered and the quorum met. A plan with no approvals and no requirement is ok.
    bool ok() const;
    int validApprovals() const; ///< valid and trusted
};

/// Checks the plan at @p planJsonPath and every approval in its approvals folder: each record
/// parses, is canonical and names this plan's SHA-256; each .pub.pem is exactly the canonical
/// PEM of the Ed25519 key the record names; each .sig is the 64-byte signature of the record's
/// bytes by that key. Files in approvals/ that belong to no complete approval are problems.
/// Only valid, trusted approvals count toward roles and quorum; one key is one approver.
VerificationReport verifyPlan(const QString &planJsonPath, const VerifyOptions &options);

} // namespace planner
