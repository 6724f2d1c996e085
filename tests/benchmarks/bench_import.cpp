// SPDX-License-Identifier: GPL-3.0-or-later
// Importing what users bring (issue 15): the whole `upgrade-planner import FILE -o P.uplan`
// command on a CycloneDX SBOM of each size, beside the same estate as the program's own
// interchange JSON (the peer: the format it reads fastest), as a ratio. Goal: a BOM of 2,000
// components in well under a second. The BOMs hold the generator's components (nested ones
// too: every tenth is a child of the one before) and its dependency graph; each shape of the
// matrix is run, since dependency fans and long ladders differ. Not a test.
//
//   bench_import [components[,components...]=2000,20000] [repetitions=5] [shape|all]
#include "BenchSupport.h"

#include "exchange/EstateJson.h"
#include "generator/EstateGenerator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

using namespace planner;
using namespace planner::bench;

namespace {

QString program;

/// The estate as a CycloneDX 1.5 BOM: components (every tenth nested in the one before) with
/// their versions and purls, and the dependency graph by bom-ref.
QByteArray cycloneDx(const Estate &estate)
{
    QJsonArray components;
    QJsonObject parent;
    const auto flush = [&] {
        if (!parent.isEmpty())
            components.append(parent);
        parent = {};
    };
    for (int i = 0; i < estate.componentCount(); ++i) {
        const Component &c = estate.component(i);
        const QJsonObject component{{QStringLiteral("bom-ref"), c.id},
                                    {QStringLiteral("type"), QStringLiteral("library")},
                                    {QStringLiteral("name"), c.product.isEmpty() ? c.id : c.product},
                                    {QStringLiteral("version"), c.version.text()},
                                    {QStringLiteral("purl"),
                                     QStringLiteral("pkg:generic/%1@%2?ref=%3")
                                         .arg(c.product, c.version.text(), c.id)}};
        if (i % 10 == 9 && !parent.isEmpty()) {
            QJsonArray children = parent.value(QStringLiteral("components")).toArray();
            children.append(component);
            parent.insert(QStringLiteral("components"), children);
        } else {
            flush();
            parent = component;
        }
    }
    flush();
    QHash<QString, QJsonArray> dependsOn;
    for (const Dependency &d : estate.dependencies())
        dependsOn[d.from].append(d.to);
    QJsonArray dependencies;
    for (const Component &c : estate.components())
        dependencies.append(QJsonObject{{QStringLiteral("ref"), c.id},
                                        {QStringLiteral("dependsOn"), dependsOn.value(c.id)}});
    const QJsonObject bom{{QStringLiteral("bomFormat"), QStringLiteral("CycloneDX")},
                          {QStringLiteral("specVersion"), QStringLiteral("1.5")},
                          {QStringLiteral("version"), 1},
                          {QStringLiteral("components"), components},
                          {QStringLiteral("dependencies"), dependencies}};
    return QJsonDocument(bom).toJson(QJsonDocument::Compact);
}

/// The median wall time of `import FILE -o OUT.uplan` (a new file each time), in ms; -1 when
/// it failed.
double importMilliseconds(const QString &file, const QString &directory, int repetitions)
{
    std::vector<double> runs;
    for (int r = 0; r < repetitions; ++r) {
        const QString out = QStringLiteral("%1/out-%2.uplan").arg(directory).arg(r);
        QFile::remove(out);
        const ChildRun run = runChild(program,
                                      {QStringLiteral("import"), file, QStringLiteral("-o"), out});
        if (!run.ran() || run.exitCode != 0)
            return -1;
        runs.push_back(run.wallMs);
        QFile::remove(out);
    }
    return median(runs);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    program = QCoreApplication::applicationDirPath() + QStringLiteral("/upgrade-planner");
    QList<int> sizes{2000, 20000};
    if (argc > 1) {
        sizes.clear();
        for (const QString &n : QString::fromLocal8Bit(argv[1]).split(u','))
            sizes << std::max(10, n.toInt());
    }
    const int repetitions = argc > 2 ? std::max(1, atoi(argv[2])) : 5;
    const std::optional<QStringList> shapes = shapesArgument(
        argc > 3 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral("all"));
    if (!shapes) {
        std::fprintf(stderr, "unknown shape %s\n", argv[3]);
        return 2;
    }
    QTemporaryDir dir;
    std::printf("`upgrade-planner import FILE -o P.uplan`, whole command, median of %d:\n",
                repetitions);
    std::printf("%-14s %10s %10s %12s %12s %7s\n", "shape", "components", "deps", "SBOM ms",
                "JSON ms", "ratio");
    for (const QString &shape : *shapes) {
        for (const int size : sizes) {
            const std::optional<GeneratorOptions> options = shapeOptions(shape, size);
            if (!options)
                return 2;
            const Estate estate = generateEstate(*options);
            const QString bom = dir.filePath(QStringLiteral("bom.cdx.json"));
            const QString json = dir.filePath(QStringLiteral("estate.json"));
            if (!writeFile(bom, cycloneDx(estate)) || !writeFile(json, writeEstateJson(estate))) {
                std::printf("cannot write the files\n");
                return 1;
            }
            const double bomMs = importMilliseconds(bom, dir.path(), repetitions);
            const double jsonMs = importMilliseconds(json, dir.path(), repetitions);
            std::printf("%-14s %10d %10d %12.0f %12.0f %7.2f\n", qPrintable(shape), size,
                        int(estate.dependencyCount()), bomMs, jsonMs,
                        bomMs / std::max(1.0, jsonMs));
        }
    }
    std::printf("goal: a 2,000-component SBOM imports in well under a second\n");
    return 0;
}
