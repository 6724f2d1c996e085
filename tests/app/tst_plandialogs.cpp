// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export, Sign and Verify Plan: the three dialogs driven as a user would, on the
// sample estate, into a temporary folder.
#include "plandoc/PlanDocument.h"
#include "report/ApprovalTableModel.h"
#include "report/ExportPlanDialog.h"
#include "report/SignPlanDialog.h"
#include "report/VerifyPlanDialog.h"
#include "signing/SigningKey.h"
#include "storage/EstateFile.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace planner;

class tst_PlanDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportWritesTheThreeFiles();
    void exportWithoutPdfAndCalendar();
    void exportRefusesAFolderHoldingAnotherPlan();
    void signWithAnEncryptedKey();
    void signWithAPlainKey();
    void exportAgainKeepsTheApprovals();
    void verifyShowsValidityAndTrust();
    void verifyRequiredRolesAndQuorum();
    void verifyAfterThePlanChanged();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString planJson() const { return path(QStringLiteral("plan/plan.json")); }
    bool sign(const QString &key, const QByteArray &passphrase, const QString &signer,
              const QString &role);
    /// The cells of the row signed by @p signer, joined with '|'.
    QString row(const VerifyPlanDialog &dialog, const QString &signer) const;

    QTemporaryDir m_dir;
    Estate m_estate;
    SigningKey m_alice;
    SigningKey m_bob;
};

void tst_PlanDialogs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(path(QStringLiteral("config"))));
    Expected<Estate> estate = loadEstateFile(
        QStringLiteral(UPLAN_RESOURCES_DIR "/sample-estate.json"));
    QVERIFY2(estate, qPrintable(estate ? QString() : estate.error().text()));
    m_estate = *estate;
    Expected<SigningKey> alice = SigningKey::generate();
    Expected<SigningKey> bob = SigningKey::generate();
    QVERIFY(alice && bob);
    m_alice = *alice;
    m_bob = *bob;
    QVERIFY(writeKeyPair(m_alice, path(QStringLiteral("alice")), "correct horse", false));
    QVERIFY(writeKeyPair(m_bob, path(QStringLiteral("bob")), QByteArray(), false));
}

void tst_PlanDialogs::exportWritesTheThreeFiles()
{
    ExportPlanDialog dialog(m_estate, path(QStringLiteral("plan")));
    dialog.show();
    QVERIFY(dialog.pdfCheck()->isChecked());
    QVERIFY(dialog.icsCheck()->isChecked());
    dialog.rolesEdit()->setText(QStringLiteral("change-manager, service-owner"));
    dialog.pageSizeCombo()->setCurrentIndex(1); // Letter
    QSignalSpy exported(&dialog, &ExportPlanDialog::exported);
    QVERIFY(!dialog.openFolderButton()->isVisible());
    dialog.exportButton()->click();

    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.at(0).at(0).toString(), path(QStringLiteral("plan")));
    for (const char *name : {"plan.json", "plan.pdf", "plan.ics"})
        QVERIFY2(QFileInfo(path(QStringLiteral("plan/") + QLatin1String(name))).size() > 0, name);
    QCOMPARE(dialog.filesList()->count(), 3);
    QVERIFY(!dialog.errorLabel()->isVisible());
    QVERIFY(dialog.openFolderButton()->isVisible());
    const PlanDocument doc = buildPlanDocument(m_estate);
    const QString summary = dialog.summaryLabel()->text();
    QVERIFY(summary.contains(doc.sha256));
    QVERIFY(summary.contains(doc.isReady() ? QStringLiteral("Ready for approval")
                                           : QStringLiteral("Not ready for approval")));
    for (const ReadinessCheck &check : doc.readiness)
        if (!check.ok)
            QVERIFY2(summary.contains(check.label.toHtmlEscaped()), qPrintable(check.label));
    QFile plan(planJson());
    QVERIFY(plan.open(QIODevice::ReadOnly));
    QCOMPARE(plan.readAll(), doc.bytes);
}

void tst_PlanDialogs::exportWithoutPdfAndCalendar()
{
    ExportPlanDialog dialog(m_estate, path(QStringLiteral("json-only")));
    dialog.pdfCheck()->setChecked(false);
    dialog.icsCheck()->setChecked(false);
    QVERIFY(dialog.exportNow());
    QVERIFY(QFile::exists(path(QStringLiteral("json-only/plan.json"))));
    QVERIFY(!QFile::exists(path(QStringLiteral("json-only/plan.pdf"))));
    QVERIFY(!QFile::exists(path(QStringLiteral("json-only/plan.ics"))));
    QCOMPARE(dialog.filesList()->count(), 1);
}

