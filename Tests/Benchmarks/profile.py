#!/usr/bin/env python3
"""Where nnreport's instructions go: callgrind on whole runs, summed by stage.

    python3 Tests/Benchmarks/profile.py --nnreport .build/static/release/nnreport [--iterations 1000 1000000]
        [--folder .build/bench-profile] [--reuse]

Runs `valgrind --tool=callgrind` on `nnreport -q -o DIR --iterations N` for each N (instruction
counts: repeatable, unlike times on a shared machine; 10⁶ takes about half an hour), demangles the
inclusive costs with `swift demangle`, and prints a Markdown table per run: the stages of the
report (training, charts, exports, pages, commit), the largest parts of the charts, and the
functions with the most instructions of their own. `--reuse` summarises existing callgrind files
without running valgrind again. Then tries `perf stat -e instructions`, which needs hardware
counters (a virtual machine often has none). Standard library only; needs valgrind and swift.
"""
import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

LINE = re.compile(r"^\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(.*)$")

# Stage name → substrings of demangled function names; a stage's cost is the largest inclusive
# cost among its functions (callgrind lists inlined code under the file it came from, so one
# function can appear several times).
STAGES = [
    ("training, the run's rule (Trainer.train)", ["static Trainer.train(_:settings:)"]),
    ("training, the other rule (Trainer.summary)", ["static Trainer.summary(_:settings:)"]),
    ("charts, all threads (RunCharts.render)", ["closure #1 in static RunCharts.render(_:typeface:)"]),
    ("data/history.csv (HistoryCSV.write)", ["static HistoryCSV.write"]),
    ("data/history.json (HistoryJSON.write)", ["static HistoryJSON.write"]),
    ("pages: history, walkthrough, 404 (SiteGenerator.writeSite − CSV − JSON)", None),
    ("commit (SiteWriter.commit)", ["SiteWriter.commit()"]),
]
CHART_PARTS = [
    ("PNG encoding (gdImagePngPtrEx: libpng filters + zlib)", ["gdImagePngPtrEx"]),
    ("  of which libpng's own code, mostly its adaptive filter choice", ["libpng16.so"], "self"),
    ("  of which zlib deflate", ["???:deflate "]),
    ("boundary.gif animation (BoundaryCharts.animation)", ["BoundaryCharts.animation()"]),
    ("gdImageSetPixel (per-pixel writes: fills, copies, polygons)", ["???:gdImageSetPixel "]),
    ("text (gdImageStringFTEx: FreeType)", ["???:gdImageStringFTEx "]),
    ("line charts drawn, not encoded (LineChartRenderer.draw)", ["LineChartRenderer.draw()"]),
    ("pages' history rows (HistoryRowWriter.write)", ["HistoryRowWriter.write("]),
    ("shortest number text (ShortestNumber.text)", ["ShortestNumber.text("]),
]


def annotate(path, inclusive):
    """(cost, demangled name) of every function of a callgrind file, largest first."""
    flags = ["--inclusive=yes"] if inclusive else []
    raw = subprocess.run(["callgrind_annotate", "--threshold=100", *flags, str(path)], capture_output=True,
                         text=True, check=True).stdout  # its stderr has harmless Perl warnings
    text = subprocess.run(["swift", "demangle", "--simplified"], input=raw, capture_output=True, text=True,
                          check=True).stdout
    rows, total = [], None
    for line in text.splitlines():
        match = LINE.match(line)
        if not match:
            continue
        cost, name = int(match.group(1).replace(",", "")), match.group(2)
        if name.startswith("PROGRAM TOTALS"):
            total = cost
        else:
            rows.append((cost, name))
    return total, rows


def largest(rows, patterns):
    return max((cost for cost, name in rows if any(p in name for p in patterns)), default=0)


def summarise(path):
    total, inclusive = annotate(path, inclusive=True)
    _, exclusive = annotate(path, inclusive=False)

    def share(cost):
        amount = f"{cost / 1e9:.2f} G" if cost >= 1e8 else f"{cost / 1e6:.1f} M"
        return f"{amount} ({cost / total:.1%})"

    lines = [f"Total: {total / 1e9:.2f} G instructions.", "", "| stage | instructions |", "|---|---|"]
    costs = {}
    for name, patterns in STAGES:
        if patterns is None:
            site = largest(inclusive, ["SiteGenerator.writeSite"])
            csv = largest(inclusive, ["static HistoryCSV.write"])
            json = largest(inclusive, ["static HistoryJSON.write"])
            costs[name] = max(site - csv - json, 0)
        else:
            costs[name] = largest(inclusive, patterns)
        lines.append(f"| {name} | {share(costs[name])} |")
    rest = total - sum(costs.values())
    lines.append(f"| the rest: start-up, settings, templates, exit | {share(max(rest, 0))} |")
    lines += ["", "| part | instructions |", "|---|---|"]
    for part in CHART_PARTS:
        name, patterns = part[0], part[1]
        rows = exclusive if len(part) > 2 else inclusive
        cost = sum(c for c, n in rows if any(p in n for p in patterns)) if len(part) > 2 else largest(rows, patterns)
        lines.append(f"| {name} | {share(cost)} |")
    lines += ["", "Most instructions of their own:", "", "| function | instructions |", "|---|---|"]
    for cost, name in exclusive[:12]:
        short = re.sub(r"\s*\[.*\]$", "", name)
        short = re.sub(r"^.*/(Sources/)", r"\1", short)
        lines.append(f"| `{short[:110]}` | {share(cost)} |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--nnreport", required=True)
    parser.add_argument("--iterations", type=int, nargs="+", default=[1_000, 1_000_000])
    parser.add_argument("--folder", default=".build/bench-profile")
    parser.add_argument("--reuse", action="store_true", help="summarise existing callgrind files")
    args = parser.parse_args()
    folder = Path(args.folder)
    folder.mkdir(parents=True, exist_ok=True)
    for iterations in args.iterations:
        out = folder / f"callgrind.{iterations}.out"
        if not (args.reuse and out.exists()):
            site = folder / f"site-{iterations}"
            shutil.rmtree(site, ignore_errors=True)
            print(f"profile: callgrind, {iterations:,} iterations …", file=sys.stderr, flush=True)
            subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", args.nnreport, "-q",
                            "-o", str(site), "--iterations", str(iterations)], check=True,
                           stderr=subprocess.DEVNULL)
            shutil.rmtree(site, ignore_errors=True)
        print(f"### callgrind, {iterations:,} iterations\n\n{summarise(out)}\n")
    perf = subprocess.run(["perf", "stat", "-x,", "-e", "instructions", "true"], capture_output=True, text=True)
    if perf.returncode != 0 or "not supported" in perf.stderr or "<not" in perf.stderr:
        print("perf: `perf stat -e instructions true` has no hardware counter here; "
              "use `perf record -e cpu-clock -g` for a sampled view.")
    else:
        print("perf: hardware counters work; `perf stat -e instructions,cycles` on a run gives its IPC.")


if __name__ == "__main__":
    main()
