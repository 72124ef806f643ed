#!/usr/bin/env bash
# The README's main command: local backends up when missing, a build, then the demo round trip.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/backends.sh
npx tsc -p tsconfig.json
exec node dist/scripts/demo.js
