// SPDX-License-Identifier: GPL-3.0-or-later
#include "SigningKey.h"

#include "CanonicalJson.h"
#include "Passphrase.h"
#include "StagedFiles.h"

#include <QCoreApplication>
#include <QFile>

#include <utility>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

namespace planner {

struct SigningKey::Private
{
    EVP_PKEY *pkey = nullptr;
    bool hasPrivate = false;

    Private(EVP_PKEY *key, bool withPrivate)
        : pkey(key)
        , hasPrivate(withPrivate)
    {
    }
    ~Private() { EVP_PKEY_free(pkey); }
    Private(const Private &) = delete;
    Private &operator=(const Private &) = delete;
};

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SigningKey)
};

constexpr int rawKeySize = 32;
constexpr int signatureSize = 64;
// scrypt as `openssl pkcs8 -scrypt` uses it: 16 MiB and about 50 ms to derive the key.
constexpr uint64_t scryptN = 16384;
constexpr uint64_t scryptR = 8;
constexpr uint64_t scryptP = 1;

template<typename T, void (*Free)(T *)>
struct Owned
{
    T *p = nullptr;
    Owned() = default;
    explicit Owned(T *pointer)
        : p(pointer)
    {
    }
    ~Owned() { Free(p); }
    Owned(const Owned &) = delete;
    Owned &operator=(const Owned &) = delete;
    T *get() const { return p; }
    T *release() { return std::exchange(p, nullptr); }
    void reset(T *pointer) { Free(std::exchange(p, pointer)); }
    explicit operator bool() const { return p != nullptr; }
};

void freeBio(BIO *bio)
{
    BIO_free(bio);
}
using Bio = Owned<BIO, freeBio>;
using Pkey = Owned<EVP_PKEY, EVP_PKEY_free>;
using MdCtx = Owned<EVP_MD_CTX, EVP_MD_CTX_free>;
using X509Sig = Owned<X509_SIG, X509_SIG_free>;
using P8Info = Owned<PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free>;
using Algor = Owned<X509_ALGOR, X509_ALGOR_free>;

// OpenSSL's error queue is per thread; leave nothing in it for the next caller.
QString takeOpenSslError()
{
    const unsigned long code = ERR_peek_last_error();
    QString text;
    if (code != 0) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        text = QString::fromLatin1(buffer);
    }
    ERR_clear_error();
    return text;
}

Bio memoryBio(const QByteArray &bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

// The label of the first PEM block ("PRIVATE KEY", "PUBLIC KEY"...), empty when there is none.
QByteArray pemLabel(const QByteArray &pem)
{
    static const QByteArray begin = "-----BEGIN ";
    const qsizetype at = pem.indexOf(begin);
    if (at < 0)
        return {};
    const qsizetype start = at + begin.size();
    const qsizetype end = pem.indexOf("-----", start);
    const qsizetype lineEnd = pem.indexOf('\n', start);
    if (end < 0 || (lineEnd >= 0 && end > lineEnd))
        return {};
    return pem.mid(start, end - start);
}

Error keyError(const QString &where, const QString &what, KeyProblem kind, KeyProblem *problem)
{
    if (problem)
        *problem = kind;
    return Error{where, what};
}

QString keyTypeName(EVP_PKEY *pkey)
{
    const char *name = EVP_PKEY_get0_type_name(pkey);
    if (!name || !*name)
        name = OBJ_nid2sn(EVP_PKEY_get_base_id(pkey));
    return name && *name ? QString::fromLatin1(name) : Tr::tr("unknown");
}

// A label of another kind of private key, named for the message ("an RSA private key").
QString otherPrivateKeyKind(const QByteArray &label)
{
    if (label.endsWith(" PRIVATE KEY") && label != "PRIVATE KEY" && label != "ENCRYPTED PRIVATE KEY")
        return QString::fromLatin1(label.chopped(12));
    return {};
}

} // namespace

SigningKey::SigningKey() = default;

SigningKey::SigningKey(std::shared_ptr<const Private> d)
    : d(std::move(d))
{
}

