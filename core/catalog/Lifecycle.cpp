// SPDX-License-Identifier: GPL-3.0-or-later
#include "Lifecycle.h"

#include "Catalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Lifecycle)
};

// A date, or the "true"/"false" of endoflife.date; false and absent leave both unset.
bool readDate(const QJsonValue &value, QDate *date, bool *reached)
{
    if (value.isBool()) {
        if (reached)
            *reached = value.toBool();
        return true;
    }
    if (value.isUndefined() || value.isNull())
        return true;
    *date = QDate::fromString(value.toString(), Qt::ISODate);
    return date->isValid();
}

} // namespace

const Lifecycle &Lifecycle::bundled()
{
    static const Lifecycle data = [] {
        QFile file(QStringLiteral(":/lifecycle/lifecycle.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("Lifecycle: the bundled lifecycle data is missing");
            return Lifecycle();
        }
        auto read = fromJson(file.readAll());
        if (!read) {
            qWarning("Lifecycle: %s", qPrintable(read.error().text()));
            return Lifecycle();
        }
        return std::move(*read);
    }();
    return data;
}

Expected<Lifecycle> Lifecycle::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        return Error{Tr::tr("lifecycle data"), parseError.errorString()};
    const QJsonArray products = document.object().value(QLatin1String("products")).toArray();
    Lifecycle lifecycle;
    lifecycle.m_products.reserve(size_t(products.size()));
    for (qsizetype p = 0; p < products.size(); ++p) {
        const QJsonObject object = products[p].toObject();
        LifecycleProduct product;
        product.id = object.value(QLatin1String("id")).toString();
        const QString where = QStringLiteral("products[%1]").arg(p);
        if (product.id.isEmpty())
            return Error{where, Tr::tr("a product without an id")};
        const QJsonArray releases = object.value(QLatin1String("releases")).toArray();
        for (qsizetype r = 0; r < releases.size(); ++r) {
            const QJsonObject release = releases[r].toObject();
            const QString at = QStringLiteral("%1.releases[%2]").arg(where).arg(r);
            LifecycleCycle cycle;
            cycle.cycle = release.value(QLatin1String("cycle")).toString();
            const auto version = Version::parse(cycle.cycle);
            if (!version)
                return Error{at, Tr::tr("cycle '%1' is not a version").arg(cycle.cycle)};
            cycle.cycleVersion = *version;
            bool activeEnded = false;
            if (!readDate(release.value(QLatin1String("releaseDate")), &cycle.releaseDate, nullptr)
                || !readDate(release.value(QLatin1String("eol")), &cycle.eol, &cycle.eolReached)
                || !readDate(release.value(QLatin1String("eoas")), &cycle.eoas, &activeEnded))
                return Error{at, Tr::tr("a date that is neither YYYY-MM-DD nor true/false")};
            cycle.latest = release.value(QLatin1String("latest")).toString();
            if (cycle.releaseDate > lifecycle.m_dataDate)
                lifecycle.m_dataDate = cycle.releaseDate;
            product.cycles.push_back(std::move(cycle));
        }
        lifecycle.m_index.insert(normalizedId(product.id), int(lifecycle.m_products.size()));
        lifecycle.m_products.push_back(std::move(product));
    }
    return lifecycle;
}

QString Lifecycle::normalizedId(const QString &product)
{
    QString id = product.trimmed().toLower();
    id.replace(u' ', u'-');
    id.replace(u'_', u'-');
    return id;
}

const LifecycleProduct *Lifecycle::product(const QString &product) const
{
    auto it = m_index.constFind(product);
    if (it == m_index.constEnd())
        it = m_index.constFind(normalizedId(product));
    return it == m_index.constEnd() ? nullptr : &m_products[size_t(it.value())];
}

const LifecycleCycle *Lifecycle::cycleFor(const QString &productId, const Version &version) const
{
    const LifecycleProduct *p = product(productId);
    if (!p)
        return nullptr;
    const LifecycleCycle *best = nullptr;
    for (const LifecycleCycle &cycle : p->cycles) {
        if (!cycleMatches(cycle.cycleVersion, version))
            continue;
        if (!best || cycle.cycleVersion.parts().size() > best->cycleVersion.parts().size())
            best = &cycle;
    }
    return best;
}

std::optional<SupportStatus> supportStatus(const QString &product, const Version &version,
                                           const Catalog &catalog, const Lifecycle &lifecycle)
{
    if (const CatalogProduct *known = catalog.product(product)) {
        const SupportEnd *best = nullptr;
        size_t bestLength = 0;
        for (const SupportEnd &entry : known->support) {
            const auto cycle = Version::parse(entry.cycle);
            if (!cycle || !cycleMatches(*cycle, version) || cycle->parts().size() <= bestLength)
                continue;
            best = &entry;
            bestLength = cycle->parts().size();
        }
        if (best) {
            SupportStatus status;
            status.source = SupportStatus::Source::Catalog;
            status.cycle = best->cycle;
            status.ends = best->ends;
            return status;
        }
    }
    const LifecycleCycle *cycle = lifecycle.cycleFor(product, version);
    if (!cycle)
        return std::nullopt;
    SupportStatus status;
    status.cycle = cycle->cycle;
    status.ends = cycle->eol;
    status.ended = cycle->eolReached && !cycle->eol.isValid();
    status.activeEnds = cycle->eoas;
    return status;
}

} // namespace planner
