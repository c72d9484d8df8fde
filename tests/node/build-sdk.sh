#!/usr/bin/env bash
# Builds the generated TypeScript SDK the way it is published: `npm ci` in sdk/nodejs (its build tools,
# pinned by sdk/nodejs/package-lock.json; only when missing or stale), a fresh `tsc` into sdk/nodejs/bin,
# and package.json and README.md copied beside the compiled code (utilities.getVersion() reads
# ./package.json from there). tests/node installs sdk/nodejs/bin as "@tidb-dms/tidb-dms" (a copy:
# install-links=true), so the SDK and the program share one @pulumi/pulumi.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
sdk="$root/sdk/nodejs"

command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || {
  echo "build-sdk: node and npm are needed to build sdk/nodejs; install Node.js (20 or later)" >&2
  exit 1
}

log=$(mktemp)
trap 'rm -f "$log"' EXIT
if [ ! -f "$sdk/node_modules/.package-lock.json" ] || [ "$sdk/package-lock.json" -nt "$sdk/node_modules/.package-lock.json" ]; then
  echo "build-sdk: npm ci in sdk/nodejs" >&2
  if ! (cd "$sdk" && npm ci --no-audit --no-fund) >"$log" 2>&1; then
    cat "$log" >&2
    echo "build-sdk: npm ci in sdk/nodejs failed (log above)" >&2
    exit 1
  fi
fi

rm -rf "$sdk/bin"
if ! (cd "$sdk" && node node_modules/typescript/bin/tsc -p .) >"$log" 2>&1; then
  cat "$log" >&2
  echo "build-sdk: tsc failed in sdk/nodejs (output above)" >&2
  exit 1
fi
cp "$sdk/package.json" "$sdk/README.md" "$sdk/bin/"
