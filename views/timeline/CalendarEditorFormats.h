// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to views/timeline: what the parts of the calendar editor share (CalendarEditor.cpp
// shows the cells, CalendarEditorApply.cpp reads them back).

#include <QString>

namespace planner::calendar_detail {

// The hours of the peaks, as their cells show and read them.
inline const QString HourFormat = QStringLiteral("HH:mm");

} // namespace planner::calendar_detail
