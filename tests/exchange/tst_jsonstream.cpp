// SPDX-License-Identifier: GPL-3.0-or-later
// JsonStream writes the bytes QJsonDocument::toJson(Indented) writes, for random documents:
// nesting, empty containers, every escape, non-ASCII text and surrogate pairs, numbers.
#include "exchange/JsonStream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace planner;

namespace {

QString randomText(QRandomGenerator &random)
{
    static const char16_t pieces[] = {u'a',  u'Z',  u'0',   u' ',   u'"',  u'\\', u'/',
                                      u'\n', u'\t', u'\r',  u'\b',  u'\f', 0x01,  0x1f,
                                      0x7f,  0xe9,  0x2028, 0x4e2d, 0xfffd};
    QString text;
    const int length = random.bounded(12);
    for (int i = 0; i < length; ++i) {
        if (random.bounded(15) == 0)
            text += QString::fromUcs4(U"\U0001F600"); // a surrogate pair
        else
            text += QChar(pieces[random.bounded(int(std::size(pieces)))]);
    }
    return text;
}

QJsonValue randomValue(QRandomGenerator &random, int depth)
{
    switch (random.bounded(depth > 3 ? 6 : 8)) {
    case 0:
        return QJsonValue();
    case 1:
        return random.bounded(2) == 0;
    case 2:
        return qint64(random.bounded(2000000)) - 1000000;
    case 3:
        return random.bounded(1000) / 8.0;
    case 4:
    case 5:
        return randomText(random);
    case 6: {
        QJsonArray array;
        for (int i = random.bounded(4); i > 0; --i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    default: {
        QJsonObject object;
        for (int i = random.bounded(5); i > 0; --i)
            object.insert(randomText(random), randomValue(random, depth + 1));
        return object;
    }
    }
}

} // namespace

class tst_JsonStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameBytesAsQJsonDocument();
    void writtenPieceByPiece();
    void streamedMembersInKeyOrder();
    void flushesToItsSink();
    void typedValuesAsQJsonDocument();
};

void tst_JsonStream::sameBytesAsQJsonDocument()
{
    QRandomGenerator random(13);
    for (int i = 0; i < 2000; ++i) {
        const QJsonValue v = randomValue(random, 0);
        const QJsonDocument document = v.isArray() ? QJsonDocument(v.toArray())
                                                   : QJsonDocument(QJsonObject{{"v", v}});
        JsonStream stream;
        stream.value(document.isArray() ? QJsonValue(document.array())
                                        : QJsonValue(document.object()));
        stream.finish();
        QCOMPARE(stream.buffer(), document.toJson(QJsonDocument::Indented));
    }
}

void tst_JsonStream::writtenPieceByPiece()
{
    JsonStream stream;
    stream.beginObject();
    stream.key(QLatin1StringView("conflicts")).beginArray();
    for (int i = 0; i < 2; ++i)
        stream.value(QJsonObject{{"key", QStringLiteral("k%1").arg(i)}, {"waived", false}});
    stream.endArray();
    stream.key(QLatin1StringView("empty")).beginObject();
    stream.endObject();
    stream.key(QLatin1StringView("n")).value(42);
    stream.endObject();
    stream.finish();
    const QJsonObject expected{{"conflicts",
                                QJsonArray{QJsonObject{{"key", "k0"}, {"waived", false}},
                                           QJsonObject{{"key", "k1"}, {"waived", false}}}},
                               {"empty", QJsonObject{}},
                               {"n", 42}};
    QCOMPARE(stream.buffer(), QJsonDocument(expected).toJson(QJsonDocument::Indented));
}

void tst_JsonStream::streamedMembersInKeyOrder()
{
    const QJsonObject members{{"b", 1}, {"d", QJsonArray{"x"}}, {"steps2", true}};
    const auto list = [](int n) {
        return [n](JsonStream &out) {
            out.beginArray();
            for (int i = 0; i < n; ++i)
                out.value(i);
            out.endArray();
        };
    };
    JsonStream stream;
    stream.object(members, {{QStringLiteral("steps"), list(2)},
                            {QStringLiteral("a"), list(0)},
                            {QStringLiteral("e"), list(1)}});
    stream.finish();
    QJsonObject expected = members;
    expected.insert("steps", QJsonArray{0, 1});
    expected.insert("a", QJsonArray{});
    expected.insert("e", QJsonArray{0});
    QCOMPARE(stream.buffer(), QJsonDocument(expected).toJson(QJsonDocument::Indented));
}

void tst_JsonStream::flushesToItsSink()
{
    std::FILE *file = std::tmpfile();
    QVERIFY(file);
    QJsonArray big;
    {
        JsonStream stream(file);
        stream.beginArray();
        for (int i = 0; i < 20000; ++i) {
            const QJsonObject item{{"i", i}, {"text", QStringLiteral("item %1 é").arg(i)}};
            big.append(item);
            stream.value(item);
        }
        stream.endArray();
        stream.finish();
        QVERIFY(stream.buffer().isEmpty());
    }
    std::rewind(file);
    QByteArray written;
    char chunk[65536];
    for (size_t n; (n = std::fread(chunk, 1, sizeof chunk, file)) > 0;)
        written.append(chunk, qsizetype(n));
    std::fclose(file);
    QCOMPARE(written, QJsonDocument(big).toJson(QJsonDocument::Indented));
}

// The typed values member visitors hand over (Latin-1 keys and texts, numbers, lists of texts,
// optional numbers) give the bytes their QJsonValue would.
void tst_JsonStream::typedValuesAsQJsonDocument()
{
    const QByteArray latin1Key("caf\xe9 \"quoted\"\t\\");
    const QByteArray latin1Text("r\xe9sum\xe9\n\x01 end");
    const QString longText = QString(3000, u'x') + QStringLiteral("\u00e9\"") + QString(70, u'y');
    const QStringList texts{QStringLiteral("a"), QString(), QStringLiteral("\u4e2d\\")};
    JsonStream stream;
    stream.beginObject();
    stream.key(QLatin1StringView(latin1Key)).value(QLatin1StringView(latin1Text));
    stream.key(QLatin1StringView("long")).value(longText);
    stream.key(QLatin1StringView("max")).value(std::numeric_limits<qint64>::max());
    stream.key(QLatin1StringView("min")).value(std::numeric_limits<qint64>::min() + 1);
    stream.key(QLatin1StringView("none")).value(std::optional<int>());
    stream.key(QLatin1StringView("some")).value(std::optional<int>(-7));
    stream.key(QLatin1StringView("texts")).value(texts);
    stream.key(QLatin1StringView("zero")).value(0);
    stream.endObject();
    stream.finish();
    const QJsonObject expected{{QString::fromLatin1(latin1Key), QString::fromLatin1(latin1Text)},
                               {"long", longText},
                               {"max", std::numeric_limits<qint64>::max()},
                               {"min", std::numeric_limits<qint64>::min() + 1},
                               {"none", jsonValue(std::optional<int>())},
                               {"some", jsonValue(std::optional<int>(-7))},
                               {"texts", jsonValue(texts)},
                               {"zero", 0}};
    QCOMPARE(stream.buffer(), QJsonDocument(expected).toJson(QJsonDocument::Indented));
}

QTEST_GUILESS_MAIN(tst_JsonStream)
#include "tst_jsonstream.moc"
