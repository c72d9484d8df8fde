#!/usr/bin/env bash
# Publishes the plugin and packs the release archive the Pulumi CLI installs:
#   artifacts/publish/<mode>-<rid>/                          the published folder
#   artifacts/pulumi-resource-tidb-dms-v<version>-<os>-<arch>.tar.gz   its files, executable at the archive root (mode aot)
#   artifacts/pulumi-resource-tidb-dms-v<version>-<os>-<arch>-<mode>.tar.gz   the same for another mode
# The archive is named as the Pulumi engine downloads it from the schema's pluginDownloadURL (the
# project's GitHub releases): Pulumi's os/arch words, so the rid linux-x64 gives linux-amd64.
# Only the default mode's archive carries the engine's exact name; another mode adds "-<mode>" after
# the platform (never to the version, which the engine would read as a pre-release), so building
# two modes keeps both archives and a release uploads the default one under the name the engine asks for.
# Install it by hand with: pulumi plugin install resource tidb-dms <version> --file <archive>
#
# Modes (start-up times measured by tests/bench/startup.sh; figures in the README):
#   aot         NativeAOT, self-contained single native executable (default: starts fastest)
#   fdd         framework-dependent: needs the .NET 10 and ASP.NET Core 10 runtimes installed
#   r2r         framework-dependent, ReadyToRun-compiled
#   sc-trimmed  self-contained, trimmed, ReadyToRun-compiled
set -euo pipefail

usage() {
  sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  echo
  echo "usage: $(basename "$0") [--mode aot|fdd|r2r|sc-trimmed] [--rid linux-x64] [--output DIR] [--no-archive]"
}

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
project="$here/TidbDms.Provider.csproj"
executable=pulumi-resource-tidb-dms

mode=aot
rid=linux-x64
output="$root/artifacts"
archive=true
while [ $# -gt 0 ]; do
  case "$1" in
    --mode) mode=${2:?--mode needs a value}; shift 2 ;;
    --mode=*) mode=${1#*=}; shift ;;
    --rid) rid=${2:?--rid needs a value}; shift 2 ;;
    --rid=*) rid=${1#*=}; shift ;;
    --output) output=${2:?--output needs a value}; shift 2 ;;
    --output=*) output=${1#*=}; shift ;;
    --no-archive) archive=false; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "publish.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

case "$mode" in
  aot) mode_args=(-p:PublishAot=true) ;;
  fdd) mode_args=(--self-contained false) ;;
  r2r) mode_args=(--self-contained false -p:PublishReadyToRun=true) ;;
  sc-trimmed) mode_args=(--self-contained true -p:PublishTrimmed=true -p:PublishReadyToRun=true) ;;
  *) echo "publish.sh: unknown mode '$mode' (aot, fdd, r2r or sc-trimmed)" >&2; exit 2 ;;
esac

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

version=$(dotnet msbuild "$project" -getProperty:Version)
mkdir -p "$output"
output=$(cd "$output" && pwd)
publish_dir="$output/publish/$mode-$rid"
rm -rf "$publish_dir"

# Satellite resource assemblies (System.CommandLine's translated help) and XML docs would only add files.
dotnet publish "$project" -c Release -r "$rid" -o "$publish_dir" --nologo \
  -p:SatelliteResourceLanguages=en -p:PublishDocumentationFiles=false "${mode_args[@]}"

if [ ! -x "$publish_dir/$executable" ]; then
  echo "publish.sh: $publish_dir/$executable was not produced" >&2
  exit 1
fi

# Pulumi names architectures as Go does (amd64, arm64); .NET rids say x64/arm64, and osx for darwin.
pulumi_platform() {
  local os=${1%%-*} arch=${1#*-}
  case "$os" in osx) os=darwin ;; win) os=windows ;; esac
  case "$arch" in x64) arch=amd64 ;; esac
  echo "$os-$arch"
}

if [ "$archive" = true ]; then
  mode_suffix=""
  if [ "$mode" != aot ]; then mode_suffix="-$mode"; fi
  tarball="$output/$executable-v$version-$(pulumi_platform "$rid")$mode_suffix.tar.gz"
  # Debug symbols stay out of the archive; everything else the executable needs sits beside it.
  (cd "$publish_dir" && find . -type f ! -name '*.pdb' ! -name '*.dbg' | sed 's|^\./||' | LC_ALL=C sort \
    | tar -czf "$tarball" --owner=0 --group=0 --numeric-owner -T -)
  echo "$tarball"
else
  echo "$publish_dir/$executable"
fi
