// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/PlanVerification.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

namespace planner {

class ApprovalTableModel;

/// File > Verify Plan: opens a plan.json and checks every approval beside it (verifyPlan()):
/// valid or not and why, signed by a trusted key or not, the roles required and the quorum.
/// The trusted public keys (.pub.pem files) are remembered (QSettings `signing/trustedKeys`).
/// Without any trusted key every valid approval counts, as on the command line without
/// --trust, and the summary warns that anyone could have signed.
class VerifyPlanDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VerifyPlanDialog(const QString &planJsonPath, QWidget *parent = nullptr);

    QLineEdit *planEdit() const { return m_plan; }
    QListWidget *trustedList() const { return m_trusted; }
    QLineEdit *requiredRolesEdit() const { return m_roles; }
    QSpinBox *quorumSpin() const { return m_quorum; }
    QPushButton *verifyButton() const { return m_verify; }
    QTableView *approvalsView() const { return m_view; }
    ApprovalTableModel *approvalsModel() const { return m_model; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *shaLabel() const { return m_sha; }
    const VerificationReport &report() const { return m_report; }

    /// Adds a trusted public key file; false (and the reason shown) when it is not one.
    bool addTrustedKey(const QString &path);
    /// Checks the plan with the fields as they are.
    void verifyNow();

Q_SIGNALS:
    /// The plan at @p planJsonPath was verified.
    void verified(const QString &planJsonPath);

private:
    void browsePlan();
    void browseKeys();
    void removeSelectedKeys();
    void saveTrustedKeys() const;
    QStringList trustedFingerprints() const;
    QString summary() const;

    QLineEdit *m_plan;
    QListWidget *m_trusted;
    QLineEdit *m_roles;
    QSpinBox *m_quorum;
    QPushButton *m_verify;
    QTableView *m_view;
    ApprovalTableModel *m_model;
    QLabel *m_summary;
    QLabel *m_sha;
    VerificationReport m_report;
};

} // namespace planner
