# SPDX-License-Identifier: GPL-3.0-or-later
# The sanitizers' options for the tests (scripts/sanitize.sh) and the fuzzers (scripts/fuzz.sh).
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# Stop at the first error with a stack that names files and lines.
export ASAN_OPTIONS="detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:abort_on_error=0:halt_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$here/ubsan.supp"
# Leaks inside system libraries (fontconfig's caches, Qt's plugin loader) are theirs, not ours:
# each suppression names the library and why.
export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0"
if command -v llvm-symbolizer >/dev/null; then
    export ASAN_SYMBOLIZER_PATH="$(command -v llvm-symbolizer)"
fi
