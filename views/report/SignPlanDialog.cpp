// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignPlanDialog.h"
#include "panels/QuietChildren.h"

#include "signing/Approval.h"
#include "signing/Passphrase.h"
#include "signing/SigningKey.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace planner {

namespace {

const QString lastSignerKey = QStringLiteral("signing/lastSigner");
const QString lastKeyFileKey = QStringLiteral("signing/lastKeyFile");
const QString lastRoleKey = QStringLiteral("signing/lastRole");

QWidget *withBrowse(QLineEdit *edit, QPushButton *browse)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

} // namespace

QStringList SignPlanDialog::usualRoles()
{
    return {QStringLiteral("change-manager"), QStringLiteral("service-owner"),
            QStringLiteral("security-officer"), QStringLiteral("cab-chair"),
            QStringLiteral("technical-lead")};
}

SignPlanDialog::SignPlanDialog(const QString &planJsonPath, QWidget *parent)
    : QDialog(parent)
    , m_plan(new QLineEdit(QDir::toNativeSeparators(planJsonPath), this))
    , m_key(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_signer(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Sign Plan"));
    const QSettings settings;
    m_plan->setPlaceholderText(tr("The plan.json of an exported plan folder"));
    m_key->setPlaceholderText(tr("Your private key (.key), made with `upgrade-planner keygen`"));
    m_key->setText(QDir::toNativeSeparators(settings.value(lastKeyFileKey).toString()));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_signer->setText(settings.value(lastSignerKey).toString());
    m_signer->setPlaceholderText(tr("Your name as the board knows it: A. Rivera"));
    m_role->setEditable(true);
    m_role->addItems(usualRoles());
    m_role->setCurrentText(settings.value(lastRoleKey, usualRoles().constFirst()).toString());
    m_role->setToolTip(tr("The role you approve in; type another one if yours is not listed."));

    auto *browsePlan = new QPushButton(tr("Browse…"), this);
    auto *browseKey = new QPushButton(tr("Browse…"), this);
    connect(browsePlan, &QPushButton::clicked, this, &SignPlanDialog::browsePlan);
    connect(browseKey, &QPushButton::clicked, this, &SignPlanDialog::browseKey);
    connect(m_key, &QLineEdit::editingFinished, this, &SignPlanDialog::keyChosen);

    auto *intro = new QLabel(tr("Your approval signs the exact bytes of plan.json: any later "
                                "change to the plan makes it invalid. It is written into the "
                                "approvals folder beside plan.json."),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("P&lan:"), withBrowse(m_plan, browsePlan));
    form->addRow(tr("&Key:"), withBrowse(m_key, browseKey));
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Signer:"), m_signer);
    form->addRow(tr("&Role:"), m_role);

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_sign = buttons->addButton(tr("&Sign"), QDialogButtonBox::ActionRole);
    m_sign->setDefault(true);
    connect(m_sign, &QPushButton::clicked, this, &SignPlanDialog::signNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    keyChosen();
    resize(600, sizeHint().height());
}

void SignPlanDialog::browsePlan()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Plan to Sign"),
                                       QDir::fromNativeSeparators(m_plan->text()),
                                       tr("Plans (plan.json);;JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_plan->setText(QDir::toNativeSeparators(path));
}

void SignPlanDialog::browseKey()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Private Key"),
                                       QDir::fromNativeSeparators(m_key->text()),
                                       tr("Private keys (*.key *.pem);;All files (*)"));
    if (path.isEmpty())
        return;
    m_key->setText(QDir::toNativeSeparators(path));
    keyChosen();
}

void SignPlanDialog::keyChosen()
{
    const QString path = QDir::fromNativeSeparators(m_key->text().trimmed());
    QFile file(path);
    // A key file is small; anything big is not one and loading it will say so.
    const bool encrypted = !path.isEmpty() && file.size() < 64 * 1024
                           && file.open(QIODevice::ReadOnly)
                           && SigningKey::isEncryptedPrivateKeyPem(file.readAll());
    m_passphrase->setEnabled(encrypted);
    if (!encrypted)
        m_passphrase->clear();
    if (path.isEmpty())
        m_passphrase->setPlaceholderText(tr("Asked only when the key is encrypted"));
    else if (encrypted)
        m_passphrase->setPlaceholderText(tr("This key is encrypted: type its passphrase"));
    else
        m_passphrase->setPlaceholderText(tr("Not needed: this key is not encrypted"));
}

bool SignPlanDialog::signNow()
{
    const QString plan = QDir::fromNativeSeparators(m_plan->text().trimmed());
    const QString keyPath = QDir::fromNativeSeparators(m_key->text().trimmed());
    const QString signer = m_signer->text().trimmed();
    const QString role = m_role->currentText().trimmed();
    if (plan.isEmpty() || !QFileInfo(plan).isFile()) {
        showMessage(plan.isEmpty() ? tr("Choose the plan.json to sign.")
                                   : tr("%1 is not a file.").arg(QDir::toNativeSeparators(plan)),
                    true);
        return false;
    }
    if (keyPath.isEmpty()) {
        showMessage(tr("Choose your private key."), true);
        return false;
    }
    if (signer.isEmpty() || role.isEmpty()) {
        showMessage(signer.isEmpty() ? tr("Type your name as signer.") : tr("Choose a role."), true);
        (signer.isEmpty() ? static_cast<QWidget *>(m_signer) : m_role)->setFocus();
        return false;
    }
    keyChosen();
    KeyProblem problem = KeyProblem::None;
    QByteArray passphrase = m_passphrase->text().toUtf8();
    const Expected<SigningKey> key = SigningKey::loadPrivateKey(keyPath, passphrase, &problem);
    forgetPassphrase(passphrase); // wiped, not just freed
    if (key) {
        // The text box keeps no copy either once the key is open (QLineEdit wipes nothing,
        // but its text goes; with a wrong passphrase it stays, to be corrected).
        m_passphrase->clear();
    }
    if (!key) {
        if (problem == KeyProblem::WrongPassphrase || problem == KeyProblem::NeedsPassphrase) {
            showMessage(problem == KeyProblem::WrongPassphrase
                            ? tr("The passphrase does not open this key. Try again.")
                            : tr("This key is encrypted: type its passphrase."),
                        true);
            m_passphrase->setEnabled(true);
            m_passphrase->selectAll();
            m_passphrase->setFocus();
        } else {
            showMessage(key.error().text(), true);
        }
        return false;
    }
    const Expected<QString> id = addApproval(plan, *key, signer, role,
                                             QDateTime::currentDateTimeUtc());
    if (!id) {
        showMessage(tr("Not signed. %1").arg(id.error().text()), true);
        return false;
    }
    m_approvalId = *id;
    QSettings settings;
    settings.setValue(lastSignerKey, signer);
    settings.setValue(lastKeyFileKey, QFileInfo(keyPath).absoluteFilePath());
    settings.setValue(lastRoleKey, role);
    showMessage(tr("Signed: approval %1.").arg(*id), false);
    Q_EMIT signedPlan(plan, *id);
    accept();
    return true;
}

void SignPlanDialog::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b01c1c;") : QString());
    m_message->setText(text);
    m_message->show();
}

SignPlanDialog::~SignPlanDialog()
{
    disconnectChildren(this);
}

} // namespace planner
