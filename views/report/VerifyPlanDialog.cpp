// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerifyPlanDialog.h"

#include "ApprovalTableModel.h"
#include "signing/SigningKey.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace planner {

namespace {

const QString trustedKeysKey = QStringLiteral("signing/trustedKeys");
constexpr int FingerprintRole = Qt::UserRole + 1;
constexpr int PathRole = Qt::UserRole + 2;

} // namespace

VerifyPlanDialog::VerifyPlanDialog(const QString &planJsonPath, QWidget *parent)
    : QDialog(parent)
    , m_plan(new QLineEdit(QDir::toNativeSeparators(planJsonPath), this))
    , m_trusted(new QListWidget(this))
    , m_roles(new QLineEdit(this))
    , m_quorum(new QSpinBox(this))
    , m_view(new QTableView(this))
    , m_model(new ApprovalTableModel(this))
    , m_summary(new QLabel(this))
    , m_sha(new QLabel(this))
{
    setWindowTitle(tr("Verify Plan"));
    m_plan->setPlaceholderText(tr("The plan.json of a plan folder"));
    auto *browsePlan = new QPushButton(tr("Browse…"), this);
    connect(browsePlan, &QPushButton::clicked, this, &VerifyPlanDialog::browsePlan);
    auto *planRow = new QHBoxLayout;
    planRow->addWidget(m_plan, 1);
    planRow->addWidget(browsePlan);

    m_trusted->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_trusted->setToolTip(tr("Public keys (.pub.pem) of the people whose approvals count. "
                             "Approvals made with any other key are shown as untrusted."));
    m_trusted->setMaximumHeight(fontMetrics().height() * 5);
    auto *addKeys = new QPushButton(tr("Add…"), this);
    auto *removeKeys = new QPushButton(tr("Remove"), this);
    connect(addKeys, &QPushButton::clicked, this, &VerifyPlanDialog::browseKeys);
    connect(removeKeys, &QPushButton::clicked, this, &VerifyPlanDialog::removeSelectedKeys);
    auto *keyButtons = new QVBoxLayout;
    keyButtons->addWidget(addKeys);
    keyButtons->addWidget(removeKeys);
    keyButtons->addStretch(1);
    auto *keysRow = new QHBoxLayout;
    keysRow->addWidget(m_trusted, 1);
    keysRow->addLayout(keyButtons);

    m_roles->setPlaceholderText(tr("Optional, comma-separated: change-manager, cab-chair"));
    m_quorum->setRange(0, 99);
    m_quorum->setSpecialValueText(tr("none"));
    m_quorum->setToolTip(tr("How many different trusted keys must have approved."));
    auto *requirements = new QHBoxLayout;
    requirements->addWidget(m_roles, 1);
    auto *quorumLabel = new QLabel(tr("&Quorum:"), this);
    quorumLabel->setBuddy(m_quorum);
    requirements->addWidget(quorumLabel);
    requirements->addWidget(m_quorum);

    auto *form = new QFormLayout;
    form->addRow(tr("P&lan:"), planRow);
    form->addRow(tr("&Trusted keys:"), keysRow);
    form->addRow(tr("Required &roles:"), requirements);
    // Rows that are layouts get labels without buddies: point them at the first field.
    static_cast<QLabel *>(form->labelForField(planRow))->setBuddy(m_plan);
    static_cast<QLabel *>(form->labelForField(keysRow))->setBuddy(m_trusted);
    static_cast<QLabel *>(form->labelForField(requirements))->setBuddy(m_roles);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ApprovalTableModel::Valid,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_sha->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sha->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_verify = buttons->addButton(tr("&Verify"), QDialogButtonBox::ActionRole);
    m_verify->setDefault(true);
    connect(m_verify, &QPushButton::clicked, this, &VerifyPlanDialog::verifyNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_sha);
    layout->addWidget(buttons);

    const QStringList remembered = QSettings().value(trustedKeysKey).toStringList();
    for (const QString &path : remembered)
        addTrustedKey(path);
    resize(900, 520);
    if (QFileInfo(planJsonPath).isFile())
        verifyNow();
    else
        m_summary->setText(tr("Choose a plan.json and press Verify."));
}

void VerifyPlanDialog::browsePlan()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Plan to Verify"),
                                       QDir::fromNativeSeparators(m_plan->text()),
                                       tr("Plans (plan.json);;JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_plan->setText(QDir::toNativeSeparators(path));
    verifyNow();
}

void VerifyPlanDialog::browseKeys()
{
    const QStringList paths
        = QFileDialog::getOpenFileNames(this, tr("Trusted Public Keys"), QString(),
                                        tr("Public keys (*.pub.pem *.pem);;All files (*)"));
    for (const QString &path : paths)
        addTrustedKey(path);
    saveTrustedKeys();
    if (!m_plan->text().trimmed().isEmpty())
        verifyNow();
}

