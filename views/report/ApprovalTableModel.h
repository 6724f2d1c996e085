// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/PlanVerification.h"

#include <QAbstractTableModel>

namespace planner {

/// The approvals found beside a plan, as the Verify dialog lists them: who signed, in which
/// role, when, with which key, and whether the approval is intact (valid) and its key one the
/// reader trusts. Invalid and untrusted rows are drawn in red with the reason in the tooltip.
class ApprovalTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Signer, Role, SignedAt, Key, Valid, Trusted, ColumnCount };

    explicit ApprovalTableModel(QObject *parent = nullptr);

    /// Shows the approvals of @p report (all rows replaced).
    void setReport(const VerificationReport &report);
    const VerifiedApproval &approval(int row) const { return m_approvals.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const VerifiedApproval &a, int column) const;
    QString toolTip(const VerifiedApproval &a, int column) const;

    QList<VerifiedApproval> m_approvals;
    bool m_trustListGiven = false;
};

} // namespace planner