void tst_PlanDialogs::exportRefusesAFolderHoldingAnotherPlan()
{
    const QString other = path(QStringLiteral("other"));
    QVERIFY(QDir().mkpath(other));
    QFile plan(other + QStringLiteral("/plan.json"));
    QVERIFY(plan.open(QIODevice::WriteOnly));
    plan.write("{\"another\":\"plan\"}");
    plan.close();

    ExportPlanDialog dialog(m_estate, other);
    dialog.show();
    dialog.rolesEdit()->setText(QStringLiteral("cab-chair"));
    QSignalSpy exported(&dialog, &ExportPlanDialog::exported);
    dialog.exportButton()->click();
    QCOMPARE(exported.size(), 0);
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("different plan")),
             qPrintable(dialog.errorLabel()->text()));
    QVERIFY(!dialog.openFolderButton()->isVisible());
    // Nothing lost: the folder as it was, the fields as typed.
    QCOMPARE(QDir(other).entryList(QDir::Files), QStringList{QStringLiteral("plan.json")});
    QCOMPARE(dialog.rolesEdit()->text(), QStringLiteral("cab-chair"));
    QCOMPARE(QDir::fromNativeSeparators(dialog.folderEdit()->text()), other);
}

bool tst_PlanDialogs::sign(const QString &key, const QByteArray &passphrase, const QString &signer,
                           const QString &role)
{
    SignPlanDialog dialog(planJson());
    dialog.keyEdit()->setText(key);
    Q_EMIT dialog.keyEdit()->editingFinished();
    dialog.passphraseEdit()->setText(QString::fromUtf8(passphrase));
    dialog.signerEdit()->setText(signer);
    dialog.roleCombo()->setCurrentText(role);
    dialog.signButton()->click();
    return dialog.result() == QDialog::Accepted;
}

void tst_PlanDialogs::signWithAnEncryptedKey()
{
    SignPlanDialog dialog(planJson());
    dialog.show();
    QCOMPARE(QDir::fromNativeSeparators(dialog.planEdit()->text()), planJson());
    QVERIFY(!dialog.passphraseEdit()->isEnabled());
    QCOMPARE(dialog.roleCombo()->count(), SignPlanDialog::usualRoles().size());
    dialog.keyEdit()->setText(privateKeyPath(path(QStringLiteral("alice"))));
    Q_EMIT dialog.keyEdit()->editingFinished();
    QVERIFY(dialog.passphraseEdit()->isEnabled());

    dialog.passphraseEdit()->setText(QStringLiteral("wrong horse"));
    dialog.signerEdit()->setText(QStringLiteral("A. Rivera"));
    dialog.roleCombo()->setCurrentText(QStringLiteral("change-manager"));
    QSignalSpy signedPlan(&dialog, &SignPlanDialog::signedPlan);
    dialog.signButton()->click();
    QVERIFY(dialog.isVisible()); // stays open
    QCOMPARE(signedPlan.size(), 0);
    QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("passphrase")),
             qPrintable(dialog.messageLabel()->text()));
    QVERIFY(!QDir(path(QStringLiteral("plan/approvals"))).exists());

    dialog.passphraseEdit()->setText(QStringLiteral("correct horse"));
    dialog.signButton()->click();
    QCOMPARE(signedPlan.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QString id = dialog.approvalId();
    QVERIFY(!id.isEmpty());
    for (const char *suffix : {".json", ".sig", ".pub.pem"})
        QVERIFY(QFile::exists(path(QStringLiteral("plan/approvals/") + id + QLatin1String(suffix))));

    // The signer is remembered for the next time.
    SignPlanDialog again(planJson());
    QCOMPARE(again.signerEdit()->text(), QStringLiteral("A. Rivera"));
}

void tst_PlanDialogs::signWithAPlainKey()
{
    SignPlanDialog dialog(planJson());
    dialog.keyEdit()->setText(privateKeyPath(path(QStringLiteral("bob"))));
    Q_EMIT dialog.keyEdit()->editingFinished();
    QVERIFY(!dialog.passphraseEdit()->isEnabled());
    QVERIFY(sign(privateKeyPath(path(QStringLiteral("bob"))), {}, QStringLiteral("B. Chen"),
                 QStringLiteral("service-owner")));
    QCOMPARE(QDir(path(QStringLiteral("plan/approvals"))).entryList(QDir::Files).size(), 6);
}

void tst_PlanDialogs::exportAgainKeepsTheApprovals()
{
    ExportPlanDialog dialog(m_estate, path(QStringLiteral("plan")));
    QVERIFY(dialog.exportNow());
    QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("kept with its approvals (2)")),
             qPrintable(dialog.summaryLabel()->text()));
    QCOMPARE(QDir(path(QStringLiteral("plan/approvals"))).entryList(QDir::Files).size(), 6);
}

