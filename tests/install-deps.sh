#!/usr/bin/env bash
# Installs what the test suites need and a fresh machine of this kind (Debian/Ubuntu) lacks:
# MariaDB for the preflight integration tests, which start their own server from its binaries.
# Idempotent (installs nothing that is already there) and quiet (prints only what it installs,
# and the apt log if that fails).
set -euo pipefail

have_mariadb() {
  for bin in /usr/sbin/mariadbd /usr/sbin/mysqld; do [ -x "$bin" ] && return 0; done
  command -v mariadbd >/dev/null 2>&1
}

need=()
have_mariadb || need+=(mariadb-server)
[ ${#need[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-deps: ${need[*]} is needed by the tests; this is not a Debian/Ubuntu machine, so install MariaDB's server package yourself" >&2
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
