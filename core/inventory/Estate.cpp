// SPDX-License-Identifier: GPL-3.0-or-later
#include "Estate.h"

#include <QRegularExpression>

namespace planner {

namespace {

bool sameVersions(const QList<Version> &a, const QList<Version> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].text() != b[i].text())
            return false;
    return true;
}

} // namespace

int Component::minutes(Phase phase) const
{
    if (const auto &m = durations[phase])
        return *m;
    return defaultDurations(kind)[size_t(phase)];
}

bool operator==(const Component &a, const Component &b)
{
    // Versions compare by text here: "11.2" and "11.2.0" are equal versions but not equal data.
    const auto targetText = [](const Component &c) {
        return c.target ? c.target->text() : QString();
    };
    return a.id == b.id && a.name == b.name && a.kind == b.kind && a.product == b.product
           && a.version.text() == b.version.text() && a.target.has_value() == b.target.has_value()
           && targetText(a) == targetText(b) && a.site == b.site && a.owner == b.owner
           && a.criticality == b.criticality && a.durations == b.durations
           && a.reversible == b.reversible && a.backup == b.backup && a.roles == b.roles
           && a.externalId == b.externalId;
}

bool operator==(const CatalogEntry &a, const CatalogEntry &b)
{
    return a.product == b.product && sameVersions(a.releases, b.releases)
           && sameVersions(a.stops, b.stops) && a.when == b.when && a.requirements == b.requirements
           && a.support == b.support;
}

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._:-]+$"));
    return pattern.match(id).hasMatch();
}

const Component *Estate::find(const QString &id) const
{
    const int row = indexOf(id);
    return row < 0 ? nullptr : &m_components[row];
}

bool Estate::appendComponent(Component component)
{
    // One hash lookup, not two: loading a project appends every component through here.
    const qsizetype before = m_index.size();
    int &row = m_index[component.id];
    if (m_index.size() == before)
        return false; // the id is in use; its row is untouched
    row = int(m_components.size());
    m_components.append(std::move(component));
    return true;
}

bool Estate::insertComponent(int row, Component component)
{
    if (m_index.contains(component.id) || row < 0 || row > m_components.size())
        return false;
    m_components.insert(row, std::move(component));
    reindexFrom(row);
    return true;
}

void Estate::removeComponent(int row)
{
    m_index.remove(m_components[row].id);
    m_components.removeAt(row);
    reindexFrom(row);
}

bool Estate::replaceComponent(int row, Component component)
{
    const QString oldId = m_components[row].id;
    if (component.id != oldId) {
        if (m_index.contains(component.id))
            return false;
        m_index.remove(oldId);
        m_index.insert(component.id, row);
    }
    m_components[row] = std::move(component);
    return true;
}

void Estate::appendDependency(Dependency dependency)
{
    m_dependencies.append(std::move(dependency));
}

void Estate::insertDependency(int row, Dependency dependency)
{
    m_dependencies.insert(row, std::move(dependency));
}

void Estate::removeDependency(int row)
{
    m_dependencies.removeAt(row);
}

void Estate::replaceDependency(int row, Dependency dependency)
{
    m_dependencies[row] = std::move(dependency);
}

QList<int> Estate::dependenciesTouching(const QString &id) const
{
    QList<int> rows;
    for (int i = 0; i < m_dependencies.size(); ++i)
        if (m_dependencies[i].from == id || m_dependencies[i].to == id)
            rows.append(i);
    return rows;
}

void Estate::clearComponentsAndDependencies()
{
    m_components.clear();
    m_index.clear();
    m_dependencies.clear();
}

void Estate::dropStalePositions()
{
    for (auto it = manualPositions.begin(); it != manualPositions.end();)
        it = m_index.contains(it.key()) ? std::next(it) : manualPositions.erase(it);
}

void Estate::reserve(int components, int dependencies)
{
    m_components.reserve(components);
    m_index.reserve(components);
    m_dependencies.reserve(dependencies);
}

void Estate::reindexFrom(int row)
{
    for (int i = row; i < m_components.size(); ++i)
        m_index.insert(m_components[i].id, i);
}

bool operator==(const Estate &a, const Estate &b)
{
    return a.project == b.project && a.sites == b.sites && a.catalog == b.catalog
           && a.windows == b.windows && a.freezes == b.freezes && a.processes == b.processes
           && a.staff == b.staff && a.waivers == b.waivers && a.pins == b.pins
           && a.scenarios == b.scenarios && a.manualPositions == b.manualPositions
           && a.records == b.records && a.m_components == b.m_components
           && a.m_dependencies == b.m_dependencies;
}

} // namespace planner