Expected<SigningKey> SigningKey::generate()
{
    EVP_PKEY *pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!pkey)
        return Error{QString(), Tr::tr("cannot create an Ed25519 key: %1").arg(takeOpenSslError())};
    return SigningKey(std::make_shared<const Private>(pkey, true));
}

bool SigningKey::isEncryptedPrivateKeyPem(const QByteArray &pem)
{
    return pemLabel(pem) == "ENCRYPTED PRIVATE KEY";
}

Expected<SigningKey> SigningKey::fromPrivateKeyPem(const QByteArray &pem,
                                                   const QByteArray &passphrase,
                                                   const QString &where, KeyProblem *problem)
{
    if (problem)
        *problem = KeyProblem::None;
    const QByteArray label = pemLabel(pem);
    if (label.isEmpty())
        return keyError(where, Tr::tr("not a PEM key file"), KeyProblem::NotAKey, problem);
    if (label == "PUBLIC KEY") {
        return keyError(where, Tr::tr("is a public key; signing needs the private key (NAME.key)"),
                        KeyProblem::NotAKey, problem);
    }
    if (const QString kind = otherPrivateKeyKind(label); !kind.isEmpty()) {
        return keyError(where,
                        Tr::tr("is not an Ed25519 key in PKCS#8 but a \"%1 PRIVATE KEY\" "
                               "(make one with 'upgrade-planner keygen')")
                            .arg(kind),
                        KeyProblem::NotEd25519, problem);
    }

    Bio bio = memoryBio(pem);
    P8Info info;
    if (label == "ENCRYPTED PRIVATE KEY") {
        if (passphrase.isEmpty()) {
            return keyError(where, Tr::tr("is encrypted and needs a passphrase"),
                            KeyProblem::NeedsPassphrase, problem);
        }
        X509Sig encrypted(PEM_read_bio_PKCS8(bio.get(), nullptr, nullptr, nullptr));
        if (!encrypted) {
            takeOpenSslError();
            return keyError(where, Tr::tr("damaged encrypted private key"), KeyProblem::NotAKey,
                            problem);
        }
        info.reset(PKCS8_decrypt(encrypted.get(), passphrase.constData(), int(passphrase.size())));
        if (!info) {
            takeOpenSslError();
            return keyError(where, Tr::tr("wrong passphrase (or a damaged key file)"),
                            KeyProblem::WrongPassphrase, problem);
        }
    } else if (label == "PRIVATE KEY") {
        info.reset(PEM_read_bio_PKCS8_PRIV_KEY_INFO(bio.get(), nullptr, nullptr, nullptr));
        if (!info) {
            takeOpenSslError();
            return keyError(where, Tr::tr("damaged private key"), KeyProblem::NotAKey, problem);
        }
    } else {
        return keyError(where,
                        Tr::tr("holds a \"%1\", not a private key").arg(QString::fromLatin1(label)),
                        KeyProblem::NotAKey, problem);
    }

    Pkey pkey(EVP_PKCS82PKEY(info.get()));
    if (!pkey) {
        takeOpenSslError();
        return keyError(where, Tr::tr("damaged private key"), KeyProblem::NotAKey, problem);
    }
    if (EVP_PKEY_get_base_id(pkey.get()) != EVP_PKEY_ED25519) {
        return keyError(where,
                        Tr::tr("is not Ed25519 but %1: plans are signed with Ed25519 keys "
                               "(make one with 'upgrade-planner keygen')")
                            .arg(keyTypeName(pkey.get())),
                        KeyProblem::NotEd25519, problem);
    }
    return SigningKey(std::make_shared<const Private>(pkey.release(), true));
}

