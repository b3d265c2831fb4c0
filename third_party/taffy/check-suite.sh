#!/usr/bin/env bash
# Runs taffy's own test suite on the patched copy and compares the failures with
# SUITE_BASELINE.txt (the tests that fail on pristine 0.15.1). Exit 0 only when they match.
set -euo pipefail
cd "$(dirname "$0")"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# The suite is expected to have failures (the baseline), so its exit status is not the verdict.
cargo test --no-fail-fast >"$log" 2>&1 || true
if ! grep -q '^test result' "$log"; then
    echo "taffy's suite did not run:"; tail -40 "$log"; exit 1
fi
grep -E '^test result' "$log"
failed=$(grep -E '^test .* \.\.\. FAILED$' "$log" | sed -E 's/^test (.*) \.\.\. FAILED$/\1/' | sort)
expected=$(grep -v -e '^#' -e '^$' SUITE_BASELINE.txt | sort)
new=$(comm -23 <(printf '%s\n' "$failed" | sed '/^$/d') <(printf '%s\n' "$expected"))
fixed=$(comm -13 <(printf '%s\n' "$failed" | sed '/^$/d') <(printf '%s\n' "$expected"))
status=0
if [ -n "$new" ]; then
    echo "taffy tests that fail and are not in SUITE_BASELINE.txt (a patch broke them):"
    printf '  %s\n' $new
    status=1
fi
if [ -n "$fixed" ]; then
    echo "taffy tests in SUITE_BASELINE.txt that now pass (delete their lines):"
    printf '  %s\n' $fixed
    status=1
fi
[ "$status" = 0 ] && echo "taffy suite: every failure is on the pristine-0.15.1 baseline ($(printf '%s\n' "$expected" | wc -l) tests)"
exit "$status"
