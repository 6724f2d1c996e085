// SPDX-License-Identifier: GPL-3.0-or-later
// What every fuzz target shares: the libFuzzer entry points, a Qt application for what needs
// one (plugins, translations), and a check that stops the run when an invariant breaks.
#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace planner::fuzz {

/// The input as bytes, without a copy.
inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// A property every input must keep (a round trip, an order): a broken one is a finding like a
/// crash, so it aborts and the fuzzer saves the input.
inline void require(bool holds, const char *what)
{
    if (!holds) {
        std::fprintf(stderr, "fuzz: invariant broken: %s\n", what);
        std::abort();
    }
}

/// One QCoreApplication for the whole run, made once in LLVMFuzzerInitialize.
inline void startApplication(int *argc, char ***argv)
{
    static QCoreApplication *app = nullptr;
    if (!app)
        app = new QCoreApplication(*argc, *argv);
}

} // namespace planner::fuzz

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QTemporaryDir>

namespace planner::fuzz {

/// One file of a bundle.
struct BundleFile
{
    QString name;
    QByteArray content;
};

/// Splits a fuzz input that stands for several files: a line `=== NAME` starts the file NAME;
/// what comes before the first such line is the file @p first. Names are kept to letters,
/// digits, `._-` and one folder level (`approvals/x.sig`); other names are dropped, so no
/// input writes outside the folder it is unpacked into.
inline QList<BundleFile> splitBundle(const QByteArray &input, const QString &first)
{
    static const QRegularExpression safe(QStringLiteral("^([A-Za-z0-9_-][A-Za-z0-9._-]{0,63}/)?"
                                                        "[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}$"));
    QList<BundleFile> files{{first, {}}};
    bool started = false; // whether the current file has a line yet: lines are joined by '\n'
    qsizetype at = 0;
    while (at <= input.size()) {
        qsizetype end = input.indexOf('\n', at);
        if (end < 0)
            end = input.size();
        const QByteArray line = input.sliced(at, end - at);
        if (line.startsWith("=== ")) {
            files.append({QString::fromUtf8(line.sliced(4)), {}});
            started = false;
        } else {
            QByteArray &content = files.last().content;
            if (started)
                content += '\n';
            content += line;
            started = true;
        }
        at = end + 1;
    }
    files.removeIf([](const BundleFile &f) { return !safe.match(f.name).hasMatch(); });
    return files;
}

/// A folder that holds one input's files at a time, emptied before each.
class Scratch
{
public:
    /// Empties the folder and writes @p files into it; returns the folder.
    QString unpack(const QList<BundleFile> &files)
    {
        QDir dir(m_dir.path());
        dir.removeRecursively();
        dir.mkpath(QStringLiteral("."));
        for (const BundleFile &f : files) {
            const QString path = dir.filePath(f.name);
            dir.mkpath(QFileInfo(path).path());
            QFile out(path);
            if (out.open(QIODevice::WriteOnly))
                out.write(f.content);
        }
        return m_dir.path();
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace planner::fuzz
