// SPDX-License-Identifier: GPL-3.0-or-later
// Ed25519 keys: generated, written, read back, refused when they are something else.
#include "SigningFixture.h"

#include "signing/SigningKey.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace planner;
using namespace planner::test;

Q_DECLARE_METATYPE(planner::KeyProblem)

class tst_SigningKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signAndVerify()
    {
        const Expected<SigningKey> key = SigningKey::generate();
        QVERIFY(key.ok());
        QVERIFY(key->hasPrivateKey());
        QCOMPARE(key->rawPublicKey().size(), 32);
        QCOMPARE(key->fingerprint(), sha256Hex(key->rawPublicKey()));
        QCOMPARE(key->fingerprint().size(), 64);

        const QByteArray message("approve the plan");
        const Expected<QByteArray> signature = key->sign(message);
        QVERIFY(signature.ok());
        QCOMPARE(signature->size(), 64);
        QVERIFY(key->verify(message, *signature));
        const SigningKey publicOnly = key->publicKey();
        QVERIFY(!publicOnly.hasPrivateKey());
        QVERIFY(publicOnly.verify(message, *signature));
        QVERIFY(!publicOnly.sign(message).ok());
        QVERIFY(!publicOnly.verify(message + ' ', *signature));
        QVERIFY(!publicOnly.verify(message, signature->left(63)));
        QByteArray flipped = *signature;
        flipped[10] = char(flipped[10] ^ 0x01);
        QVERIFY(!publicOnly.verify(message, flipped));

        QVERIFY(!SigningKey::generate()->verify(message, *signature)); // another key
        QVERIFY(SigningKey().isNull());
        QVERIFY(!SigningKey().verify(message, *signature));
    }

    void pemRoundTrip()
    {
        const SigningKey key = SigningKey::generate().value();
        const QByteArray publicPem = key.publicKeyPem();
        QVERIFY(publicPem.startsWith("-----BEGIN PUBLIC KEY-----\n"));
        const Expected<SigningKey> publicKey = SigningKey::fromPublicKeyPem(publicPem, "k.pub.pem");
        QVERIFY(publicKey.ok());
        QCOMPARE(publicKey->fingerprint(), key.fingerprint());
        QCOMPARE(publicKey->publicKeyPem(), publicPem);

        const QByteArray plain = key.privateKeyPem({}).value();
        QVERIFY(plain.startsWith("-----BEGIN PRIVATE KEY-----\n"));
        QVERIFY(!SigningKey::isEncryptedPrivateKeyPem(plain));
        QCOMPARE(SigningKey::fromPrivateKeyPem(plain, {}, "k.key")->fingerprint(),
                 key.fingerprint());

        const QByteArray encrypted = key.privateKeyPem("correct horse").value();
        QVERIFY(encrypted.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"));
        QVERIFY(SigningKey::isEncryptedPrivateKeyPem(encrypted));
        KeyProblem problem = KeyProblem::Unreadable;
        const Expected<SigningKey> loaded = SigningKey::fromPrivateKeyPem(encrypted,
                                                                          "correct horse", "k.key",
                                                                          &problem);
        QVERIFY(loaded.ok());
        QCOMPARE(problem, KeyProblem::None);
        QCOMPARE(loaded->fingerprint(), key.fingerprint());
    }

    void privateKeyProblems_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<KeyProblem>("problem");
        QTest::addColumn<QString>("words");

        const SigningKey key = SigningKey::generate().value();
        const QByteArray encrypted = key.privateKeyPem("right").value();
        QTest::newRow("wrong passphrase")
            << encrypted << QByteArray("wrong") << KeyProblem::WrongPassphrase
            << QStringLiteral("wrong passphrase");
        QTest::newRow("no passphrase") << encrypted << QByteArray() << KeyProblem::NeedsPassphrase
                                       << QStringLiteral("needs a passphrase");
        QTest::newRow("public key") << key.publicKeyPem() << QByteArray() << KeyProblem::NotAKey
                                    << QStringLiteral("public key");
        QTest::newRow("not PEM") << QByteArray("hello\n") << QByteArray() << KeyProblem::NotAKey
                                 << QStringLiteral("not a PEM key file");
        QTest::newRow("RSA private key")
            << QByteArray("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n")
            << QByteArray() << KeyProblem::NotEd25519 << QStringLiteral("RSA");
        QByteArray damaged = key.privateKeyPem({}).value();
        damaged[40] = '!';
        QTest::newRow("damaged") << damaged << QByteArray() << KeyProblem::NotAKey
                                 << QStringLiteral("damaged");
    }

    void privateKeyProblems()
    {
        QFETCH(QByteArray, pem);
        QFETCH(QByteArray, passphrase);
        QFETCH(KeyProblem, problem);
        QFETCH(QString, words);
        KeyProblem found = KeyProblem::None;
        const Expected<SigningKey> key = SigningKey::fromPrivateKeyPem(pem, passphrase,
                                                                       QStringLiteral("alice.key"),
                                                                       &found);
        QVERIFY(!key.ok());
        QCOMPARE(found, problem);
        QCOMPARE(key.error().where, QStringLiteral("alice.key"));
        QVERIFY2(key.error().what.contains(words), qPrintable(key.error().what));
    }

    // Keys made by stock openssl: an Ed25519 one is read; RSA and EC are refused by name.
    void opensslKeys_data()
    {
        QTest::addColumn<QStringList>("genpkey");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("words");
        QTest::newRow("ed25519") << QStringList{QStringLiteral("-algorithm"),
                                                QStringLiteral("ED25519")}
                                 << true << QString();
        QTest::newRow("rsa") << QStringList{QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                                            QStringLiteral("-pkeyopt"),
                                            QStringLiteral("rsa_keygen_bits:1024")}
                             << false << QStringLiteral("not Ed25519 but RSA");
        QTest::newRow("ec") << QStringList{QStringLiteral("-algorithm"), QStringLiteral("EC"),
                                           QStringLiteral("-pkeyopt"),
                                           QStringLiteral("ec_paramgen_curve:P-256")}
                            << false << QStringLiteral("not Ed25519 but EC");
        QTest::newRow("ed448") << QStringList{QStringLiteral("-algorithm"), QStringLiteral("ED448")}
                               << false << QStringLiteral("ED448");
    }

    void opensslKeys()
    {
        QFETCH(QStringList, genpkey);
        QFETCH(bool, accepted);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString keyPath = dir.filePath(QStringLiteral("other.key"));
        const QString pubPath = dir.filePath(QStringLiteral("other.pub.pem"));
        QCOMPARE(runTool(QStringLiteral("openssl"),
                         QStringList{QStringLiteral("genpkey")} + genpkey
                             + QStringList{QStringLiteral("-out"), keyPath})
                     .code,
                 0);
        QCOMPARE(runTool(QStringLiteral("openssl"),
                         {QStringLiteral("pkey"), QStringLiteral("-in"), keyPath,
                          QStringLiteral("-pubout"), QStringLiteral("-out"), pubPath})
                     .code,
                 0);
        KeyProblem problem = KeyProblem::None;
        const Expected<SigningKey> publicKey = SigningKey::loadPublicKey(pubPath, &problem);
        const Expected<SigningKey> privateKey = SigningKey::loadPrivateKey(keyPath, {});
        QCOMPARE(publicKey.ok(), accepted);
        QCOMPARE(privateKey.ok(), accepted);
        if (accepted) {
            QCOMPARE(publicKey->fingerprint(), privateKey->fingerprint());
            QCOMPARE(publicKey->publicKeyPem(), readAll(pubPath)); // same canonical PEM
        } else {
            QCOMPARE(problem, KeyProblem::NotEd25519);
            QCOMPARE(publicKey.error().where, pubPath);
            QVERIFY2(publicKey.error().what.contains(words), qPrintable(publicKey.error().what));
            QVERIFY2(privateKey.error().text().contains(QLatin1String("Ed25519")),
                     qPrintable(privateKey.error().text()));
        }
    }

    void publicKeyProblems()
    {
        const SigningKey key = SigningKey::generate().value();
        KeyProblem problem = KeyProblem::None;
        QVERIFY(!SigningKey::fromPublicKeyPem(key.privateKeyPem({}).value(), "x", &problem).ok());
        QCOMPARE(problem, KeyProblem::NotAKey);
        QByteArray damaged = key.publicKeyPem();
        damaged.truncate(40);
        QVERIFY(!SigningKey::fromPublicKeyPem(damaged, "x", &problem).ok());
        QCOMPARE(problem, KeyProblem::NotAKey);
        const Expected<SigningKey> missing = SigningKey::loadPublicKey("/nonexistent/k.pub.pem",
                                                                       &problem);
        QVERIFY(!missing.ok());
        QCOMPARE(problem, KeyProblem::Unreadable);
        QCOMPARE(missing.error().where, QStringLiteral("/nonexistent/k.pub.pem"));
    }

    void writeKeyPairModesAndRefusal()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("alice"));
        const SigningKey key = SigningKey::generate().value();
        QVERIFY(writeKeyPair(key, name, "secret", false).ok());

        struct stat info
        {};
        QCOMPARE(::stat(QFile::encodeName(privateKeyPath(name)).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        QVERIFY(QFileInfo::exists(publicKeyPath(name)));
        QCOMPARE(SigningKey::loadPrivateKey(privateKeyPath(name), "secret")->fingerprint(),
                 key.fingerprint());
        QCOMPARE(SigningKey::loadPublicKey(publicKeyPath(name))->fingerprint(), key.fingerprint());

        // No replacement without being asked: both files stay as they were.
        const QByteArray before = readAll(privateKeyPath(name));
        const Expected<Done> again = writeKeyPair(SigningKey::generate().value(), name, {}, false);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().where, privateKeyPath(name));
        QCOMPARE(readAll(privateKeyPath(name)), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);

        // Replaced when asked.
        const SigningKey other = SigningKey::generate().value();
        QVERIFY(writeKeyPair(other, name, {}, true).ok());
        QCOMPARE(SigningKey::loadPublicKey(publicKeyPath(name))->fingerprint(), other.fingerprint());
        QCOMPARE(::stat(QFile::encodeName(privateKeyPath(name)).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    // A key file cut short (a failed copy, a full disk) at every length: refused, naming the
    // file, as damaged or as no PEM at all. The one cut that loses nothing of the key, the final
    // line end, still gives the same key: OpenSSL reads a PEM without it, and it is the same
    // key, not a forgery (a signature by it is still checked against the trusted key).
    void truncatedKeyFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("private key") << "private";
        QTest::newRow("encrypted private key") << "encrypted";
        QTest::newRow("public key") << "public";
    }

    void truncatedKeyFile()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alice.pem"));
        const SigningKey key = SigningKey::generate().value();
        const QByteArray passphrase = kind == "encrypted" ? QByteArray("right") : QByteArray();
        const QByteArray whole = kind == "public" ? key.publicKeyPem()
                                                  : key.privateKeyPem(passphrase).value();
        const auto load = [&](KeyProblem *problem) {
            return kind == "public" ? SigningKey::loadPublicKey(path, problem)
                                    : SigningKey::loadPrivateKey(path, passphrase, problem);
        };
        QVERIFY(writeAll(path, whole));
        QCOMPARE(load(nullptr)->fingerprint(), key.fingerprint());

        for (qsizetype size = 0; size < whole.size(); ++size) {
            QVERIFY(writeAll(path, whole.left(size)));
            KeyProblem problem = KeyProblem::None;
            const Expected<SigningKey> loaded = load(&problem);
            const QString at = QStringLiteral("cut to %1 of %2 bytes").arg(size).arg(whole.size());
            if (size == whole.size() - 1) {
                QVERIFY2(loaded.ok(), qPrintable(at));
                QCOMPARE(loaded->fingerprint(), key.fingerprint());
                continue;
            }
            QVERIFY2(!loaded.ok(), qPrintable(at + QStringLiteral(": loaded")));
            QCOMPARE(loaded.error().where, path);
            QCOMPARE(problem, KeyProblem::NotAKey);
            const QString what = loaded.error().what;
            QVERIFY2(what.contains(QLatin1String("damaged"))
                         || what == QLatin1String("not a PEM key file"),
                     qPrintable(at + QStringLiteral(": ") + what));
        }
    }

    // A private key is 0600 even when the umask would let everyone read new files; its public
    // key is 0644. Replacing an older, wider key file gives a 0600 one.
    void privateKeyModeWithPermissiveUmask()
    {
        const mode_t saved = ::umask(0);
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("alice"));
        const auto mode = [](const QString &path) {
            struct stat info
            {};
            return ::stat(QFile::encodeName(path).constData(), &info) == 0
                       ? unsigned(info.st_mode & 07777)
                       : 0u;
        };
        const bool written = writeKeyPair(SigningKey::generate().value(), name, {}, false).ok();
        const unsigned privateMode = mode(privateKeyPath(name));
        const unsigned publicMode = mode(publicKeyPath(name));
        const bool wider = ::chmod(QFile::encodeName(privateKeyPath(name)).constData(), 0666) == 0;
        const bool replaced = writeKeyPair(SigningKey::generate().value(), name, "secret", true).ok();
        const unsigned replacedMode = mode(privateKeyPath(name));
        ::umask(saved);
        QVERIFY(written);
        QCOMPARE(privateMode, 0600u);
        QCOMPARE(publicMode, 0644u);
        QVERIFY(wider);
        QVERIFY(replaced);
        QCOMPARE(replacedMode, 0600u);
    }

    void writeKeyPairIntoMissingFolder()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("no/such/alice"));
        const Expected<Done> written = writeKeyPair(SigningKey::generate().value(), name, {}, false);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().text().contains(privateKeyPath(name)),
                 qPrintable(written.error().text()));
    }
};

QTEST_GUILESS_MAIN(tst_SigningKey)
#include "tst_signingkey.moc"
