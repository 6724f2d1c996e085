// SPDX-License-Identifier: GPL-3.0-or-later
// The calendar sections of the interchange JSON: windows, freezes, processes and staff.
#include "EstateJsonReaderPrivate.h"

#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace planner::estate_json_detail {

// The calendar sections read what is written; the rules every door keeps (CalendarRules)
// then judge the whole section, and the first problem stops the reading at its path.
void Reader::readWindows(const JsonField &f)
{
    forEachObject(f, [&](const JsonValue &o, const JsonPath &path) {
        m_in.checkMembers(o, path,
                          {"id"_L1, "start"_L1, "end"_L1, "repeatWeekly"_L1, "parallel"_L1});
        MaintenanceWindow w;
        w.id = JsonInput::string(JsonInput::field(o, "id"_L1, path));
        w.start = JsonInput::localTime(JsonInput::field(o, "start"_L1, path));
        w.end = JsonInput::localTime(JsonInput::field(o, "end"_L1, path));
        if (const JsonField r = JsonInput::field(o, "repeatWeekly"_L1, path); r.present())
            w.repeatWeekly = JsonInput::integer(r, INT_MIN, INT_MAX);
        if (const JsonField p = JsonInput::field(o, "parallel"_L1, path); p.present())
            w.parallel = JsonInput::integer(p, INT_MIN, INT_MAX);
        m_estate.windows.append(std::move(w));
    });
    enforce(checkWindows(m_estate.windows, placeIn(f.path)), f.path);
}

DateRange Reader::readDateRange(const JsonValue &o, const JsonPath &path)
{
    DateRange range;
    range.start = JsonInput::date(JsonInput::field(o, "start"_L1, path));
    range.end = JsonInput::date(JsonInput::field(o, "end"_L1, path));
    return range;
}

void Reader::readFreezes(const JsonField &f)
{
    forEachObject(f, [&](const JsonValue &o, const JsonPath &path) {
        m_in.checkMembers(o, path, {"start"_L1, "end"_L1, "reason"_L1});
        Freeze freeze;
        freeze.days = readDateRange(o, path);
        if (const JsonField r = JsonInput::field(o, "reason"_L1, path); r.present())
            freeze.reason = JsonInput::string(r);
        m_estate.freezes.append(std::move(freeze));
    });
    enforce(checkFreezes(m_estate.freezes), f.path);
}

void Reader::readProcesses(const JsonField &f)
{
    forEachObject(f, [&](const JsonValue &o, const JsonPath &path) {
        m_in.checkMembers(o, path,
                          {"id"_L1, "name"_L1, "criticality"_L1, "uses"_L1, "peak"_L1,
                           "category"_L1, "userGroups"_L1, "externalCustomers"_L1,
                           "serviceLevel"_L1, "maxOutageMinutes"_L1});
        BusinessProcess process;
        process.id = JsonInput::string(JsonInput::field(o, "id"_L1, path));
        if (const JsonField n = JsonInput::field(o, "name"_L1, path); n.present())
            process.name = JsonInput::string(n);
        if (const JsonField c = JsonInput::field(o, "criticality"_L1, path); c.present())
            process.criticality = JsonInput::criticality(c);
        if (const JsonField u = JsonInput::field(o, "uses"_L1, path); u.present())
            process.uses = texts(u);
        if (const JsonField peaks = JsonInput::field(o, "peak"_L1, path); peaks.present()) {
            forEachObject(peaks, [&](const JsonValue &po, const JsonPath &pp) {
                m_in.checkMembers(po, pp, {"days"_L1, "from"_L1, "to"_L1});
                Peak peak;
                peak.days = JsonInput::days(JsonInput::field(po, "days"_L1, pp));
                peak.from = JsonInput::clockTime(JsonInput::field(po, "from"_L1, pp));
                peak.to = JsonInput::clockTime(JsonInput::field(po, "to"_L1, pp));
                process.peaks.append(peak);
            });
        }
        if (const JsonField c = JsonInput::field(o, "category"_L1, path); c.present())
            process.category = JsonInput::string(c);
        if (const JsonField g = JsonInput::field(o, "userGroups"_L1, path); g.present())
            process.userGroups = texts(g);
        if (const JsonField e = JsonInput::field(o, "externalCustomers"_L1, path); e.present())
            process.externalCustomers = JsonInput::boolean(e);
        if (const JsonField s = JsonInput::field(o, "serviceLevel"_L1, path); s.present())
            process.serviceLevel = JsonInput::string(s);
        if (const JsonField m = JsonInput::field(o, "maxOutageMinutes"_L1, path); m.present())
            process.maxOutageMinutes = JsonInput::integer(m, INT_MIN, maxMinutes);
        m_estate.processes.append(std::move(process));
    });
    enforce(checkProcesses(m_estate.processes, placeIn(f.path)), f.path);
}

void Reader::readStaff(const JsonField &f)
{
    forEachObject(f, [&](const JsonValue &o, const JsonPath &path) {
        m_in.checkMembers(o, path, {"name"_L1, "roles"_L1, "unavailable"_L1});
        StaffMember member;
        member.name = JsonInput::string(JsonInput::field(o, "name"_L1, path));
        if (const JsonField r = JsonInput::field(o, "roles"_L1, path); r.present())
            member.roles = texts(r);
        if (const JsonField u = JsonInput::field(o, "unavailable"_L1, path); u.present()) {
            forEachObject(u, [&](const JsonValue &uo, const JsonPath &up) {
                m_in.checkMembers(uo, up, {"start"_L1, "end"_L1});
                member.unavailable.append(readDateRange(uo, up));
            });
        }
        m_estate.staff.append(std::move(member));
    });
    enforce(checkStaff(m_estate.staff), f.path);
}

} // namespace planner::estate_json_detail
