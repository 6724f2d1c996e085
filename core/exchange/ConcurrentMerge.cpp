// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConcurrentMerge.h"

#include "EstateDiff.h"
#include "EstateJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConcurrentMerge)
};

template<typename T>
bool same(const T *a, const T *b)
{
    if (!a || !b)
        return a == b;
    return *a == *b;
}

/// The elements of one side of a list, by key, in their order.
template<typename T>
struct Keyed
{
    QStringList order;
    QHash<QString, const T *> items;

    void add(const QString &key, const T *item)
    {
        order.append(key);
        items.insert(key, item);
    }
};

/// Merges one list element by element; what each element becomes, in the other save's order
/// with this copy's additions after it. @p json renders an element for a conflict.
class Merger
{
public:
    Merger(const ConflictChoices &choices, ConcurrentMerge &out)
        : m_choices(choices)
        , m_out(out)
    {
    }

    /// Settles one element or field: the value that stands (null/undefined: absent).
    template<typename T, typename Render>
    const T *settle(const QString &section, const QString &item, const QString &field, const T *b,
                    const T *m, const T *t, Render render)
    {
        if (same(m, t))
            return m;
        if (same(b, m)) {
            ++m_out.theirsKept;
            return t;
        }
        if (same(b, t)) {
            ++m_out.mineKept;
            return m;
        }
        EditConflict conflict{section, item, field, render(b), render(m), render(t), false};
        return decide(std::move(conflict)) == Choice::Mine ? m : t;
    }

    Choice decide(EditConflict conflict)
    {
        const auto chosen = m_choices.constFind(conflict.key());
        m_out.conflicts.append(conflict);
        if (chosen == m_choices.cend()) {
            m_out.undecided.append(conflict);
            return Choice::Theirs; // stands until the user chooses; nothing is saved meanwhile
        }
        return *chosen;
    }

    template<typename T, typename Render>
    QList<const T *> list(const QString &section, const QString &field, const Keyed<T> &b,
                          const Keyed<T> &m, const Keyed<T> &t, Render render)
    {
        QStringList keys = t.order;
        for (const QString &key : m.order)
            if (!t.items.contains(key))
                keys.append(key);
        QList<const T *> result;
        result.reserve(keys.size());
        for (const QString &key : std::as_const(keys))
            if (const T *kept = settle(section, key, field, b.items.value(key), m.items.value(key),
                                       t.items.value(key), render))
                result.append(kept);
        return result;
    }

    /// A JSON value of the sections besides the graph: objects outside list elements field by
    /// field, lists whose elements have ids element by element, anything else as a whole.
    QJsonValue json(const QString &section, const QString &field, const QJsonValue &b,
                    const QJsonValue &m, const QJsonValue &t)
    {
        if (m == t)
            return m;
        if (m == b) {
            ++m_out.theirsKept;
            return t;
        }
        if (t == b) {
            ++m_out.mineKept;
            return m;
        }
        const auto objectOrNone = [](const QJsonValue &v) {
            return v.isObject() || v.isUndefined();
        };
        if (objectOrNone(b) && objectOrNone(m) && objectOrNone(t)) {
            QJsonObject merged;
            const QJsonObject ob = b.toObject(), om = m.toObject(), ot = t.toObject();
            QStringList keys = ot.keys();
            for (const QString &key : om.keys() + ob.keys())
                if (!keys.contains(key))
                    keys.append(key);
            for (const QString &key : std::as_const(keys)) {
                const QJsonValue v = json(section, field.isEmpty() ? key : field + u'.' + key,
                                          ob.value(key), om.value(key), ot.value(key));
                if (!v.isUndefined())
                    merged.insert(key, v);
            }
            return merged;
        }
        const QString idKey = listElementKey({b, m, t});
        if (!idKey.isEmpty()) {
            // The elements copied out first: a QJsonArray hands out values, not references.
            QList<QJsonValue> vb, vm, vt;
            Keyed<QJsonValue> kb, km, kt;
            const auto fill = [&idKey](QList<QJsonValue> &values, Keyed<QJsonValue> &k,
                                       const QJsonValue &side) {
                const QJsonArray a = side.toArray();
                values = QList<QJsonValue>(a.begin(), a.end());
                for (const QJsonValue &v : std::as_const(values))
                    k.add(v.toObject().value(idKey).toString(), &v);
            };
            fill(vb, kb, b);
            fill(vm, km, m);
            fill(vt, kt, t);
            QJsonArray merged;
            for (const QJsonValue *v : list(section, field, kb, km, kt, renderJson))
                merged.append(*v);
            return merged;
        }
        const QJsonValue *kept = settleWhole(section, field, b, m, t);
        return kept ? *kept : QJsonValue(QJsonValue::Undefined);
    }

private:
    static QString renderJson(const QJsonValue *v) { return v ? compactJson(*v) : QString(); }

