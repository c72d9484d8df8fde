#!/usr/bin/env bash
# Installs what the test suites need and a fresh machine of this kind (Debian/Ubuntu) lacks, and prepares
# the Node projects the SDK tests run:
#   - MariaDB, for the preflight integration tests (they start their own server from its binaries);
#   - Go (golang-go: go and gofmt), for the generated Go SDK's checks (gofmt, go/parser; no module download);
#   - the generated TypeScript SDK built as it is published (tests/node/build-sdk.sh: npm ci and tsc in
#     sdk/nodejs, package.json copied into sdk/nodejs/bin), and the packages of tests/node and of the
#     TypeScript example (examples/typescript-starter-public-nat), which install that build as a copy
#     beside their one @pulumi/pulumi.
# python3 comes with the machine. Idempotent (installs nothing that is already there, reinstalls a Node
# project only when the SDK build or its lock file changed) and quiet (prints only what it does, and the log of a
# step that fails).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

have_mariadb() {
  for bin in /usr/sbin/mariadbd /usr/sbin/mysqld; do [ -x "$bin" ] && return 0; done
  command -v mariadbd >/dev/null 2>&1
}

# --- Debian packages -------------------------------------------------------------------------
need=()
have_mariadb || need+=(mariadb-server)
{ command -v go >/dev/null 2>&1 && command -v gofmt >/dev/null 2>&1; } || need+=(golang-go)

if [ ${#need[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps: ${need[*]} is needed by the tests; this is not a Debian/Ubuntu machine, so install MariaDB's server package and Go yourself" >&2
    exit 1
  fi

  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      echo "install-deps: ${need[*]} is needed by the tests; run this script as root (or install sudo)" >&2
      exit 1
    fi
  fi

  echo "install-deps: installing ${need[*]}" >&2
  log=$(mktemp)
  trap 'rm -f "$log"' EXIT
  export DEBIAN_FRONTEND=noninteractive
  if ! { "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "install-deps: installing ${need[*]} failed (apt log above)" >&2
    exit 1
  fi
fi

# --- Node: the generated SDK's build, and tests/node --------------------------------------------
"$root/tests/node/build-sdk.sh"

# npm ci in a project that installs sdk/nodejs/bin as a copy, when its packages are missing, its lock
# file changed since, or its copy of the SDK is not the current build.
npm_ci_if_stale() {
  local project="$1" name="$2"
  local installed="$project/node_modules/@tidb-dms/tidb-dms"
  if [ ! -f "$project/node_modules/.package-lock.json" ] \
    || [ "$project/package-lock.json" -nt "$project/node_modules/.package-lock.json" ] \
    || ! diff -rq "$root/sdk/nodejs/bin" "$installed" >/dev/null 2>&1; then
    echo "install-deps: npm ci in $name" >&2
    local log
    log=$(mktemp)
    if ! (cd "$project" && npm ci --no-audit --no-fund) >"$log" 2>&1; then
      cat "$log" >&2
      rm -f "$log"
      echo "install-deps: npm ci in $name failed (log above)" >&2
      exit 1
    fi
    rm -f "$log"
  fi
}

npm_ci_if_stale "$root/tests/node" tests/node
# The TypeScript example, which the preview tests run as a user would.
npm_ci_if_stale "$root/examples/typescript-starter-public-nat" examples/typescript-starter-public-nat
