// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonStream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <charconv>

namespace planner {

namespace {

constexpr qsizetype flushAt = 256 * 1024;

void indent(QByteArray &out, size_t depth)
{
    out.append(qsizetype(4 * depth), ' ');
}

// Characters written as they are: everything ASCII but control characters, quote and backslash.
bool plain(char16_t c)
{
    return c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\';
}

QByteArray utf8Of(QStringView text)
{
    return text.toUtf8();
}

QByteArray utf8Of(QLatin1StringView text)
{
    return QString(text).toUtf8();
}

// Appends @p text quoted and escaped as QJsonDocument does. Runs of plain characters (nearly all
// of any text) are copied in one go rather than appended one by one.
template<typename View>
void appendString(QByteArray &out, View text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        qsizetype run = i;
        while (run < size && plain(text[run].unicode()))
            ++run;
        if (run > i) {
            const qsizetype at = out.size();
            out.resize(at + (run - i));
            char *to = out.data() + at;
            for (qsizetype k = i; k < run; ++k)
                *to++ = char(text[k].unicode());
            i = run;
            continue;
        }
        const char16_t c = text[i].unicode();
        if (c >= 0x80) { // a run of non-ASCII text, encoded in one go
            qsizetype end = i + 1;
            while (end < size && text[end].unicode() >= 0x80)
                ++end;
            out += utf8Of(text.mid(i, end - i));
            i = end;
            continue;
        }
        ++i;
        out += '\\';
        switch (c) {
        case u'"':
            out += '"';
            break;
        case u'\\':
            out += '\\';
            break;
        case u'\b':
            out += 'b';
            break;
        case u'\f':
            out += 'f';
            break;
        case u'\n':
            out += 'n';
            break;
        case u'\r':
            out += 'r';
            break;
        case u'\t':
            out += 't';
            break;
        default:
            out += "u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    out += '"';
}

} // namespace

void JsonStream::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_hasElement.empty())
        return;
    if (m_hasElement.back())
        m_out += ",\n";
    m_hasElement.back() = true;
    indent(m_out, m_hasElement.size());
}

void JsonStream::open(char bracket)
{
    beforeValue();
    m_out += bracket;
    m_out += '\n';
    m_hasElement.push_back(false);
}

void JsonStream::close(char bracket)
{
    const bool any = m_hasElement.back();
    m_hasElement.pop_back();
    if (any)
        m_out += '\n';
    indent(m_out, m_hasElement.size());
    m_out += bracket;
    if (m_sink && m_out.size() > flushAt)
        flush();
}

void JsonStream::beginObject()
{
    open('{');
}

void JsonStream::endObject()
{
    close('}');
}

void JsonStream::beginArray()
{
    open('[');
}

void JsonStream::endArray()
{
    close(']');
}

JsonStream &JsonStream::key(const QString &key)
{
    beforeValue();
    string(key);
    m_out += ": ";
    m_afterKey = true;
    return *this;
}

JsonStream &JsonStream::key(QLatin1StringView key)
{
    beforeValue();
    appendString(m_out, key);
    m_out += ": ";
    m_afterKey = true;
    return *this;
}

void JsonStream::string(QStringView text)
{
    appendString(m_out, text);
}

void JsonStream::value(const QString &text)
{
    beforeValue();
    string(text);
}

void JsonStream::value(QLatin1StringView text)
{
    beforeValue();
    appendString(m_out, text);
}

void JsonStream::value(qint64 number)
{
    beforeValue();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    m_out.append(digits, end - digits);
}

void JsonStream::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonStream::null()
{
    beforeValue();
    m_out += "null";
}

void JsonStream::value(const QStringList &texts)
{
    beginArray();
    for (const QString &text : texts)
        value(text);
    endArray();
}

void JsonStream::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        return;
    case QJsonValue::Bool:
        value(v.toBool());
        return;
    case QJsonValue::String:
        value(v.toString());
        return;
    case QJsonValue::Double: {
        // Integers stay integers; anything else as QJsonDocument writes it.
        const QJsonValue integer(v.toInteger());
        if (integer == v) {
            value(v.toInteger());
        } else {
            beforeValue();
            const QByteArray json = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
            m_out += json.mid(1, json.size() - 2);
        }
        return;
    }
    case QJsonValue::Array: {
        beginArray();
        for (const QJsonValue &element : v.toArray())
            value(element);
        endArray();
        return;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = v.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        return;
    }
    }
}

void JsonStream::object(const QJsonObject &members, const std::vector<Streamed> &streamed)
{
    std::vector<const Streamed *> sorted;
    for (const Streamed &m : streamed)
        sorted.push_back(&m);
    std::sort(sorted.begin(), sorted.end(),
              [](const Streamed *a, const Streamed *b) { return a->key < b->key; });
    beginObject();
    auto next = sorted.begin();
    const auto writeStreamedBefore = [&](const QString *key) {
        for (; next != sorted.end() && (!key || (*next)->key < *key); ++next) {
            this->key((*next)->key);
            (*next)->write(*this);
        }
    };
    for (auto it = members.begin(); it != members.end(); ++it) {
        const QString key = it.key();
        writeStreamedBefore(&key);
        this->key(key);
        value(it.value());
    }
    writeStreamedBefore(nullptr);
    endObject();
}

void JsonStream::finish()
{
    m_out += '\n';
    flush();
}

void JsonStream::flush()
{
    if (!m_sink || m_out.isEmpty())
        return;
    std::fwrite(m_out.constData(), 1, size_t(m_out.size()), m_sink);
    std::fflush(m_sink);
    m_out.resize(0); // keeps the capacity
}

} // namespace planner
