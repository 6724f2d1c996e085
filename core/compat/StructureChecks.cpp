// SPDX-License-Identifier: GPL-3.0-or-later
// The estate's structure: references to things that do not exist, and dependency cycles.
#include "CheckContext.h"
#include "StrongComponents.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <deque>

namespace planner::compat {

void checkUnknownReferences(const CheckContext &context)
{
    const Estate &estate = context.estate;
    const auto error = Conflict::Severity::Error;
    const auto warning = Conflict::Severity::Warning;
    const auto current = Conflict::State::Current;
    using conflicttype::unknownReference;

    for (int row = 0; row < estate.dependencyCount(); ++row) {
        const Dependency &d = estate.dependency(row);
        const auto [from, to] = context.checker.dependencyEnds(row);
        const bool fromKnown = from >= 0;
        const bool toKnown = to >= 0;
        if (fromKnown && toKnown)
            continue;
        QStringList known;
        QStringList missing;
        (fromKnown ? known : missing) << d.from;
        (toKnown ? known : missing) << d.to;
        const QString message
            = missing.size() == 1
                  ? tr("The dependency %1 -> %2 names %3, which is not a component of the estate")
                        .arg(d.from, d.to, missing.first())
                  : tr("The dependency %1 -> %2 names two components that the estate does not "
                       "have")
                        .arg(d.from, d.to);
        context.add(unknownReference, error, current, known, message,
                    QStringLiteral("dependency:%1>%2").arg(d.from, d.to));
    }

    for (const BusinessProcess &p : estate.processes)
        for (const QString &id : p.uses)
            if (estate.indexOf(id) < 0)
                context.add(unknownReference, error, current, {},
                            tr("The business process %1 (%2) uses %3, which is not a component "
                               "of the estate")
                                .arg(p.id, p.name, id),
                            QStringLiteral("process:%1>%2").arg(p.id, id));

    // One conflict per unknown site, naming the components placed there.
    QSet<QString> sites;
    for (const Site &s : estate.sites)
        sites.insert(s.id);
    QMap<QString, QStringList> unknownSites;
    QSet<QString> products;
    for (const Component &c : estate.components()) {
        if (!c.site.isEmpty() && !sites.contains(c.site))
            unknownSites[c.site].append(c.id);
        products.insert(c.product);
    }
    for (auto it = unknownSites.cbegin(); it != unknownSites.cend(); ++it) {
        const QStringList &ids = it.value();
        const QString named = ids.size() <= 5
                                  ? listText(ids)
                                  : tr("%1 and %n more", nullptr, static_cast<int>(ids.size()) - 3)
                                        .arg(ids.mid(0, 3).join(QStringLiteral(", ")));
        const QString message
            = ids.size() == 1
                  ? tr("Site %1 is not among the estate's sites, yet %2 is placed there")
                  : tr("Site %1 is not among the estate's sites, yet %2 are placed there");
        context.add(unknownReference, warning, current, ids, message.arg(it.key(), named),
                    QStringLiteral("site:%1").arg(it.key()));
    }

    // A catalog rule about a product that no component runs and no catalog entry describes
    // is most likely a misspelling.
    QSet<QString> reported;
    for (const CatalogRule &rule : context.checker.catalog().rules()) {
        if (products.contains(rule.requiredProduct)
            || context.checker.catalog().product(rule.requiredProduct))
            continue;
        const QString subject = QStringLiteral("catalog:%1>%2")
                                    .arg(rule.subject(), rule.requiredProduct);
        if (reported.contains(subject))
            continue;
        reported.insert(subject);
        context.add(unknownReference, warning, current, {},
                    tr("The catalog rule for %1 requires product %2, which no component runs "
                       "and the catalog does not describe")
                        .arg(rule.subject(), rule.requiredProduct),
                    subject);
    }
}

namespace {

// A shortest way round the cycle through the first member, within its component.
QStringList cycleWalk(const Estate &estate, const std::vector<std::vector<int>> &out,
                      const std::vector<int> &component, int id, int start)
{
    std::vector<int> parent(out.size(), -2);
    std::deque<int> queue{start};
    parent[size_t(start)] = -1;
    int last = -1;
    while (!queue.empty() && last < 0) {
        const int u = queue.front();
        queue.pop_front();
        for (int v : out[size_t(u)]) {
            if (component[size_t(v)] != id)
                continue;
            if (v == start) {
                last = u;
                break;
            }
            if (parent[size_t(v)] == -2) {
                parent[size_t(v)] = u;
                queue.push_back(v);
            }
        }
    }
    QStringList walk;
    for (int u = last; u >= 0; u = parent[size_t(u)])
        walk.prepend(estate.component(u).id);
    walk.append(estate.component(start).id);
    return walk;
}

} // namespace

void checkCycles(const CheckContext &context)
{
    const Estate &estate = context.estate;
    const int n = estate.componentCount();
    std::vector<bool> selfLoop(static_cast<size_t>(n), false);
    std::vector<std::pair<int, int>> edges;
    edges.reserve(size_t(estate.dependencyCount()));
    for (int row = 0; row < estate.dependencyCount(); ++row) {
        const auto [from, to] = context.checker.dependencyEnds(row);
        if (from < 0 || to < 0)
            continue;
        if (from == to)
            selfLoop[size_t(from)] = true;
        else
            edges.emplace_back(from, to);
    }
    if (edges.empty() && std::find(selfLoop.begin(), selfLoop.end(), true) == selfLoop.end())
        return;
    int count = 0;
    const std::vector<int> component = strongComponents(n, edges, &count);
    std::vector<std::vector<int>> members(static_cast<size_t>(count));
    for (int v = 0; v < n; ++v)
        members[size_t(component[size_t(v)])].push_back(v);

    // Report in the order of each cycle's first member in the estate.
    std::vector<int> order;
    for (int id = 0; id < count; ++id)
        if (members[size_t(id)].size() > 1 || selfLoop[size_t(members[size_t(id)].front())])
            order.push_back(id);
    if (order.empty())
        return;
    std::sort(order.begin(), order.end(), [&members](int a, int b) {
        return members[size_t(a)].front() < members[size_t(b)].front();
    });

    std::vector<std::vector<int>> out(static_cast<size_t>(n));
    for (const auto &[from, to] : edges)
        out[size_t(from)].push_back(to);

    for (int id : order) {
        const std::vector<int> &rows = members[size_t(id)];
        QStringList ids;
        for (int row : rows)
            ids << estate.component(row).id;
        QStringList sorted = ids;
        sorted.sort();
        QString message;
        if (rows.size() == 1) {
            message = tr("%1 depends on itself").arg(ids.first());
        } else {
            const QStringList walk = cycleWalk(estate, out, component, id, rows.front());
            message = rows.size() <= 8
                          ? tr("%1 depend on each other in a cycle: %2")
                                .arg(listText(ids), walk.join(QStringLiteral(" -> ")))
                          : tr("%n components depend on each other in a cycle, for example %1",
                               nullptr, int(rows.size()))
                                .arg(walk.join(QStringLiteral(" -> ")));
            message += tr("; none of them can be upgraded strictly after the others");
        }
        context.add(conflicttype::dependencyCycle, Conflict::Severity::Warning,
                    Conflict::State::Current, ids, message, sorted.join(u','));
    }
}

} // namespace planner::compat
