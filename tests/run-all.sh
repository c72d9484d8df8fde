#!/usr/bin/env bash
# Runs every test suite of the repository, as the README's test command and as CI (.ci/run).
# It installs what the tests need on a fresh machine (MariaDB for the preflight tests, Go and the Node
# packages for the SDK checks), builds,
# runs the NUnit suites, and ends with one plain line: "N passed, M failed[, K skipped]".
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# --- what the tests need -------------------------------------------------------------------
"$root/tests/install-deps.sh"

# --- build once, then test ------------------------------------------------------------------
results="$root/tests/TestResults"
rm -rf "$results"
# The suites build the plugin and the test-support project (tests/TidbDms.Testing) they reference.
dotnet build tests/TidbDms.Provider.Tests -c Release --nologo -v quiet
# The benchmark is not a test (it reports figures), but it must keep compiling; so must the SDK generator
# (the tests reference it too, for the drift test).
dotnet build tests/TidbDms.Benchmarks -c Release --nologo -v quiet
dotnet build sdk/generator/TidbDms.SdkGenerator.csproj -c Release --nologo -v quiet
status=0
dotnet test tests/TidbDms.Provider.Tests -c Release --no-build --nologo \
  --logger "trx;LogFileName=provider.trx" --results-directory "$results" "$@" || status=$?

# --- one plain summary line from the test results -------------------------------------------
passed=0 failed=0 skipped=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  total=$(get total); p=$(get passed); f=$(get failed); e=$(get error); t=$(get timeout); a=$(get aborted)
  passed=$((passed + p)); failed=$((failed + f + e + t + a))
  skipped=$((skipped + total - p - f - e - t - a))
done
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "no test results were written" >&2
  [ "$status" -eq 0 ] && status=1
fi
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
exit "$status"
