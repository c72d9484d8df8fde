#!/usr/bin/env python3
"""Joins the two passes of tests/mutation/run.sh.

  reports.py spans REPORT    the --mutate patterns (one per file) that cover, line by line, every mutant
                             the first pass did not detect; nothing when it detected them all
  reports.py merge FIRST SECOND OUT
                             FIRST's report with every mutant SECOND tested again replaced by SECOND's result

Stryker.NET takes a span of a file as `glob{start..end}`, in characters from the start of the file (as
Roslyn counts them), and mutates only what lies wholly inside it; a report gives lines and 1-based
columns, and the source it read, so whole lines are turned into character offsets here.
"""
import json
import sys

UNDETECTED = {"Survived", "NoCoverage"}


def key(mutant):
    """What identifies a mutant across two runs on the same source (its id does not)."""
    loc = mutant["location"]
    return (loc["start"]["line"], loc["start"]["column"], loc["end"]["line"], loc["end"]["column"],
            mutant["mutatorName"], mutant.get("replacement", ""))


def line_offsets(source):
    """The character offset at which each line (1-based) starts, and one past the last line."""
    offsets = [0, 0]
    for line in source.splitlines(keepends=True):
        offsets.append(offsets[-1] + len(line))
    return offsets


def spans(report_path):
    report = json.load(open(report_path, encoding="utf-8"))
    for path, file in sorted(report["files"].items()):
        lines = sorted({line for m in file["mutants"] if m["status"] in UNDETECTED
                        for line in range(m["location"]["start"]["line"], m["location"]["end"]["line"] + 1)})
        if not lines:
            continue
        offsets = line_offsets(file["source"])
        # one span per run of consecutive lines
        runs, first, last = [], lines[0], lines[0]
        for line in lines[1:]:
            if line != last + 1:
                runs.append((first, last))
                first = line
            last = line
        runs.append((first, last))
        relative = path[path.rindex("/provider/") + 1:]
        print("**/" + relative + "".join("{%d..%d}" % (offsets[a], offsets[b + 1]) for a, b in runs))


def merge(first_path, second_path, out_path):
    first = json.load(open(first_path, encoding="utf-8"))
    second = json.load(open(second_path, encoding="utf-8"))
    for path, file in first["files"].items():
        again = {key(m): m for m in second["files"].get(path, {}).get("mutants", [])
                 if m["status"] not in ("Ignored", "CompileError")}
        file["mutants"] = [again.get(key(m), m) for m in file["mutants"]]
    json.dump(first, open(out_path, "w", encoding="utf-8"))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "spans":
        spans(sys.argv[2])
    elif len(sys.argv) == 5 and sys.argv[1] == "merge":
        merge(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)