bool VerifyPlanDialog::addTrustedKey(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_trusted->count(); ++i)
        if (m_trusted->item(i)->data(PathRole).toString() == absolute)
            return true;
    auto *item = new QListWidgetItem(m_trusted);
    item->setData(PathRole, absolute);
    const Expected<SigningKey> key = SigningKey::loadPublicKey(absolute);
    if (!key) {
        item->setText(
            tr("%1 — not usable: %2").arg(QDir::toNativeSeparators(absolute), key.error().what));
        item->setToolTip(key.error().text());
        item->setForeground(QColor(0xb0, 0x1c, 0x1c));
        return false;
    }
    item->setData(FingerprintRole, key->fingerprint());
    item->setText(
        tr("%1 — key %2").arg(QFileInfo(absolute).fileName(), key->fingerprint().left(16)));
    item->setToolTip(
        tr("%1\nFingerprint %2").arg(QDir::toNativeSeparators(absolute), key->fingerprint()));
    return true;
}

void VerifyPlanDialog::removeSelectedKeys()
{
    qDeleteAll(m_trusted->selectedItems());
    saveTrustedKeys();
    if (!m_plan->text().trimmed().isEmpty())
        verifyNow();
}

void VerifyPlanDialog::saveTrustedKeys() const
{
    QStringList paths;
    for (int i = 0; i < m_trusted->count(); ++i)
        paths << m_trusted->item(i)->data(PathRole).toString();
    QSettings().setValue(trustedKeysKey, paths);
}

QStringList VerifyPlanDialog::trustedFingerprints() const
{
    QStringList fingerprints;
    for (int i = 0; i < m_trusted->count(); ++i) {
        const QString fingerprint = m_trusted->item(i)->data(FingerprintRole).toString();
        if (!fingerprint.isEmpty())
            fingerprints << fingerprint;
    }
    return fingerprints;
}

void VerifyPlanDialog::verifyNow()
{
    saveTrustedKeys();
    const QString plan = QDir::fromNativeSeparators(m_plan->text().trimmed());
    VerifyOptions options;
    options.trustedFingerprints = trustedFingerprints();
    options.trustListGiven = !options.trustedFingerprints.isEmpty();
    for (const QString &role : m_roles->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!role.trimmed().isEmpty())
            options.requiredRoles << role.trimmed();
    options.quorum = m_quorum->value();
    m_report = verifyPlan(plan, options);
    m_model->setReport(m_report);
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(ApprovalTableModel::Valid,
                                                     QHeaderView::Stretch);
    m_summary->setText(summary());
    m_sha->setText(m_report.planSha256.isEmpty() ? QString()
                                                 : tr("Plan SHA-256: %1").arg(m_report.planSha256));
    Q_EMIT verified(plan);
}

QString VerifyPlanDialog::summary() const
{
    const VerificationReport &r = m_report;
    const auto bad = [](const QString &text) {
        return QStringLiteral("<b style='color:#b01c1c'>%1</b>").arg(text.toHtmlEscaped());
    };
    const auto good = [](const QString &text) {
        return QStringLiteral("<b style='color:#1b6e2a'>%1</b>").arg(text.toHtmlEscaped());
    };
    if (!r.planProblem.isEmpty())
        return bad(tr("Not verified:")) + QLatin1Char(' ') + r.planProblem.toHtmlEscaped();
    QStringList why;
    int invalid = 0;
    int untrusted = 0;
    for (const VerifiedApproval &a : r.approvals) {
        invalid += a.valid ? 0 : 1;
        untrusted += a.valid && !a.trusted ? 1 : 0;
    }
    if (invalid == 1)
        why << tr("1 approval is invalid: the plan or the approval changed after signing "
                  "(see the Signature column).");
    else if (invalid > 1)
        why << tr("%1 approvals are invalid: the plan or the approvals changed after signing "
                  "(see the Signature column).")
                   .arg(invalid);
    if (untrusted == 1)
        why << tr("1 approval was made with a key that is not among the trusted keys.");
    else if (untrusted > 1)
        why << tr("%1 approvals were made with keys that are not among the trusted keys.")
                   .arg(untrusted);
    for (const QString &problem : r.problems)
        why << problem;
    const QString count = tr("Valid, trusted approvals: %1 (distinct keys: %2).")
                              .arg(r.validApprovals())
                              .arg(r.distinctApprovers);
    QString text;
    if (r.ok()) {
        if (r.approvals.isEmpty())
            text = good(tr("Intact, not signed yet."));
        else if (!r.trustListGiven)
            text = good(tr("Signatures valid.")) + QLatin1Char(' ')
                   + tr("No trusted keys are listed, so anyone with a key could have signed: "
                        "add the approvers' public keys (.pub.pem) to check who did.")
                         .toHtmlEscaped();
        else
            text = good(tr("Verified.")) + QLatin1Char(' ') + count.toHtmlEscaped();
    } else {
        text = bad(tr("Not verified.")) + QLatin1Char(' ') + count.toHtmlEscaped();
    }
    if (!why.isEmpty()) {
        text += QStringLiteral("<ul style='margin:0'>");
        for (const QString &line : why)
            text += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        text += QStringLiteral("</ul>");
    }
    return text;
}

} // namespace planner
