// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonPath.h"

namespace planner {

namespace {

// A key that would read ambiguously after a dot (`requires.a.b`) is written in brackets.
bool isPlainKey(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (QChar c : key) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                           || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
        if (!plain)
            return false;
    }
    return true;
}

} // namespace

QString JsonPath::text() const
{
    QString out;
    appendTo(out);
    return out;
}

void JsonPath::appendTo(QString &out) const
{
    if (!m_parent)
        return;
    m_parent->appendTo(out);
    if (m_index >= 0) {
        out += u'[' + QString::number(m_index) + u']';
        return;
    }
    QString key = m_key.toString();
    if (isPlainKey(key)) {
        if (!out.isEmpty())
            out += u'.';
        out += key;
    } else {
        QString quoted = key;
        quoted.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\""));
        out += QLatin1String("[\"") + quoted + QLatin1String("\"]");
    }
}

} // namespace planner
