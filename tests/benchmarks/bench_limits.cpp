// SPDX-License-Identifier: GPL-3.0-or-later
// The limits of docs/limits.md through the real executable: each big or hostile shape is written
// under a temporary folder and `upgrade-planner` (beside this program, or UPGRADE_PLANNER) runs
// on it as a user would; every run prints its wall time, its own peak memory, its exit code and
// the first line it wrote to stderr (the refusal, when there is one). Prints figures; not a test.
//
//   bench_limits [quick|all]   quick (default): every shape at about 200 MB of JSON and the
//                              hostile inputs; all: also the 1,000,000-component estate and an
//                              estate of almost 1 GiB of JSON, the most a file may hold
#include "BenchSupport.h"

#include "exchange/EstateJson.h"
#include "exchange/InputFile.h"
#include "generator/EstateGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/stat.h>

#include <cstdio>

using namespace planner;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A generated estate as interchange JSON, made by a child run of this program so that this
// process stays small (a child's peak memory starts from its parent's). A size ending in "MB"
// asks for about that many megabytes of JSON: the component count is scaled from a sample of
// 10,000 in the same shape, since each shape writes a different number of bytes per component.
int prepare(const QString &shape, const QString &size, const QString &path)
{
    qint64 components = size.toLongLong();
    if (size.endsWith(u"MB")) {
        const qint64 sample = 10000;
        const qint64 sampleBytes
            = writeEstateJson(generateEstate(*shapeOptions(shape, int(sample)))).size();
        components = size.chopped(2).toLongLong() * (qint64(1) << 20) * sample / sampleBytes;
    }
    const QByteArray bytes = writeEstateJson(generateEstate(*shapeOptions(shape, int(components))));
    QFile json(path);
    if (!json.open(QIODevice::WriteOnly) || json.write(bytes) != bytes.size())
        return 2;
    return writeFile(path + QStringLiteral(".count"), QByteArray::number(components)) ? 0 : 2;
}

QByteArray head()
{
    return R"({"format": "upgrade-planner-estate", "formatVersion": 1, )";
}

QByteArray component(int i, const QByteArray &product, const QByteArray &version,
                     const QByteArray &target)
{
    return R"({"id": "c)" + QByteArray::number(i) + R"(", "kind": "application", "product": ")"
           + product + R"(", "version": ")" + version + R"(", "target": ")" + target + "\"}";
}

QByteArray releaseList(int count)
{
    QByteArray out = "[";
    for (int i = 0; i < count; ++i)
        out += (i ? ",\"1." : "\"1.") + QByteArray::number(i) + '"';
    return out + ']';
}

// 10,000 components in one dependency cycle, each moving 1.0 -> 2.0.
QByteArray cycle(int n)
{
    QByteArray c, d;
    for (int i = 0; i < n; ++i) {
        c += (i ? "," : "") + component(i, "app", "1.0", "2.0");
        d += QByteArray(i ? "," : "") + R"({"from": "c)" + QByteArray::number(i) + R"(", "to": "c)"
             + QByteArray::number((i + 1) % n) + R"(", "requires": ">=1.0"})";
    }
    return head() + "\"components\": [" + c + "], \"dependencies\": [" + d + "]}";
}