Expected<SigningKey> SigningKey::fromPublicKeyPem(const QByteArray &pem, const QString &where,
                                                  KeyProblem *problem)
{
    if (problem)
        *problem = KeyProblem::None;
    const QByteArray label = pemLabel(pem);
    if (label.isEmpty())
        return keyError(where, Tr::tr("not a PEM key file"), KeyProblem::NotAKey, problem);
    if (label.endsWith("PRIVATE KEY")) {
        return keyError(where, Tr::tr("is a private key; give the public key (NAME.pub.pem)"),
                        KeyProblem::NotAKey, problem);
    }
    if (label == "RSA PUBLIC KEY")
        return keyError(where, Tr::tr("is not Ed25519 but RSA: plans are signed with Ed25519 keys"),
                        KeyProblem::NotEd25519, problem);
    if (label != "PUBLIC KEY") {
        return keyError(where,
                        Tr::tr("holds a \"%1\", not a public key").arg(QString::fromLatin1(label)),
                        KeyProblem::NotAKey, problem);
    }
    Bio bio = memoryBio(pem);
    Pkey pkey(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (!pkey) {
        takeOpenSslError();
        return keyError(where, Tr::tr("damaged public key"), KeyProblem::NotAKey, problem);
    }
    if (EVP_PKEY_get_base_id(pkey.get()) != EVP_PKEY_ED25519) {
        return keyError(where,
                        Tr::tr("is not Ed25519 but %1: plans are signed with Ed25519 keys "
                               "(make one with 'upgrade-planner keygen')")
                            .arg(keyTypeName(pkey.get())),
                        KeyProblem::NotEd25519, problem);
    }
    return SigningKey(std::make_shared<const Private>(pkey.release(), false));
}

static Expected<QByteArray> readKeyFile(const QString &path, KeyProblem *problem)
{
    QFile file(path);
    if (!file.exists())
        return keyError(path, Tr::tr("no such file"), KeyProblem::Unreadable, problem);
    // Unbuffered: a private key leaves no copy in QFile's buffer.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return keyError(path, file.errorString(), KeyProblem::Unreadable, problem);
    // A PEM key is well under a kilobyte; refuse to read a big file by mistake.
    const QByteArray bytes = file.read(1 << 20);
    if (file.error() != QFileDevice::NoError)
        return keyError(path, file.errorString(), KeyProblem::Unreadable, problem);
    return bytes;
}

Expected<SigningKey> SigningKey::loadPrivateKey(const QString &path, const QByteArray &passphrase,
                                                KeyProblem *problem)
{
    Expected<QByteArray> pem = readKeyFile(path, problem);
    if (!pem)
        return pem.error();
    Expected<SigningKey> key = fromPrivateKeyPem(*pem, passphrase, path, problem);
    forgetPassphrase(*pem); // an unencrypted key's PEM is the secret itself
    return key;
}

Expected<SigningKey> SigningKey::loadPublicKey(const QString &path, KeyProblem *problem)
{
    const Expected<QByteArray> pem = readKeyFile(path, problem);
    if (!pem)
        return pem.error();
    return fromPublicKeyPem(*pem, path, problem);
}

bool SigningKey::isNull() const
{
    return !d;
}

bool SigningKey::hasPrivateKey() const
{
    return d && d->hasPrivate;
}

QByteArray SigningKey::rawPublicKey() const
{
    if (!d)
        return {};
    QByteArray raw(rawKeySize, Qt::Uninitialized);
    size_t size = size_t(raw.size());
    if (EVP_PKEY_get_raw_public_key(d->pkey, reinterpret_cast<unsigned char *>(raw.data()), &size)
            != 1
        || size != rawKeySize) {
        takeOpenSslError();
        return {};
    }
    return raw;
}

QString SigningKey::fingerprint() const
{
    const QByteArray raw = rawPublicKey();
    return raw.isEmpty() ? QString() : sha256Hex(raw);
}

Expected<QByteArray> SigningKey::privateKeyPem(const QByteArray &passphrase) const
{
    if (!hasPrivateKey())
        return Error{QString(), Tr::tr("no private key to write")};
    P8Info info(EVP_PKEY2PKCS8(d->pkey));
    Bio bio(BIO_new(BIO_s_mem()));
    if (!info || !bio)
        return Error{QString(), Tr::tr("cannot encode the private key: %1").arg(takeOpenSslError())};
    if (passphrase.isEmpty()) {
        if (PEM_write_bio_PKCS8_PRIV_KEY_INFO(bio.get(), info.get()) != 1) {
            return Error{QString(),
                         Tr::tr("cannot encode the private key: %1").arg(takeOpenSslError())};
        }
        return bioBytes(bio.get());
    }
    Algor algorithm(
        PKCS5_pbe2_set_scrypt(EVP_aes_256_cbc(), nullptr, 0, nullptr, scryptN, scryptR, scryptP));
    if (!algorithm)
        return Error{QString(),
                     Tr::tr("cannot encrypt the private key: %1").arg(takeOpenSslError())};
    X509Sig encrypted(PKCS8_set0_pbe(passphrase.constData(), int(passphrase.size()), info.get(),
                                     algorithm.get()));
    if (!encrypted)
        return Error{QString(),
                     Tr::tr("cannot encrypt the private key: %1").arg(takeOpenSslError())};
    algorithm.release(); // owned by the X509_SIG now
    if (PEM_write_bio_PKCS8(bio.get(), encrypted.get()) != 1)
        return Error{QString(), Tr::tr("cannot encode the private key: %1").arg(takeOpenSslError())};
    return bioBytes(bio.get());
}

QByteArray SigningKey::publicKeyPem() const
{
    if (!d)
        return {};
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), d->pkey) != 1) {
        takeOpenSslError();
        return {};
    }
    return bioBytes(bio.get());
}

