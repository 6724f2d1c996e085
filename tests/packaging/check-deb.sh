#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The .deb CPack makes from this build: what a user installs with `apt install ./FILE.deb`.
# Builds it in a scratch folder, checks its control fields and files, validates the desktop
# entry and the MIME type with the freedesktop tools, and runs the packaged executable from the
# unpacked tree: the command line, and the GUI opening a project long enough to show it.
# Usage: check-deb.sh BUILD_DIR
set -euo pipefail

build="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "check-deb: $*" >&2; exit 1; }

(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" >cpack.log 2>&1) ||
    { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$work"/upgrade-planner_*_*.deb 2>/dev/null | head -n1)
[[ -n "$deb" ]] || fail "no upgrade-planner_*.deb was made"

control=$(dpkg-deb -f "$deb")
for field in Package Version Architecture Maintainer Description Depends; do
    grep -q "^$field: " <<<"$control" || fail "control has no $field field"
done
grep -q '^Package: upgrade-planner$' <<<"$control" || fail "package name is not upgrade-planner"
# The plugins loaded at run time, which dpkg-shlibdeps cannot see, are named.
for dep in libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 libqt6core6 libssl3; do
    grep -q "^Depends: .*\b$dep\b" <<<"$control" || fail "Depends lacks $dep"
done

files=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/upgrade-planner \
         ./usr/share/applications/upgrade-planner.desktop \
         ./usr/share/icons/hicolor/scalable/apps/upgrade-planner.svg \
         ./usr/share/mime/packages/upgrade-planner.xml \
         ./usr/share/doc/upgrade-planner/copyright \
         ./usr/share/doc/upgrade-planner/lifecycle-data-NOTICE \
         ./usr/share/upgrade-planner/sample-estate.json; do
    grep -qx -- "$f" <<<"$files" || fail "the package lacks $f"
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
desktop="$root/usr/share/applications/upgrade-planner.desktop"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate rejects the desktop entry"
fi
grep -q '^MimeType=application/x-upgrade-planner;$' "$desktop" || fail "desktop entry lacks the MIME type"
grep -q '^Exec=upgrade-planner %f$' "$desktop" || fail "desktop entry does not pass the file"

# shared-mime-info compiles the type, and a .uplan file is recognised as it.
mime="$work/mime"
mkdir -p "$mime/packages"
cp "$root/usr/share/mime/packages/upgrade-planner.xml" "$mime/packages/"
if [[ -f /usr/share/mime/packages/freedesktop.org.xml ]]; then
    cp /usr/share/mime/packages/freedesktop.org.xml "$mime/packages/"
fi
update-mime-database "$mime" >/dev/null 2>&1 || fail "update-mime-database rejects the MIME type"
grep -q 'application/x-upgrade-planner:\*\.uplan' "$mime/globs2" || fail "*.uplan is not in globs2"

# The packaged executable runs: version, a command on the bundled sample, and the GUI.
exe="$root/usr/bin/upgrade-planner"
version=$("$exe" --version) || fail "--version failed"
grep -q "$(dpkg-deb -f "$deb" Version)" <<<"$version" || fail "--version says '$version'"
project="$work/sample.uplan"
"$exe" import "$root/usr/share/upgrade-planner/sample-estate.json" -o "$project" >/dev/null ||
    fail "the packaged program cannot import the packaged sample"
QT_QPA_PLATFORM=offscreen "$exe" show "$project" >/dev/null || fail "show of the sample failed"
# The GUI starts on the project and keeps running until it is stopped (124: killed by timeout).
set +e
QT_QPA_PLATFORM=offscreen timeout 5 "$exe" "$project" >"$work/gui.log" 2>&1
code=$?
set -e
[[ $code -eq 124 ]] || { cat "$work/gui.log" >&2; fail "the GUI exited with $code instead of running"; }
echo "check-deb: $(basename "$deb") is complete and its program runs"
