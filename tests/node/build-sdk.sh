#!/usr/bin/env bash
# Builds the generated TypeScript SDK the way it is published: `npm ci` in sdk/nodejs (its build tools,
# pinned by sdk/nodejs/package-lock.json; only when missing or stale), a fresh `tsc` into sdk/nodejs/bin
# (only when a source or the build tools changed since the last build),
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

# The build is skipped when bin/ was built from exactly these sources and build tools (a stamp kept in
# node_modules, which npm does not copy into the projects that install bin/).
stamp="$sdk/node_modules/.tidb-dms-sdk-build"
sources=$(cd "$sdk" && find . -path ./node_modules -prune -o -path ./bin -prune -o -type f -print | LC_ALL=C sort \
  | xargs sha256sum; sha256sum node_modules/.package-lock.json)
if [ -d "$sdk/bin" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sources" ]; then
  exit 0
fi

rm -rf "$sdk/bin" "$stamp"
if ! (cd "$sdk" && node node_modules/typescript/bin/tsc -p .) >"$log" 2>&1; then
  cat "$log" >&2
  echo "build-sdk: tsc failed in sdk/nodejs (output above)" >&2
  exit 1
fi
cp "$sdk/package.json" "$sdk/README.md" "$sdk/bin/"
printf '%s' "$sources" >"$stamp"
