// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <functional>
#include <optional>
#include <vector>

namespace planner {

/// Writes JSON as it goes, in exactly the bytes QJsonDocument::toJson(Indented) gives for the
/// same document (four spaces of indentation, `"key": value`, UTF-8), without building the
/// document first: the command line prints a hundred thousand conflicts or steps this way in
/// a fraction of the time and memory. Members must be added in the order QJsonObject keeps
/// them, sorted by key; writing a small QJsonObject or QJsonArray as one value does that.
///
/// Output collects in a buffer that is handed to @p sink whenever it grows past a few hundred
/// kilobytes, and at flush(); with no sink it only collects (see buffer()).
class JsonStream
{
public:
    explicit JsonStream(std::FILE *sink = nullptr)
        : m_sink(sink)
    {
    }
    ~JsonStream() { flush(); }
    JsonStream(const JsonStream &) = delete;
    JsonStream &operator=(const JsonStream &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// The key of the next member of the current object (ASCII or not).
    JsonStream &key(const QString &key);
    JsonStream &key(QLatin1StringView key);

    void value(const QString &text);
    void value(QLatin1StringView text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    void null();
    /// An array of texts.
    void value(const QStringList &texts);
    /// The value, or null.
    template<typename T>
    void value(const std::optional<T> &v)
    {
        if (v)
            value(*v);
        else
            null();
    }
    /// Any value, written as QJsonDocument would write it.
    void value(const QJsonValue &value);

    /// A member whose value writes itself (a long array, element by element).
    struct Streamed
    {
        QString key;
        std::function<void(JsonStream &)> write;
    };
    /// An object of the members of @p members and of @p streamed, all in key order (the
    /// order QJsonObject keeps): the small members built as usual, the long ones streamed.
    void object(const QJsonObject &members, const std::vector<Streamed> &streamed);

    /// Ends the document (the newline QJsonDocument puts after it) and flushes.
    void finish();
    void flush();
    /// What has been written and not yet handed to the sink.
    const QByteArray &buffer() const { return m_out; }

private:
    void beforeValue();
    void open(char bracket);
    void close(char bracket);
    void string(QStringView text);

    std::FILE *m_sink;
    QByteArray m_out;
    // Per open container: whether it has an element yet.
    std::vector<bool> m_hasElement;
    bool m_afterKey = false;
};

/// The QJsonValue of what JsonStream::value() writes: member visitors hand typed values to
/// either a JsonStream (no QJsonValue made) or a QJsonObject (through this).
inline QJsonValue jsonValue(const QJsonValue &v)
{
    return v;
}
inline QJsonValue jsonValue(const QStringList &texts)
{
    return QJsonArray::fromStringList(texts);
}
template<typename T>
QJsonValue jsonValue(const std::optional<T> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace planner
