// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The formats FileFormats.cpp lists, each defined in its own file. Internal to the registry.

#include "FileFormat.h"

namespace planner {

FileFormat estateJsonFormat(); ///< EstateJsonFormat.cpp: the interchange JSON
FileFormat projectFormat();    ///< storage/ProjectFormat.cpp: `.uplan`
FileFormat cycloneDxFormat();  ///< CycloneDx.cpp: CycloneDX SBOM, JSON 1.2 to 1.6
FileFormat cmdbCsvFormat();    ///< CmdbCsvFormat.cpp: CMDB export as CSV (ServiceNow and others)
FileFormat graphMlFormat();    ///< GraphMl.cpp: GraphML (yEd, Gephi, networkx)
FileFormat dotFormat();        ///< GraphvizDot.cpp: Graphviz DOT
FileFormat icsFormat();        ///< IcsFormat.cpp: the schedule as iCalendar

/// A format listed by name whose reader or writer lives above the core and is provided at
/// start-up (FileFormats::provide()).
FileFormat announcedFormat(const QString &name, const char *title, const QStringList &extensions,
                           const char *description, bool needsGui);

/// The head of @p data after blanks (and a UTF-8 byte order mark): what a text format's
/// recognise() looks at first.
inline QByteArrayView skipBlanks(QByteArrayView data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    qsizetype i = 0;
    while (i < data.size()
           && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r'))
        ++i;
    return data.sliced(i);
}

} // namespace planner
