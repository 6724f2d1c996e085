// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstateDiff.h"

#include "EstateJson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <span>

namespace planner {

QString compactJson(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // A scalar: wrapped in an array to write it, then unwrapped.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QJsonObject estateJsonObject(const Estate &estate)
{
    return QJsonDocument::fromJson(writeEstateJson(estate)).object();
}

QJsonObject componentJson(const Component &c)
{
    Estate one;
    one.appendComponent(c);
    return estateJsonObject(one).value(QStringLiteral("components")).toArray().first().toObject();
}

QJsonObject dependencyJson(const Dependency &d)
{
    Estate one;
    one.appendDependency(d);
    return estateJsonObject(one).value(QStringLiteral("dependencies")).toArray().first().toObject();
}

QString dependencyKey(const Dependency &d)
{
    return QStringLiteral("%1 -> %2 (%3)").arg(d.from, d.to, d.type);
}

namespace {

// Field by field: what differs between two JSON objects.
void diffObjects(const QString &section, const QString &item, const QJsonObject &before,
                 const QJsonObject &after, QList<EstateChange> &out)
{
    QStringList keys = after.keys();
    for (const QString &key : before.keys())
        if (!after.contains(key))
            keys.append(key);
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue a = before.value(key);
        const QJsonValue b = after.value(key);
        if (a == b)
            continue;
        out.append(
            {section, item, EstateChange::Action::Changed, key, compactJson(a), compactJson(b)});
    }
}

// A list section element by element: matched by listElementKey(), else by place.
void diffArrays(const QString &section, const QJsonArray &before, const QJsonArray &after,
                QList<EstateChange> &out)
{
    const QString name = listElementKey({before, after});
    const auto keyOf = [&name](const QJsonValue &v, qsizetype i) {
        return !name.isEmpty() ? v.toObject().value(name).toString()
                               : QStringLiteral("#%1").arg(i + 1);
    };
    QHash<QString, QJsonValue> old;
    for (qsizetype i = 0; i < before.size(); ++i)
        old.insert(keyOf(before[i], i), before[i]);
    QSet<QString> seen;
    for (qsizetype i = 0; i < after.size(); ++i) {
        const QString key = keyOf(after[i], i);
        seen.insert(key);
        const auto was = old.constFind(key);
        if (was == old.cend())
            out.append({section, key, EstateChange::Action::Added, {}, {}, compactJson(after[i])});
        else if (*was != after[i]) {
            if (was->isObject() && after[i].isObject())
                diffObjects(section, key, was->toObject(), after[i].toObject(), out);
            else
                out.append({section,
                            key,
                            EstateChange::Action::Changed,
                            {},
                            compactJson(*was),
                            compactJson(after[i])});
        }
    }
    for (qsizetype i = 0; i < before.size(); ++i) {
        const QString key = keyOf(before[i], i);
        if (!seen.contains(key))
            out.append(
                {section, key, EstateChange::Action::Removed, {}, compactJson(before[i]), {}});
    }
}

} // namespace

QString listElementKey(std::initializer_list<QJsonValue> sides)
{
    for (const QString &candidate : {QStringLiteral("id"), QStringLiteral("component")}) {
        bool fits = true;
        for (const QJsonValue &side : sides) {
            if (side.isUndefined())
                continue;
            if (!side.isArray()) {
                fits = false;
                break;
            }
            QSet<QString> seen;
            for (const QJsonValue &v : side.toArray()) {
                const QJsonValue key = v.toObject().value(candidate);
                if (!key.isString() || seen.contains(key.toString())) {
                    fits = false;
                    break;
                }
                seen.insert(key.toString());
            }
            if (!fits)
                break;
        }
        if (fits)
            return candidate;
    }
    return {};
}

QString actionName(EstateChange::Action action)
{
    switch (action) {
    case EstateChange::Action::Added:
        return QStringLiteral("added");
    case EstateChange::Action::Removed:
        return QStringLiteral("removed");
    case EstateChange::Action::Changed:
        break;
    }
    return QStringLiteral("changed");
}

bool actionFromName(const QString &name, EstateChange::Action *action)
{
    for (const auto a : {EstateChange::Action::Added, EstateChange::Action::Removed,
                         EstateChange::Action::Changed})
        if (actionName(a) == name) {
            *action = a;
            return true;
        }
    return false;
}

QList<EstateChange> diffEstates(const Estate &before, const Estate &after)
{
    QList<EstateChange> out;

    // Everything but the graph: small, so rendered whole and compared section by section.
    Estate restBefore = before;
    Estate restAfter = after;
    restBefore.clearComponentsAndDependencies();
    restAfter.clearComponentsAndDependencies();
    QList<EstateChange> rest;
    if (!(restBefore == restAfter)) {
        const QJsonObject a = estateJsonObject(restBefore);
        const QJsonObject b = estateJsonObject(restAfter);
        QStringList sections = b.keys();
        for (const QString &key : a.keys())
            if (!b.contains(key))
                sections.append(key);
        for (const QString &section : std::as_const(sections)) {
            const QJsonValue was = a.value(section);
            const QJsonValue now = b.value(section);
            if (was == now || section == u"components" || section == u"dependencies")
                continue;
            if ((was.isArray() || was.isUndefined()) && (now.isArray() || now.isUndefined()))
                diffArrays(section, was.toArray(), now.toArray(), rest);
            else if ((was.isObject() || was.isUndefined()) && (now.isObject() || now.isUndefined()))
                diffObjects(section, {}, was.toObject(), now.toObject(), rest);
            else
                rest.append({section,
                             {},
                             EstateChange::Action::Changed,
                             {},
                             compactJson(was),
                             compactJson(now)});
        }
    }
    // The project first, as the JSON has it; then the graph; then the other sections.
    for (const EstateChange &c : std::as_const(rest))
        if (c.section == u"project")
            out.append(c);

    const QString components = QStringLiteral("components");
    for (qsizetype i = 0; i < after.componentCount(); ++i) {
        const Component &c = after.component(int(i));
        if (i < before.componentCount() && before.component(int(i)) == c)
            continue; // unchanged in its place: no lookup
        const Component *was = before.find(c.id);
        if (!was)
            out.append({components,
                        c.id,
                        EstateChange::Action::Added,
                        {},
                        {},
                        compactJson(componentJson(c))});
        else if (!(*was == c))
            diffObjects(components, c.id, componentJson(*was), componentJson(c), out);
    }
    for (qsizetype i = 0; i < before.componentCount(); ++i)
        if (const Component &c = before.component(int(i));
            !(i < after.componentCount() && after.component(int(i)).id == c.id)
            && after.indexOf(c.id) < 0)
            out.append({components,
                        c.id,
                        EstateChange::Action::Removed,
                        {},
                        compactJson(componentJson(c)),
                        {}});

    // Dependencies by their ends and type; the same pair may be listed more than once, so
    // each key is matched as many times as it occurs on both sides.
    // Those equal at the same place at the start and at the end are left out first: an edit of
    // a few of 300,000 costs comparisons, not 600,000 keys.
    const QString dependencies = QStringLiteral("dependencies");
    const QList<Dependency> &was = before.dependencies();
    const QList<Dependency> &now = after.dependencies();
    qsizetype head = 0;
    while (head < was.size() && head < now.size() && was[head] == now[head])
        ++head;
    qsizetype tail = 0;
    while (tail < was.size() - head && tail < now.size() - head
           && was[was.size() - 1 - tail] == now[now.size() - 1 - tail])
        ++tail;
    const auto wasChanged = std::span(was).subspan(head, was.size() - head - tail);
    const auto nowChanged = std::span(now).subspan(head, now.size() - head - tail);
    QHash<QString, QList<const Dependency *>> old;
    for (const Dependency &d : wasChanged)
        old[dependencyKey(d)].append(&d);
    for (const Dependency &d : nowChanged) {
        const QString key = dependencyKey(d);
        QList<const Dependency *> &candidates = old[key];
        if (candidates.isEmpty()) {
            out.append({dependencies,
                        key,
                        EstateChange::Action::Added,
                        {},
                        {},
                        compactJson(dependencyJson(d))});
            continue;
        }
        const Dependency *was = candidates.takeFirst();
        if (!(*was == d))
            diffObjects(dependencies, key, dependencyJson(*was), dependencyJson(d), out);
    }
    for (const Dependency &d : wasChanged) {
        QList<const Dependency *> &left = old[dependencyKey(d)];
        if (left.removeOne(&d))
            out.append({dependencies,
                        dependencyKey(d),
                        EstateChange::Action::Removed,
                        {},
                        compactJson(dependencyJson(d)),
                        {}});
    }

    for (const EstateChange &c : std::as_const(rest))
        if (c.section != u"project")
            out.append(c);
    return out;
}

} // namespace planner
