// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner keygen -o NAME [--passphrase-file F | --no-passphrase] [--force]
#include "CommandSupport.h"

#include "signing/Passphrase.h"
#include "signing/SigningKey.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace planner::cli {

namespace {

const QString command = QStringLiteral("keygen");

// The passphrase for a new key: from the file, the variable, or asked twice on the terminal.
// An empty result with no error means "no passphrase" (--no-passphrase).
Expected<QByteArray> newKeyPassphrase(const QCommandLineParser &parser,
                                      const QCommandLineOption &file,
                                      const QCommandLineOption &none)
{
    if (parser.isSet(file))
        return readPassphraseFile(parser.value(file));
    if (parser.isSet(none))
        return QByteArray();
    if (auto fromEnvironment = passphraseFromEnvironment())
        return *fromEnvironment;
    if (!canPromptForPassphrase()) {
        return Error{QString(),
                     Tr::tr("no passphrase for the new key and no terminal to ask for one: give "
                            "--passphrase-file F, set %1, or --no-passphrase for an unencrypted "
                            "key")
                         .arg(passphraseVariable())};
    }
    Expected<QByteArray> first = promptForPassphrase(Tr::tr("Passphrase for the new key: "));
    if (!first)
        return first;
    Expected<QByteArray> again = promptForPassphrase(Tr::tr("The same passphrase again: "));
    if (!again) {
        forgetPassphrase(*first);
        return again;
    }
    const bool same = *first == *again;
    forgetPassphrase(*again);
    if (!same) {
        forgetPassphrase(*first);
        return Error{QString(), Tr::tr("the two passphrases differ; nothing was written")};
    }
    return first;
}

} // namespace

int runKeygen(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Creates an Ed25519 key pair for signing plans: NAME.key (the private key, PKCS#8 "
               "PEM, mode 0600, encrypted with the passphrase) and NAME.pub.pem (the public key "
               "to share). The passphrase comes from --passphrase-file, else from %1, else it is "
               "asked twice on the terminal.")
            .arg(passphraseVariable()));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("Base name of the key files: NAME.key, NAME.pub.pem."),
                                    Tr::tr("NAME"));
    const QCommandLineOption
        passphraseFile(QStringLiteral("passphrase-file"),
                       Tr::tr("Read the passphrase from the first line of this file."),
                       Tr::tr("F"));
    const QCommandLineOption noPassphrase(QStringLiteral("no-passphrase"),
                                          Tr::tr("Write the private key unencrypted, on purpose."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   Tr::tr("Replace existing NAME.key and NAME.pub.pem."));
    parser.addOptions({output, passphraseFile, noPassphrase, force});
    if (const auto stop = parseArguments(parser, command, arguments, {}))
        return *stop;
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return usageError(command, Tr::tr("missing -o NAME"));
    if (parser.isSet(passphraseFile) && parser.isSet(noPassphrase))
        return usageError(command,
                          Tr::tr("--passphrase-file and --no-passphrase exclude each other"));

    const QString name = parser.value(output);
    const QFileInfo folder(QFileInfo(name).absolutePath());
    if (!folder.isDir())
        return inputError(Tr::tr("%1: no such folder").arg(folder.filePath()));
    if (!parser.isSet(force)) {
        for (const QString &path : {privateKeyPath(name), publicKeyPath(name)}) {
            if (QFileInfo::exists(path))
                return inputError(
                    Tr::tr("%1: exists already (use --force to replace it)").arg(path));
        }
    }

    Expected<QByteArray> passphrase = newKeyPassphrase(parser, passphraseFile, noPassphrase);
    if (!passphrase)
        return inputError(passphrase.error().text());
    const Expected<SigningKey> key = SigningKey::generate();
    if (!key) {
        forgetPassphrase(*passphrase);
        return inputError(key.error().text());
    }
    const Expected<Done> written = writeKeyPair(*key, name, *passphrase, parser.isSet(force));
    const bool encrypted = !passphrase->isEmpty();
    forgetPassphrase(*passphrase);
    if (!written)
        return inputError(written.error().text());

    out() << (encrypted ? Tr::tr("%1: private key, encrypted with the passphrase (keep it "
                                 "secret)")
                        : Tr::tr("%1: private key, NOT encrypted (keep it secret)"))
                 .arg(privateKeyPath(name))
          << '\n'
          << Tr::tr("%1: public key (share it with whoever verifies)").arg(publicKeyPath(name))
          << '\n'
          << Tr::tr("fingerprint: %1").arg(key->fingerprint()) << '\n';
    return ExitSuccess;
}

} // namespace planner::cli
