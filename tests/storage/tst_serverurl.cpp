// SPDX-License-Identifier: GPL-3.0-or-later
// A shared project's URL read: what it names, libpq's defaults left to libpq, and every bad
// URL refused with a message that names it (never with its password) and the problem.
#include "storage/ServerUrl.h"

#include <QTest>

using namespace planner;

class tst_ServerUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryPart();
    void leavesDefaultsToLibpq();
    void isUrlTellsUrlsFromFiles();
    void refusesBadUrls_data();
    void refusesBadUrls();
    void projectNames();
};

void tst_ServerUrl::readsEveryPart()
{
    const Expected<ServerLocation> where = ServerLocation::parse(
        QStringLiteral("postgresql://alice@db.example.org:6543/cmdb?project=bank-2027&sslmode="
                       "verify-full&sslrootcert=/etc/ssl/root.crt&connect_timeout=5"));
    QVERIFY2(where, qPrintable(where ? QString() : where.error().text()));
    QCOMPARE(where->user, QStringLiteral("alice"));
    QCOMPARE(where->host, QStringLiteral("db.example.org"));
    QCOMPARE(where->port, 6543);
    QCOMPARE(where->database, QStringLiteral("cmdb"));
    QCOMPARE(where->project, QStringLiteral("bank-2027"));
    QCOMPARE(where->sslMode, QStringLiteral("verify-full"));
    QCOMPARE(where->sslRootCert, QStringLiteral("/etc/ssl/root.crt"));
    QCOMPARE(where->connectTimeout, 5);
    QCOMPARE(where->schema(), QStringLiteral("uplan_bank-2027"));
    // The canonical URL reads back to the same place.
    const Expected<ServerLocation> again = ServerLocation::parse(where->url());
    QVERIFY(again);
    QCOMPARE(again->url(), where->url());
    QCOMPARE(again->sslMode, QStringLiteral("verify-full"));
}

void tst_ServerUrl::leavesDefaultsToLibpq()
{
    // No user, host, port or database: PGUSER, PGHOST, PGPORT, PGDATABASE or libpq's own.
    const Expected<ServerLocation> where = ServerLocation::parse(
        QStringLiteral("postgres:///?project=lab"));
    QVERIFY2(where, qPrintable(where ? QString() : where.error().text()));
    QVERIFY(where->user.isEmpty());
    QVERIFY(where->host.isEmpty());
    QCOMPARE(where->port, 0);
    QVERIFY(where->database.isEmpty());
    QVERIFY(where->sslMode.isEmpty()); // libpq's "prefer": TLS whenever the server offers it
    QCOMPARE(where->project, QStringLiteral("lab"));
    // Shown as written: the empty authority stays.
    QCOMPARE(where->url(), QStringLiteral("postgresql:///?project=lab"));
    const Expected<ServerLocation> noUrl = ServerLocation::parse(
        QStringLiteral("postgresql:///?project=a%20b"));
    QVERIFY(!noUrl);
    QVERIFY2(noUrl.error().where == QLatin1String("postgresql:///?project=a%20b"),
             qPrintable(noUrl.error().where));
}

void tst_ServerUrl::isUrlTellsUrlsFromFiles()
{
    QVERIFY(ServerLocation::isUrl(u"postgresql://h/db?project=x"));
    QVERIFY(ServerLocation::isUrl(u"POSTGRES://h/db?project=x"));
    QVERIFY(!ServerLocation::isUrl(u"bank.uplan"));
    QVERIFY(!ServerLocation::isUrl(u"/home/me/postgresql/bank.uplan"));
    QVERIFY(!ServerLocation::isUrl(u"mysql://h/db"));
}

void tst_ServerUrl::refusesBadUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::newRow("password") << "postgresql://alice:s3cret@h/db?project=x"
                              << "carries a password";
    QTest::newRow("password with @") << "postgresql://alice:s3cret@x@h/db?project=x"
                                     << "carries a password";
    QTest::newRow("password with a space") << "postgresql://alice:s3cret pw@h/db?project=x"
                                           << "carries a password";
    QTest::newRow("space in project") << "postgresql://h/db?project=a b"
                                      << "cannot be a project";
    QTest::newRow("empty password") << "postgresql://alice:@h/db?project=x"
                                    << "carries a password";
    QTest::newRow("password option") << "postgresql://alice@h/db?project=x&password=s3cret"
                                     << "carries a password";
    QTest::newRow("no project") << "postgresql://h/db"
                                << "names no project";
    QTest::newRow("bad project") << "postgresql://h/db?project=a%20b"
                                 << "cannot be a project";
    QTest::newRow("long project") << "postgresql://h/db?project=" + QString(49, u'p')
                                  << "cannot be a project";
    QTest::newRow("sslmode") << "postgresql://h/db?project=x&sslmode=always"
                             << "sslmode 'always'";
    QTest::newRow("timeout") << "postgresql://h/db?project=x&connect_timeout=soon"
                             << "connect_timeout 'soon'";
    QTest::newRow("unknown") << "postgresql://h/db?project=x&colour=blue"
                             << "unknown option 'colour'";
    QTest::newRow("path") << "postgresql://h/db/more?project=x"
                          << "names the database alone";
    QTest::newRow("port") << "postgresql://h:99999/db?project=x"
                          << "not a valid URL";
    QTest::newRow("quote") << "postgresql://h/db?project=x&application_name=a'b"
                           << "quotes";
    QTest::newRow("scheme") << "mysql://h/db?project=x"
                            << "starts with postgresql://";
}

void tst_ServerUrl::refusesBadUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    const Expected<ServerLocation> where = ServerLocation::parse(url);
    QVERIFY(!where);
    QVERIFY2(where.error().what.contains(message), qPrintable(where.error().text()));
    // The message never repeats a password.
    QVERIFY2(!where.error().text().contains(QLatin1String("s3cret")),
             qPrintable(where.error().text()));
    QVERIFY2(!where.error().text().contains(QLatin1String("userinfo")),
             qPrintable(where.error().text()));
}

void tst_ServerUrl::projectNames()
{
    QVERIFY(ServerLocation::isValidProjectName(QStringLiteral("bank-2027.q1_test")));
    QVERIFY(ServerLocation::isValidProjectName(QString(48, u'a')));
    QVERIFY(!ServerLocation::isValidProjectName(QString(49, u'a')));
    QVERIFY(!ServerLocation::isValidProjectName(QStringLiteral("-leading")));
    QVERIFY(!ServerLocation::isValidProjectName(QStringLiteral("with\"quote")));
    QVERIFY(!ServerLocation::isValidProjectName(QString()));
}

QTEST_GUILESS_MAIN(tst_ServerUrl)
#include "tst_serverurl.moc"
