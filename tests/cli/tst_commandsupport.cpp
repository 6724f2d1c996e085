// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's own code, called in-process (app/cli is the planner_cli library): the
// table of commands, how every command treats a wrong option, and the helpers each uses to
// read its input and write its output.
#include "cli/Command.h"
#include "cli/CommandSupport.h"

#include "storage/ProjectFile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace planner;
using namespace planner::cli;

class tst_CommandSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCommandIsFoundByItsName()
    {
        QVERIFY(commands().size() >= 20);
        QSet<QString> names;
        for (const Command &c : commands()) {
            QVERIFY2(!names.contains(c.name), qPrintable(c.name));
            names.insert(c.name);
            QCOMPARE(findCommand(c.name), &c);
            QVERIFY(c.run);
            QVERIFY(c.summary && *c.summary);
        }
        QVERIFY(!findCommand(QStringLiteral("no-such-command")));
        for (const char *name :
             {"import", "export", "show", "check", "order", "schedule", "plan", "sign", "verify",
              "scenarios", "compare-scenarios", "simulate", "what-if"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
    }

    // A contract with scripts: an option no command knows is a usage error (2), never a crash
    // or a run with the option ignored.
    void everyCommandRefusesAnUnknownOption()
    {
        for (const Command &c : commands()) {
            const int code = c.run({programName(), QStringLiteral("--no-such-option")});
            QVERIFY2(code == ExitUsage, qPrintable(c.name));
        }
    }

    void loadInputNamesWhatIsWrong()
    {
        QTemporaryDir dir;
        QVERIFY(!loadInput(dir.filePath(QStringLiteral("missing.uplan"))));
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(
            "{\"format\": \"upgrade-planner-estate\", \"formatVersion\": 1, \"components\": [");
        bad.close();
        QVERIFY(!loadInput(bad.fileName()));
        Estate e;
        Component c;
        c.id = QStringLiteral("db");
        c.name = c.id;
        c.version = *Version::parse(u"1.0");
        QVERIFY(e.appendComponent(c));
        const QString path = dir.filePath(QStringLiteral("one.uplan"));
        QVERIFY(saveProject(path, e).ok());
        const std::optional<Estate> loaded = loadInput(path, QString());
        QVERIFY(loaded);
        QCOMPARE(loaded->componentCount(), 1);
        QVERIFY(loadInput(path, QStringLiteral("baseline")));
        QVERIFY(!loadInput(path, QStringLiteral("no-such-scenario")));
    }

    void fixesDefaultDependsOnTheEstateSize()
    {
        const QCommandLineOption option = fixesOption();
        Estate small;
        QCommandLineParser none;
        none.addOption(option);
        QVERIFY(none.parse({programName()}));
        QCOMPARE(fixesWanted(none, option, small, QStringLiteral("check")), std::optional<int>(20));
        Estate large;
        for (int i = 0; i < 2001; ++i) {
            Component c;
            c.id = QStringLiteral("c%1").arg(i);
            c.version = *Version::parse(u"1");
            large.appendComponent(c);
        }
        QCOMPARE(fixesWanted(none, option, large, QStringLiteral("check")), std::optional<int>(0));
        QCommandLineParser given;
        given.addOption(option);
        QVERIFY(given.parse({programName(), QStringLiteral("--fixes"), QStringLiteral("3")}));
        QCOMPARE(fixesWanted(given, option, large, QStringLiteral("check")), std::optional<int>(3));
        QCommandLineParser bad;
        bad.addOption(option);
        QVERIFY(bad.parse({programName(), QStringLiteral("--fixes"), QStringLiteral("many")}));
        QVERIFY(!fixesWanted(bad, option, small, QStringLiteral("check")));
    }

    // A failed write leaves no file behind, and an existing file untouched.
    void writeOutputReplacesOnlyOnSuccess()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.txt"));
        QVERIFY(writeOutput(path, [](QIODevice *d) {
                    d->write("first");
                    return Expected<Done>(Done{});
                }).ok());
        const Expected<Done> failed = writeOutput(path, [](QIODevice *d) {
            d->write("half");
            return Expected<Done>(Error{QString(), QStringLiteral("stopped")});
        });
        QVERIFY(!failed.ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("first"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("out.txt")});
    }
};

QTEST_GUILESS_MAIN(tst_CommandSupport)
#include "tst_commandsupport.moc"
