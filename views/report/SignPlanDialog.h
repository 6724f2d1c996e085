// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace planner {

/// File > Sign Plan: one person approves one plan.json in one role with their private key.
/// The passphrase field is enabled only for an encrypted key (checked when the key is chosen);
/// a wrong passphrase is said so and the dialog stays open. The signer's name is remembered
/// (QSettings `signing/lastSigner`). Signing writes the approval into approvals/ beside
/// plan.json (addApproval()) and accepts the dialog.
class SignPlanDialog : public QDialog
{
    Q_OBJECT
public:
    /// The roles offered in the role box; any other may be typed.
    static QStringList usualRoles();

    explicit SignPlanDialog(const QString &planJsonPath, QWidget *parent = nullptr);
    ~SignPlanDialog() override;

    QLineEdit *planEdit() const { return m_plan; }
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLineEdit *signerEdit() const { return m_signer; }
    QComboBox *roleCombo() const { return m_role; }
    QPushButton *signButton() const { return m_sign; }
    QLabel *messageLabel() const { return m_message; }
    /// The id of the approval written, once signed.
    QString approvalId() const { return m_approvalId; }

    /// Signs with the fields as they are; false (and the reason shown) when it cannot.
    bool signNow();

Q_SIGNALS:
    /// An approval @p id was added beside @p planJsonPath.
    void signedPlan(const QString &planJsonPath, const QString &id);

private:
    void browsePlan();
    void browseKey();
    void keyChosen();
    void showMessage(const QString &text, bool error);

    QLineEdit *m_plan;
    QLineEdit *m_key;
    QLineEdit *m_passphrase;
    QLineEdit *m_signer;
    QComboBox *m_role;
    QLabel *m_message;
    QPushButton *m_sign;
    QString m_approvalId;
};

} // namespace planner
