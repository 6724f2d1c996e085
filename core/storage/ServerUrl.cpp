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

// Where the authority (USER@HOST:PORT) of a URL is, read as text rather than through QUrl, so
// that a URL QUrl cannot read (a password with an '@' or a space in it) is still understood.
struct Authority
{
    qsizetype start = -1; ///< -1: no "://"
    qsizetype end = -1;
    qsizetype at = -1; ///< the last '@' inside it, or -1
};

Authority authorityOf(const QString &text)
{
    Authority a;
    const qsizetype schemeEnd = text.indexOf(u"://");
    if (schemeEnd < 0)
        return a;
    a.start = schemeEnd + 3;
    a.end = text.size();
    for (const QChar stop : {u'/', u'?', u'#'}) {
        const qsizetype found = text.indexOf(stop, a.start);
        if (found >= 0 && found < a.end)
            a.end = found;
    }
    const qsizetype at = text.lastIndexOf(u'@', a.end - 1);
    if (at >= a.start)
        a.at = at;
    return a;
}

// True when the user information carries a password, however it is written.
bool hasPassword(const QString &text)
{
    const Authority a = authorityOf(text);
    return a.at >= 0 && text.mid(a.start, a.at - a.start).contains(u':');
}

// The URL as given, any password left out: what error messages may show. "postgresql:///"
// keeps its empty authority.
QString shown(const QString &text)
{
    const Authority a = authorityOf(text);
    if (a.start < 0)
        return text;
    QString authority = text.mid(a.start, a.end - a.start);
    if (a.at >= 0) {
        const qsizetype at = a.at - a.start;
        const qsizetype colon = authority.left(at).indexOf(u':');
        if (colon >= 0)
            authority = authority.left(colon) + authority.mid(at);
    }
    QString rest = text.mid(a.end);
    const qsizetype query = rest.indexOf(u'?');
    if (query >= 0) {
        QStringList kept;
        for (const QString &item : rest.mid(query + 1).split(u'&'))
            if (!item.section(u'=', 0, 0).trimmed().startsWith(u"password", Qt::CaseInsensitive))
                kept << item;
        rest = rest.left(query + 1) + kept.join(u'&');
    }
    return text.left(a.start) + authority + rest;
}

QString passwordMessage()
{
    return Tr::tr("the URL carries a password; leave it out and put it in ~/.pgpass (or "
                  "PGPASSWORD): a password on the command line is seen by everyone on the machine "
                  "and kept in shell histories");
}

// QUrl's own message without the text it could not read (which may hold a password).
QString withoutSource(const QString &message)
{
    const qsizetype source = message.indexOf(QLatin1String("; source was"));
    return source < 0 ? message : message.left(source);
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

Expected<ServerLocation> ServerLocation::parse(const QString &text, Project project)
{
    const QString where = shown(text);
    if (!isUrl(text))
        return Error{where, Tr::tr("not a shared project's URL: it starts with postgresql://")};
    if (hasPassword(text))
        return Error{where, passwordMessage()};
    // Strict first; a URL only a tolerant reading takes (a space in a name, an '@' in a
    // password) is read that way, and what it holds is checked part by part below.
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        const QString strictError = withoutSource(url.errorString());
        url = QUrl(text, QUrl::TolerantMode);
        if (!url.isValid())
            return Error{where, Tr::tr("not a valid URL: %1").arg(strictError)};
    }
    if (!url.password().isEmpty() || url.userInfo().contains(u':'))
        return Error{where, passwordMessage()};
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
    if (location.project.isEmpty() && project == Project::Required)
        return Error{where, Tr::tr("the URL names no project: add ?project=NAME")};
    if (!location.project.isEmpty() && !isValidProjectName(location.project))
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
    if (!project.isEmpty())
        query.addQueryItem(QStringLiteral("project"), project);
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), sslRootCert);
    url.setQuery(query);
    // QUrl writes an empty authority as "postgresql:/"; libpq and users write "postgresql:///".
    QString text = url.toString();
    if (!text.startsWith(QLatin1String("postgresql://")))
        text.insert(int(qstrlen("postgresql:")), QLatin1String("//"));
    return text;
}

} // namespace planner
