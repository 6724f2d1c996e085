// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Expected.h"

#include <QByteArray>
#include <QLatin1String>
#include <QString>

#include <cstdint>
#include <vector>

namespace planner {

class JsonTree;

/// A read-only view of one value in a JsonTree, or an absent value (a member that is not
/// there). Cheap to copy; valid while its tree lives.
class JsonValue
{
public:
    enum class Type : std::uint8_t { Undefined, Null, Bool, Number, String, Array, Object };

    JsonValue() = default;

    Type type() const;
    bool isUndefined() const { return !m_tree; }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isNumber() const { return type() == Type::Number; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    bool toBool() const;
    double toDouble() const;
    QString toString() const;

    /// Number of elements of an array or members of an object.
    qsizetype size() const;
    /// The first element or member (absent when empty); walk on with next().
    JsonValue first() const;
    /// The following element or member of the same array or object (absent at the end).
    JsonValue next() const;
    /// The member named @p key of an object (absent when there is none). Objects are small in
    /// this format, so the search is linear.
    JsonValue member(QLatin1String key) const;
    /// This value's name within its object.
    QString key() const;
    bool keyEquals(QLatin1String key) const;

private:
    friend class JsonTree;
    JsonValue(const JsonTree *tree, std::uint32_t index)
        : m_tree(tree)
        , m_index(index)
    {
    }

    const JsonTree *m_tree = nullptr;
    std::uint32_t m_index = 0;
};

/// A parsed JSON document (RFC 8259), kept as one flat array of nodes that point into the
/// source bytes: strings and numbers are decoded only when read. Made for reading large
/// estates quickly and with little memory; QJsonDocument spends most of a 100,000-component
/// import building and freeing its own tree.
class JsonTree
{
public:
    /// Parses @p json (UTF-8). On failure the Error's `where` is "line L, column C (offset O)"
    /// of the offending byte and `what` names the problem.
    static Expected<JsonTree> parse(const QByteArray &json);

    JsonValue root() const { return JsonValue(this, 0); }

private:
    friend class JsonValue;
    friend class JsonParser;

    struct Node
    {
        JsonValue::Type type = JsonValue::Type::Null;
        bool escaped = false; // the string holds escapes and needs decoding
        bool keyEscaped = false;
        bool boolean = false;
        std::uint32_t next = 0;   // index of the next sibling; 0: none
        std::uint32_t count = 0;  // children of an array or object; they start at index + 1
        std::uint32_t offset = 0; // text of a string (inside the quotes) or a number
        std::uint32_t length = 0;
        std::uint32_t keyOffset = 0; // name of an object member (inside the quotes)
        std::uint32_t keyLength = 0;
    };

    QString decode(std::uint32_t offset, std::uint32_t length, bool escaped) const;

    QByteArray m_source;
    std::vector<Node> m_nodes;
};

} // namespace planner
