#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs a .deb of Upgrade Planner the way a user does, on the Debian 12 machine this runs on,
# and checks that the installed program works: apt resolves its dependencies from Debian, dpkg
# registers it, and the executable on the PATH prints its version, opens the bundled sample,
# runs a command on it and starts its GUI on a project.
# Meant for a clean Debian 12 root with nothing else installed (see docs/guarantees.md):
#   ../shared/tools/fresh-debian.sh 'tests/packaging/install-deb.sh /path/to/upgrade-planner_X_amd64.deb'
# Usage: install-deb.sh FILE.deb   (as root)
set -euo pipefail

deb="$(readlink -f "${1:?usage: install-deb.sh FILE.deb}")"
fail() { echo "install-deb: $*" >&2; exit 1; }
[[ -f "$deb" ]] || fail "no such file: $deb"
[[ "$(id -u)" -eq 0 ]] || fail "run as root"

export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null
# apt takes a local file and installs what it depends on; dpkg -i alone would not.
apt-get install -y -q --no-install-recommends "$deb" >/tmp/install-deb.log 2>&1 ||
    { tail -n 30 /tmp/install-deb.log >&2; fail "apt-get install of the package failed"; }
dpkg -s upgrade-planner | grep -q '^Status: install ok installed$' || fail "dpkg does not list it as installed"
# dpkg -i of the same file over the installed package works as well (an upgrade in place).
dpkg -i "$deb" >/dev/null || fail "dpkg -i failed"

exe="$(command -v upgrade-planner)" || fail "upgrade-planner is not on the PATH"
[[ "$exe" == /usr/bin/upgrade-planner ]] || fail "upgrade-planner is at $exe, not /usr/bin"
version=$(upgrade-planner --version) || fail "--version failed"
grep -q "$(dpkg-deb -f "$deb" Version)" <<<"$version" || fail "--version says '$version'"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
upgrade-planner import /usr/share/upgrade-planner/sample-estate.json -o "$work/sample.uplan" >/dev/null ||
    fail "the installed program cannot import its sample"
QT_QPA_PLATFORM=offscreen upgrade-planner check "$work/sample.uplan" >/dev/null || [[ $? -eq 1 ]] ||
    fail "check of the sample failed"
# The desktop entry and the MIME type are where the desktop looks for them.
[[ -f /usr/share/applications/upgrade-planner.desktop ]] || fail "no desktop entry"
[[ -f /usr/share/icons/hicolor/scalable/apps/upgrade-planner.svg ]] || fail "no icon in hicolor"
[[ -f /usr/share/mime/packages/upgrade-planner.xml ]] || fail "no MIME type"
if [[ -f /usr/share/mime/globs2 ]]; then
    grep -q 'application/x-upgrade-planner:\*\.uplan' /usr/share/mime/globs2 ||
        fail "the MIME database does not know *.uplan after installing"
fi
# The GUI starts on the project and keeps running until it is stopped (124: killed by timeout).
set +e
QT_QPA_PLATFORM=offscreen timeout 8 upgrade-planner "$work/sample.uplan" >"$work/gui.log" 2>&1
code=$?
set -e
[[ $code -eq 124 ]] || { cat "$work/gui.log" >&2; fail "the GUI exited with $code instead of running"; }
echo "install-deb: $(basename "$deb") installs with apt and dpkg, and the installed program runs"
