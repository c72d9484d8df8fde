#!/usr/bin/env bash
# Mutation testing: runs Stryker.NET (dotnet-stryker, pinned in .config/dotnet-tools.json) on the plugin's
# source, one folder at a time, with the NUnit suite, and prints each folder's mutation score (killed or
# timed out ÷ every mutant that compiled) and the mutants that survived.
#
#   tests/mutation/run.sh [FOLDER ...]     (default: Component Planning Values Registration Preflight OfflineEngine)
#   tests/mutation/run.sh Preflight/GrantParser.cs 'Component/InputValidator*.cs'   (files under provider/, a glob each)
#   tests/mutation/run.sh Values,Registration         (one Stryker run over both: one build, one initial test run)
#   MUTATION_RECHECK=1 tests/mutation/run.sh Preflight (after adding tests: only what the last run left undetected)
#
# It is a command to run before releasing, not part of CI: a folder takes from a quarter of an hour to
# two hours on two shared cores. What it needs: the .NET SDK, the NuGet feed (once, for the tool),
# python3, jq, and MariaDB (tests/install-deps.sh) for the preflight tests.
#
# - Stryker rebuilds the test project with a mutated plugin assembly in its bin folder, so it runs on a
#   copy of the working tree (tracked and new files, no build outputs) under $MUTATION_WORK (default
#   ${TMPDIR:-/tmp}/tidbdms-mutation), never in the tree being edited.
# - --concurrency ${MUTATION_CONCURRENCY:-1}: one test host at a time by default (the machine has two
#   cores, shared); MUTATION_CONCURRENCY=2 on an otherwise idle two-core machine nearly halves the time.
# - Two passes. Nearly every mutant here is covered by more than 2,000 tests (every Construct runs the
#   input rules, the planner and the values code), and when more than 2,000 tests are selected, NUnit's
#   adapter runs the whole assembly and drops the other results (its AssemblySelectLimit, which Stryker
#   gives no way to raise): every mutant would cost a full test run. So the first pass tests every
#   mutant against the tests aimed at the folder (first_pass_filter below: its own namespace and the
#   suites written against it, a few hundred tests, seconds per mutant); the second pass tests the lines
#   whose mutants the first left undetected against the whole suite, and its results replace the
#   first's for those mutants (reports.py). The score is the whole suite's: a mutant counts as
#   undetected only if no test of the suite detects it.
# - The copy leaves out the tests that run the plugin or a program as another process (Node.js programs,
#   the SDK and example builds in Go, Python and Node, the plugin executable, the TypeScript preview, the
#   PR preview script): Stryker's coverage capture does not see into other processes, so it never picks
#   them for a mutant, and whenever it runs the whole assembly they only add a minute. The MariaDB
#   lifetime tests test the test fixture, not the plugin. They are deleted from the copy rather than
#   filtered out, because a filter that selects more than 2,000 tests is dropped too (see above).
# - tests/mutation/stryker-config.yaml holds what Stryker takes only from a file: the ConfigureAwait
#   mutants it leaves out as equivalent, and why.
# - Progress: the Dots reporter writes one character per mutant tested to
#   tests/mutation/reports/FOLDER/stryker.log, so a long run can be followed with tail.
# - Reports (HTML and JSON) go to tests/mutation/reports/FOLDER/ (ignored by git); the README's table
#   holds the latest scores and the equivalent mutants.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

