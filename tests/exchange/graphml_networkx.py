#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a GraphML file written by Upgrade Planner with networkx, checks that every node
carries the estate's attributes, prints a JSON summary (nodes with their attributes, edges)
for the test to compare with the estate, and writes the graph back with networkx's own
writer, which the test then imports.

Usage: graphml_networkx.py IN.graphml OUT.graphml
Exit 0 with the summary on stdout; 1 with the reason on stderr.
"""
import json
import sys

import networkx as nx

REQUIRED = ("label", "name", "kind", "product", "version", "criticality")


def main():
    source, target = sys.argv[1], sys.argv[2]
    graph = nx.read_graphml(source)
    if not graph.is_directed():
        print("networkx read the graph as undirected", file=sys.stderr)
        return 1
    for node, data in graph.nodes(data=True):
        missing = [key for key in REQUIRED if key not in data]
        if missing:
            print(f"node {node} lacks {', '.join(missing)}", file=sys.stderr)
            return 1
    summary = {
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "nodes": {node: {k: str(v) for k, v in data.items()}
                  for node, data in graph.nodes(data=True)},
        "edges": [{"source": u, "target": v,
                   "type": str(data.get("type", "")),
                   "requires": str(data.get("requires", ""))}
                  for u, v, data in graph.edges(data=True)],
    }
    nx.write_graphml(graph, target)
    json.dump(summary, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
