// SPDX-License-Identifier: GPL-3.0-or-later
// The check and the ordering give the answers they gave before they were made fast: on a
// generated estate of every shape of the benchmark matrix (plus two with broken requirements
// and cycles), every conflict and every step, in words and in order, is digested and compared
// with tests/compat/data/answers.json, written by the code before the change (c661e03 with
// the generator's shapes of 70f209b).
//
// To write the file (only when an answer is meant to change, saying why in the commit):
//   UPLAN_WRITE_ANSWERS=$PWD/tests/compat/data/answers.json build/tests/compat/tst_sameanswers
#include "compat/Compatibility.h"
#include "generator/EstateGenerator.h"
#include "planning/UpgradeOrdering.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace planner;

namespace {

constexpr int components = 3000;

struct Digest
{
    int count = 0;
    QCryptographicHash hash{QCryptographicHash::Sha256};

    void add(const QStringList &fields)
    {
        hash.addData(fields.join(u'\x1f').toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    QJsonObject json()
    {
        return {{"count", count}, {"sha256", QString::fromLatin1(hash.result().toHex())}};
    }
};

QJsonObject answers(const Estate &estate)
{
    Digest check;
    for (const Conflict &c : checkCompatibility(estate)) {
        ++check.count;
        check.add({c.type, QString::number(int(c.severity)), QString::number(int(c.state)),
                   c.components.join(u','), c.message, c.key, QString::number(c.waived)});
    }
    const UpgradePlan plan = orderUpgrade(estate);
    Digest order;
    for (const PlanStep &s : plan.steps) {
        ++order.count;
        order.add({QString::number(s.wave), s.component, s.from.text(), s.to.text(),
                   QString::number(s.group), s.reason, QString::number(s.requiredStop),
                   QString::number(s.steppingStone), QString::number(s.unsupportedStone)});
    }
    for (const PlanGroup &g : plan.groups)
        order.add({QString::number(g.id), g.components.join(u','), g.reason});
    for (const BlockedUpgrade &b : plan.blocked)
        order.add({b.component, b.reason});
    for (const PinProblem &p : plan.pinProblems)
        order.add({p.component, p.reason});
    return {{"check", check.json()}, {"order", order.json()}};
}

// The estates compared: every shape, and the default one with conflicts to find.
QList<QPair<QString, GeneratorOptions>> estates()
{
    QList<QPair<QString, GeneratorOptions>> out;
    for (const QString &shape : shapeNames())
        out.append({shape, *shapeOptions(shape, components)});
    for (const QString &shape : {QStringLiteral("default"), QStringLiteral("long-ladders")}) {
        GeneratorOptions broken = *shapeOptions(shape, components);
        broken.brokenRequirements = 12;
        broken.cycles = 4;
        out.append({shape + QStringLiteral("-with-conflicts"), broken});
    }
    return out;
}

QString answersFile()
{
    return QFINDTESTDATA("data/answers.json");
}

} // namespace

class tst_SameAnswers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameAsBefore_data();
    void sameAsBefore();

private:
    QJsonObject m_expected;
};

void tst_SameAnswers::initTestCase()
{
    const QByteArray out = qgetenv("UPLAN_WRITE_ANSWERS");
    if (!out.isEmpty()) {
        QJsonObject all;
        for (const auto &[name, options] : estates())
            all.insert(name, answers(generateEstate(options)));
        QFile file(QString::fromLocal8Bit(out));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(all).toJson());
        qInfo("wrote %s", out.constData());
    }
    QFile file(answersFile());
    QVERIFY2(file.open(QIODevice::ReadOnly), "tests/compat/data/answers.json is missing");
    m_expected = QJsonDocument::fromJson(file.readAll()).object();
}

void tst_SameAnswers::sameAsBefore_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("index");
    const auto all = estates();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all[i].first)) << all[i].first << i;
}

void tst_SameAnswers::sameAsBefore()
{
    QFETCH(QString, name);
    QFETCH(int, index);
    QVERIFY2(m_expected.contains(name),
             qPrintable(name + QStringLiteral(" has no recorded answers")));
    const QJsonObject got = answers(generateEstate(estates()[index].second));
    const QJsonObject expected = m_expected.value(name).toObject();
    for (const char *part : {"check", "order"}) {
        const QJsonObject a = got.value(QLatin1String(part)).toObject();
        const QJsonObject b = expected.value(QLatin1String(part)).toObject();
        QCOMPARE(a.value("count").toInt(), b.value("count").toInt());
        QCOMPARE(a.value("sha256").toString(), b.value("sha256").toString());
    }
}

QTEST_GUILESS_MAIN(tst_SameAnswers)
#include "tst_sameanswers.moc"
