// SPDX-License-Identifier: GPL-3.0-or-later
#include "CanonicalJson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CanonicalJson)
};

constexpr double maxSafeInteger = 9007199254740991.0; // 2^53 - 1

// RFC 8785 3.2.2.2: the two-character escapes where JSON has them, \u00xx (lower-case hex) for
// the other control characters, everything else as its UTF-8 bytes.
void writeString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (u) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

bool write(QByteArray &out, const QJsonValue &value, const QString &path, Error *error)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return true;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return true;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > maxSafeInteger) {
            *error = Error{path.isEmpty() ? QStringLiteral("$") : path,
                           Tr::tr("%1 is not an integer between -(2^53 - 1) and 2^53 - 1: signed "
                                  "documents hold no floating-point numbers")
                               .arg(QString::number(d, 'g', 17))};
            return false;
        }
        out += QByteArray::number(qint64(d));
        return true;
    }
    case QJsonValue::String:
        writeString(out, value.toString());
        return true;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out += '[';
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            if (!write(out, array.at(i), path + QStringLiteral("[%1]").arg(i), error))
                return false;
        }
        out += ']';
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        // QString compares UTF-16 code units: exactly RFC 8785's order.
        std::sort(keys.begin(), keys.end(),
                  [](const QString &a, const QString &b) { return a.compare(b) < 0; });
        out += '{';
        bool first = true;
        for (const QString &key : std::as_const(keys)) {
            if (!first)
                out += ',';
            first = false;
            writeString(out, key);
            out += ':';
            const QString child = path.isEmpty() ? key : path + u'.' + key;
            if (!write(out, object.value(key), child, error))
                return false;
        }
        out += '}';
        return true;
    }
    }
    return true;
}

} // namespace

Expected<QByteArray> canonicalJson(const QJsonValue &value)
{
    QByteArray out;
    Error error;
    if (!write(out, value, QString(), &error))
        return error;
    return out;
}

Expected<QByteArray> canonicalJson(const QJsonObject &object)
{
    return canonicalJson(QJsonValue(object));
}

bool isCanonicalJson(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || document.isNull())
        return false;
    const Expected<QByteArray> again = document.isObject()
                                           ? canonicalJson(document.object())
                                           : canonicalJson(QJsonValue(document.array()));
    return again && *again == bytes;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace planner
