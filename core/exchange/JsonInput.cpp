// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonInput.h"

#include "inventory/Component.h"

#include <QCoreApplication>

#include <cmath>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(EstateJson)
};

QString typeName(const JsonValue &v)
{
    switch (v.type()) {
    case JsonValue::Type::Null:
        return Tr::tr("null");
    case JsonValue::Type::Bool:
        return Tr::tr("true or false");
    case JsonValue::Type::Number:
        return Tr::tr("a number");
    case JsonValue::Type::String:
        return Tr::tr("a string");
    case JsonValue::Type::Array:
        return Tr::tr("an array");
    case JsonValue::Type::Object:
        return Tr::tr("an object");
    case JsonValue::Type::Undefined:
        break;
    }
    return Tr::tr("nothing");
}

// Absent members are "missing"; present ones of the wrong type say what was found.
[[noreturn]] void wrongType(const JsonField &f, const QString &expected)
{
    if (f.value.isUndefined())
        JsonInput::fail(f.path, Tr::tr("missing"));
    JsonInput::fail(f.path, Tr::tr("expected %1, found %2").arg(expected, typeName(f.value)));
}

// Reads exactly `count` ASCII digits at `pos`; -1 when any of them is not a digit.
int digits(QStringView s, qsizetype pos, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = s[pos + i];
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// "YYYY-MM-DD" at the start of s (s has at least 10 characters); null when malformed.
QDate strictDate(QStringView s)
{
    if (s[4] != u'-' || s[7] != u'-')
        return {};
    const int y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d); // invalid (null) for 2027-02-30
}

// "HH:MM" at pos; invalid when malformed or out of range.
QTime strictTime(QStringView s, qsizetype pos)
{
    if (s[pos + 2] != u':')
        return {};
    const int h = digits(s, pos, 2), m = digits(s, pos + 3, 2);
    if (h < 0 || m < 0 || h > 23 || m > 59)
        return {};
    return QTime(h, m);
}

} // namespace

void JsonInput::fail(const JsonPath &path, const QString &what)
{
    throw JsonReadFailure{Error{path.isRoot() ? Tr::tr("top level") : path.text(), what}};
}

void JsonInput::warn(const JsonPath &path, const QString &what)
{
    if (m_warnings)
        m_warnings->append(path.text() + QLatin1String(": ") + what);
}

void JsonInput::checkMembers(const JsonValue &object, const JsonPath &path,
                             std::initializer_list<QLatin1String> known)
{
    Q_ASSERT(known.size() <= 32);
    std::uint32_t seen = 0;
    for (JsonValue member = object.first(); !member.isUndefined(); member = member.next()) {
        int index = 0;
        for (QLatin1String k : known) {
            if (member.keyEquals(k))
                break;
            ++index;
        }
        if (index == int(known.size())) {
            const QString key = member.key();
            warn(path.key(key), Tr::tr("unknown field, ignored"));
            continue;
        }
        const std::uint32_t bit = 1u << index;
        if (seen & bit)
            fail(path.key(known.begin()[index]), Tr::tr("appears twice in the same object"));
        seen |= bit;
    }
}

JsonValue JsonInput::object(const JsonField &f)
{
    if (!f.value.isObject())
        wrongType(f, Tr::tr("an object"));
    return f.value;
}

JsonValue JsonInput::array(const JsonField &f)
{
    if (!f.value.isArray())
        wrongType(f, Tr::tr("an array"));
    return f.value;
}

QString JsonInput::string(const JsonField &f)
{
    if (!f.value.isString())
        wrongType(f, Tr::tr("a string"));
    return f.value.toString();
}

QString JsonInput::nonEmptyString(const JsonField &f)
{
    QString s = string(f);
    if (s.trimmed().isEmpty())
        fail(f.path, Tr::tr("empty"));
    return s;
}

QString JsonInput::id(const JsonField &f)
{
    QString s = nonEmptyString(f);
    if (!isValidId(s))
        fail(f.path, Tr::tr("'%1' is not a valid id: use only letters, digits and . _ : -").arg(s));
    return s;
}

