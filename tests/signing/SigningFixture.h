// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small signed-plan folder for the signing tests: plan.json in canonical JSON, as the plan
// command writes it, before that command exists.

#include "signing/CanonicalJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>

#include <cstring>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UPLAN_ADDRESS_SANITIZER 1
#endif
#endif
#if !defined(UPLAN_ADDRESS_SANITIZER) && defined(__SANITIZE_ADDRESS__)
#define UPLAN_ADDRESS_SANITIZER 1
#endif
#ifndef UPLAN_ADDRESS_SANITIZER
#define UPLAN_ADDRESS_SANITIZER 0
#endif
#if UPLAN_ADDRESS_SANITIZER
#define UPLAN_NO_SANITIZE_ADDRESS __attribute__((no_sanitize("address")))
#else
#define UPLAN_NO_SANITIZE_ADDRESS
#endif

namespace planner::test {

inline QJsonObject smallPlan(const QString &name = QStringLiteral("Test plan"))
{
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("upgrade-planner-plan")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("project"), QJsonObject{{QStringLiteral("name"), name}}},
        {QStringLiteral("steps"),
         QJsonArray{QJsonObject{{QStringLiteral("component"), QStringLiteral("db1")},
                                {QStringLiteral("from"), QStringLiteral("14")},
                                {QStringLiteral("to"), QStringLiteral("16")},
                                {QStringLiteral("wave"), 1}}}},
    };
}

/// Writes @p plan as canonical JSON to DIR/plan.json and returns that path.
inline QString writePlan(const QString &dir, const QJsonObject &plan = smallPlan())
{
    const QString path = QDir(dir).filePath(QStringLiteral("plan.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(canonicalJson(plan).value());
    return path;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(bytes) == bytes.size();
}

/// Runs a stock tool (openssl, sha256sum): exit code (-1 when it did not run) and its output.
struct ToolRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

inline ToolRun runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/// A secret (a passphrase, a key's PEM) that a test looks for in memory: it holds the bytes
/// XOR a mask only, so that the test itself keeps no copy in the clear that it would find.
struct MaskedSecret
{
    static constexpr uchar mask = 0xa5;
    QByteArray masked;

    /// @p length random letters and digits.
    static MaskedSecret random(qsizetype length, quint32 seed)
    {
        static const char alphabet[]
            = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        QRandomGenerator random(seed);
        MaskedSecret secret;
        secret.masked.resize(length);
        for (qsizetype i = 0; i < length; ++i)
            secret.masked[i] = char(uchar(alphabet[random.bounded(62)]) ^ mask);
        return secret;
    }
    static MaskedSecret of(const char *bytes, qsizetype length)
    {
        MaskedSecret secret;
        secret.masked.resize(length);
        for (qsizetype i = 0; i < length; ++i)
            secret.masked[i] = char(uchar(bytes[i]) ^ mask);
        return secret;
    }

    /// The secret in the clear, followed by @p end when given: the caller wipes it
    /// (forgetPassphrase) once used.
    QByteArray plain(char end = 0) const
    {
        QByteArray bytes(masked.size() + (end ? 1 : 0), Qt::Uninitialized);
        for (qsizetype i = 0; i < masked.size(); ++i)
            bytes[i] = char(uchar(masked[i]) ^ mask);
        if (end)
            bytes[masked.size()] = end;
        return bytes;
    }

    /// How often the secret's bytes [@p from, @p from + @p length) occur in [@p begin, @p end).
    /// It reads memory the program freed on purpose: AddressSanitizer must not check it, and
    /// its memchr would, hence the plain loop in that build.
    UPLAN_NO_SANITIZE_ADDRESS
    int countIn(const char *begin, const char *end, qsizetype from, qsizetype length) const
    {
        int count = 0;
        const char first = char(uchar(masked[from]) ^ mask);
        for (const char *p = begin; end - p >= length; ++p) {
#if UPLAN_ADDRESS_SANITIZER
            if (*p != first)
                continue;
#else
            p = static_cast<const char *>(std::memchr(p, first, size_t(end - p - length + 1)));
            if (!p)
                break;
#endif
            qsizetype i = 1;
            while (i < length && (uchar(p[i]) ^ mask) == uchar(masked[from + i]))
                ++i;
            if (i == length)
                ++count;
        }
        return count;
    }
    int countIn(const QByteArray &bytes) const
    {
        return countIn(bytes.constData(), bytes.constData() + bytes.size(), 0, masked.size());
    }

    /// AddressSanitizer's shadow of the memory (x86-64: 0x7fff8000 to 0x10007fff8000): terabytes
    /// reserved, not the program's memory.
    static bool isSanitizerShadow(quintptr address)
    {
#if UPLAN_ADDRESS_SANITIZER
        return address >= 0x7fff8000ULL && address < 0x10007fff8000ULL;
#else
        Q_UNUSED(address);
        return false;
#endif
    }

    /// How often the secret, or any 16 bytes of it, occurs in this process's writable memory:
    /// heap, stacks, anonymous maps and data segments, freed blocks included. A freed block
    /// keeps its bytes but for its first few (the allocator's links), hence the pieces.
    int countInMemory() const
    {
        QFile maps(QStringLiteral("/proc/self/maps"));
        if (!maps.open(QIODevice::ReadOnly))
            return -1;
        const QList<QByteArray> lines = maps.readAll().split('\n');
        const qsizetype piece = qMin<qsizetype>(16, masked.size());
        int count = 0;
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() < 2 || !fields.at(1).startsWith("rw"))
                continue;
            if (fields.size() >= 6 && fields.at(5).startsWith("[v")) // [vvar], [vsyscall]
                continue;
            const QList<QByteArray> range = fields.at(0).split('-');
            const auto *begin = reinterpret_cast<const char *>(range.at(0).toULongLong({}, 16));
            const auto *end = reinterpret_cast<const char *>(range.at(1).toULongLong({}, 16));
            if (isSanitizerShadow(quintptr(begin)))
                continue;
            for (qsizetype from = 0; from + piece <= masked.size(); from += piece)
                count += countIn(begin, end, from, piece);
        }
        return count;
    }
};

} // namespace planner::test
