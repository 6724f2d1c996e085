// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstateMerge.h"

#include <QHash>
#include <QSet>

namespace planner {

namespace {

QString versionText(const std::optional<Version> &v)
{
    return v ? v->text() : QString();
}

/// Takes the fields @p incoming carries and has a value for into @p c; records each change.
void update(Component &c, const Component &in, ComponentFields fields, QList<FieldChange> &changes)
{
    const auto text = [&](ComponentField f, const char *name, QString &mine, const QString &theirs) {
        if (carries(fields, f) && !theirs.isEmpty() && mine != theirs) {
            changes.append({c.id, QString::fromLatin1(name), mine, theirs});
            mine = theirs;
        }
    };
    text(ComponentField::Name, "name", c.name, in.name);
    text(ComponentField::Product, "product", c.product, in.product);
    text(ComponentField::Site, "site", c.site, in.site);
    text(ComponentField::Owner, "owner", c.owner, in.owner);
    text(ComponentField::ExternalId, "externalId", c.externalId, in.externalId);
    if (carries(fields, ComponentField::Kind) && c.kind != in.kind) {
        changes.append({c.id, QStringLiteral("kind"), kindName(c.kind), kindName(in.kind)});
        c.kind = in.kind;
    }
    if (carries(fields, ComponentField::Criticality) && c.criticality != in.criticality) {
        changes.append({c.id, QStringLiteral("criticality"), criticalityName(c.criticality),
                        criticalityName(in.criticality)});
        c.criticality = in.criticality;
    }
    // Versions compare as text: "11.2" -> "11.2.0" is what the source now says.
    if (carries(fields, ComponentField::Version) && !in.version.isNull()
        && c.version.text() != in.version.text()) {
        changes.append({c.id, QStringLiteral("version"), c.version.text(), in.version.text()});
        c.version = in.version;
    }
    if (carries(fields, ComponentField::Target) && in.target
        && versionText(c.target) != in.target->text()) {
        changes.append({c.id, QStringLiteral("target"), versionText(c.target), in.target->text()});
        c.target = in.target;
    }
}

/// Appends to @p mine the items of @p theirs whose key is not among @p mine's; names each.
template<typename T, typename Key>
void addMissing(QList<T> &mine, const QList<T> &theirs, Key key, const QString &what,
                QStringList &added)
{
    QSet<QString> have;
    for (const T &item : std::as_const(mine))
        have.insert(key(item));
    for (const T &item : theirs) {
        const QString k = key(item);
        if (have.contains(k))
            continue;
        have.insert(k);
        mine.append(item);
        added.append(what + u' ' + k);
    }
}

} // namespace

MergeResult mergeEstate(const Estate &project, const Imported &incoming, const MergeOptions &options)
{
    MergeResult result;
    Estate &out = result.estate;
    out = project;
    MergeReport &report = result.report;
    const Estate &in = incoming.estate;

    // Match by external id first (a source's own key survives a rename here), then by id.
    QHash<QString, int> byExternal;
    for (int row = 0; row < project.componentCount(); ++row)
        if (const QString &key = project.component(row).externalId; !key.isEmpty())
            byExternal.insert(key, row);
    QHash<QString, QString> idOf; // incoming id -> project id
    QSet<int> matched;
    for (const Component &c : in.components()) {
        int row = c.externalId.isEmpty() ? -1 : byExternal.value(c.externalId, -1);
        if (row < 0)
            row = project.indexOf(c.id);
        if (row >= 0 && matched.contains(row))
            row = -1; // two incoming items for one project component: the second is new
        if (row < 0) {
            Component added = c;
            // An id the project uses for another component (not matched): make it unique.
            if (out.indexOf(added.id) >= 0) {
                const QString base = added.id;
                for (int n = 2; out.indexOf(added.id) >= 0; ++n)
                    added.id = base + u'-' + QString::number(n);
            }
            idOf.insert(c.id, added.id);
            report.added.append(added.id);
            out.appendComponent(std::move(added));
            continue;
        }
        matched.insert(row);
        Component mine = out.component(row);
        idOf.insert(c.id, mine.id);
        const qsizetype before = report.changed.size();
        update(mine, c, incoming.fields, report.changed);
        if (report.changed.size() == before)
            ++report.unchanged;
        else
            out.replaceComponent(row, std::move(mine));
    }
    for (int row = 0; row < project.componentCount(); ++row)
        if (!matched.contains(row))
            report.missing.append(project.component(row).id);

    // Dependencies, with the incoming ends in the project's ids.
    QHash<QString, int> dependencyRow; // "from\nto\ntype" -> row in out
    const auto keyOf = [](const QString &from, const QString &to, const QString &type) {
        return from + u'\n' + to + u'\n' + type;
    };
    for (int row = 0; row < out.dependencyCount(); ++row) {
        const Dependency &d = out.dependency(row);
        dependencyRow.insert(keyOf(d.from, d.to, d.type), row);
    }
    QSet<int> seenDependencies;
    for (const Dependency &d : in.dependencies()) {
        Dependency mapped = d;
        mapped.from = idOf.value(d.from, d.from);
        mapped.to = idOf.value(d.to, d.to);
        const QString key = keyOf(mapped.from, mapped.to, mapped.type);
        const int row = dependencyRow.value(key, -1);
        if (row < 0) {
            dependencyRow.insert(key, out.dependencyCount());
            seenDependencies.insert(out.dependencyCount());
            out.appendDependency(std::move(mapped));
            ++report.dependenciesAdded;
            continue;
        }
        seenDependencies.insert(row);
        const Dependency &mine = out.dependency(row);
        if (mapped.requirement
            && (!mine.requirement || mine.requirement->text() != mapped.requirement->text())) {
            Dependency changed = mine;
            changed.requirement = mapped.requirement;
            out.replaceDependency(row, std::move(changed));
            ++report.dependenciesChanged;
        }
    }
    // A dependency between two components the import knows, which the import does not list.
    const QSet<QString> known(idOf.cbegin(), idOf.cend());
    for (int row = 0; row < project.dependencyCount(); ++row) {
        const Dependency &d = project.dependency(row);
        if (!seenDependencies.contains(row) && known.contains(d.from) && known.contains(d.to))
            report.dependenciesMissing.append({d.from, d.to, d.type});
    }

    // A whole estate brings its other sections; what the project has of them stays.
    if (incoming.wholeEstate) {
        addMissing(
            out.sites, in.sites, [](const Site &s) { return s.id; }, QStringLiteral("site"),
            report.sectionsAdded);
        addMissing(
            out.windows, in.windows, [](const MaintenanceWindow &w) { return w.id; },
            QStringLiteral("window"), report.sectionsAdded);
        addMissing(
            out.processes, in.processes, [](const BusinessProcess &p) { return p.id; },
            QStringLiteral("process"), report.sectionsAdded);
        addMissing(
            out.staff, in.staff, [](const StaffMember &s) { return s.name; },
            QStringLiteral("staff"), report.sectionsAdded);
        addMissing(
            out.freezes, in.freezes,
            [](const Freeze &f) {
                return f.days.start.toString(Qt::ISODate) + QStringLiteral("..")
                       + f.days.end.toString(Qt::ISODate);
            },
            QStringLiteral("freeze"), report.sectionsAdded);
        addMissing(
            out.waivers, in.waivers, [](const Waiver &w) { return w.conflict; },
            QStringLiteral("waiver"), report.sectionsAdded);
        // Catalog entries are rules: a product the project has no rules for takes the import's.
        QSet<QString> products;
        for (const CatalogEntry &e : std::as_const(out.catalog))
            products.insert(e.product);
        QSet<QString> addedProducts;
        for (const CatalogEntry &e : in.catalog) {
            if (products.contains(e.product))
                continue;
            out.catalog.append(e);
            if (!addedProducts.contains(e.product)) {
                addedProducts.insert(e.product);
                report.sectionsAdded.append(QStringLiteral("catalog ") + e.product);
            }
        }
    } else {
        // Sites the imported components name (a CMDB's locations).
        addMissing(
            out.sites, in.sites, [](const Site &s) { return s.id; }, QStringLiteral("site"),
            report.sectionsAdded);
    }

    // Removals, as confirmed: the components (with their dependencies), then the dependencies.
    QStringList toRemove;
    if (options.removeMissing)
        toRemove = report.missing;
    else
        for (const QString &id : options.remove)
            if (report.missing.contains(id))
                toRemove.append(id);
    if (!toRemove.isEmpty()) {
        const QSet<QString> gone(toRemove.cbegin(), toRemove.cend());
        Estate kept;
        kept.project = out.project;
        kept.sites = out.sites;
        kept.catalog = out.catalog;
        kept.windows = out.windows;
        kept.freezes = out.freezes;
        kept.processes = out.processes;
        kept.staff = out.staff;
        kept.waivers = out.waivers;
        kept.pins = out.pins;
        kept.records = out.records;
        kept.reserve(out.componentCount() - int(gone.size()), out.dependencyCount());
        for (const Component &c : out.components())
            if (!gone.contains(c.id))
                kept.appendComponent(c);
        for (const Dependency &d : out.dependencies())
            if (!gone.contains(d.from) && !gone.contains(d.to))
                kept.appendDependency(d);
        for (auto it = out.manualPositions.cbegin(); it != out.manualPositions.cend(); ++it)
            if (!gone.contains(it.key()))
                kept.manualPositions.insert(it.key(), it.value());
        out = std::move(kept);
        report.removed = toRemove;
    }
    if (options.removeMissing && !report.dependenciesMissing.isEmpty()) {
        QSet<QString> gone;
        for (const DependencyKey &k : std::as_const(report.dependenciesMissing))
            gone.insert(keyOf(k.from, k.to, k.type));
        for (int row = out.dependencyCount() - 1; row >= 0; --row) {
            const Dependency &d = out.dependency(row);
            if (gone.contains(keyOf(d.from, d.to, d.type)))
                out.removeDependency(row);
        }
        report.dependenciesRemoved = report.dependenciesMissing;
    }
    return result;
}

} // namespace planner
