// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonTree.h"

#include "inventory/Utf8.h"

#include <QCoreApplication>

#include <charconv>
#include <cstring>
#include <limits>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(EstateJson)
};

constexpr int maxDepth = 256; // deeper nesting is no estate; refusing it keeps the stack safe

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QString shown(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u >= 0x7f)
        return QStringLiteral("byte 0x%1").arg(u, 2, 16, QLatin1Char('0'));
    return QStringLiteral("'%1'").arg(QLatin1Char(c));
}

} // namespace

// Recursive descent over the bytes; stops at the first problem and remembers where it was.
class JsonParser
{
public:
    JsonParser(const QByteArray &source, std::vector<JsonTree::Node> &nodes)
        : m_begin(source.constData())
        , m_p(m_begin)
        , m_end(m_begin + source.size())
        , m_nodes(nodes)
    {
    }

    bool parseDocument()
    {
        if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
            m_p += 3; // a byte order mark some editors write
        skipSpace();
        if (m_p == m_end)
            return fail(Tr::tr("the document is empty"));
        if (!parseValue(0))
            return false;
        skipSpace();
        if (m_p != m_end)
            return fail(Tr::tr("unexpected %1 after the end of the document").arg(shown(*m_p)));
        return true;
    }

    qsizetype errorOffset() const { return m_p - m_begin; }
    const QString &error() const { return m_error; }

private:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    std::uint32_t offset(const char *at) const { return std::uint32_t(at - m_begin); }

    bool parseValue(int depth)
    {
        const auto index = std::uint32_t(m_nodes.size());
        m_nodes.emplace_back();
        switch (*m_p) {
        case '{':
            return parseObject(index, depth + 1);
        case '[':
            return parseArray(index, depth + 1);
        case '"': {
            std::uint32_t start = 0, length = 0;
            bool escaped = false;
            if (!parseString(start, length, escaped))
                return false;
            JsonTree::Node &n = m_nodes[index];
            n.type = JsonValue::Type::String;
            n.offset = start;
            n.length = length;
            n.escaped = escaped;
            return true;
        }
        case 't':
            return parseLiteral(index, "true", JsonValue::Type::Bool, true);
        case 'f':
            return parseLiteral(index, "false", JsonValue::Type::Bool, false);
        case 'n':
            return parseLiteral(index, "null", JsonValue::Type::Null, false);
        default:
            if (*m_p == '-' || isDigit(*m_p))
                return parseNumber(index);
            return fail(Tr::tr("unexpected %1 where a value should start").arg(shown(*m_p)));
        }
    }

    bool parseLiteral(std::uint32_t index, const char *word, JsonValue::Type type, bool value)
    {
        const auto size = qsizetype(std::strlen(word));
        if (m_end - m_p < size || std::memcmp(m_p, word, size_t(size)) != 0)
            return fail(Tr::tr("unexpected %1 where a value should start").arg(shown(*m_p)));
        m_p += size;
        m_nodes[index].type = type;
        m_nodes[index].boolean = value;
        return true;
    }

