#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The second build: clang with AddressSanitizer and UndefinedBehaviorSanitizer (and libFuzzer's
# coverage, so the fuzz targets of scripts/fuzz.sh live in the same folder and it is built once),
# then the whole test suite in it. Any memory error, leak or undefined behaviour fails its test.
# Extra arguments go to ctest. UPLAN_SANITIZE_DIR chooses the folder (default build-sanitize/).
# `sanitize.sh --build-only [TARGET...]` only configures and builds (those targets).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${UPLAN_SANITIZE_DIR:-$root/build-sanitize}"

"$root/scripts/deps.sh" sanitize

export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
# -O1 keeps the suite quick under the sanitizers and the stacks readable.
cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
    -DUPLAN_SANITIZE=ON -DUPLAN_FUZZ=ON
if [[ "${1:-}" == "--build-only" ]]; then
    shift
    targets=()
    for target in "$@"; do targets+=(--target "$target"); done
    cmake --build "$build" --parallel "$(nproc)" "${targets[@]}"
    exit 0
fi
cmake --build "$build" --parallel "$(nproc)"

source "$root/tests/sanitizers/options.sh"
export QT_QPA_PLATFORM=offscreen
cd "$build"
# The package is the ordinary build's business (check_deb); the rest runs here.
ctest --output-on-failure --parallel "$(nproc)" -E '^check_deb$' "$@"
