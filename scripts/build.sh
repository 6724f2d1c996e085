#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures (Ninja, RelWithDebInfo) into build/ and builds with all cores.
# Extra arguments go to the build, e.g. `./scripts/build.sh --target upgrade-planner`.
# UPLAN_BUILD_DIR chooses another build folder.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${UPLAN_BUILD_DIR:-$root/build}"

# Build folders side by side (build/, a sanitizer build...) share ccache's objects: paths are
# hashed relative to the clone, not to the folder the compiler ran in.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" --parallel "$(nproc)" "$@"
