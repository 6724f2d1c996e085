// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApprovalTableModel.h"

#include "panels/LocaleFormat.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace planner {

ApprovalTableModel::ApprovalTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ApprovalTableModel::setReport(const VerificationReport &report)
{
    beginResetModel();
    m_approvals = report.approvals;
    m_trustListGiven = report.trustListGiven;
    endResetModel();
}

int ApprovalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_approvals.size());
}

int ApprovalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApprovalTableModel::text(const VerifiedApproval &a, int column) const
{
    switch (column) {
    case Signer:
        return a.signer.isEmpty() ? tr("(unreadable: %1)").arg(a.id) : a.signer;
    case Role:
        return a.role;
    case SignedAt: {
        // Stored in UTC; shown in the reader's time, the zone named.
        const QDateTime utc = QDateTime::fromString(a.signedAt, Qt::ISODate);
        return utc.isValid() ? QLocale().toString(utc.toLocalTime(),
                                                  localeDateTimeFormat() + QStringLiteral(" t"))
                             : a.signedAt;
    }
    case Key:
        return a.keyFingerprint.left(16);
    case Valid:
        return a.valid ? tr("valid") : tr("invalid: %1").arg(a.problem);
    case Trusted:
        if (!a.valid)
            return QString();
        if (!m_trustListGiven)
            return tr("not checked");
        return a.trusted ? tr("trusted") : tr("untrusted");
    }
    return QString();
}

QString ApprovalTableModel::toolTip(const VerifiedApproval &a, int column) const
{
    switch (column) {
    case Key:
        return tr("Key fingerprint (SHA-256 of the public key):\n%1").arg(a.keyFingerprint);
    case SignedAt:
        return tr("%1 (UTC)").arg(a.signedAt);
    case Valid:
        return a.valid ? tr("The record, its signature and its public key are intact and "
                            "name this plan.")
                       : a.problem;
    case Trusted:
        if (!a.valid)
            return tr("An invalid approval is not checked against the trusted keys.");
        if (!m_trustListGiven)
            return tr("No trusted keys are listed: anyone holding a key could have signed. "
                      "Add the approvers' public keys (.pub.pem) to check who signed.");
        return a.trusted ? tr("Its key is one of the trusted keys.")
                         : tr("Its key is not among the trusted keys: it does not count "
                              "toward roles and quorum.");
    default:
        return tr("Approval %1").arg(a.id);
    }
}

QVariant ApprovalTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VerifiedApproval &a = m_approvals.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(a, index.column());
    case Qt::ToolTipRole:
        return toolTip(a, index.column());
    case Qt::ForegroundRole:
        if ((index.column() == Valid && !a.valid)
            || (index.column() == Trusted && a.valid && m_trustListGiven && !a.trusted))
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if ((index.column() == Valid && a.valid)
            || (index.column() == Trusted && a.valid && a.trusted && m_trustListGiven))
            return QBrush(QColor(0x1b, 0x6e, 0x2a));
        return {};
    default:
        return {};
    }
}

QVariant ApprovalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Signer:
        return tr("Signer");
    case Role:
        return tr("Role");
    case SignedAt:
        return tr("Signed");
    case Key:
        return tr("Key");
    case Valid:
        return tr("Signature");
    case Trusted:
        return tr("Trust");
    }
    return {};
}

} // namespace planner
