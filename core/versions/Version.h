// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSharedData>
#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>
#include <optional>
#include <vector>

namespace planner {

/// A product version as people write it: "12.20", "2019 CU18", "11.2.0.4", "16.0rc1", "12c",
/// "1:2.3-4". It is a sequence of digit runs and letter runs; every other allowed character
/// (`. - _ + ~ :` and space) only separates them. Digit runs compare as numbers, letter runs
/// case-insensitively, and a missing part counts as zero, so "11.2" equals "11.2.0".
/// The words alpha, beta, rc, pre, preview and dev mark a pre-release that sorts before the
/// release it precedes ("16.0rc1" < "16.0"); any other word sorts after the number it follows
/// ("1.1.1k" > "1.1.1").
///
/// A version is immutable and its text and parts are shared by every copy: copying one costs a
/// pointer, and an estate read through a VersionPool holds each distinct version once however
/// many components run it.
class Version
{
public:
    /// One run of digits or letters.
    struct Part
    {
        /// Order of kinds when two parts differ in kind: pre-release < number < word.
        enum Kind : std::uint8_t { PreRelease = 0, Number = 1, Word = 2 };
        Kind kind = Number;
        std::uint64_t number = 0; ///< the value of a digit run, or the rank of a pre-release word
        QString word;             ///< a letter run in lower case (empty for numbers)

        friend bool operator==(const Part &, const Part &) = default;
    };

    Version() = default;

    /// The longest version text parse() accepts, in characters once trimmed (docs/limits.md):
    /// real versions are under 100 characters; a longer text is a mistake or an attack, and
    /// every comparison would walk it.
    static constexpr qsizetype maxLength = 256;

    /// Parses @p text. Returns nothing and sets @p error (if given) to a sentence naming the
    /// problem when the text is empty, longer than maxLength or holds a character that is
    /// neither a digit, a letter nor a separator.
    static std::optional<Version> parse(QStringView text, QString *error = nullptr);

    /// The text as the user wrote it (trimmed).
    const QString &text() const { return m_d ? m_d->text : nullData().text; }
    const std::vector<Part> &parts() const { return m_d ? m_d->parts : nullData().parts; }
    bool isNull() const { return !m_d; }
    bool isPreRelease() const { return m_d && m_d->preRelease; }

    /// Three-way comparison under the rules above; equal versions may differ in text.
    static int compare(const Version &a, const Version &b)
    {
        return a.m_d == b.m_d ? 0 : compareParts(a, b);
    }

    friend bool operator==(const Version &a, const Version &b) { return compare(a, b) == 0; }
    friend std::strong_ordering operator<=>(const Version &a, const Version &b)
    {
        return compare(a, b) <=> 0;
    }

    /// True when both are the same shared value (same text and parts): a cheap test of
    /// identity, not of equality.
    bool sharesDataWith(const Version &other) const { return m_d == other.m_d; }

    /// The version whose first @p count parts equal this one's and whose last of them is one
    /// higher ("4.2" with count 1 gives "5"). Nothing when that part is not a number.
    std::optional<Version> bumped(int count) const;

    /// Makes a version from numbers ({5, 1} -> "5.1"); for generated estates and tests.
    static Version fromNumbers(std::initializer_list<std::uint64_t> numbers);

private:
    struct Data : QSharedData
    {
        QString text;
        std::vector<Part> parts; // never empty: a version without parts is the null version
        bool preRelease = false;
    };

    static const Data &nullData();
    static int compareParts(const Version &a, const Version &b);
    static Version fromParts(QString text, std::vector<Part> parts);

    QExplicitlySharedDataPointer<const Data> m_d;
};

} // namespace planner