    const QJsonValue *settleWhole(const QString &section, const QString &field, const QJsonValue &b,
                                  const QJsonValue &m, const QJsonValue &t)
    {
        const auto ptr = [](const QJsonValue &v) { return v.isUndefined() ? nullptr : &v; };
        EditConflict conflict{section,
                              {},
                              field,
                              renderJson(ptr(b)),
                              renderJson(ptr(m)),
                              renderJson(ptr(t)),
                              false};
        return decide(std::move(conflict)) == Choice::Mine ? ptr(m) : ptr(t);
    }

    const ConflictChoices &m_choices;
    ConcurrentMerge &m_out;
};

Keyed<Component> componentsOf(const Estate &estate)
{
    Keyed<Component> keyed;
    keyed.order.reserve(estate.componentCount());
    keyed.items.reserve(estate.componentCount());
    for (const Component &c : estate.components())
        keyed.add(c.id, &c);
    return keyed;
}

/// Each dependency by its ends and type; a second one with the same ends and type is "#2".
Keyed<Dependency> dependenciesOf(const Estate &estate)
{
    Keyed<Dependency> keyed;
    keyed.order.reserve(estate.dependencyCount());
    keyed.items.reserve(estate.dependencyCount());
    for (const Dependency &d : estate.dependencies()) {
        QString key = dependencyKey(d);
        if (keyed.items.contains(key)) {
            int n = 2;
            while (keyed.items.contains(key + QStringLiteral(" #%1").arg(n)))
                ++n;
            key += QStringLiteral(" #%1").arg(n);
        }
        keyed.add(key, &d);
    }
    return keyed;
}

QString renderComponent(const Component *c)
{
    return c ? compactJson(componentJson(*c)) : QString();
}

QString renderDependency(const Dependency *d)
{
    return d ? compactJson(dependencyJson(*d)) : QString();
}

/// The field-by-field changes from @p before to @p after, in words.
QString summarise(const QString &before, const QString &after)
{
    if (before == after)
        return Tr::tr("left it as it was");
    if (after.isEmpty())
        return Tr::tr("removed it");
    if (before.isEmpty())
        return Tr::tr("added it as %1").arg(after);
    const QJsonDocument a = QJsonDocument::fromJson(before.toUtf8());
    const QJsonDocument b = QJsonDocument::fromJson(after.toUtf8());
    if (!a.isObject() || !b.isObject())
        return Tr::tr("changed it from %1 to %2").arg(before, after);
    const QJsonObject oa = a.object(), ob = b.object();
    QStringList keys = ob.keys();
    for (const QString &key : oa.keys())
        if (!ob.contains(key))
            keys.append(key);
    QStringList parts;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue va = oa.value(key), vb = ob.value(key);
        if (va == vb)
            continue;
        const QString from = va.isUndefined() ? Tr::tr("(none)") : compactJson(va);
        const QString to = vb.isUndefined() ? Tr::tr("(none)") : compactJson(vb);
        parts << QStringLiteral("%1 %2 → %3").arg(key, from, to);
    }
    return Tr::tr("changed %1").arg(parts.join(QStringLiteral(", ")));
}

} // namespace

QString EditConflict::key() const
{
    const QChar separator(0x1f);
    return section + separator + item + separator + field
           + (removalInUse ? QStringLiteral("\x1fin-use") : QString());
}

