// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonNode.h"

namespace planner {

namespace {

QByteArray quoted(const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
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
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            } else {
                out += ch; // UTF-8 passes through unescaped
            }
        }
    }
    out += '"';
    return out;
}

} // namespace

JsonNode JsonNode::string(const QString &text)
{
    JsonNode n(Type::Scalar);
    n.m_scalar = quoted(text.toUtf8());
    return n;
}

JsonNode JsonNode::number(qint64 value)
{
    JsonNode n(Type::Scalar);
    n.m_scalar = QByteArray::number(value);
    return n;
}

JsonNode JsonNode::boolean(bool value)
{
    JsonNode n(Type::Scalar);
    n.m_scalar = value ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    return n;
}

JsonNode JsonNode::null()
{
    JsonNode n(Type::Scalar);
    n.m_scalar = QByteArrayLiteral("null");
    return n;
}

JsonNode JsonNode::object()
{
    return JsonNode(Type::Object);
}

JsonNode JsonNode::array()
{
    return JsonNode(Type::Array);
}

JsonNode &JsonNode::add(const char *key, JsonNode value)
{
    m_keys.push_back(quoted(QByteArray(key)));
    m_items.push_back(std::move(value));
    return *this;
}

JsonNode &JsonNode::add(const QString &key, JsonNode value)
{
    m_keys.push_back(quoted(key.toUtf8()));
    m_items.push_back(std::move(value));
    return *this;
}

JsonNode &JsonNode::append(JsonNode value)
{
    m_items.push_back(std::move(value));
    return *this;
}

bool JsonNode::containsContainers() const
{
    for (const JsonNode &item : m_items)
        if (item.m_type != Type::Scalar)
            return true;
    return false;
}

// One-line forms: { "a": 1, "b": 2 }, ["x", "y"] and [ { ... }, { ... } ].
qsizetype JsonNode::inlineLength(qsizetype limit) const
{
    if (m_type == Type::Scalar)
        return m_scalar.size();
    if (m_items.empty())
        return 2;
    const bool padded = m_type == Type::Object || containsContainers();
    qsizetype length = padded ? 4 : 2;
    for (size_t i = 0; i < m_items.size() && length <= limit; ++i) {
        if (i > 0)
            length += 2;
        if (m_type == Type::Object)
            length += m_keys[i].size() + 2;
        length += m_items[i].inlineLength(limit - length);
    }
    return length;
}

void JsonNode::writeInline(QByteArray &out) const
{
    if (m_type == Type::Scalar) {
        out += m_scalar;
        return;
    }
    const char open = m_type == Type::Object ? '{' : '[';
    const char close = m_type == Type::Object ? '}' : ']';
    out += open;
    if (m_items.empty()) {
        out += close;
        return;
    }
    const bool padded = m_type == Type::Object || containsContainers();
    if (padded)
        out += ' ';
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (i > 0)
            out += ", ";
        if (m_type == Type::Object) {
            out += m_keys[i];
            out += ": ";
        }
        m_items[i].writeInline(out);
    }
    if (padded)
        out += ' ';
    out += close;
}

// column: where the value starts on its line; a trailing comma may follow, hence the "+ 1".
void JsonNode::writeTo(QByteArray &out, int indent, qsizetype column, int width) const
{
    const qsizetype room = width - column - 1;
    if (m_type == Type::Scalar || m_items.empty() || inlineLength(room) <= room) {
        writeInline(out);
        return;
    }
    const QByteArray pad(indent + 2, ' ');
    out += m_type == Type::Object ? "{\n" : "[\n";
    for (size_t i = 0; i < m_items.size(); ++i) {
        out += pad;
        qsizetype itemColumn = pad.size();
        if (m_type == Type::Object) {
            out += m_keys[i];
            out += ": ";
            itemColumn += m_keys[i].size() + 2;
        }
        m_items[i].writeTo(out, indent + 2, itemColumn, width);
        if (i + 1 < m_items.size())
            out += ',';
        out += '\n';
    }
    out += QByteArray(indent, ' ');
    out += m_type == Type::Object ? '}' : ']';
}

QByteArray JsonNode::toJson(int width) const
{
    QByteArray out;
    writeTo(out, 0, 0, width);
    out += '\n';
    return out;
}

} // namespace planner
