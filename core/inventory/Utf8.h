// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace planner {

/// UTF-8 to a QString exactly: unlike QString::fromUtf8, a U+FEFF at the start is kept (Qt
/// takes it for a byte order mark and drops it, which changes a text that starts with one, a
/// CSV cell holding a stray BOM, when it is written out and read back).
inline QString fromUtf8Exact(QByteArrayView utf8)
{
    if (utf8.size() >= 3 && uchar(utf8[0]) == 0xEF && uchar(utf8[1]) == 0xBB
        && uchar(utf8[2]) == 0xBF) {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom
                                                           | QStringConverter::Flag::Stateless);
        return decoder.decode(utf8);
    }
    return QString::fromUtf8(utf8);
}

} // namespace planner
