// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerUrl.h"

#include <QObject>
#include <QVariant>

#include <memory>

namespace planner {

class SqlConnection;

/// Tells when someone saves a shared project: a connection of its own that LISTENs on the
/// server's channel, where every save of a project NOTIFYs its name, revision and user when its
/// transaction commits (ServerProject). Notifications arrive through the event loop of the
/// thread that started the watcher, within moments of the commit.
class ServerWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ServerWatcher(const ServerLocation &where, QObject *parent = nullptr);
    ~ServerWatcher() override;

    /// Connects and listens; false with @p error when the server cannot be reached.
    bool start(QString *error = nullptr);
    bool isListening() const;

    /// The channel every save notifies on.
    static QString channel();
    /// The payload a save sends: {"project", "revision", "user", "client"}.
    static QByteArray payload(const QString &project, qint64 revision, const QString &user);
    /// Who this process is in a payload's "client": saves of this process are told apart.
    static QString thisClient();

Q_SIGNALS:
    /// The project was saved as @p revision by @p user; @p here when by this process.
    void saved(qint64 revision, const QString &user, bool here);

private:
    void onNotification(const QString &name, const QVariant &payload);

    ServerLocation m_where;
    std::unique_ptr<SqlConnection> m_connection;
};

} // namespace planner