bool JsonInput::boolean(const JsonField &f)
{
    if (!f.value.isBool())
        wrongType(f, Tr::tr("true or false"));
    return f.value.toBool();
}

int JsonInput::integer(const JsonField &f, int minimum, int maximum)
{
    if (!f.value.isNumber())
        wrongType(f, Tr::tr("a whole number"));
    const double d = f.value.toDouble();
    const QString shown = QString::number(d, 'g', 17);
    if (!std::isfinite(d) || d != std::floor(d))
        fail(f.path, Tr::tr("%1 is not a whole number").arg(shown));
    if (d < 0 && minimum >= 0)
        fail(f.path, Tr::tr("%1 is negative").arg(shown));
    if (d < minimum)
        fail(f.path, Tr::tr("%1 is less than %2").arg(shown).arg(minimum));
    if (d > maximum)
        fail(f.path, Tr::tr("%1 is too large (at most %2)").arg(shown).arg(maximum));
    return int(d);
}

QDate JsonInput::date(const JsonField &f)
{
    const QString s = string(f);
    const QDate d = s.size() == 10 ? strictDate(s) : QDate();
    if (!d.isValid())
        fail(f.path, Tr::tr("'%1' is not a date of the form YYYY-MM-DD").arg(s));
    return d;
}

QDateTime JsonInput::localTime(const JsonField &f)
{
    const QString s = string(f);
    QDate d;
    QTime t;
    if (s.size() == 16 && s[10] == u'T') {
        d = strictDate(s);
        t = strictTime(s, 11);
    }
    if (!d.isValid() || !t.isValid())
        fail(f.path, Tr::tr("'%1' is not a local time of the form YYYY-MM-DDTHH:MM").arg(s));
    return QDateTime(d, t, Qt::UTC);
}

QTime JsonInput::clockTime(const JsonField &f)
{
    const QString s = string(f);
    const QTime t = s.size() == 5 ? strictTime(s, 0) : QTime();
    if (!t.isValid())
        fail(f.path, Tr::tr("'%1' is not a time of day of the form HH:MM").arg(s));
    return t;
}

DayMask JsonInput::days(const JsonField &f)
{
    const QString s = string(f);
    const auto mask = parseDays(s);
    if (!mask)
        fail(f.path, Tr::tr("'%1' is not a list of week days such as Mon-Fri or Sat,Sun").arg(s));
    return *mask;
}

Version JsonInput::version(const JsonField &f)
{
    QString error;
    auto v = Version::parse(string(f), &error);
    if (!v)
        fail(f.path, error);
    return std::move(*v);
}

VersionRange JsonInput::range(const JsonField &f)
{
    QString error;
    auto r = VersionRange::parse(string(f), &error);
    if (!r)
        fail(f.path, error);
    return std::move(*r);
}

Version JsonInput::sharedVersion(const JsonField &f)
{
    QString error;
    auto v = m_pool.version(string(f), &error);
    if (!v)
        fail(f.path, error);
    return std::move(*v);
}

VersionRange JsonInput::sharedRange(const JsonField &f)
{
    QString error;
    auto r = m_pool.range(string(f), &error);
    if (!r)
        fail(f.path, error);
    return std::move(*r);
}

ComponentKind JsonInput::kind(const JsonField &f)
{
    const QString s = string(f);
    const auto k = kindFromName(s);
    if (!k)
        fail(f.path, Tr::tr("unknown kind '%1' (known: %2)").arg(s, kindNames().join(u' ')));
    return *k;
}

Criticality JsonInput::criticality(const JsonField &f)
{
    const QString s = string(f);
    const auto c = criticalityFromName(s);
    if (!c)
        fail(f.path,
             Tr::tr("unknown criticality '%1' (known: %2)").arg(s, criticalityNames().join(u' ')));
    return *c;
}

QStringList JsonInput::stringList(const JsonField &f)
{
    const JsonValue a = array(f);
    QStringList out;
    out.reserve(a.size());
    qsizetype i = 0;
    for (JsonValue item = a.first(); !item.isUndefined(); item = item.next())
        out.append(nonEmptyString({item, f.path.at(i++)}));
    return out;
}

} // namespace planner
