// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerUrl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServerUrl)
};

const QStringList &sslModes()
{
    static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                      QStringLiteral("prefer"),    QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

// The URL as given, any password blanked out: what error messages may show.
QString shown(const QString &text)
{
    QUrl url(text, QUrl::TolerantMode);
    if (!url.isValid())
        return QStringLiteral("postgresql://...");
    url.setPassword({});
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("password"));
    url.setQuery(query);
    return url.toString();
}

} // namespace

bool ServerLocation::isUrl(QStringView text)
{
    return text.startsWith(u"postgresql://", Qt::CaseInsensitive)
           || text.startsWith(u"postgres://", Qt::CaseInsensitive);
}

bool ServerLocation::isValidProjectName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,47}$"));
    return valid.match(name).hasMatch();
}

Expected<ServerLocation> ServerLocation::parse(const QString &text)
{
    const QString where = shown(text);
    if (!isUrl(text))
        return Error{where, Tr::tr("not a shared project's URL: it starts with postgresql://")};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return Error{where, Tr::tr("not a valid URL: %1").arg(url.errorString())};
    if (!url.password().isEmpty() || url.userInfo().contains(u':'))
        return Error{where, Tr::tr("the URL carries a password; leave it out and put it in "
                                   "~/.pgpass (or PGPASSWORD): a password on the command line is "
                                   "seen by everyone on the machine and kept in shell histories")};
    ServerLocation location;
    location.user = url.userName();
    location.host = url.host();
    location.port = url.port(0);
    if (url.port(-1) == 0)
        return Error{where, Tr::tr("the port must be between 1 and 65535")};
    QString database = url.path();
    if (database.startsWith(u'/'))
        database.remove(0, 1);
    if (database.contains(u'/'))
        return Error{where, Tr::tr("the path names the database alone: /DATABASE, not '%1'")
                                .arg(url.path())};
    location.database = database;

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        // libpq's connection string is built from these words: nothing that ends a word.
        static const QRegularExpression unsafe(QStringLiteral("[\\s;'\"\\\\]"));
        if (key != u"project" && value.contains(unsafe))
            return Error{where, Tr::tr("the value of '%1' may not hold spaces, quotes, ';' or "
                                       "backslashes")
                                    .arg(key)};
        if (key == u"project") {
            location.project = value;
        } else if (key == u"sslmode") {
            if (!sslModes().contains(value))
                return Error{where, Tr::tr("sslmode '%1' is not one of %2")
                                        .arg(value, sslModes().join(QStringLiteral(", ")))};
            location.sslMode = value;
        } else if (key == u"sslrootcert") {
            location.sslRootCert = value;
        } else if (key == u"connect_timeout") {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 3600)
                return Error{where, Tr::tr("connect_timeout '%1' is not a number of seconds from 1 "
                                           "to 3600")
                                        .arg(value)};
            location.connectTimeout = seconds;
        } else if (key == u"application_name") {
            location.applicationName = value;
        } else if (key == u"password") {
            return Error{where, Tr::tr("the URL carries a password; leave it out and put it in "
                                       "~/.pgpass (or PGPASSWORD)")};
        } else {
            return Error{where, Tr::tr("unknown option '%1' (known: project, sslmode, sslrootcert, "
                                       "connect_timeout, application_name)")
                                    .arg(key)};
        }
    }
    if (location.project.isEmpty())
        return Error{where, Tr::tr("the URL names no project: add ?project=NAME")};
    if (!isValidProjectName(location.project))
        return Error{where, Tr::tr("'%1' cannot be a project's name: 1 to 48 letters, digits, '_', "
                                   "'-' or '.', starting with a letter or digit")
                                .arg(location.project)};
    return location;
}

QString ServerLocation::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host.isEmpty() ? QString() : host);
    if (port > 0)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("project"), project);
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), sslRootCert);
    url.setQuery(query);
    return url.toString();
}

} // namespace planner
