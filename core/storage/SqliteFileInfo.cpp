// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteFileInfo.h"

#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace planner {

namespace {

std::uint32_t bigEndian32(const char *bytes)
{
    const auto *b = reinterpret_cast<const unsigned char *>(bytes);
    return (std::uint32_t(b[0]) << 24) | (std::uint32_t(b[1]) << 16) | (std::uint32_t(b[2]) << 8)
           | std::uint32_t(b[3]);
}

} // namespace

SqliteFileInfo SqliteFileInfo::inspect(const QString &path)
{
    SqliteFileInfo info;
    const QFileInfo fileInfo(path);
    if (!fileInfo.exists()) {
        info.state = State::Missing;
        return info;
    }
    if (!fileInfo.isFile()) {
        info.state = State::NotAFile;
        return info;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        info.state = State::Unreadable;
        return info;
    }
    return read(file);
}

SqliteFileInfo SqliteFileInfo::read(QFile &file)
{
    SqliteFileInfo info;
    info.size = file.size();
    if (info.size == 0) {
        info.state = State::Empty;
        return info;
    }
    // The database header is the first 100 bytes (https://sqlite.org/fileformat.html).
    file.seek(0);
    const QByteArray header = file.read(100);
    if (header.size() < 100 || std::memcmp(header.constData(), sqliteMagic, sqliteMagicSize) != 0) {
        info.state = State::NotSqlite;
        return info;
    }
    info.state = State::Sqlite;
    const auto *h = reinterpret_cast<const unsigned char *>(header.constData());
    info.pageSize = (std::uint32_t(h[16]) << 8) | h[17];
    if (info.pageSize == 1)
        info.pageSize = 65536;
    const std::uint32_t changeCounter = bigEndian32(header.constData() + 24);
    const std::uint32_t validFor = bigEndian32(header.constData() + 92);
    // The in-header size is only valid when the change counter matches "version-valid-for".
    if (changeCounter == validFor)
        info.pageCount = bigEndian32(header.constData() + 28);
    info.userVersion = bigEndian32(header.constData() + 60);
    info.applicationId = bigEndian32(header.constData() + 68);
    // SQLite writes the journal's magic number only once the journal is synced, just before it
    // changes the database file; a journal without it holds nothing to play back.
    static const char journalMagic[] = "\xd9\xd5\x05\xf9\x20\xa1\x63\xd7";
    QFile journal(file.fileName() + QStringLiteral("-journal"));
    if (journal.open(QIODevice::ReadOnly))
        info.hotJournal = journal.read(8) == QByteArray::fromRawData(journalMagic, 8);
    return info;
}

} // namespace planner
