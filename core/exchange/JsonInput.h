// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonPath.h"
#include "JsonTree.h"
#include "inventory/Calendar.h"
#include "inventory/Expected.h"
#include "inventory/Kinds.h"
#include "versions/Version.h"
#include "versions/VersionPool.h"
#include "versions/VersionRange.h"

#include <QDate>
#include <QDateTime>
#include <QLatin1String>
#include <QStringList>
#include <QTime>

#include <initializer_list>

namespace planner {

/// Raised by JsonInput at the first problem; caught by the reader, which returns the Error.
struct JsonReadFailure
{
    Error error;
};

/// One member of an object while reading: its value (undefined when absent) and its path.
struct JsonField
{
    JsonValue value;
    JsonPath path;

    /// Absent and null both count as "not given" for optional members.
    bool present() const { return !value.isUndefined() && !value.isNull(); }
};

/// Typed, strict access to the values of an interchange document. Every reader throws
/// JsonReadFailure naming the path and the problem when the value is absent or wrong, so the
/// section readers stay a list of fields; warnings about ignored members are collected.
class JsonInput
{
public:
    explicit JsonInput(QStringList *warnings)
        : m_warnings(warnings)
    {
    }

    [[noreturn]] static void fail(const JsonPath &path, const QString &what);
    void warn(const JsonPath &path, const QString &what);

    /// Warns about every member of @p object whose name is not in @p known (at most 32
    /// names); a known name that appears twice is an error, since either value could be meant.
    void checkMembers(const JsonValue &object, const JsonPath &path,
                      std::initializer_list<QLatin1String> known);

    static JsonField field(const JsonValue &object, QLatin1String key, const JsonPath &path)
    {
        return {object.member(key), path.key(key)};
    }

    /// The value itself once it is known to be an object (or an array).
    static JsonValue object(const JsonField &f);
    static JsonValue array(const JsonField &f);
    static QString string(const JsonField &f);         ///< any string, empty allowed
    static QString nonEmptyString(const JsonField &f); ///< "empty" is an error
    static QString id(const JsonField &f);             ///< non-empty, [A-Za-z0-9._:-]+
    static bool boolean(const JsonField &f);
    /// A whole number within [@p minimum, @p maximum].
    static int integer(const JsonField &f, int minimum, int maximum);
    static QDate date(const JsonField &f);          ///< YYYY-MM-DD
    static QDateTime localTime(const JsonField &f); ///< YYYY-MM-DDTHH:MM, held as UTC
    static QTime clockTime(const JsonField &f);     ///< HH:MM
    static DayMask days(const JsonField &f);        ///< Mon-Fri, Sat,Sun
    static Version version(const JsonField &f);
    static VersionRange range(const JsonField &f);
    static ComponentKind kind(const JsonField &f);
    static Criticality criticality(const JsonField &f);
    /// An array of non-empty strings.
    static QStringList stringList(const JsonField &f);

    /// version() and range() for values that repeat across an estate (a product's versions,
    /// dependency ranges): each distinct text is parsed and stored once, and every value read
    /// shares it.
    Version sharedVersion(const JsonField &f);
    VersionRange sharedRange(const JsonField &f);
    /// @p text, sharing its characters with an equal text read before (products, sites...).
    QString share(const QString &text) { return m_pool.string(text); }
    /// @p text, sharing its characters with an equal text read recently (VersionPool).
    QString shareRecent(const QString &text) { return m_pool.recentString(text); }

private:
    QStringList *m_warnings;
    VersionPool m_pool;
};

} // namespace planner
