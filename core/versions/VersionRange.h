// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Version.h"

#include <QSharedData>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace planner {

/// A set of versions written as in the interchange format: comparators separated by spaces must
/// all hold (`>=11 <15`), `||` separates alternatives. Comparators are `>=V >V <=V <V =V`,
/// `V.x`/`V.*` and a bare `V` (same prefix: `4.x` is `>=4 <5`), `^V` (same first part) and `~V`
/// (same first two parts). `*` or an empty text matches every version.
/// A word that follows a comparator belongs to its version, so `>=2019 CU18` reads as one
/// comparator on "2019 CU18".
///
/// Like Version, a range is immutable and shared by its copies; a VersionPool hands out one
/// range per distinct text.
class VersionRange
{
public:
    enum class Op { GreaterEqual, Greater, LessEqual, Less, Equal, Prefix };

    struct Comparator
    {
        Op op = Op::GreaterEqual;
        Version version;
        int prefixLength = 0; ///< for Op::Prefix: how many leading parts must be equal
    };
    /// All comparators of one alternative must hold; an empty alternative holds always.
    using Alternative = std::vector<Comparator>;

    /// The range that matches every version.
    VersionRange() = default;

    /// The longest range text parse() accepts, in characters once trimmed (docs/limits.md):
    /// a few alternatives of a few comparators fit many times over.
    static constexpr qsizetype maxLength = 1024;

    /// Parses @p text; on failure returns nothing and sets @p error to a sentence naming the
    /// offending piece, or the length when the text is longer than maxLength.
    static std::optional<VersionRange> parse(QStringView text, QString *error = nullptr);

    bool contains(const Version &version) const;
    bool matchesAll() const { return !m_d || m_d->alternatives.empty(); }

    /// The text as written (trimmed); "*" for a range made by the default constructor.
    QString text() const { return !m_d || m_d->text.isEmpty() ? QStringLiteral("*") : m_d->text; }
    const std::vector<Alternative> &alternatives() const
    {
        return m_d ? m_d->alternatives : nullData().alternatives;
    }

    /// Same text means same range; used for round trips and undo.
    friend bool operator==(const VersionRange &a, const VersionRange &b)
    {
        return a.m_d == b.m_d || a.text() == b.text();
    }

private:
    struct Data : QSharedData
    {
        QString text;
        std::vector<Alternative> alternatives; // empty: everything
    };

    static const Data &nullData();

    QExplicitlySharedDataPointer<const Data> m_d;
};

} // namespace planner
