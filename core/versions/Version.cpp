// SPDX-License-Identifier: GPL-3.0-or-later
#include "Version.h"

#include <QCoreApplication>

namespace planner {

namespace {

constexpr int maxDigits = 18; // fits in 64 bits with room to bump

bool isSeparator(QChar c)
{
    return c == u'.' || c == u'-' || c == u'_' || c == u'+' || c == u'~' || c == u':' || c == u' ';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Pre-release words in the order their releases come out.
std::optional<std::uint64_t> preReleaseRank(const QString &word)
{
    if (word == u"dev")
        return 0;
    if (word == u"alpha")
        return 1;
    if (word == u"beta")
        return 2;
    if (word == u"pre" || word == u"preview")
        return 3;
    if (word == u"rc")
        return 4;
    return std::nullopt;
}

const Version::Part zeroPart{};

int comparePart(const Version::Part &a, const Version::Part &b)
{
    if (a.kind != b.kind)
        return a.kind < b.kind ? -1 : 1;
    switch (a.kind) {
    case Version::Part::Number:
    case Version::Part::PreRelease:
        return a.number == b.number ? 0 : (a.number < b.number ? -1 : 1);
    case Version::Part::Word:
        return a.word.compare(b.word);
    }
    return 0;
}

} // namespace

std::optional<Version> Version::parse(QStringView input, QString *error)
{
    const QStringView text = input.trimmed();
    auto fail = [&](const QString &message) -> std::optional<Version> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (text.isEmpty())
        return fail(QCoreApplication::translate("Version", "empty"));
    if (text.size() > maxLength)
        return fail(QCoreApplication::translate("Version", "'%1...' is %2 characters long, more "
                                                           "than the %3 a version may have")
                        .arg(text.left(32))
                        .arg(text.size())
                        .arg(maxLength));

    std::vector<Part> parts;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (isSeparator(c)) {
            ++i;
            continue;
        }
        qsizetype j = i;
        if (c.isDigit() && c.unicode() < 128) {
            while (j < text.size() && text[j].isDigit() && text[j].unicode() < 128)
                ++j;
            QStringView digits = text.mid(i, j - i);
            while (digits.size() > 1 && digits.front() == u'0')
                digits = digits.mid(1);
            if (digits.size() > maxDigits)
                return fail(QCoreApplication::translate("Version", "'%1': number '%2' is too long")
                                .arg(text, text.mid(i, j - i)));
            Part p;
            p.kind = Part::Number;
            p.number = digits.toULongLong();
            parts.push_back(std::move(p));
        } else if (isAsciiLetter(c)) {
            while (j < text.size() && isAsciiLetter(text[j]))
                ++j;
            Part p;
            p.word = text.mid(i, j - i).toString().toLower();
            if (auto rank = preReleaseRank(p.word)) {
                p.kind = Part::PreRelease;
                p.number = *rank;
            } else {
                p.kind = Part::Word;
            }
            parts.push_back(std::move(p));
        } else {
            return fail(
                QCoreApplication::translate("Version",
                                            "'%1': unexpected character '%2' at position %3")
                    .arg(text)
                    .arg(c)
                    .arg(i + 1));
        }
        i = j;
    }
    if (parts.empty())
        return fail(
            QCoreApplication::translate("Version", "'%1' has no digits or letters").arg(text));
    return fromParts(text.toString(), std::move(parts));
}

const Version::Data &Version::nullData()
{
    static const Data data;
    return data;
}

Version Version::fromParts(QString text, std::vector<Part> parts)
{
    Version v;
    if (parts.empty())
        return v;
    auto *d = new Data;
    d->text = std::move(text);
    d->parts = std::move(parts);
    d->parts.shrink_to_fit();
    for (const Part &p : d->parts)
        d->preRelease = d->preRelease || p.kind == Part::PreRelease;
    v.m_d.reset(d);
    return v;
}

int Version::compareParts(const Version &a, const Version &b)
{
    const std::vector<Part> &pa = a.parts();
    const std::vector<Part> &pb = b.parts();
    const size_t n = std::max(pa.size(), pb.size());
    for (size_t i = 0; i < n; ++i) {
        const Part &x = i < pa.size() ? pa[i] : zeroPart;
        const Part &y = i < pb.size() ? pb[i] : zeroPart;
        if (const int c = comparePart(x, y))
            return c;
    }
    return 0;
}

std::optional<Version> Version::bumped(int count) const
{
    if (count <= 0)
        return std::nullopt;
    const std::vector<Part> &own = parts();
    std::vector<Part> out;
    for (int i = 0; i < count; ++i)
        out.push_back(i < int(own.size()) ? own[size_t(i)] : zeroPart);
    Part &last = out.back();
    if (last.kind != Part::Number)
        return std::nullopt;
    ++last.number;
    QString text;
    for (const Part &p : out) {
        if (!text.isEmpty())
            text += u'.';
        text += p.kind == Part::Number ? QString::number(p.number) : p.word;
    }
    return fromParts(std::move(text), std::move(out));
}

Version Version::fromNumbers(std::initializer_list<std::uint64_t> numbers)
{
    QString text;
    std::vector<Part> parts;
    for (std::uint64_t n : numbers) {
        if (!text.isEmpty())
            text += u'.';
        text += QString::number(n);
        parts.push_back(Part{Part::Number, n, {}});
    }
    return fromParts(std::move(text), std::move(parts));
}

} // namespace planner
