// SPDX-License-Identifier: GPL-3.0-or-later
// Writing a file all or nothing: a failed write leaves the old file as it was, and every error
// names the file.
#include "storage/SafeWrite.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace planner;

class tst_SafeWrite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesTheWholeFile();
    void failedWriteKeepsTheOldFile();
    void unwritablePlaceIsNamed();
    void errorsNameTheFileOnce();
};

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

} // namespace

void tst_SafeWrite::writesTheWholeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    const auto done = writeFileAtomically(path, [](QIODevice *device) -> Expected<Done> {
        device->write("{}\n");
        return Done{};
    });
    QVERIFY(done);
    QCOMPARE(contents(path), QByteArray("{}\n"));
}

void tst_SafeWrite::failedWriteKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    const auto done = writeFileAtomically(path, [](QIODevice *device) -> Expected<Done> {
        device->write("half of the n");
        return Error{QStringLiteral("steps[3]"), QStringLiteral("no such wave")};
    });
    QVERIFY(!done);
    QCOMPARE(done.error().text(), path + QStringLiteral(": steps[3]: no such wave"));
    QCOMPARE(contents(path), QByteArray("old"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList({"plan.json"})); // no leftovers
}

void tst_SafeWrite::unwritablePlaceIsNamed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/plan.json"));
    bool called = false;
    const auto done = writeFileAtomically(path, [&](QIODevice *) -> Expected<Done> {
        called = true;
        return Done{};
    });
    QVERIFY(!done);
    QVERIFY(!called);
    QCOMPARE(done.error().where, path);
}

void tst_SafeWrite::errorsNameTheFileOnce()
{
    const QString path = QStringLiteral("/tmp/out/graph.svg");
    QCOMPARE(errorInFile(path, {QString(), QStringLiteral("disk full")}).text(),
             QStringLiteral("/tmp/out/graph.svg: disk full"));
    QCOMPARE(errorInFile(path, {QStringLiteral("graph.svg"), QStringLiteral("disk full")}).text(),
             QStringLiteral("graph.svg: disk full"));
}

QTEST_GUILESS_MAIN(tst_SafeWrite)
#include "tst_safewrite.moc"
