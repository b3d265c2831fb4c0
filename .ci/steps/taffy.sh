#!/usr/bin/env bash
# Layout engine (issue 24): taffy's own test suite on our patched copy under third_party/taffy.
# The workspace's tests already run our Chromium fixtures through it (layout_conformance).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash third_party/taffy/check-suite.sh