QString EditConflict::label() const
{
    QString what;
    if (section == u"components")
        what = Tr::tr("component %1").arg(item);
    else if (section == u"dependencies")
        what = Tr::tr("dependency %1").arg(item);
    else if (section == u"project")
        what = Tr::tr("the project's %1").arg(field);
    else if (!item.isEmpty())
        what = QStringLiteral("%1 %2").arg(section, item);
    else if (!field.isEmpty())
        what = QStringLiteral("%1 %2").arg(section, field);
    else
        what = section;
    if (removalInUse)
        what = Tr::tr("%1 (removed on one side, still used by a dependency on the other)").arg(what);
    return what;
}

QString EditConflict::mineSummary() const
{
    return summarise(base, mine);
}

QString EditConflict::theirsSummary() const
{
    return summarise(base, theirs);
}

QString describeConflicts(const QList<EditConflict> &conflicts)
{
    QStringList lines;
    for (const EditConflict &c : conflicts)
        lines << Tr::tr("%1: you %2; they %3").arg(c.label(), c.mineSummary(), c.theirsSummary());
    return lines.join(u'\n');
}

Expected<ConcurrentMerge> mergeConcurrentEdits(const Estate &base, const Estate &mine,
                                               const Estate &theirs, const ConflictChoices &choices)
{
    ConcurrentMerge out;
    Merger merger(choices, out);

    // Everything but the graph, as the interchange JSON has it.
    Estate restBase = base, restMine = mine, restTheirs = theirs;
    for (Estate *rest : {&restBase, &restMine, &restTheirs})
        rest->clearComponentsAndDependencies();
    QJsonObject merged;
    if (restMine == restTheirs) {
        merged = estateJsonObject(restMine);
    } else {
        const QJsonObject jb = estateJsonObject(restBase), jm = estateJsonObject(restMine),
                          jt = estateJsonObject(restTheirs);
        QStringList sections = jt.keys();
        for (const QString &key : jm.keys() + jb.keys())
            if (!sections.contains(key))
                sections.append(key);
        for (const QString &section : std::as_const(sections)) {
            const QJsonValue v = merger.json(section, {}, jb.value(section), jm.value(section),
                                             jt.value(section));
            if (!v.isUndefined())
                merged.insert(section, v);
        }
    }
    Expected<Estate> rest = readEstateJson(QJsonDocument(merged).toJson(QJsonDocument::Compact));
    if (!rest)
        return Error{{},
                     Tr::tr("the two sets of changes cannot be combined into one project: %1")
                         .arg(rest.error().text())};
    out.merged = std::move(*rest);
    out.merged.clearComponentsAndDependencies();

    // The graph: compared as values, rendered only for a conflict.
    const Keyed<Component> cb = componentsOf(base), cm = componentsOf(mine),
                           ct = componentsOf(theirs);
    QList<const Component *> components = merger.list(QStringLiteral("components"), {}, cb, cm, ct,
                                                      renderComponent);
    const Keyed<Dependency> db = dependenciesOf(base), dm = dependenciesOf(mine),
                            dt = dependenciesOf(theirs);
    QList<const Dependency *> dependencies = merger.list(QStringLiteral("dependencies"), {}, db, dm,
                                                         dt, renderDependency);

    // A component one side removed while the other side's dependencies still use it.
    QSet<QString> present;
    present.reserve(components.size());
    for (const Component *c : std::as_const(components))
        present.insert(c->id);
    QSet<QString> dropped;
    for (const Dependency *d : std::as_const(dependencies)) {
        for (const QString &end : {d->from, d->to}) {
            if (present.contains(end) || dropped.contains(end))
                continue;
            const Component *m = cm.items.value(end), *t = ct.items.value(end);
            if (!m && !t)
                continue; // neither side has it: nothing either of them did
            EditConflict conflict{QStringLiteral("components"),
                                  end,
                                  {},
                                  renderComponent(cb.items.value(end)),
                                  renderComponent(m),
                                  renderComponent(t),
                                  true};
            const Component *keep = merger.decide(std::move(conflict)) == Choice::Mine ? m : t;
            if (keep) {
                components.append(keep);
                present.insert(end);
            } else {
                dropped.insert(end);
            }
        }
    }

    out.merged.reserve(int(components.size()), int(dependencies.size()));
    for (const Component *c : std::as_const(components))
        out.merged.appendComponent(*c);
    for (const Dependency *d : std::as_const(dependencies))
        if (!dropped.contains(d->from) && !dropped.contains(d->to))
            out.merged.appendDependency(*d);
    return out;
}

} // namespace planner
