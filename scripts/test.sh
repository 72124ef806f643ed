#!/usr/bin/env bash
# The whole test suite: local backends up (when missing), a clean build, then node's test runner
# over the unit and integration tests. Used by the README and by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/backends.sh
# A clean build, so a test deleted from test/ cannot keep running from a stale dist/.
rm -rf dist
npx tsc -p tsconfig.json
# The sidecar's tests run it as `npm install` leaves it: the single-file bundle with its code cache.
node scripts/bundle.js
# A test that hangs fails after 2 minutes, named, instead of holding CI until it is killed
# (the slowest test, the 256 MiB transfer, takes about 10 s).
exec node --test --test-concurrency="${TEST_CONCURRENCY:-2}" --test-timeout=120000 dist/test
