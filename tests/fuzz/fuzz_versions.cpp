// SPDX-License-Identifier: GPL-3.0-or-later
// Version and range parsing: the first line is parsed as a version, the second as a range.
// Besides not crashing: a parsed version compares equal to itself and to its own text parsed
// again, ordering is antisymmetric, and a parsed range parses again from its own text to the
// same range.
#include "FuzzTarget.h"

#include "versions/Version.h"
#include "versions/VersionRange.h"

using namespace planner;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    const QStringView first = newline < 0 ? QStringView(text) : QStringView(text).left(newline);
    const QStringView second = newline < 0 ? QStringView() : QStringView(text).sliced(newline + 1);

    QString error;
    const std::optional<Version> version = Version::parse(first, &error);
    fuzz::require(version.has_value() == error.isEmpty(), "a version parses or says why");
    if (version) {
        fuzz::require(*version == *version, "a version equals itself");
        const std::optional<Version> again = Version::parse(version->text());
        fuzz::require(again && *again == *version, "a version's text parses to the same version");
        for (int count = 1; count <= 3; ++count)
            if (const std::optional<Version> next = version->bumped(count))
                fuzz::require(*next > *version, "a bumped version is higher");
    }
    const std::optional<Version> other = Version::parse(second);
    if (version && other) {
        const int ab = Version::compare(*version, *other);
        const int ba = Version::compare(*other, *version);
        fuzz::require((ab < 0) == (ba > 0) && (ab == 0) == (ba == 0), "ordering is antisymmetric");
    }

    error.clear();
    const std::optional<VersionRange> range = VersionRange::parse(second, &error);
    fuzz::require(range.has_value() == error.isEmpty(), "a range parses or says why");
    if (range) {
        const std::optional<VersionRange> again = VersionRange::parse(range->text());
        fuzz::require(again && *again == *range, "a range's text parses to the same range");
        if (version)
            (void)range->contains(*version);
    }
    return 0;
}
