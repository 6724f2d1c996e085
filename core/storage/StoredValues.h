// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the project writer turns estate values into SQL values (shared by its .cpp files).

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QTime>
#include <QVariant>

#include <initializer_list>
#include <optional>

namespace planner::stored {

// QSQLITE binds a null QString as SQL NULL; text columns that are NOT NULL get "" instead.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

inline QVariant date(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

inline QVariant dateTime(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

inline QVariant time(QTime t)
{
    return t.isValid() ? QVariant(t.toString(Qt::ISODateWithMs)) : QVariant();
}

inline QVariant minutes(const std::optional<int> &m)
{
    return m ? QVariant(*m) : QVariant();
}

inline QVariant flag(bool b)
{
    return b ? 1 : 0;
}

inline QStringList columns(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

} // namespace planner::stored
