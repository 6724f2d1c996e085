// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Checks on saved project files shared by tst_projectfile, tst_projectmigration and
// tst_projectdurability: the schema version and application id in the SQLite header, and an
// estate compared section by section.

#include "StorageTestData.h"

#include <QTest>

namespace planner::storagetest {

struct Header
{
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

inline Header readHeader(const QString &path)
{
    const QByteArray bytes = readFile(path).left(100);
    const auto be = [&](int at) {
        const auto *b = reinterpret_cast<const uchar *>(bytes.constData() + at);
        return quint32(b[0]) << 24 | quint32(b[1]) << 16 | quint32(b[2]) << 8 | quint32(b[3]);
    };
    return bytes.size() == 100 ? Header{be(60), be(68)} : Header{};
}

// Compares section by section so that a failure says which part of the estate was lost.
inline void verifySame(const Estate &actual, const Estate &expected)
{
    QVERIFY(actual.project == expected.project);
    QVERIFY(actual.sites == expected.sites);
    QCOMPARE(actual.componentCount(), expected.componentCount());
    for (int i = 0; i < expected.componentCount(); ++i)
        QVERIFY2(actual.component(i) == expected.component(i), qPrintable(expected.component(i).id));
    QVERIFY(actual.dependencies() == expected.dependencies());
    QVERIFY(actual.catalog == expected.catalog);
    QVERIFY(actual.windows == expected.windows);
    QVERIFY(actual.freezes == expected.freezes);
    QVERIFY(actual.processes == expected.processes);
    QVERIFY(actual.staff == expected.staff);
    QVERIFY(actual.waivers == expected.waivers);
    QVERIFY(actual.pins == expected.pins);
    QVERIFY(actual.manualPositions == expected.manualPositions);
    QVERIFY(actual.records.configuration == expected.records.configuration);
    QVERIFY(actual.records.rollbacks == expected.records.rollbacks);
    QVERIFY(actual.records.pilots == expected.records.pilots);
    QVERIFY(actual.records.acceptance == expected.records.acceptance);
    QVERIFY(actual.records.messages == expected.records.messages);
    QVERIFY(actual.records.monitoring == expected.records.monitoring);
    for (qsizetype i = 0; i < expected.records.executed.size(); ++i)
        QVERIFY2(actual.records.executed.value(i) == expected.records.executed[i],
                 qPrintable(expected.records.executed[i].component));
    QVERIFY(actual.records.executed == expected.records.executed);
    QVERIFY(actual.records.estimates == expected.records.estimates);
    QVERIFY(actual == expected);
}

} // namespace planner::storagetest
