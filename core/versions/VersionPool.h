// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Version.h"
#include "VersionRange.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace planner {

/// Hands out one shared value per distinct text while an estate is read from a file: a large
/// estate has 100,000 components but only hundreds of distinct versions, ranges, products,
/// sites and owners, so each is parsed and stored once and every component refers to it.
/// Used by one reader at a time (not thread-safe); the values stay valid after the pool is gone.
class VersionPool
{
public:
    /// Version::parse(@p text), parsed once per distinct text.
    std::optional<Version> version(const QString &text, QString *error = nullptr);
    /// VersionRange::parse(@p text), parsed once per distinct text.
    std::optional<VersionRange> range(const QString &text, QString *error = nullptr);
    /// @p text itself, sharing its characters with an equal text seen before.
    QString string(const QString &text);
    /// @p text itself, sharing its characters with an equal text seen recently: for texts too
    /// many to pool (the ends of 3 million dependencies), whose frequent repeats (a hub's
    /// id) are caught by a small table at the cost of one hash and one comparison.
    QString recentString(const QString &text);

    /// The same for texts read as UTF-8 bytes (a database column): a text seen before is found
    /// without building a QString of it, which is most of the cost of reading a column.
    std::optional<Version> version(QByteArrayView utf8, QString *error = nullptr);
    std::optional<VersionRange> range(QByteArrayView utf8, QString *error = nullptr);
    QString string(QByteArrayView utf8);

private:
    QHash<QString, Version> m_versions;
    QHash<QString, VersionRange> m_ranges;
    QSet<QString> m_strings;
    std::vector<QString> m_recent; // direct-mapped by hash
    // Keyed by the UTF-8 bytes; found with QByteArray::fromRawData, which copies nothing.
    QHash<QByteArray, Version> m_utf8Versions;
    QHash<QByteArray, VersionRange> m_utf8Ranges;
    QHash<QByteArray, QString> m_utf8Strings;
};

} // namespace planner
