// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace planner {

/// A problem with user input or a file: where it is (a JSON path such as
/// `components[3].version`, a file name, a table) and what is wrong, in words for a person.
struct Error
{
    QString where;
    QString what;

    QString text() const { return where.isEmpty() ? what : where + QStringLiteral(": ") + what; }
};

/// A value or the Error that prevented it.
template<typename T>
class Expected
{
public:
    Expected(T value)
        : m_state(std::move(value))
    {
    }
    Expected(Error error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() { return std::get<0>(m_state); }
    const T &value() const { return std::get<0>(m_state); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// For operations that return nothing but may fail.
struct Done
{};

} // namespace planner
