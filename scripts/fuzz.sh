#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every fuzz target (tests/fuzz/) with libFuzzer for SECONDS each (default 60), as many at
# once as there are cores, in the sanitizer build (scripts/sanitize.sh makes it; this builds only
# what is missing). Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
# Each target starts from its seeds and from the corpus earlier runs grew in
# build-sanitize/fuzz-corpus/TARGET; an input that crashes, leaks, hangs (10 s) or breaks an
# invariant is saved as build-sanitize/fuzz-findings/TARGET-* and the script fails. Copy a
# finding into tests/fuzz/regressions/TARGET/ when it is fixed: ctest replays those for good.
# At the end a table gives each target's executions; fuzz-totals.tsv adds them up over runs.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${UPLAN_SANITIZE_DIR:-$root/build-sanitize}"
seconds="${1:-60}"
shift || true
all=(fuzz_versions fuzz_json fuzz_csv fuzz_cyclonedx fuzz_graphml fuzz_uplan fuzz_plan)
targets=("${@:-${all[@]}}")
if [[ $# -eq 0 ]]; then targets=("${all[@]}"); fi
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || ((seconds == 0)); then
    echo "fuzz.sh: SECONDS must be a whole number above 0, not '$seconds'" >&2
    exit 2
fi

"$root/scripts/sanitize.sh" --build-only "${targets[@]}"
source "$root/tests/sanitizers/options.sh"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

mkdir -p "$build/fuzz-corpus" "$build/fuzz-findings" "$build/fuzz-logs"
run_one() {
    local name=$1 seconds=$2 build=$3 root=$4
    local corpus="$build/fuzz-corpus/$name" seeds="$build/tests/fuzz/seeds/$name"
    local regressions="$root/tests/fuzz/regressions/$name"
    mkdir -p "$corpus"
    local inputs=("$corpus" "$seeds")
    [[ -d "$regressions" ]] && inputs+=("$regressions")
    "$build/tests/fuzz/$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 \
        -print_final_stats=1 -artifact_prefix="$build/fuzz-findings/$name-" \
        "${inputs[@]}" >"$build/fuzz-logs/$name.log" 2>&1
}
export -f run_one

status=0
findings=()
printf '%s\n' "${targets[@]}" |
    xargs -P "$(nproc)" -I{} bash -c "run_one {} $seconds '$build' '$root'" || status=$?

totals="$build/fuzz-totals.tsv"
[[ -f "$totals" ]] || printf 'target\texecutions\tseconds\n' >"$totals"
printf '%-16s %12s %10s %8s %s\n' target executions "per second" corpus result
for name in "${targets[@]}"; do
    log="$build/fuzz-logs/$name.log"
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    corpus=$(find "$build/fuzz-corpus/$name" -type f | wc -l)
    if grep -qE '^==[0-9]+==ERROR|^SUMMARY: |fuzz: invariant broken|deadly signal|ERROR: libFuzzer' "$log"; then
        result="FINDING (see $log and $build/fuzz-findings/)"
        status=1
        findings+=("$name")
    else
        result="no finding"
        printf '%s\t%s\t%s\n' "$name" "${runs:-0}" "$seconds" >>"$totals"
    fi
    printf '%-16s %12s %10s %8s %s\n' "$name" "${runs:-?}" "$(( ${runs:-0} / seconds ))" "$corpus" "$result"
done
# A finding on a machine nobody can log into (CI) must explain itself: the end of its log
# holds the error, the stack and the input's name.
for name in "${findings[@]}"; do
    echo "=== $name: the end of its log ==="
    grep -v '^#[0-9]' "$build/fuzz-logs/$name.log" | tail -n 80
done
echo "executions without a finding over all runs (fuzz-totals.tsv):"
awk -F'\t' 'NR > 1 { n[$1] += $2 } END { for (t in n) printf "  %-16s %12d\n", t, n[t] }' "$totals" | sort
exit "$status"
