#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds the program and makes the Debian package in build/:
# upgrade-planner_VERSION_ARCH.deb, for `sudo apt install ./build/upgrade-planner_*.deb`.
# UPLAN_BUILD_DIR chooses another build folder.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${UPLAN_BUILD_DIR:-$root/build}"

"$root/scripts/deps.sh"
"$root/scripts/build.sh" --target upgrade-planner
cd "$build"
cpack -G DEB
ls -1 "$build"/upgrade-planner_*.deb