folders=("$@")
[ ${#folders[@]} -gt 0 ] || folders=(Component Planning Values Registration Preflight OfflineEngine)
work=${MUTATION_WORK:-${TMPDIR:-/tmp}/tidbdms-mutation}
reports="$root/tests/mutation/reports"

# test files and folders (under tests/TidbDms.Provider.Tests) that only run other processes; see above
out_of_process=(NodePrograms Examples Sdk Hosting/PluginProcessTests.cs Cli/NodePreviewTests.cs
  Cli/NodeInstallationTests.cs Cli/PrPreviewScriptTests.cs Preflight/Integration/MariaDbLifetimeTests.cs)

(cd "$root" && dotnet tool restore >/dev/null)

# The first pass's tests for a folder: its own namespace and the suites aimed at it, fewer than
# NUnit's 2,000 (see above), so a test run takes seconds. Nothing for a folder without one.
first_pass_filter() {
  local t=FullyQualifiedName~TidbDms.Provider.Tests clauses=() part
  for part in "$@"; do
    case ${part%%/*} in
      # the contract's descriptions reach the schema (its suite); the planning and CLI suites would
      # catch a little more but make every mutant several times slower, so that is left to pass 2
      Component) clauses+=("$t.Component." "$t.Hardening." "$t.Rpc." "$t.Fuzzing.ConstructFuzzTests" "$t.Schema.") ;;
      Planning) clauses+=("($t.Planning.&FullyQualifiedName!~TidbDms.Provider.Tests.Planning.PlannerMatrixTests)" "$t.Hardening.") ;;
      Values) clauses+=("$t.Values." "$t.Protocol." "$t.Hardening.") ;;
      Registration) clauses+=("$t.Registration." "$t.Rpc." "$t.Hardening.") ;;
      Preflight) clauses+=("$t.Preflight." "$t.Cli.PreflightCommandTests" "$t.Fuzzing.PreflightFuzzTests") ;;
      OfflineEngine) clauses+=("$t.OfflineEngine." "$t.Testing.") ;;
      *) return 0 ;;
    esac
  done
  local IFS='|'
  echo "${clauses[*]}"
}

# One Stryker run on the copy: stryker OUTPUT CONFIG [STRYKER ARGS...]; its log is appended to
# $out/stryker.log. CONFIG is stryker-config.yaml for the first pass and whole-suite.yaml (written
# below) for a run against the whole suite.
stryker() {
  local output=$1 config=$2
  shift 2
  (cd "$copy/tests/TidbDms.Provider.Tests" && dotnet dotnet-stryker \
      --project TidbDms.Provider.csproj \
      --configuration Release \
      --concurrency "${MUTATION_CONCURRENCY:-1}" \
      --config-file "../mutation/$config" \
      --reporter Dots --reporter Html --reporter Json \
      --output "$output" \
      --skip-version-check "$@") | tee -a "$out/stryker.log" | grep -E "final mutation score|mutants will be tested|error" || true
  if [ ! -f "$output/reports/mutation-report.json" ]; then
    echo "provider/$folder: no report was written (see $out/stryker.log)" >&2
    exit 1
  fi
}

for folder in "${folders[@]}"; do
  # a comma-separated list is one run over all its parts (one build, one initial test run)
  mutate=()
  IFS=, read -r -a parts <<<"$folder"
  for part in "${parts[@]}"; do
    part=${part%/}
    if [ -d "$root/provider/$part" ]; then
      mutate+=(--mutate "**/$part/**/*.cs")
    elif compgen -G "$root/provider/$part" >/dev/null; then
      mutate+=(--mutate "**/$part")
    else
      echo "nothing under provider/ matches $part" >&2
      exit 2
    fi
  done
  name=${folder//[^A-Za-z0-9.-]/_}

  # The copy's folder must not be named like a folder to mutate: Stryker matches --mutate against
  # the whole path, so a copy in .../Component/ would make **/Component/** match every file.
  copy="$work/copy-of-$name"
  rm -rf "$copy"
  mkdir -p "$copy"
  (cd "$root" && git ls-files -co --exclude-standard -z | rsync -a --from0 --files-from=- --ignore-missing-args . "$copy/")
  for path in "${out_of_process[@]}"; do
    [ -e "$copy/tests/TidbDms.Provider.Tests/$path" ] || { echo "run.sh: tests/TidbDms.Provider.Tests/$path is gone; update out_of_process" >&2; exit 2; }
    rm -rf "${copy:?}/tests/TidbDms.Provider.Tests/$path"
  done

  # A run against the whole suite gets 90 s more per mutant than Stryker's own timeout: Stryker sets
  # that from the covering tests' time in its initial run, but above 2,000 tests NUnit runs the whole
  # assembly (see above), which a loaded machine can stretch past it, and a mutant that changes nothing
  # would count as detected by timing out. The first pass keeps the default, so that a mutant that
  # really hangs costs seconds, not minutes.
  { cat "$copy/tests/mutation/stryker-config.yaml"; echo "  additional-timeout: 90000"; } > "$copy/tests/mutation/whole-suite.yaml"

  out="$reports/$name"
  if [ -n "${MUTATION_RECHECK:-}" ]; then
    # Only what the last run left undetected, against the whole suite; its results replace the last
    # run's for those mutants. For new tests: the source must not have changed since the last run
    # (mutants are matched by line and column).
    previous="$out/mutation-report.json"
    [ -f "$previous" ] || { echo "provider/$folder: no earlier report to recheck in tests/mutation/reports/$name" >&2; exit 2; }
    echo "== provider/$folder: rechecking what the last run left undetected (reports in tests/mutation/reports/$name)"
    cp "$previous" "$out/previous-report.json"
    # the earlier runs against the whole suite, whose timeouts are tested again (see reports.py)
    whole_suite=()
    for run in second full recheck; do
      [ -f "$out/$run/reports/mutation-report.json" ] && whole_suite+=("$out/$run/reports/mutation-report.json")
    done
    again=()
    while IFS= read -r pattern; do again+=(--mutate "$pattern"); done \
      < <(python3 "$root/tests/mutation/reports.py" spans "$previous" "${whole_suite[@]}")
    rm -rf "$out/recheck"
    if [ ${#again[@]} -gt 0 ]; then
      stryker "$out/recheck" whole-suite.yaml "${again[@]}"
      python3 "$root/tests/mutation/reports.py" merge "$out/previous-report.json" "$out/recheck/reports/mutation-report.json" "$previous"
    fi
  else
    rm -rf "$out"
    mkdir -p "$out"
    echo "== provider/$folder: Stryker on a copy in $copy (reports in tests/mutation/reports/$name)"
    first=$(first_pass_filter "${parts[@]}")
    if [ -n "$first" ]; then
      echo "-- first pass: every mutant, against the tests aimed at provider/$folder"
      stryker "$out/first" stryker-config.yaml --test-case-filter "$first" "${mutate[@]}"
      second=()
      while IFS= read -r pattern; do second+=(--mutate "$pattern"); done \
        < <(python3 "$root/tests/mutation/reports.py" spans "$out/first/reports/mutation-report.json")
      if [ ${#second[@]} -gt 0 ]; then
        echo "-- second pass: the lines of the $((${#second[@]} / 2)) files with undetected mutants, against the whole suite"
        stryker "$out/second" whole-suite.yaml "${second[@]}"
        python3 "$root/tests/mutation/reports.py" merge "$out/first/reports/mutation-report.json" \
          "$out/second/reports/mutation-report.json" "$out/mutation-report.json"
      else
        cp "$out/first/reports/mutation-report.json" "$out/mutation-report.json"
      fi
    else
      stryker "$out/full" whole-suite.yaml "${mutate[@]}"
      cp "$out/full/reports/mutation-report.json" "$out/mutation-report.json"
    fi
  fi
  report="$out/mutation-report.json"

  # score = killed or timed out ÷ (those + survived + not covered + never tested); compile errors and
  # ignored mutants do not count
  jq -r --arg folder "$folder" '
    def score(ms): (ms | map(select(.status == "Killed" or .status == "Timeout")) | length) as $d
      | (ms | map(select(.status == "Survived" or .status == "NoCoverage" or .status == "Pending")) | length) as $u
      | "\($d) of \($d + $u) detected, score \(if $d + $u == 0 then 100 else ($d * 1000 / ($d + $u) | floor) / 10 end) %";
    [.files | to_entries[] | (.key | sub(".*/provider/"; "")) as $file | .value.mutants[] | . + {file: $file}] as $all
    | "provider/\($folder): \(score($all))",
      ($all | group_by(.file | split("/")[0])[] | "  \(.[0].file | split("/")[0])/: \(score(.))"),
      ($all | group_by(.file)[] | "  \(.[0].file): \(score(.))"),
      ($all | map(select(.status == "Survived" or .status == "NoCoverage" or .status == "Pending"))
        | sort_by(.file, .location.start.line)[]
        | "  \(.status | ascii_downcase) \(.file):\(.location.start.line) \(.mutatorName): \(.replacement // "" | gsub("\n"; " ") | .[0:100])")
' "$report" | tee "$out/summary.txt"
done
