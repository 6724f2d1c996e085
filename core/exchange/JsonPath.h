// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAnyStringView>
#include <QString>

namespace planner {

/// A place in a JSON document such as `components[3].backup.method`, the `where` of a reading
/// error or warning. Paths are built on the stack while reading (each one points to its parent,
/// which must outlive it) and become text only when something has to be reported, so reading
/// a large estate does not pay for them.
class JsonPath
{
public:
    /// The top level of the document.
    JsonPath() = default;

    /// The member @p name of the object at this path; @p name must outlive the result.
    JsonPath key(QAnyStringView name) const { return JsonPath(this, name, -1); }
    /// The element @p index of the array at this path.
    JsonPath at(qsizetype index) const { return JsonPath(this, QAnyStringView(), index); }

    bool isRoot() const { return m_parent == nullptr; }
    /// `components[3].version`; empty for the top level.
    QString text() const;

private:
    JsonPath(const JsonPath *parent, QAnyStringView key, qsizetype index)
        : m_parent(parent)
        , m_key(key)
        , m_index(index)
    {
    }
    void appendTo(QString &out) const;

    const JsonPath *m_parent = nullptr;
    QAnyStringView m_key;
    qsizetype m_index = -1;
};

} // namespace planner
