#!/usr/bin/env bash
# Measures the plugin's start-up (spawn → port line, spawn → first RPC reply, peak RSS) for each way of
# publishing it: framework-dependent, ReadyToRun, self-contained trimmed, NativeAOT.
# Publishes each variant with provider/publish.sh (into artifacts/), then starts them interleaved.
# Prints a Markdown table: figures, never pass/fail. On a shared machine, compare within one run.
#
# usage: tests/bench/startup.sh [--runs N] [--cwd DIR] [--no-publish] [--modes "fdd r2r sc-trimmed aot"]
#   --cwd DIR     start the plugin in DIR (the engine uses the program's folder; default: an empty one)
#   --no-publish  reuse artifacts/publish/<mode>-linux-x64 from an earlier run
# Like the engine, it passes an engine address (nothing listens there: the plugin dials it lazily).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

runs=20
publish=true
modes="fdd r2r sc-trimmed aot"
probe_args=(--arg 127.0.0.1:1)
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=${2:?}; shift 2 ;;
    --cwd) probe_args+=(--cwd "${2:?}"); shift 2 ;;
    --no-publish) publish=false; shift ;;
    --modes) modes=${2:?}; shift 2 ;;
    -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "startup.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done

variants=()
for mode in $modes; do
  if [ "$publish" = true ]; then
    "$root/provider/publish.sh" --mode "$mode" --no-archive >&2
  fi
  variants+=(--variant "$mode=$root/artifacts/publish/$mode-linux-x64/pulumi-resource-tidb-dms")
done

dotnet build "$root/tests/TidbDms.Benchmarks" -c Release --nologo -v quiet >&2
dotnet "$root/tests/TidbDms.Benchmarks/bin/Release/net10.0/TidbDms.Benchmarks.dll" \
  --runs "$runs" "${probe_args[@]}" "${variants[@]}"