// 1,000 databases on a 100,000-release ladder under 1,000 applications whose move needs a
// stepping stone in the middle of it.
QByteArray ladder(int releases, int pairs)
{
    QByteArray c, d;
    for (int k = 0; k < pairs; ++k) {
        c += (k ? "," : "")
             + component(2 * k, "pg", "1." + QByteArray::number(k * 7 % (releases / 2)),
                         "1." + QByteArray::number(releases - 1))
             + ',' + component(2 * k + 1, "app", "1.0", "2.0");
        d += QByteArray(k ? "," : "") + R"({"from": "c)" + QByteArray::number(2 * k + 1)
             + R"(", "to": "c)" + QByteArray::number(2 * k) + "\"}";
    }
    const QByteArray half = QByteArray::number(releases / 2);
    return head() + "\"components\": [" + c + "], \"dependencies\": [" + d
           + R"(], "catalog": [{"product": "pg", "releases": )" + releaseList(releases)
           + R"(}, {"product": "app", "releases": ["1.0", "2.0"]}, {"product": "app", "when": "1.x", "requires": {"pg": "<1.)"
           + half + R"("}}, {"product": "app", "when": "2.x", "requires": {"pg": ">=1.)"
           + QByteArray::number(releases / 2 - 5) + "\"}}]}";
}

// @p components upgrades across a ladder whose every release is a required stop.
QByteArray stops(int releases, int components)
{
    QByteArray c;
    for (int k = 0; k < components; ++k)
        c += (k ? "," : "") + component(k, "pg", "1.0", "1." + QByteArray::number(releases - 1));
    const QByteArray list = releaseList(releases);
    return head() + "\"components\": [" + c + R"(], "catalog": [{"product": "pg", "releases": )"
           + list + R"(, "stops": )" + list + "}]}";
}

QByteArray longVersion(int length)
{
    return head() + "\"components\": [" + component(0, "app", QByteArray(length, '7'), "8") + "]}";
}

// How many components prepare() wrote, from the note it leaves beside the JSON.
QString writtenComponents(const QString &path)
{
    QFile note(path + QStringLiteral(".count"));
    return note.open(QIODevice::ReadOnly) ? QString::fromLatin1(note.readAll())
                                          : QStringLiteral("?");
}

void run(const QString &program, const QString &label, const QStringList &args,
         const QString &errFile)
{
    const bench::ChildRun r = bench::runChild(program, args, QStringLiteral("/dev/null"), errFile);
    QFile err(errFile);
    QByteArray first;
    if (err.open(QIODevice::ReadOnly))
        first = err.readLine(300).trimmed();
    std::printf("%-34s %-9s %8.2f s %8.0f MB  exit %d  %s\n", qPrintable(label),
                qPrintable(args.value(0)), r.wallMs / 1000, r.peakMb, r.exitCode,
                first.constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == u"--prepare")
        return prepare(args.value(2), args.value(3), args.value(4));
    const bool all = args.value(1) == u"all";

    QString program = qEnvironmentVariable("UPGRADE_PLANNER");
    if (program.isEmpty())
        program = QCoreApplication::applicationDirPath() + QStringLiteral("/upgrade-planner");
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/bench_limits-XXXXXX"));
    const QString err = dir.filePath(QStringLiteral("stderr.txt"));
    const auto file = [&](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
    const auto project = file("p.uplan");

    std::printf("%-34s %-9s %10s %11s  %s\n", "case", "command", "wall", "peak",
                "first line of stderr");

    // Every shape near 200 MB of JSON: the bytes per component, and so the memory per byte,
    // differ between them.
    struct Generated
    {
        QString shape;
        QString size; ///< a component count, or megabytes of JSON ("200MB")
    };
    std::vector<Generated> generated;
    for (const QString &shape : shapeNames())
        generated.push_back({shape, QStringLiteral("200MB")});
    if (all) {
        generated.push_back({QStringLiteral("long-ladders"), QStringLiteral("1000000")});
        // Just under the 1 GiB a file may hold: the most memory an import can be asked for.
        generated.push_back({QStringLiteral("default"), QStringLiteral("1000MB")});
    }
    for (const Generated &g : generated) {
        const QString json = file("estate.json");
        bench::runChild(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--prepare"), g.shape, g.size, json});
        const QString label = QStringLiteral("%1 %2 c, %3 MB")
                                  .arg(g.shape)
                                  .arg(writtenComponents(json))
                                  .arg(QFileInfo(json).size() >> 20);
        run(program, label, {"import", json, "-o", project, "--force"}, err);
        run(program, label, {"check", project, "--json"}, err);
        run(program, label, {"order", project, "--json"}, err);
        QFile::remove(json);
        QFile::remove(json + QStringLiteral(".count"));
        QFile::remove(project);
    }

    const QString sparse = file("sparse.json");
    {
        QFile f(sparse);
        f.open(QIODevice::WriteOnly);
        f.write(head());
        f.resize(limits::maxInputFileBytes + 1);
    }
    run(program, QStringLiteral("JSON of 1 GB + 1 byte (sparse)"),
        {"import", sparse, "-o", project, "--force"}, err);
    run(program, QStringLiteral("JSON of 1 GB + 1 byte (sparse)"), {"verify", sparse}, err);
    QFile::remove(sparse);

    const QString fifo = file("fifo.json");
    ::mkfifo(QFile::encodeName(fifo).constData(), 0600);
    run(program, QStringLiteral("a FIFO as estate.json"), {"check", fifo}, err);
    run(program, QStringLiteral("a FIFO as plan.json"), {"verify", fifo}, err);
    run(program, QStringLiteral("/dev/zero"), {"import", "/dev/zero", "-o", project, "--force"},
        err);

    writeFile(file("version.json"), longVersion(100000));
    run(program, QStringLiteral("version of 100,000 characters"), {"check", file("version.json")},
        err);

    writeFile(file("cycle.json"), cycle(10000));
    run(program, QStringLiteral("cycle through 10,000 components"), {"check", file("cycle.json")},
        err);
    run(program, QStringLiteral("cycle through 10,000 components"), {"order", file("cycle.json")},
        err);

    writeFile(file("ladder.json"), ladder(100000, 1000));
    run(program, QStringLiteral("100,000 releases, 1,000 climbing"), {"check", file("ladder.json")},
        err);
    run(program, QStringLiteral("100,000 releases, 1,000 climbing"), {"order", file("ladder.json")},
        err);

    writeFile(file("stops.json"), stops(100000, 100));
    run(program, QStringLiteral("100,000 stops x 100 components"), {"check", file("stops.json")},
        err);
    run(program, QStringLiteral("100,000 stops x 100 components"), {"order", file("stops.json")},
        err);
    return 0;
}
