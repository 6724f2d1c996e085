// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Approvers for the verification tests (tst_planverification, tst_plantampering): three keys
// made once, approvals added at fixed times, and a report put in words for a failure message.

#include "SigningFixture.h"

#include "signing/Approval.h"
#include "signing/PlanVerification.h"
#include "signing/SigningKey.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace planner::test {

inline QString describe(const VerificationReport &report)
{
    QStringList lines{report.planProblem};
    for (const VerifiedApproval &approval : report.approvals)
        lines << approval.id + QStringLiteral(": ") + approval.problem;
    lines << report.problems;
    return lines.join(u'\n');
}

/// The approvers' keys of a verification test. A test class derives from QObject first, then
/// from this, and fills m_keys in initTestCase().
class ApproverKeys
{
protected:
    QList<SigningKey> m_keys; // three approvers, made once: key generation is not under test

    SigningKey key(int i) const { return m_keys.at(i); }

    static QString sign(const QString &plan, const SigningKey &key, const QString &signer,
                        const QString &role, int minute = 3)
    {
        const Expected<QString> id = addApproval(plan, key, signer, role,
                                                 QDateTime(QDate(2027, 1, 8), QTime(14, minute, 0),
                                                           Qt::UTC));
        if (!id)
            qFatal("addApproval: %s", qPrintable(id.error().text()));
        return *id;
    }
};

} // namespace planner::test
