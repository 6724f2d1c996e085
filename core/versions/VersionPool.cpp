// SPDX-License-Identifier: GPL-3.0-or-later
#include "VersionPool.h"

namespace planner {

std::optional<Version> VersionPool::version(const QString &text, QString *error)
{
    if (const auto it = m_versions.constFind(text); it != m_versions.cend())
        return *it;
    auto parsed = Version::parse(text, error);
    if (parsed)
        m_versions.insert(text, *parsed);
    return parsed;
}

std::optional<VersionRange> VersionPool::range(const QString &text, QString *error)
{
    if (const auto it = m_ranges.constFind(text); it != m_ranges.cend())
        return *it;
    auto parsed = VersionRange::parse(text, error);
    if (parsed)
        m_ranges.insert(text, *parsed);
    return parsed;
}

QString VersionPool::string(const QString &text)
{
    if (text.isEmpty())
        return QString();
    const auto it = m_strings.constFind(text);
    if (it != m_strings.cend())
        return *it;
    m_strings.insert(text);
    return text;
}

QString VersionPool::recentString(const QString &text)
{
    constexpr size_t slots = size_t(1) << 16; // 512 KB of pointers: stays in the cache
    if (m_recent.empty())
        m_recent.resize(slots);
    QString &slot = m_recent[qHash(text) & (slots - 1)];
    if (slot == text)
        return slot;
    slot = text;
    return text;
}

namespace {

// A key that points at @p utf8 without copying it: only for lookups while the bytes live.
QByteArray borrowed(QByteArrayView utf8)
{
    return QByteArray::fromRawData(utf8.data(), utf8.size());
}

// Finds @p utf8 in @p table, or parses it with @p parse and keeps the answer: one parse per
// distinct text, however many rows hold it.
template<typename Value, typename Parse>
std::optional<Value> pooled(QHash<QByteArray, Value> &table, QByteArrayView utf8, QString *error,
                            Parse parse)
{
    if (const auto it = table.constFind(borrowed(utf8)); it != table.cend())
        return *it;
    auto parsed = parse(QString::fromUtf8(utf8), error);
    if (parsed)
        table.insert(utf8.toByteArray(), *parsed);
    return parsed;
}

} // namespace

std::optional<Version> VersionPool::version(QByteArrayView utf8, QString *error)
{
    return pooled(m_utf8Versions, utf8, error, &Version::parse);
}

std::optional<VersionRange> VersionPool::range(QByteArrayView utf8, QString *error)
{
    return pooled(m_utf8Ranges, utf8, error, &VersionRange::parse);
}

QString VersionPool::string(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return QString();
    if (const auto it = m_utf8Strings.constFind(borrowed(utf8)); it != m_utf8Strings.cend())
        return *it;
    QString text = string(QString::fromUtf8(utf8)); // shared with texts pooled as QString
    m_utf8Strings.insert(utf8.toByteArray(), text);
    return text;
}

} // namespace planner
