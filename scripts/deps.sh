#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Upgrade Planner needs to build, test and run, and only those
# that are missing: nothing is downloaded (not even the package lists) when all are present.
set -euo pipefail

packages=(
    cmake ninja-build g++ ccache
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libboost-graph-dev libssl-dev libsqlite3-dev libgl-dev
    fonts-dejavu-core fonts-dejavu-extra fonts-wqy-microhei tzdata
    xvfb xauth graphviz poppler-utils openssl
    dpkg-dev file desktop-file-utils shared-mime-info qt6-translations-l10n
    python3-networkx python3-vobject python3-jsonschema
    libqt6sql6-psql libpq-dev pkgconf postgresql-15
)
# fonts-wqy-microhei draws the Chinese GUI (tst_translations' screenshots would show boxes
# without a CJK font); fonts-dejavu-extra holds DejaVu Sans Condensed, the font of the graph's boxes and the plan
# PDF; tzdata the time zones windows are planned in; openssl is the stock tool the tests check
# signatures with. A minimal Debian has none of them for sure. dpkg-dev (dpkg-shlibdeps), file
# (CPack uses it to find the executables),
# desktop-file-utils and shared-mime-info make and check the .deb (scripts/package.sh);
# qt6-translations-l10n translates the standard buttons (OK, Cancel) of the German and Chinese GUI.
# libqt6sql6-psql is Qt's PostgreSQL driver, through which shared projects live on a server;
# libpq-dev (found with pkgconf) lets the program read a shared project's rows through the same
# libpq the driver uses, as it reads a file's through libsqlite3;
# postgresql-15 gives the tests initdb and pg_ctl for a throw-away cluster of their own
# (tests/support/pg-cluster.sh); no server of the machine is used or needed.
# qt6-qpa-plugins (the offscreen and xcb platforms) is only recommended by libqt6gui6, and
# packages are installed without recommendations, so it is named here.

# `deps.sh sanitize` also installs what scripts/sanitize.sh and scripts/fuzz.sh need: clang with
# its AddressSanitizer, UBSan and libFuzzer runtimes, and llvm-symbolizer for readable reports.
if [[ "${1:-}" == "sanitize" ]]; then
    packages+=(clang libclang-rt-14-dev llvm)
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    if [[ "$status" != "install ok installed" ]]; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "deps.sh: all ${#packages[@]} packages are installed"
    exit 0
fi

as_root=()
if [[ "$(id -u)" -ne 0 ]]; then
    if ! command -v sudo >/dev/null; then
        echo "deps.sh: missing ${missing[*]}; run this script as root (sudo is not installed)" >&2
        exit 1
    fi
    as_root=(sudo)
fi

echo "deps.sh: installing ${missing[*]}"
"${as_root[@]}" apt-get update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}"
