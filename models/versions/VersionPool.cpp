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

} // namespace planner
