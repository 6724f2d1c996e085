// SPDX-License-Identifier: GPL-3.0-or-later
#include "VersionRange.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(VersionRange)
};

bool isWildcard(QStringView part)
{
    return part == u"x" || part == u"X" || part == u"*";
}

bool startsWithLetter(QStringView token)
{
    if (token.isEmpty())
        return false;
    const QChar c = token.front();
    return ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')) && !isWildcard(token);
}

bool isBareOperator(QStringView t)
{
    return t == u">=" || t == u"<=" || t == u">" || t == u"<" || t == u"=" || t == u"^"
           || t == u"~";
}

// Splits an alternative into comparator texts: an operator written apart from its version
// (`>= 5`) is joined to it, and so is a word that continues a version (`>=2019 CU18`).
QStringList comparatorTexts(QStringView alternative)
{
    QStringList out;
    bool lastWasBareOperator = false;
    for (QStringView token : alternative.split(u' ', Qt::SkipEmptyParts)) {
        if (lastWasBareOperator
            || (!out.isEmpty() && startsWithLetter(token) && !out.back().endsWith(u'x')
                && !out.back().endsWith(u'*'))) {
            out.back() += (lastWasBareOperator ? QString() : QStringLiteral(" "))
                          + token.toString();
            lastWasBareOperator = false;
            continue;
        }
        out.append(token.toString());
        lastWasBareOperator = isBareOperator(token);
    }
    return out;
}

// A "prefix" comparator (`4.x`, `4`, `^4.1`, `~4.1`) becomes >=low <high when the last kept part
// is a number, or an equality of the first parts otherwise.
bool addPrefix(VersionRange::Alternative &alt, const Version &low, int keep)
{
    if (keep <= 0)
        return true; // `*` or `x`: no constraint
    if (auto high = low.bumped(keep)) {
        alt.push_back({VersionRange::Op::GreaterEqual, low, 0});
        alt.push_back({VersionRange::Op::Less, *high, 0});
    } else {
        alt.push_back({VersionRange::Op::Prefix, low, keep});
    }
    return true;
}

std::optional<QString> parseComparator(const QString &text, VersionRange::Alternative &alt)
{
    QStringView rest(text);
    QString error;
    auto version = [&](QStringView v) { return Version::parse(v, &error); };

    static const std::pair<QStringView, VersionRange::Op> ops[] = {
        {u">=", VersionRange::Op::GreaterEqual}, {u"<=", VersionRange::Op::LessEqual},
        {u">", VersionRange::Op::Greater},       {u"<", VersionRange::Op::Less},
        {u"=", VersionRange::Op::Equal},
    };
    for (const auto &[symbol, op] : ops) {
        if (rest.startsWith(symbol)) {
            auto v = version(rest.mid(symbol.size()));
            if (!v)
                return Tr::tr("'%1': %2").arg(text, error);
            alt.push_back({op, *v, 0});
            return std::nullopt;
        }
    }
    if (rest.startsWith(u'^') || rest.startsWith(u'~')) {
        const bool caret = rest.startsWith(u'^');
        auto v = version(rest.mid(1));
        if (!v)
            return Tr::tr("'%1': %2").arg(text, error);
        if (v->parts().front().kind != Version::Part::Number)
            return Tr::tr("'%1': must start with a number").arg(text);
        const int keep = caret ? 1 : std::min<int>(2, int(v->parts().size()));
        if (auto high = v->bumped(keep)) {
            alt.push_back({VersionRange::Op::GreaterEqual, *v, 0});
            alt.push_back({VersionRange::Op::Less, *high, 0});
        } else {
            alt.push_back({VersionRange::Op::Prefix, *v, keep});
        }
        return std::nullopt;
    }
    // A bare version, possibly ending in wildcard parts: `4`, `4.x`, `4.2.*`, `*`.
    QStringList pieces = text.split(u'.');
    while (!pieces.isEmpty() && isWildcard(pieces.back()))
        pieces.removeLast();
    for (const QString &piece : pieces)
        if (piece.contains(u'*'))
            return Tr::tr("'%1': a wildcard may only stand at the end").arg(text);
    if (pieces.isEmpty())
        return std::nullopt;
    auto v = version(pieces.join(u'.'));
    if (!v)
        return Tr::tr("'%1': %2").arg(text, error);
    addPrefix(alt, *v, int(v->parts().size()));
    return std::nullopt;
}

bool satisfies(const Version &v, const VersionRange::Comparator &c)
{
    const int cmp = Version::compare(v, c.version);
    switch (c.op) {
    case VersionRange::Op::GreaterEqual:
        return cmp >= 0;
    case VersionRange::Op::Greater:
        return cmp > 0;
    case VersionRange::Op::LessEqual:
        return cmp <= 0;
    case VersionRange::Op::Less:
        return cmp < 0;
    case VersionRange::Op::Equal:
        return cmp == 0;
    case VersionRange::Op::Prefix: {
        const auto &a = v.parts();
        const auto &b = c.version.parts();
        for (int i = 0; i < c.prefixLength; ++i) {
            const Version::Part zero{};
            const auto &pa = size_t(i) < a.size() ? a[size_t(i)] : zero;
            const auto &pb = size_t(i) < b.size() ? b[size_t(i)] : zero;
            if (!(pa == pb))
                return false;
        }
        return true;
    }
    }
    return false;
}

} // namespace

std::optional<VersionRange> VersionRange::parse(QStringView input, QString *error)
{
    const QStringView text = input.trimmed();
    if (text.size() > maxLength) {
        if (error)
            *error = Tr::tr("'%1...' is %2 characters long, more than the %3 a version range "
                            "may have")
                         .arg(text.left(32))
                         .arg(text.size())
                         .arg(maxLength);
        return std::nullopt;
    }
    auto d = std::make_unique<Data>();
    d->text = text.toString();
    VersionRange range;
    if (text.isEmpty() || text == u"*") {
        range.m_d.reset(d.release());
        return range;
    }

    const auto alternatives = text.split(u"||");
    bool anyUnbounded = false;
    for (QStringView altText : alternatives) {
        altText = altText.trimmed();
        if (altText.isEmpty()) {
            if (error)
                *error = Tr::tr("'%1': empty alternative around '||'").arg(text);
            return std::nullopt;
        }
        Alternative alt;
        for (const QString &comparator : comparatorTexts(altText)) {
            if (isBareOperator(comparator)) {
                if (error)
                    *error = Tr::tr("'%1': operator '%2' has no version").arg(text, comparator);
                return std::nullopt;
            }
            if (auto problem = parseComparator(comparator, alt)) {
                if (error)
                    *error = *problem;
                return std::nullopt;
            }
        }
        anyUnbounded = anyUnbounded || alt.empty();
        alt.shrink_to_fit();
        d->alternatives.push_back(std::move(alt));
    }
    if (anyUnbounded)
        d->alternatives.clear(); // one alternative matches everything
    d->alternatives.shrink_to_fit();
    range.m_d.reset(d.release());
    return range;
}

const VersionRange::Data &VersionRange::nullData()
{
    static const Data data;
    return data;
}

bool VersionRange::contains(const Version &version) const
{
    if (matchesAll())
        return true;
    for (const Alternative &alt : m_d->alternatives) {
        bool all = true;
        for (const Comparator &c : alt) {
            if (!satisfies(version, c)) {
                all = false;
                break;
            }
        }
        if (all)
            return true;
    }
    return false;
}

} // namespace planner