SigningKey SigningKey::publicKey() const
{
    const QByteArray raw = rawPublicKey();
    if (raw.isEmpty())
        return {};
    EVP_PKEY *pkey = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                 reinterpret_cast<const unsigned char *>(
                                                     raw.constData()),
                                                 size_t(raw.size()));
    if (!pkey) {
        takeOpenSslError();
        return {};
    }
    return SigningKey(std::make_shared<const Private>(pkey, false));
}

Expected<QByteArray> SigningKey::sign(const QByteArray &message) const
{
    if (!hasPrivateKey())
        return Error{QString(), Tr::tr("signing needs a private key")};
    MdCtx context(EVP_MD_CTX_new());
    QByteArray signature(signatureSize, Qt::Uninitialized);
    size_t size = size_t(signature.size());
    // Ed25519 hashes the whole message itself: no digest, one call.
    if (!context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, d->pkey) != 1
        || EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &size,
                          reinterpret_cast<const unsigned char *>(message.constData()),
                          size_t(message.size()))
               != 1
        || size != signatureSize) {
        return Error{QString(), Tr::tr("cannot sign: %1").arg(takeOpenSslError())};
    }
    return signature;
}

bool SigningKey::verify(const QByteArray &message, const QByteArray &signature) const
{
    if (!d || signature.size() != signatureSize)
        return false;
    MdCtx context(EVP_MD_CTX_new());
    const bool valid
        = context && EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, d->pkey) == 1
          && EVP_DigestVerify(context.get(),
                              reinterpret_cast<const unsigned char *>(signature.constData()),
                              size_t(signature.size()),
                              reinterpret_cast<const unsigned char *>(message.constData()),
                              size_t(message.size()))
                 == 1;
    takeOpenSslError();
    return valid;
}

QString privateKeyPath(const QString &name)
{
    return name + QStringLiteral(".key");
}

QString publicKeyPath(const QString &name)
{
    return name + QStringLiteral(".pub.pem");
}

Expected<Done> writeKeyPair(const SigningKey &key, const QString &name,
                            const QByteArray &passphrase, bool replace)
{
    const QString privatePath = privateKeyPath(name);
    const QString publicPath = publicKeyPath(name);
    if (!replace) {
        for (const QString &path : {privatePath, publicPath}) {
            if (QFile::exists(path))
                return Error{path, Tr::tr("exists already")};
        }
    }
    const QByteArray publicPem = key.publicKeyPem();
    if (publicPem.isEmpty())
        return Error{publicPath, Tr::tr("cannot encode the public key")};
    Expected<QByteArray> privatePem = key.privateKeyPem(passphrase);
    if (!privatePem)
        return Error{privatePath, privatePem.error().what};

    StagedFiles files;
    const Expected<Done> stagedPrivate = files.stage(privatePath, *privatePem, 0600);
    forgetPassphrase(*privatePem);
    if (!stagedPrivate)
        return stagedPrivate.error();
    if (const Expected<Done> staged = files.stage(publicPath, publicPem, 0644); !staged)
        return staged.error();
    return files.commit(replace);
}

} // namespace planner
