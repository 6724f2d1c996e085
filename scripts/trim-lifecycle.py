#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Trims the endoflife.date lifecycle data to what Upgrade Planner reads.

Keeps, per product, its id and per release cycle: cycle, releaseDate, eol (date or bool),
eoas (when present) and latest (when present). Writes compact, deterministic JSON.

    scripts/trim-lifecycle.py [SOURCE] [DESTINATION]

SOURCE defaults to ../shared/data/lifecycle/lifecycle.json next to the repository,
DESTINATION to resources/lifecycle/lifecycle.json. Copy the LICENSE next to it as well.
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data" / "lifecycle" / "lifecycle.json"
DESTINATION = ROOT / "resources" / "lifecycle" / "lifecycle.json"
KEPT = ("cycle", "releaseDate", "eol", "eoas", "latest")


def trim(data):
    products = []
    for product in data["products"]:
        releases = []
        for release in product["releases"]:
            releases.append({key: release[key] for key in KEPT if key in release})
        products.append({"id": product["id"], "releases": releases})
    products.sort(key=lambda p: p["id"])
    return {"source": data.get("source", "endoflife.date"), "products": products}


def main(argv):
    source = pathlib.Path(argv[1]) if len(argv) > 1 else SOURCE
    destination = pathlib.Path(argv[2]) if len(argv) > 2 else DESTINATION
    with open(source, encoding="utf-8") as f:
        trimmed = trim(json.load(f))
    text = json.dumps(trimmed, ensure_ascii=False, separators=(",", ":"))
    # One product per line keeps diffs of a data update readable.
    text = text.replace(',{"id":', ',\n{"id":')
    destination.write_text(text + "\n", encoding="utf-8")
    print(f"{destination}: {len(trimmed['products'])} products, {len(text)} bytes")


if __name__ == "__main__":
    main(sys.argv)
