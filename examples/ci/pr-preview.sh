#!/usr/bin/env bash
# Offline preview of a pull request: the program at the base and at the head, the head compared
# with the base, written as a pull-request comment. Nothing is sent to AWS or to a Pulumi engine.
#
#   examples/ci/pr-preview.sh BASE_REF HEAD_REF PROGRAM_DIR [OUT_DIR]
#
# BASE_REF, HEAD_REF  git revisions (the PR's base branch and head commit)
# PROGRAM_DIR         the Pulumi program's folder, relative to the repository root
# OUT_DIR             where base.json and comment.md are written (default: pr-preview)
#
# Environment:
# PREVIEW  the command that runs the offline preview (default: the plugin built from this
#          repository, 'dotnet run --project provider --'; with the released plugin installed,
#          'pulumi-resource-tidb-dms'); word-split, so it may carry arguments
# STACK    the stack to preview (default: dev); its Pulumi.<STACK>.yaml is read at each revision
#
# Run it from the repository's root. Exit code: the head preview's (0 when it succeeded); the
# comment is written either way, with the errors when the head does not preview.
set -euo pipefail

if [[ $# -lt 3 ]]; then
  echo "usage: $0 BASE_REF HEAD_REF PROGRAM_DIR [OUT_DIR]" >&2
  exit 2
fi

base_ref=$1
head_ref=$2
program=${3%/}
out=${4:-pr-preview}
stack=${STACK:-dev}
read -r -a preview <<< "${PREVIEW:-dotnet run --project provider --}"

mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Each revision's program, exported from git: the working tree is left as it is.
export_program() {
  local ref=$1 dir=$2
  mkdir -p "$dir"
  if ! git cat-file -e "$ref:$program/Pulumi.yaml" 2>/dev/null; then
    return 1
  fi
  git archive "$ref" -- "$program" | tar -x -C "$dir"
}

diff_args=()
if export_program "$base_ref" "$work/base"; then
  # A base that does not preview still gives its JSON (with its errors); the diff says so.
  "${preview[@]}" preview "$work/base/$program" --stack "$stack" --json > "$out/base.json" 2> "$out/base.err" || true
  diff_args=(--diff-against "$out/base.json")
else
  echo "the base ($base_ref) has no $program/Pulumi.yaml: every resource shows as created" >&2
fi

if ! export_program "$head_ref" "$work/head"; then
  echo "the head ($head_ref) has no $program/Pulumi.yaml" >&2
  exit 2
fi

status=0
"${preview[@]}" preview "$work/head/$program" --stack "$stack" "${diff_args[@]}" --markdown > "$out/comment.md" 2> "$out/head.err" || status=$?
if [[ $status -ne 0 ]]; then
  {
    echo "### Offline preview of \`$program\` (stack \`$stack\`) failed"
    echo
    echo '```'
    # The errors name files in the temporary export: show them relative to the repository.
    sed "s#$work/head/##g" "$out/head.err"
    echo '```'
  } > "$out/comment.md"
fi

cat "$out/comment.md"
exit $status