    bool parseNumber(std::uint32_t index)
    {
        const char *start = m_p;
        if (*m_p == '-')
            ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return fail(Tr::tr("a number needs digits"));
        if (*m_p == '0')
            ++m_p;
        else
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        if (m_p != m_end && *m_p == '.') {
            ++m_p;
            if (m_p == m_end || !isDigit(*m_p))
                return fail(Tr::tr("a number needs digits after its decimal point"));
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p == m_end || !isDigit(*m_p))
                return fail(Tr::tr("a number needs digits in its exponent"));
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        }
        JsonTree::Node &n = m_nodes[index];
        n.type = JsonValue::Type::Number;
        n.offset = offset(start);
        n.length = std::uint32_t(m_p - start);
        return true;
    }

    // At the opening quote; leaves m_p after the closing one.
    bool parseString(std::uint32_t &start, std::uint32_t &length, bool &escaped)
    {
        const char *open = m_p++;
        start = offset(m_p);
        escaped = false;
        while (m_p != m_end) {
            const char c = *m_p;
            if (c == '"') {
                length = offset(m_p) - start;
                ++m_p;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return fail(Tr::tr("a string may not contain %1; write it as an escape such as \\n")
                                .arg(shown(c)));
            if (c == '\\') {
                escaped = true;
                if (++m_p == m_end)
                    break;
                if (*m_p == 'u') {
                    for (int i = 1; i <= 4; ++i)
                        if (m_p + i >= m_end || hexValue(m_p[i]) < 0)
                            return fail(Tr::tr("\\u must be followed by four hexadecimal digits"));
                    m_p += 4;
                } else if (!std::strchr("\"\\/bfnrt", *m_p) || *m_p == '\0') {
                    return fail(Tr::tr("unknown escape \\%1 in a string").arg(QLatin1Char(*m_p)));
                }
            }
            ++m_p;
        }
        m_p = open;
        return fail(Tr::tr("the string that starts here never ends"));
    }

    bool parseArray(std::uint32_t index, int depth)
    {
        if (depth > maxDepth)
            return fail(Tr::tr("arrays and objects are nested too deeply"));
        ++m_p;
        m_nodes[index].type = JsonValue::Type::Array;
        skipSpace();
        if (m_p != m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        std::uint32_t previous = 0;
        for (;;) {
            if (m_p == m_end)
                return fail(Tr::tr("the array ends too early"));
            const auto child = std::uint32_t(m_nodes.size());
            if (!parseValue(depth))
                return false;
            if (previous)
                m_nodes[previous].next = child;
            previous = child;
            ++m_nodes[index].count;
            skipSpace();
            if (m_p == m_end)
                return fail(Tr::tr("the array ends too early"));
            if (*m_p == ']') {
                ++m_p;
                return true;
            }
            if (*m_p != ',')
                return fail(Tr::tr("expected ',' or ']' in an array, found %1").arg(shown(*m_p)));
            ++m_p;
            skipSpace();
        }
    }

    bool parseObject(std::uint32_t index, int depth)
    {
        if (depth > maxDepth)
            return fail(Tr::tr("arrays and objects are nested too deeply"));
        ++m_p;
        m_nodes[index].type = JsonValue::Type::Object;
        skipSpace();
        if (m_p != m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        std::uint32_t previous = 0;
        for (;;) {
            if (m_p == m_end)
                return fail(Tr::tr("the object ends too early"));
            if (*m_p != '"')
                return fail(Tr::tr("expected a member name in quotes, found %1").arg(shown(*m_p)));
            std::uint32_t keyStart = 0, keyLength = 0;
            bool keyEscaped = false;
            if (!parseString(keyStart, keyLength, keyEscaped))
                return false;
            skipSpace();
            if (m_p == m_end || *m_p != ':')
                return fail(Tr::tr("expected ':' after the member name"));
            ++m_p;
            skipSpace();
            if (m_p == m_end)
                return fail(Tr::tr("the object ends too early"));
            const auto child = std::uint32_t(m_nodes.size());
            if (!parseValue(depth))
                return false;
            JsonTree::Node &n = m_nodes[child];
            n.keyOffset = keyStart;
            n.keyLength = keyLength;
            n.keyEscaped = keyEscaped;
            if (previous)
                m_nodes[previous].next = child;
            previous = child;
            ++m_nodes[index].count;
            skipSpace();
            if (m_p == m_end)
                return fail(Tr::tr("the object ends too early"));
            if (*m_p == '}') {
                ++m_p;
                return true;
            }
            if (*m_p != ',')
                return fail(Tr::tr("expected ',' or '}' in an object, found %1").arg(shown(*m_p)));
            ++m_p;
            skipSpace();
        }
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    std::vector<JsonTree::Node> &m_nodes;
    QString m_error;
};

Expected<JsonTree> JsonTree::parse(const QByteArray &json)
{
    JsonTree tree;
    if (json.size() >= qsizetype(std::numeric_limits<std::uint32_t>::max()))
        return Error{QString(), Tr::tr("the document is larger than 4 GB")};
    tree.m_source = json;
    tree.m_nodes.reserve(size_t(json.size() / 16 + 16));
    JsonParser parser(tree.m_source, tree.m_nodes);
    if (!parser.parseDocument()) {
        const qsizetype offset = parser.errorOffset();
        const QByteArray before = json.left(offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
        return Error{Tr::tr("line %1, column %2 (offset %3)").arg(line).arg(column).arg(offset),
                     Tr::tr("not valid JSON: %1").arg(parser.error())};
    }
    tree.m_nodes.shrink_to_fit();
    return tree;
}

QString JsonTree::decode(std::uint32_t offset, std::uint32_t length, bool escaped) const
{
    const char *p = m_source.constData() + offset;
    const char *end = p + length;
    if (!escaped)
        return fromUtf8Exact(QByteArrayView(p, length));
    QString out;
    out.reserve(length);
    const char *run = p;
    while (p != end) {
        if (*p != '\\') {
            ++p;
            continue;
        }
        out += fromUtf8Exact(QByteArrayView(run, p - run));
        const char c = p[1];
        p += 2;
        switch (c) {
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u': {
            // UTF-16 code units go in as they are, so surrogate pairs join up by themselves.
            char16_t unit = 0;
            for (int i = 0; i < 4; ++i)
                unit = char16_t(unit * 16 + hexValue(p[i]));
            out += QChar(unit);
            p += 4;
            break;
        }
        default: // " \ /
            out += QLatin1Char(c);
        }
        run = p;
    }
    out += fromUtf8Exact(QByteArrayView(run, p - run));
    return out;
}

JsonValue::Type JsonValue::type() const
{
    return m_tree ? m_tree->m_nodes[m_index].type : Type::Undefined;
}

bool JsonValue::toBool() const
{
    return m_tree && m_tree->m_nodes[m_index].boolean;
}

double JsonValue::toDouble() const
{
    if (type() != Type::Number)
        return 0;
    const JsonTree::Node &n = m_tree->m_nodes[m_index];
    const char *p = m_tree->m_source.constData() + n.offset;
    double value = 0;
    const auto result = std::from_chars(p, p + n.length, value);
    if (result.ec == std::errc::result_out_of_range) // too large for a double: say so as infinity
        return p[0] == '-' ? -std::numeric_limits<double>::infinity()
                           : std::numeric_limits<double>::infinity();
    return value;
}

QString JsonValue::toString() const
{
    if (type() != Type::String)
        return QString();
    const JsonTree::Node &n = m_tree->m_nodes[m_index];
    return m_tree->decode(n.offset, n.length, n.escaped);
}

qsizetype JsonValue::size() const
{
    return m_tree ? qsizetype(m_tree->m_nodes[m_index].count) : 0;
}

JsonValue JsonValue::first() const
{
    if (!m_tree || m_tree->m_nodes[m_index].count == 0)
        return {};
    return JsonValue(m_tree, m_index + 1);
}

JsonValue JsonValue::next() const
{
    if (!m_tree || m_tree->m_nodes[m_index].next == 0)
        return {};
    return JsonValue(m_tree, m_tree->m_nodes[m_index].next);
}

JsonValue JsonValue::member(QLatin1String key) const
{
    if (type() != Type::Object)
        return {};
    for (JsonValue v = first(); !v.isUndefined(); v = v.next())
        if (v.keyEquals(key))
            return v;
    return {};
}

QString JsonValue::key() const
{
    if (!m_tree)
        return QString();
    const JsonTree::Node &n = m_tree->m_nodes[m_index];
    return m_tree->decode(n.keyOffset, n.keyLength, n.keyEscaped);
}

bool JsonValue::keyEquals(QLatin1String key) const
{
    if (!m_tree)
        return false;
    const JsonTree::Node &n = m_tree->m_nodes[m_index];
    if (n.keyEscaped)
        return this->key() == key;
    return qsizetype(n.keyLength) == key.size()
           && std::memcmp(m_tree->m_source.constData() + n.keyOffset, key.data(),
                          size_t(n.keyLength))
                  == 0;
}

} // namespace planner
