// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 8785 canonical JSON: the bytes that are hashed and signed must be the same everywhere.
#include "signing/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace planner;

class tst_CanonicalJson : public QObject
{
    Q_OBJECT

private:
    static QJsonValue parse(const QByteArray &json)
    {
        QJsonParseError error;
        // Wrapped in an array so that scalars parse too.
        const QJsonDocument document = QJsonDocument::fromJson("[" + json + "]", &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("test input does not parse: %s", json.constData());
        return document.array().at(0);
    }

private Q_SLOTS:
    void canonical_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("members sorted, no whitespace")
            << QByteArray("{ \"b\" : 1, \"a\" : [ 2 , 3 ] }")
            << QByteArray("{\"a\":[2,3],\"b\":1}");
        QTest::newRow("nested objects sorted") << QByteArray("{\"z\":{\"y\":1,\"x\":2},\"a\":{}}")
                                               << QByteArray("{\"a\":{},\"z\":{\"x\":2,\"y\":1}}");
        // UTF-16 code units: U+1F600 is D83D DE00, below E000, although its code point is above.
        QTest::newRow("non-BMP sorts before U+E000")
            << QByteArray("{\"\\ue000\":1,\"\\ud83d\\ude00\":2}")
            << QByteArray("{\"\xf0\x9f\x98\x80\":2,\"\xee\x80\x80\":1}");
        QTest::newRow("RFC 8785 3.2.3 sorting example")
            << QByteArray("{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\","
                          "\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\",\"1\":\"One\","
                          "\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\","
                          "\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}")
            << QByteArray("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\xc2\x80\":\"Control\","
                          "\"\xc3\xb6\":\"Latin Small Letter O With Diaeresis\","
                          "\"\xe2\x82\xac\":\"Euro Sign\","
                          "\"\xf0\x9f\x98\x80\":\"Emoji: Grinning Face\","
                          "\"\xef\xac\xb3\":\"Hebrew Letter Dalet With Dagesh\"}");
        QTest::newRow("two-character escapes") << QByteArray("\"\\b\\f\\n\\r\\t\\\"\\\\\"")
                                               << QByteArray("\"\\b\\f\\n\\r\\t\\\"\\\\\"");
        QTest::newRow("other controls as lower-case \\u00xx")
            << QByteArray("\"\\u0001\\u001F\\u001f\"") << QByteArray("\"\\u0001\\u001f\\u001f\"");
        QTest::newRow("slash not escaped") << QByteArray("\"a\\/b/c\"") << QByteArray("\"a/b/c\"");
        QTest::newRow("non-ASCII as UTF-8, not escaped")
            << QByteArray("\"\\u00e9\\u20ac\\ud83d\\ude00 \\u007f\"")
            << QByteArray("\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80 \x7f\"");
        QTest::newRow("integers") << QByteArray(
            "[0,-1,42,1e2,-0,9007199254740991,-9007199254740991]")
                                  << QByteArray(
                                         "[0,-1,42,100,0,9007199254740991,-9007199254740991]");
        QTest::newRow("literals") << QByteArray("[true,false,null,\"\",[],{}]")
                                  << QByteArray("[true,false,null,\"\",[],{}]");
    }

    void canonical()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        const Expected<QByteArray> bytes = canonicalJson(parse(input));
        QVERIFY2(bytes.ok(), qPrintable(bytes.ok() ? QString() : bytes.error().text()));
        QCOMPARE(*bytes, expected);
        // Canonical output is a fixed point, and is recognised as canonical.
        QCOMPARE(*canonicalJson(parse(*bytes)), expected);
        if (expected.startsWith('{') || expected.startsWith('['))
            QVERIFY(isCanonicalJson(expected));
    }

    void floatRejected_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("where");

        QTest::newRow("top level") << QByteArray("1.5") << QStringLiteral("$");
        QTest::newRow("member") << QByteArray("{\"a\":0.1}") << QStringLiteral("a");
        QTest::newRow("deep path") << QByteArray("{\"steps\":[{\"id\":1},{\"weight\":2.5}]}")
                                   << QStringLiteral("steps[1].weight");
        QTest::newRow("2^53 is out of range")
            << QByteArray("{\"n\":9007199254740992}") << QStringLiteral("n");
    }

    void floatRejected()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, where);
        const Expected<QByteArray> bytes = canonicalJson(parse(input));
        QVERIFY(!bytes.ok());
        QCOMPARE(bytes.error().where, where);
        QVERIFY(bytes.error().what.contains(QLatin1String("floating-point")));
    }

    void notCanonical_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("whitespace") << QByteArray("{\"a\": 1}");
        QTest::newRow("trailing newline") << QByteArray("{\"a\":1}\n");
        QTest::newRow("unsorted") << QByteArray("{\"b\":1,\"a\":2}");
        QTest::newRow("escaped slash") << QByteArray("{\"a\":\"\\/\"}");
        QTest::newRow("escaped non-ASCII") << QByteArray("{\"a\":\"\\u00e9\"}");
        QTest::newRow("upper-case hex escape") << QByteArray("{\"a\":\"\\u001F\"}");
        QTest::newRow("float") << QByteArray("{\"a\":1.5}");
        QTest::newRow("exponent") << QByteArray("{\"a\":1e2}");
        QTest::newRow("not JSON") << QByteArray("{\"a\":");
    }

    void notCanonical()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!isCanonicalJson(bytes));
    }

    void sha256MatchesKnownVector()
    {
        const QString expected = QStringLiteral(
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QCOMPARE(sha256Hex("abc"), expected);
    }
};

QTEST_GUILESS_MAIN(tst_CanonicalJson)
#include "tst_canonicaljson.moc"
