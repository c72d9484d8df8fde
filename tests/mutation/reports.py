#!/usr/bin/env python3
"""Joins the two passes of tests/mutation/run.sh.

  reports.py spans REPORT [WHOLE_SUITE_REPORT ...]
                             the --mutate patterns (one per file) that cover, line by line, every mutant
                             REPORT left undetected, and every mutant of REPORT that timed out in a run
                             against the whole suite (those reports) and has no other result since;
                             nothing when there is none
  reports.py merge FIRST SECOND OUT
                             FIRST's report with every mutant SECOND tested again replaced by SECOND's result

Stryker.NET takes a span of a file as `glob{start..end}`, in characters from the start of the file (as
Roslyn counts them), and mutates only what lies wholly inside it; a report gives lines and 1-based
columns, and the source it read, so whole lines are turned into character offsets here.
"""
import json
import sys

# Pending: Stryker never got to test the mutant (its test run was lost); it is not detected.
UNDETECTED = {"Survived", "NoCoverage", "Pending"}

# A timeout in a run against the whole suite is not trusted. Stryker sets a mutant's timeout from the
# time its covering tests took in the initial run, but above 2,000 tests NUnit runs the whole assembly
# (see run.sh), which can take longer than that on a loaded machine; so a mutant that changes nothing
# can "time out". Those are tested again (run.sh gives whole-suite runs an additional-timeout that covers
# a whole run) rather than counted as detected.
UNSETTLED = {"Timeout", "Pending"}


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


def relative(path):
    """A mutated file's path from provider/ on, the same whichever copy of the tree a run used."""
    return path[path.rindex("/provider/") + 1:]


def spans(report_path, whole_suite_paths):
    report = json.load(open(report_path, encoding="utf-8"))
    unsettled = set()
    for whole_suite_path in whole_suite_paths:
        for path, file in json.load(open(whole_suite_path, encoding="utf-8"))["files"].items():
            unsettled.update((relative(path), key(m)) for m in file["mutants"] if m["status"] in UNSETTLED)
    for path, file in sorted(report["files"].items()):
        again = [m for m in file["mutants"] if m["status"] in UNDETECTED
                 or (m["status"] in UNSETTLED and (relative(path), key(m)) in unsettled)]
        lines = sorted({line for m in again for line in range(m["location"]["start"]["line"], m["location"]["end"]["line"] + 1)})
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
        print("**/" + relative(path) + "".join("{%d..%d}" % (offsets[a], offsets[b + 1]) for a, b in runs))


def merge(first_path, second_path, out_path):
    first = json.load(open(first_path, encoding="utf-8"))
    second = json.load(open(second_path, encoding="utf-8"))
    for path, file in first["files"].items():
        again = {key(m): m for m in second["files"].get(path, {}).get("mutants", [])
                 if m["status"] not in ("Ignored", "CompileError")}
        file["mutants"] = [again.get(key(m), m) for m in file["mutants"]]
    json.dump(first, open(out_path, "w", encoding="utf-8"))


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "spans":
        spans(sys.argv[2], sys.argv[3:])
    elif len(sys.argv) == 5 and sys.argv[1] == "merge":
        merge(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)
