#!/usr/bin/env bash
# Installs what the test suites need and a fresh machine of this kind (Debian/Ubuntu) lacks, and prepares
# the Node projects the SDK tests run:
#   - MariaDB, for the preflight integration tests (they start their own server from its binaries);
#   - Go (golang-go: go and gofmt), for the generated Go SDK's checks (gofmt, go/parser; no module download);
#   - the generated TypeScript SDK built as it is published (tests/node/build-sdk.sh: npm ci and tsc in
#     sdk/nodejs, package.json copied into sdk/nodejs/bin), and tests/node's packages, which install that
#     build as a copy beside the one @pulumi/pulumi.
# python3 comes with the machine. Idempotent (installs nothing that is already there, reinstalls tests/node
# only when the SDK build or the lock file changed) and quiet (prints only what it does, and the log of a
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

tests_node="$root/tests/node"
installed="$tests_node/node_modules/@tidb-dms/tidb-dms"
if [ ! -f "$tests_node/node_modules/.package-lock.json" ] \
  || [ "$tests_node/package-lock.json" -nt "$tests_node/node_modules/.package-lock.json" ] \
  || ! diff -rq "$root/sdk/nodejs/bin" "$installed" >/dev/null 2>&1; then
  echo "install-deps: npm ci in tests/node" >&2
  log=$(mktemp)
  if ! (cd "$tests_node" && npm ci --no-audit --no-fund) >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "install-deps: npm ci in tests/node failed (log above)" >&2
    exit 1
  fi
  rm -f "$log"
fi
