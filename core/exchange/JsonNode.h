// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace planner {

/// A JSON value that keeps its members in the order they were added (QJsonObject sorts them),
/// printed for people: a value that fits on its line stays on one line
/// (`"durations": { "prepare": 30, "execute": 60 }`), a larger one takes a line per member.
/// The output depends only on the tree, so the same estate always gives the same bytes.
class JsonNode
{
public:
    static JsonNode string(const QString &text);
    static JsonNode number(qint64 value);
    static JsonNode boolean(bool value);
    static JsonNode null();
    static JsonNode object();
    static JsonNode array();

    /// Adds a member to an object; @p key is plain ASCII.
    JsonNode &add(const char *key, JsonNode value);
    JsonNode &add(const QString &key, JsonNode value);
    /// Adds an element to an array.
    JsonNode &append(JsonNode value);

    bool isEmpty() const { return m_items.empty(); }

    /// UTF-8, two spaces of indentation, lines up to @p width columns where possible, ending
    /// with a newline.
    QByteArray toJson(int width = 100) const;
    /// Appends the value as it appears inside a larger document: its first line continues at
    /// @p column, its further lines are indented by @p indent spaces.
    void writeTo(QByteArray &out, int indent, qsizetype column, int width = 100) const;

private:
    enum class Type { Scalar, Object, Array };

    explicit JsonNode(Type type)
        : m_type(type)
    {
    }

    // Length on one line, or a number above limit as soon as it is known to exceed it.
    qsizetype inlineLength(qsizetype limit) const;
    void writeInline(QByteArray &out) const;
    bool containsContainers() const;

    Type m_type;
    QByteArray m_scalar;            // the encoded scalar
    std::vector<QByteArray> m_keys; // encoded keys of an object, parallel to m_items
    std::vector<JsonNode> m_items;
};

} // namespace planner
