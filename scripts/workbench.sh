#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and opens the workbench on the bundled sample estate.
# Extra arguments go to upgrade-planner.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${UPLAN_BUILD_DIR:-$root/build}"

"$root/scripts/deps.sh"
"$root/scripts/build.sh" --target upgrade-planner

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "workbench.sh: built $build/bin/upgrade-planner, but there is no display (DISPLAY is" >&2
    echo "not set). Run it under a virtual X server instead:" >&2
    echo "    xvfb-run -a -s '-screen 0 1600x1000x24' ./scripts/workbench.sh" >&2
    exit 1
fi

sample="$root/resources/sample-estate.json"
if [[ ! -f "$sample" ]]; then
    echo "workbench.sh: $sample is missing; opening an empty workbench" >&2
    exec "$build/bin/upgrade-planner" "$@"
fi
exec "$build/bin/upgrade-planner" "$sample" "$@"
