// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/exchange: the reader of the estate interchange JSON. Its sections are read in
// EstateJsonReader.cpp, the calendar's (windows, freezes, processes, staff) in
// EstateJsonCalendarReader.cpp.

#include "JsonInput.h"
#include "inventory/CalendarRules.h"
#include "inventory/Estate.h"

#include <QCoreApplication>
#include <QHash>

#include <climits>
#include <utility>

namespace planner::estate_json_detail {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(EstateJson)
};

inline constexpr int maxMinutes = INT_MAX;

// Reads one document section by section; JsonInput throws at the first problem.
class Reader
{
public:
    explicit Reader(QStringList *warnings)
        : m_in(warnings)
    {
    }

    Estate read(const JsonValue &root);
    /// One scenario alone, as writeScenarioJson gives it.
    Scenario readOneScenario(const JsonValue &root) { return readScenario(root, JsonPath()); }

private:
    // Each element of the array at f, as an object, with its path.
    template<typename Fn>
    void forEachObject(const JsonField &f, Fn &&fn)
    {
        qsizetype i = 0;
        const JsonValue items = JsonInput::array(f);
        for (JsonValue item = items.first(); !item.isUndefined(); item = item.next()) {
            const JsonPath path = f.path.at(i++);
            fn(JsonInput::object({item, path}), path);
        }
    }

    // Remembers the id's position in its section; a second use is an error.
    static void claimId(QHash<QString, qsizetype> &seen, const QString &id, qsizetype index,
                        const JsonField &idField, const JsonPath &section)
    {
        const auto it = seen.constFind(id);
        if (it != seen.constEnd())
            JsonInput::fail(idField.path, Tr::tr("duplicate id '%1' (first used at %2)")
                                              .arg(id, section.at(*it).text()));
        seen.insert(id, index);
    }

    // An array of strings as written, empty ones too: the calendar rules judge them.
    static QStringList texts(const JsonField &f)
    {
        QStringList out;
        const JsonValue items = JsonInput::array(f);
        out.reserve(items.size());
        qsizetype i = 0;
        for (JsonValue item = items.first(); !item.isUndefined(); item = item.next())
            out.append(JsonInput::string({item, f.path.at(i++)}));
        return out;
    }

    // The items of the section at @p section named by their paths ("windows[0]").
    static PlaceNamer placeIn(const JsonPath &section)
    {
        return [&section](qsizetype index) { return section.at(index).text(); };
    }

    // Stops at the first broken calendar rule (CalendarRules), at its path in the section.
    static void enforce(const RuleProblems &problems, const JsonPath &section)
    {
        if (problems.isEmpty())
            return;
        const RuleProblem &p = problems.constFirst();
        throw JsonReadFailure{Error{section.at(p.item).text() + u'.' + p.field, p.what}};
    }

    void readFormat(const JsonValue &root, const JsonPath &path);
    void readProject(const JsonField &f);
    void readSites(const JsonField &f);
    void readComponents(const JsonField &f);
    Component readComponent(const JsonValue &o, const JsonPath &path);
    void readDurations(const JsonField &f, PhaseDurations &durations);
    void readDependencies(const JsonField &f);
    void readCatalog(const JsonField &f);
    void readWindows(const JsonField &f);
    void readFreezes(const JsonField &f);
    void readProcesses(const JsonField &f);
    void readStaff(const JsonField &f);
    DateRange readDateRange(const JsonValue &o, const JsonPath &path);
    void readWaivers(const JsonField &f);
    void readPins(const JsonField &f);
    void readLayout(const JsonField &f);
    void readScenarios(const JsonField &f);
    Scenario readScenario(const JsonValue &o, const JsonPath &path);

    // Reads a section of a scenario with the reader of the estate's own section @p fn: the
    // same fields and rules, into a list of its own.
    template<typename T>
    QList<T> readScenarioSection(QList<T> Estate::*section, void (Reader::*fn)(const JsonField &),
                                 const JsonField &f)
    {
        QList<T> saved = std::exchange(m_estate.*section, {});
        (this->*fn)(f);
        return std::exchange(m_estate.*section, std::move(saved));
    }

    // The id string of the component named @p id, so that a dependency's `from` shares it;
    // @p id itself when no component has it (a conflict reported later, not a reading error).
    // Dependencies usually come grouped by `from` in component order: the component after the
    // last one found is tried before a lookup by id, which costs cache misses in a large estate.
    QString fromId(const QString &id)
    {
        if (m_fromRow >= 0 && m_estate.component(m_fromRow).id == id)
            return m_estate.component(m_fromRow).id;
        if (m_fromRow + 1 < m_estate.componentCount() && m_estate.component(m_fromRow + 1).id == id)
            return m_estate.component(++m_fromRow).id;
        const int row = m_estate.indexOf(id);
        if (row < 0)
            return id;
        m_fromRow = row;
        return m_estate.component(row).id;
    }

    int m_fromRow = -1;
    JsonInput m_in;
    Estate m_estate;
};

} // namespace planner::estate_json_detail
