// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerWatcher.h"

#include "SqlConnection.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSysInfo>

namespace planner {

ServerWatcher::ServerWatcher(const ServerLocation &where, QObject *parent)
    : QObject(parent)
    , m_where(where)
{
}

ServerWatcher::~ServerWatcher() = default;

QString ServerWatcher::channel()
{
    return QStringLiteral("uplan_changes");
}

QString ServerWatcher::thisClient()
{
    return QStringLiteral("%1:%2")
        .arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid());
}

QByteArray ServerWatcher::payload(const QString &project, qint64 revision, const QString &user)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("project"), project},
                                     {QStringLiteral("revision"), revision},
                                     {QStringLiteral("user"), user},
                                     {QStringLiteral("client"), thisClient()}})
        .toJson(QJsonDocument::Compact);
}

bool ServerWatcher::start(QString *error)
{
    m_connection = std::make_unique<SqlConnection>(m_where);
    QSqlDatabase &db = m_connection->database();
    if (!db.open()) {
        if (error)
            *error = db.lastError().databaseText().simplified();
        m_connection.reset();
        return false;
    }
    QSqlDriver *driver = db.driver();
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                onNotification(name, payload);
            });
    if (!driver->subscribeToNotification(channel())) {
        if (error)
            *error = driver->lastError().text();
        m_connection.reset();
        return false;
    }
    return true;
}

bool ServerWatcher::isListening() const
{
    return m_connection && m_connection->database().isOpen()
           && m_connection->database().driver()->subscribedToNotifications().contains(channel());
}

void ServerWatcher::onNotification(const QString &name, const QVariant &payload)
{
    if (name != channel())
        return;
    const QJsonObject saved = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    if (saved.value(QStringLiteral("project")).toString() != m_where.project)
        return;
    Q_EMIT this->saved(saved.value(QStringLiteral("revision")).toInteger(),
                       saved.value(QStringLiteral("user")).toString(),
                       saved.value(QStringLiteral("client")).toString() == thisClient());
}

} // namespace planner
