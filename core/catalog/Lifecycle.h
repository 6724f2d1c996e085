// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Expected.h"
#include "versions/Version.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace planner {

class Catalog;

/// One release cycle of a product in the lifecycle data ("12" of postgresql, "8" of rhel).
struct LifecycleCycle
{
    QString cycle;
    Version cycleVersion; ///< the cycle read as a version, for matching
    QDate releaseDate;
    QDate eol;               ///< end of (security) support; null when not given as a date
    bool eolReached = false; ///< the data says "ended" without a date (eol: true)
    QDate eoas;              ///< end of active support, when the product distinguishes it
    QString latest;          ///< latest release of the cycle, when known
};

struct LifecycleProduct
{
    QString id;                         ///< endoflife.date's id, e.g. "windows-server"
    std::vector<LifecycleCycle> cycles; ///< as in the data, newest first
};

/// The endoflife.date data bundled with the application (MIT licence, see
/// resources/lifecycle/NOTICE): per product and release cycle, when support ends.
class Lifecycle
{
public:
    Lifecycle() = default;

    /// The data compiled into planner_core, read once (thread-safe) on first use.
    static const Lifecycle &bundled();
    /// Reads data in the trimmed format of resources/lifecycle/lifecycle.json
    /// ({"products":[{"id","releases":[{"cycle","releaseDate","eol","eoas","latest"}]}]}).
    static Expected<Lifecycle> fromJson(const QByteArray &json);

    int productCount() const { return int(m_products.size()); }
    /// How recent the data is: the newest release date it knows (the data was taken on or
    /// after that day). Null for data without release dates.
    QDate dataDate() const { return m_dataDate; }
    /// The product whose id matches @p product (case and `_`/space against `-` ignored), or
    /// nullptr.
    const LifecycleProduct *product(const QString &product) const;
    /// The release cycle of @p product that @p version belongs to: the longest cycle whose parts
    /// are the first parts of the version ("12.20" -> "12", "11.2.0.4" -> "11.2"), or nullptr.
    const LifecycleCycle *cycleFor(const QString &product, const Version &version) const;

    /// How component products are turned into lifecycle ids: "Windows Server" -> "windows-server".
    static QString normalizedId(const QString &product);

private:
    std::vector<LifecycleProduct> m_products;
    QHash<QString, int> m_index;
    QDate m_dataDate;
};

/// When support of one version ends, and who says so.
struct SupportStatus
{
    enum class Source { Catalog, Lifecycle };
    Source source = Source::Lifecycle;
    QString cycle;      ///< the release cycle the version belongs to
    QDate ends;         ///< null when no date is known
    bool ended = false; ///< ended on a date the data does not give
    QDate activeEnds;   ///< end of active support (lifecycle data only), may be null

    /// True when support is over on @p day (it ends on or before that day).
    bool endedBy(QDate day) const { return ended || (ends.isValid() && ends <= day); }
};

/// The end of support of @p version of @p product: the user's catalog `support` entry for its
/// cycle if there is one (it overrides the lifecycle data), otherwise the lifecycle data's.
/// Nothing when neither knows the product's cycle.
std::optional<SupportStatus> supportStatus(const QString &product, const Version &version,
                                           const Catalog &catalog, const Lifecycle &lifecycle);

} // namespace planner
