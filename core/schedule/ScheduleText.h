// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace planner {

struct BusinessProcess;

/// A duration for people: "5 h 15 min", "4 h", "45 min".
QString durationText(int minutes);

/// A process with its peaks: "Card payments (Mon-Fri 08:00-18:00)".
QString processPeakText(const BusinessProcess &process);

} // namespace planner
