// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner sign DIR/plan.json --key KEY --signer NAME --role ROLE [--passphrase-file F]
#include "CommandSupport.h"

#include "signing/Approval.h"
#include "signing/Passphrase.h"
#include "signing/SigningKey.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace planner::cli {

namespace {

const QString command = QStringLiteral("sign");

// The passphrase of an encrypted key: from the file, the variable, or asked once.
Expected<QByteArray> keyPassphrase(const QString &keyPath, const QString &passphraseFile)
{
    if (!passphraseFile.isEmpty())
        return readPassphraseFile(passphraseFile);
    if (auto fromEnvironment = passphraseFromEnvironment())
        return *fromEnvironment;
    if (!canPromptForPassphrase()) {
        return Error{keyPath, Tr::tr("is encrypted and there is no terminal to ask for its "
                                     "passphrase: give --passphrase-file F or set %1")
                                  .arg(passphraseVariable())};
    }
    return promptForPassphrase(Tr::tr("Passphrase for %1: ").arg(keyPath));
}

} // namespace

int runSign(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Approves a plan: signs it with your key and adds the approval to the plan's "
               "approvals/ folder (RECORD.json, its signature RECORD.sig and your public key "
               "RECORD.pub.pem). An encrypted key's passphrase comes from --passphrase-file, "
               "else from %1, else it is asked on the terminal.")
            .arg(passphraseVariable()));
    const QCommandLineOption key({QStringLiteral("k"), QStringLiteral("key")},
                                 Tr::tr("Your private key (NAME.key from keygen)."), Tr::tr("KEY"));
    const QCommandLineOption signer(QStringLiteral("signer"),
                                    Tr::tr("Your name, as the approval shows it."), Tr::tr("NAME"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  Tr::tr("The role you approve in, e.g. change-manager."),
                                  Tr::tr("ROLE"));
    const QCommandLineOption
        passphraseFile(QStringLiteral("passphrase-file"),
                       Tr::tr("Read the key's passphrase from the first line of this file."),
                       Tr::tr("F"));
    parser.addOptions({key, signer, role, passphraseFile});
    parser.addPositionalArgument(QStringLiteral("PLAN"),
                                 Tr::tr("The plan.json to approve (written by 'plan')."));
    if (const auto stop = parseArguments(parser, command, arguments, {QStringLiteral("PLAN")}))
        return *stop;
    for (const QCommandLineOption *required : {&key, &signer, &role}) {
        if (!parser.isSet(*required) || parser.value(*required).trimmed().isEmpty())
            return usageError(command,
                              Tr::tr("missing --%1 %2")
                                  .arg(required->names().constLast(), required->valueName()));
    }

    const QString planPath = parser.positionalArguments().constFirst();
    const QFileInfo planInfo(planPath);
    if (!planInfo.exists())
        return inputError(Tr::tr("%1: no such file").arg(planPath));
    if (planInfo.isDir())
        return inputError(Tr::tr("%1: is a folder; give its plan.json").arg(planPath));

    const QString keyPath = parser.value(key);
    QFile keyFile(keyPath);
    if (!keyFile.exists())
        return inputError(Tr::tr("%1: no such file").arg(keyPath));
    if (!keyFile.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) // no copy in QFile's buffer
        return inputError(Tr::tr("%1: %2").arg(keyPath, keyFile.errorString()));
    QByteArray pem = keyFile.read(1 << 20);
    keyFile.close();

    QByteArray passphrase;
    if (SigningKey::isEncryptedPrivateKeyPem(pem)) {
        Expected<QByteArray> given = keyPassphrase(keyPath, parser.value(passphraseFile));
        if (!given) {
            forgetPassphrase(pem);
            return inputError(given.error().text());
        }
        passphrase = *given;
        forgetPassphrase(*given);
    }
    const Expected<SigningKey> signingKey = SigningKey::fromPrivateKeyPem(pem, passphrase, keyPath);
    forgetPassphrase(pem);
    forgetPassphrase(passphrase);
    if (!signingKey)
        return inputError(signingKey.error().text());

    const Expected<QString> id = addApproval(planPath, *signingKey, parser.value(signer).trimmed(),
                                             parser.value(role).trimmed(),
                                             QDateTime::currentDateTimeUtc());
    if (!id)
        return inputError(id.error().text());

    const QString recordPath = QDir(approvalsDirectory(planPath))
                                   .filePath(*id + QStringLiteral(".json"));
    out() << Tr::tr("%1: approved by %2 as %3 with key %4")
                 .arg(planPath, parser.value(signer).trimmed(), parser.value(role).trimmed(),
                      signingKey->fingerprint())
          << '\n'
          << Tr::tr("approval: %1 (and .sig, .pub.pem)").arg(recordPath) << '\n';
    return ExitSuccess;
}

} // namespace planner::cli