QString tst_PlanDialogs::row(const VerifyPlanDialog &dialog, const QString &signer) const
{
    const QAbstractItemModel *model = dialog.approvalsView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ApprovalTableModel::Signer).data().toString() != signer)
            continue;
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
        return cells.join(QLatin1Char('|'));
    }
    return QString();
}

void tst_PlanDialogs::verifyShowsValidityAndTrust()
{
    QSettings().remove(QStringLiteral("signing/trustedKeys"));
    VerifyPlanDialog dialog(planJson());
    QAbstractItemModelTester tester(dialog.approvalsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    // Checked as soon as it opens: two valid approvals, no trust list.
    QCOMPARE(dialog.approvalsModel()->rowCount(), 2);
    const QString alice = QStringLiteral("A. Rivera");
    const QString bob = QStringLiteral("B. Chen");
    QVERIFY(row(dialog, alice).startsWith(QStringLiteral("A. Rivera|change-manager|")));
    QVERIFY(row(dialog, bob).startsWith(QStringLiteral("B. Chen|service-owner|")));
    QVERIFY(row(dialog, alice).endsWith(QStringLiteral("|valid|not checked")));
    QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("No trusted keys")));
    QVERIFY(dialog.shaLabel()->text().contains(buildPlanDocument(m_estate).sha256));
    // The short fingerprint in the cell, the whole one in the tooltip.
    const int aliceRow = dialog.approvalsModel()->approval(0).signer == alice ? 0 : 1;
    const QModelIndex key = dialog.approvalsModel()->index(aliceRow, ApprovalTableModel::Key);
    QCOMPARE(key.data().toString(), m_alice.fingerprint().left(16));
    QVERIFY(key.data(Qt::ToolTipRole).toString().contains(m_alice.fingerprint()));

    QVERIFY(dialog.addTrustedKey(publicKeyPath(path(QStringLiteral("alice")))));
    dialog.verifyButton()->click();
    QVERIFY2(row(dialog, alice).endsWith(QStringLiteral("|valid|trusted")),
             qPrintable(row(dialog, alice)));
    QVERIFY2(row(dialog, bob).endsWith(QStringLiteral("|valid|untrusted")),
             qPrintable(row(dialog, bob)));
    QVERIFY(!dialog.report().ok());
    QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("Not verified")));

    QVERIFY(dialog.addTrustedKey(publicKeyPath(path(QStringLiteral("bob")))));
    QVERIFY(!dialog.addTrustedKey(privateKeyPath(path(QStringLiteral("alice")))));
    dialog.verifyButton()->click();
    QVERIFY(row(dialog, bob).endsWith(QStringLiteral("|valid|trusted")));
    QVERIFY(dialog.report().ok());
    QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("Verified.")));

    // The trusted keys are remembered.
    VerifyPlanDialog again(planJson());
    QCOMPARE(again.trustedList()->count(), 3);
    QVERIFY(again.report().ok());
}

void tst_PlanDialogs::verifyRequiredRolesAndQuorum()
{
    VerifyPlanDialog dialog(planJson());
    dialog.requiredRolesEdit()->setText(QStringLiteral("change-manager, security-officer"));
    dialog.verifyButton()->click();
    QVERIFY(!dialog.report().ok());
    QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("security-officer")),
             qPrintable(dialog.summaryLabel()->text()));
    dialog.requiredRolesEdit()->setText(QStringLiteral("change-manager, service-owner"));
    dialog.quorumSpin()->setValue(3);
    dialog.verifyButton()->click();
    QVERIFY(!dialog.report().ok());
    dialog.quorumSpin()->setValue(2);
    dialog.verifyButton()->click();
    QVERIFY(dialog.report().ok());
}

void tst_PlanDialogs::verifyAfterThePlanChanged()
{
    QFile plan(planJson());
    QVERIFY(plan.open(QIODevice::ReadWrite));
    QByteArray bytes = plan.readAll();
    const qsizetype at = bytes.indexOf("\"estateSha256\":\"") + 16;
    bytes[at] = bytes[at] == 'a' ? 'b' : 'a';
    QVERIFY(plan.seek(0));
    QCOMPARE(plan.write(bytes), bytes.size());
    plan.close();

    VerifyPlanDialog dialog(planJson());
    QCOMPARE(dialog.approvalsModel()->rowCount(), 2);
    for (int r = 0; r < 2; ++r) {
        const QModelIndex valid = dialog.approvalsModel()->index(r, ApprovalTableModel::Valid);
        QVERIFY2(valid.data().toString().startsWith(QStringLiteral("invalid")),
                 qPrintable(valid.data().toString()));
        QVERIFY(!valid.data(Qt::ToolTipRole).toString().isEmpty());
    }
    QVERIFY(!dialog.report().ok());
    QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("Not verified")));
}

QTEST_MAIN(tst_PlanDialogs)
#include "tst_plandialogs.moc"
