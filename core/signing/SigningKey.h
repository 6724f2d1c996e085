// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Expected.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace planner {

/// Why a key could not be loaded, for callers that react differently (the workbench asks for
/// the passphrase again after a wrong one). The Error's text says the same in words.
enum class KeyProblem {
    None,
    Unreadable,      ///< the file cannot be read
    NotAKey,         ///< not a PEM key of the kind expected (or damaged)
    NotEd25519,      ///< a key, but RSA, EC...: plans are signed with Ed25519 only
    NeedsPassphrase, ///< an encrypted private key and no passphrase given
    WrongPassphrase  ///< the passphrase does not decrypt it
};

/// An Ed25519 key: a key pair that signs approvals, or a public key alone that checks them.
/// Keys are stored as PEM that stock `openssl` reads: the private key as PKCS#8 ("PRIVATE KEY",
/// or "ENCRYPTED PRIVATE KEY" with scrypt and AES-256-CBC when it has a passphrase), the public
/// key as SubjectPublicKeyInfo ("PUBLIC KEY"). A key is identified by its fingerprint, the hex
/// SHA-256 of its raw 32-byte public key. Copies share the same immutable key.
class SigningKey
{
public:
    SigningKey(); ///< a null key: signs and verifies nothing

    /// A new random key pair.
    static Expected<SigningKey> generate();

    /// The private key in @p pem (PKCS#8, encrypted or not). @p passphrase is used only when
    /// the PEM is encrypted. @p where names the file in errors.
    static Expected<SigningKey> fromPrivateKeyPem(const QByteArray &pem,
                                                  const QByteArray &passphrase,
                                                  const QString &where,
                                                  KeyProblem *problem = nullptr);
    /// The public key in @p pem (SubjectPublicKeyInfo). Any other kind of key, an RSA or EC
    /// public key for instance, is an Error saying what it is.
    static Expected<SigningKey> fromPublicKeyPem(const QByteArray &pem, const QString &where,
                                                 KeyProblem *problem = nullptr);
    /// The same, read from a file; errors name @p path.
    static Expected<SigningKey> loadPrivateKey(const QString &path, const QByteArray &passphrase,
                                               KeyProblem *problem = nullptr);
    static Expected<SigningKey> loadPublicKey(const QString &path, KeyProblem *problem = nullptr);

    /// True when @p pem is an "ENCRYPTED PRIVATE KEY": loading it needs a passphrase.
    static bool isEncryptedPrivateKeyPem(const QByteArray &pem);

    bool isNull() const;
    bool hasPrivateKey() const;

    /// The raw 32-byte Ed25519 public key; empty for a null key.
    QByteArray rawPublicKey() const;
    /// Lower-case hex SHA-256 of rawPublicKey() (64 characters): how approvals name a key.
    QString fingerprint() const;

    /// The private key as PKCS#8 PEM, encrypted when @p passphrase is not empty.
    Expected<QByteArray> privateKeyPem(const QByteArray &passphrase) const;
    /// The public key as SubjectPublicKeyInfo PEM, always the same bytes for the same key.
    QByteArray publicKeyPem() const;
    /// The same key without its private half.
    SigningKey publicKey() const;

    /// The 64-byte Ed25519 signature of @p message. Needs the private key.
    Expected<QByteArray> sign(const QByteArray &message) const;
    /// True when @p signature is exactly 64 bytes and a valid signature of @p message.
    bool verify(const QByteArray &message, const QByteArray &signature) const;

    struct Private;

private:
    explicit SigningKey(std::shared_ptr<const Private> d);
    std::shared_ptr<const Private> d;
};

/// Where keygen writes a key pair called @p name: "NAME.key" and "NAME.pub.pem".
QString privateKeyPath(const QString &name);
QString publicKeyPath(const QString &name);

/// Writes @p key as NAME.key (mode 0600 from its first byte, encrypted when @p passphrase is
/// not empty) and NAME.pub.pem. Both are written to temporary files first and put in place only
/// when both are complete. Without @p replace an existing file of either name is an Error and
/// nothing is written.
Expected<Done> writeKeyPair(const SigningKey &key, const QString &name,
                            const QByteArray &passphrase, bool replace);

} // namespace planner
