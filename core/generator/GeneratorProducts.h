// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Kinds.h"

#include <QString>

#include <vector>

namespace planner::generator {

/// The layers of a generated estate, from the bottom up. A dependency always points from a
/// higher layer to a lower one, which keeps the default estate free of cycles.
enum Layer {
    NetworkLayer,
    StorageLayer,
    ServerLayer,
    OsLayer,
    DatabaseLayer,
    MiddlewareLayer,
    ApiLayer,
    ApplicationLayer,
    IntegrationLayer,
    EndpointLayer,
    LayerCount
};

/// One product the generator places in the estate, with the releases it knows of.
/// Release i has "generation" i - anchor; catalog rules between products only accept
/// versions one generation apart, which keeps every generated estate plannable.
struct ProductSpec
{
    const char *product;
    const char *label;    ///< start of the components' names
    const char *idPrefix; ///< start of the components' ids
    ComponentKind kind;
    Layer layer;
    int weight;                         ///< share among the products of its layer
    std::vector<const char *> releases; ///< ascending
    std::vector<const char *> lines; ///< release cycle of each release ("12", "10.1"); empty: no rules
    std::vector<const char *> stops = {};
    int anchor = 1;        ///< index of the release of generation 0
    bool inCatalog = true; ///< false: the catalog knows nothing of it (no targets either)
    bool hub = false;      ///< its first components are hubs with thousands of dependents
    std::vector<const char *> hosts = {}; ///< products (one layer down) one of which hosts it
    const char *backupMethod = nullptr;
};

/// A catalog rule the generator writes for every release of `from`: it needs `to` within one
/// generation of its own.
struct RuleSpec
{
    const char *from;
    const char *to;
};

const std::vector<ProductSpec> &productSpecs();
const std::vector<RuleSpec> &ruleSpecs();

/// Products an estate with fewer products leaves out, the first first: none of them hosts
/// another product, none is the dominant one, and every layer keeps products without them.
const std::vector<const char *> &minorProducts();
/// The product a "dominant" estate concentrates on.
const char *dominantProduct();

/// The text of patch @p patch (0-based) of a release line whose first release is @p release:
/// the release itself, then its last number counted up ("17.9.5", "17.9.6"...), or a part
/// added when the release is written as its line ("2016", "2016.1"...). Always inside @p line.
QString patchText(const char *release, const char *line, int patch);

/// Percent of the components in each layer.
int layerShare(Layer layer);
/// Layers the components of @p layer depend on (besides their host), with weights.
const std::vector<std::pair<Layer, int>> &dependencyLayers(Layer layer);
const char *layerOwner(Layer layer);
const char *layerRole(Layer layer);

} // namespace planner::generator
