#!/usr/bin/env python3
"""`make bench`: nnreport against the Python way, whole process, and the charts and stages alone.

    python3 Tests/Benchmarks/run.py --nnreport PATH --charts-bench PATH --phase-bench PATH
        [--exp-bench PATH] [--quick | --full] [--results Tests/Benchmarks/results.md]

Whole-process wall time (median of several runs after a warm-up, with the median absolute
deviation and the range), CPU time (user + system) and peak RSS (ru_maxrss of the child, from
wait4) of `nnreport` and of python/report.py on the same jobs; the charts alone (ChartsBench:
RunCharts.render at 10³ and 10⁷ points), the stages of one report (PhaseBench) and
correctlyRoundedExp against the C library's exp (ExpBench, ns per call), and `nnreport compare` on
100 runs of 10³ iterations and 1,000 runs of 100 (every run's full report). Prints the
tables and writes them, with the machine's description and the targets of the issue, to
results.md; the hand-written profile summary (analysis.md) is appended as it is.

Every run writes into a fresh folder of a temporary directory, removed after the run and outside
its timing. Standard library only.
"""
import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
PYTHON_REPORT = HERE / "python" / "report.py"
ANALYSIS = HERE / "analysis.md"


@dataclass
class Runs:
    """The runs of one command: wall and CPU seconds, peak RSS in KiB."""
    walls: list = field(default_factory=list)
    cpus: list = field(default_factory=list)
    rss: list = field(default_factory=list)
    note: str = ""
    site: dict = None  # the first run's site: files, bytes, largest file (path and bytes)

    @property
    def wall(self):
        return statistics.median(self.walls)

    @property
    def cpu(self):
        return statistics.median(self.cpus)

    @property
    def mad(self):
        middle = self.wall
        return statistics.median(abs(w - middle) for w in self.walls)

    @property
    def peak_mib(self):
        return max(self.rss) / 1024


@dataclass
class Case:
    """One job, done by both tools; `python_runs` 0 skips the Python way.

    `arguments` follow `-o DIR` on both command lines; a case with `startup` runs only the start-up
    of each tool (`nnreport --version`; Python importing numpy, matplotlib and Jinja2).
    """
    key: str
    label: str
    arguments: list
    startup: bool = False
    iterations: int = None
    runs: int = 5
    warmups: int = 1
    python_runs: int = 5
    python_warmups: int = 1
    nnreport: Runs = None
    python: Runs = None


# MARK: - Running


def spawn(argv, stdout_path, stderr_path):
    """Runs argv to completion; returns (exit code, wall seconds, CPU seconds, peak RSS KiB)."""
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, str(stdout_path), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
        (os.POSIX_SPAWN_OPEN, 2, str(stderr_path), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
    ]
    start = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    return os.waitstatus_to_exitcode(status), wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def measure(argv_for, runs, warmups, scratch, label, iterations=None):
    """Runs `argv_for(output folder)` warmups + runs times, each into a fresh folder; checks that
    the first site holds every iteration when `iterations` is given."""
    result = Runs()
    for index in range(warmups + runs):
        output = scratch / f"run-{index}"
        stdout, stderr = scratch / "stdout.txt", scratch / "stderr.txt"
        code, wall, cpu, rss = spawn(argv_for(output), stdout, stderr)
        if code != 0:
            sys.exit(f"bench: {label} exited with {code}:\n{stderr.read_text(errors='replace')[-2000:]}")
        if index == 0 and iterations:
            check_site(output, iterations, label)
            result.site = site_sizes(output)
        discard(output, scratch)
        if index >= warmups:
            result.walls.append(wall)
            result.cpus.append(cpu)
            result.rss.append(rss)
    return result


def scratch_parent():
    """Where the runs write their sites: a tmpfs (/dev/shm) when there is one, else the temporary
    folder.

    On this machine (a VM whose disk is ext4 without a journal) writing to disk measures the
    machine's memory and disk as much as the program: once earlier runs' sites fill the page cache,
    every page written must first be reclaimed. A 2-2-1 run of 10⁶ iterations (1.8 GB) took 3.5 s
    (0.6 s of system time) on a fresh cache, 6.1 s (4.5 s of system time) after 7 GB of earlier
    sites, 4.1–4.3 s after dropping the cache (its libraries then read from disk again), and 3.5–3.7 s
    on /dev/shm, deleted after each run (measured by hand, one after another). A user's run writes
    into the page cache at memory speed unless the machine is short of memory, as on tmpfs."""
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) and on_tmpfs(shm) else None


def on_tmpfs(path):
    """Whether `path` is on a tmpfs, by the longest mount point of /proc/mounts above it."""
    try:
        mounts = [line.split()[1:3] for line in Path("/proc/mounts").read_text().splitlines()]
    except OSError:
        return False
    path = str(Path(path).resolve())
    best = max((m for m in mounts if path == m[0] or path.startswith(m[0].rstrip("/") + "/")),
               key=lambda m: len(m[0]), default=None)
    return best is not None and best[1] == "tmpfs"


def discard(output, scratch):
    """Deletes a finished run's output at once on a tmpfs; on a disk moves it aside, and everything
    moved is deleted when the bench ends.

    Deleting it at once would slow the next run down: ext4 without a journal (this machine's
    root) skips inodes freed in the last 30 s when it allocates one (fs/ext4/ialloc.c,
    recently_deleted), reading each one's inode block, so a run creating its 1,045 files just
    after 1,045 were deleted spends most of a second in the kernel (10⁶ iterations: 3.0 s of CPU
    against 2.2 s, measured). A user's run does not follow the deletion of a site.

    The data written is flushed to disk before the next run (untimed): past the kernel's dirty
    limits (vm.dirty_background_ratio 10 %, dirty_ratio 20 % of memory, here 2.2 and 4.4 GB) a
    writer is made to wait for the disk, so a 2-2-1 run of 10⁶ iterations (1.8 GB) right after
    another took 3.2–3.8 s of system time against 0.7 s (measured). A user's run does not start
    behind gigabytes of someone else's unwritten pages either."""
    if on_tmpfs(scratch):
        shutil.rmtree(output, ignore_errors=True)
        return
    trash = scratch / "discarded"
    trash.mkdir(exist_ok=True)
    if output.exists():
        output.rename(trash / f"{len(list(trash.iterdir()))}")
    os.sync()


def check_site(folder, iterations, label):
    """The job was done: the last history page holds the last iteration, the CSV (or its parts,
    data/history-NNNN.csv, each with its header line) has every row."""
    last = folder / "history" / f"page-{(iterations + 999) // 1000:04d}.html"
    if not last.exists() or f'id="it-{iterations}"' not in last.read_text(errors="replace"):
        sys.exit(f"bench: {label}: {last} does not hold iteration {iterations}")
    parts = sorted((folder / "data").glob("history-*.csv")) or [folder / "data" / "history.csv"]
    rows = 0
    for csv in parts:
        with open(csv, "rb") as file:
            rows += sum(chunk.count(b"\n") for chunk in iter(lambda: file.read(1 << 20), b"")) - 1
    if rows != iterations:
        sys.exit(f"bench: {label}: {len(parts)} CSV file(s) hold {rows} rows, not {iterations}")


def site_sizes(folder):
    """What a static host sees of a site: its file count, total bytes and largest file."""
    files = [path for path in folder.rglob("*") if path.is_file()]
    largest = max(files, key=lambda path: path.stat().st_size)
    return {"files": len(files), "bytes": sum(path.stat().st_size for path in files),
            "largest": str(largest.relative_to(folder)), "largestBytes": largest.stat().st_size}


@dataclass
class Comparison:
    """One `nnreport compare` job: `count` runs of `iterations` each, every run's full report."""
    key: str
    label: str
    arguments: list
    count: int
    iterations: int
    runs: int = 3
    nnreport: Runs = None


def comparisons(mode):
    """The issue's comparisons: 100 runs of the default network × 10³ iterations (one learning rate
    each), the same with both rules (whose animations cost more), 1,000 runs × 100 iterations; and
    one run of 100 iterations, the memory a comparison's is measured against."""
    runs = 1 if mode == "quick" else 3
    rates = lambda count, step: ",".join(f"{step * (i + 1):.{len(str(step)) - 2}f}" for i in range(count))
    return [
        Comparison("one-100", "one run of 100 iterations (`generate`)", ["generate", "--iterations", "100"], 1, 100,
                   runs),
        Comparison("compare-100", "100 runs × 10³ iterations (`--vary learning-rate=0.01,…,1`)",
                   ["compare", "--vary", "learning-rate=" + rates(100, 0.01)], 100, 1000, runs),
        Comparison("compare-100-rules", "100 runs × 10³ iterations, both rules (50 rates × 2 rules)",
                   ["compare", "--vary", "learning-rate=" + rates(50, 0.02), "--vary", "rule=thresholded,logistic"],
                   100, 1000, 1),
        Comparison("compare-1000", "1,000 runs × 100 iterations (`--vary learning-rate=0.001,…,1`)",
                   ["compare", "--vary", "learning-rate=" + rates(1000, 0.001), "--iterations", "100"], 1000, 100, 1),
    ]


def measure_comparison(binary, case, scratch):
    """Runs a comparison `case.runs` times into fresh folders; checks the first is complete."""
    result = Runs()
    for index in range(case.runs):
        output = scratch / f"compare-{index}"
        stdout, stderr = scratch / "stdout.txt", scratch / "stderr.txt"
        argv = [binary, *case.arguments[:1], "-q", "-o", str(output), *case.arguments[1:]]
        code, wall, cpu, rss = spawn(argv, stdout, stderr)
        if code != 0:
            sys.exit(f"bench: {case.label} exited with {code}:\n{stderr.read_text(errors='replace')[-2000:]}")
        if index == 0:
            if case.count == 1:
                check_site(output, case.iterations, case.label)
            else:
                runs = sorted((output / "runs").iterdir())
                if len(runs) != case.count or not (output / "index.html").exists():
                    sys.exit(f"bench: {case.label}: {len(runs)} runs written, not {case.count}")
                check_site(runs[-1], case.iterations, case.label)
        discard(output, scratch)
        result.walls.append(wall)
        result.cpus.append(cpu)
        result.rss.append(rss)
    return result


def run_json(argv, scratch, label):
    """Runs a bench executable that prints one JSON object; returns (object, peak RSS MiB)."""
    stdout, stderr = scratch / "stdout.txt", scratch / "stderr.txt"
    code, _, _, rss = spawn(argv, stdout, stderr)
    if code != 0:
        sys.exit(f"bench: {label} exited with {code}:\n{stderr.read_text(errors='replace')[-2000:]}")
    return json.loads(stdout.read_text()), rss / 1024


def same_log(nnreport, scratch, arguments):
    """Both tools on the same job: (values compared, values that differ, largest relative difference)
    in data/history.csv."""
    folders = scratch / "check-nnreport", scratch / "check-python"
    for argv, label in ((nnreport_argv(nnreport, folders[0], Case("", "", arguments)), "nnreport"),
                        (python_argv(folders[1], Case("", "", arguments)), "report.py")):
        code, *_ = spawn(argv, scratch / "stdout.txt", scratch / "stderr.txt")
        if code != 0:
            sys.exit(f"bench: {label} failed on the log check")
    tables = [(folder / "data" / "history.csv").read_text().splitlines() for folder in folders]
    shutil.rmtree(folders[0]), shutil.rmtree(folders[1])
    if tables[0][0] != tables[1][0] or len(tables[0]) != len(tables[1]):
        return 0, -1, 0.0
    compared = differ = 0
    largest = 0.0
    for ours, theirs in zip(tables[0][1:], tables[1][1:]):
        for a, b in zip(map(float, ours.split(",")), map(float, theirs.split(","))):
            compared += 1
            if a != b:
                differ += 1
                largest = max(largest, abs(a - b) / max(abs(a), abs(b)))
    return compared, differ, largest


def write_dataset(path, samples=100_000, seed=20240601):
    """Two overlapping Gaussian clouds in two features, the same file on every run."""
    rng = random.Random(seed)
    lines = ["x1,x2,label"]
    for _ in range(samples):
        label = rng.random() < 0.5
        centre = 1.0 if label else -1.0
        lines.append(f"{rng.gauss(centre, 1.2):.6f},{rng.gauss(centre, 1.2):.6f},{int(label)}")
    path.write_text("\n".join(lines) + "\n")


def nnreport_argv(binary, output, case):
    return [binary, "--version"] if case.startup else [binary, "-q", "-o", str(output), *case.arguments]


def python_argv(output, case):
    if case.startup:
        imports = "import numpy, matplotlib; matplotlib.use('Agg'); import matplotlib.pyplot, jinja2"
        return [sys.executable, "-c", imports]
    return [sys.executable, str(PYTHON_REPORT), "-o", str(output), *case.arguments]


# MARK: - Formatting


def duration(seconds):
    if seconds < 1:
        return f"{seconds * 1000:.1f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"
    return f"{seconds:.2f} s" if seconds < 10 else f"{seconds:.1f} s"


def spread(runs):
    if len(runs.walls) == 1:
        return f"{duration(runs.wall)} (1 run)"
    return (f"{duration(runs.wall)} ± {duration(runs.mad)} [{duration(min(runs.walls))}–{duration(max(runs.walls))}]"
            f", {len(runs.walls)} runs")


def ratio(slow, fast):
    return f"{slow / fast:.1f}×" if fast > 0 else "—"


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def verdict(met, text):
    return ("**met**: " if met else "**not met**: ") + text


# MARK: - Machine


def machine():
    cpu = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = "?"
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal"):
            memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    system = platform.platform()
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                system = line.split("=", 1)[1].strip('"') + f", Linux {platform.release()}"
    except OSError:
        pass
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.strip().splitlines()
    versions = subprocess.run(
        [sys.executable, "-c", "import numpy, matplotlib, jinja2; "
         "print(numpy.__version__, matplotlib.__version__, jinja2.__version__)"],
        capture_output=True, text=True).stdout.split()
    python = f"Python {platform.python_version()}"
    if len(versions) == 3:
        python += f", numpy {versions[0]}, matplotlib {versions[1]}, Jinja2 {versions[2]}"
    return [
        ("CPU", f"{cpu}, {os.cpu_count()} cores"),
        ("RAM", memory),
        ("OS", system),
        ("Swift", swift[0] if swift else "?"),
        ("Python", python),
        ("Date", datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
    ]


def load():
    return " / ".join(f"{value:.1f}" for value in os.getloadavg())


# MARK: - Main


def cases_for(mode, dataset):
    full, quick = mode == "full", mode == "quick"
    runs = 3 if quick else 5
    cases = [Case("startup", "start-up only (`--version`; imports)", [], startup=True, runs=runs, python_runs=runs),
             Case("default", "default report (AND, 10³ iterations)", [], runs=runs, python_runs=runs,
                  iterations=1000)]
    for exponent, count in ((4, 10_000), (5, 100_000), (6, 1_000_000)):
        for rule in ("thresholded", "logistic"):
            case = Case(f"1e{exponent}-{rule}", f"10{'⁴⁵⁶'[exponent - 4]} iterations, {rule}",
                        ["--iterations", str(count), "--rule", rule], runs=runs, iterations=count)
            # The Python way takes ~15 s at 10⁵ and minutes at 10⁶: fewer runs, no warm-up (the
            # interpreter and libraries are warm from the cases before), as the table says.
            case.python_warmups = 0
            case.python_runs = {4: 3, 5: 1, 6: 1}[exponent] if not full else 3
            if exponent == 6:
                case.warmups = 0  # the binary is warm from the cases before; a warm-up costs seconds
                if not full and rule == "logistic":
                    case.python_runs = 0
                    case.python = Runs(note="not run (minutes; `make bench BENCH_FLAGS=--full` runs it)")
            if quick and exponent >= 5:
                case.python_runs = 0
                case.python = Runs(note="not run (--quick)")
            cases.append(case)
    cases.append(Case("csv", "CSV 100,000 samples × 2 features, 10³ iterations", ["--dataset", str(dataset)],
                      runs=runs, python_runs=1 if quick else 3, python_warmups=0, iterations=1000))
    # Issue 15: a network with hidden layers, with its own defaults (logistic, α = 1, 5,000 iterations).
    # The Python way of the article has no hidden layer: nnreport alone, against the default report.
    alone = Runs(note="no Python way (the article has no hidden layer)")
    cases.append(Case("hidden", "XOR 2-2-1 report (its defaults: 5,000 iterations)", HIDDEN, runs=runs,
                      iterations=5000, python_runs=0, python=alone))
    cases.append(Case("hidden-1e6", "XOR 2-2-1, 10⁶ iterations", HIDDEN + ["--iterations", "1000000"],
                      runs=1 if quick else 3, warmups=0, iterations=1_000_000, python_runs=0, python=alone))
    return cases


HIDDEN = ["--dataset", "xor", "--hidden", "2"]


def logged_values(nnreport, arguments, scratch):
    """Values logged per iteration: the columns of `nnreport train`'s CSV but the iteration's."""
    log = scratch / "one-iteration.csv"
    subprocess.run([nnreport, "train", "-q", "--iterations", "1", "--log", str(log), *arguments], check=True)
    return len(log.read_text().splitlines()[0].split(",")) - 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--nnreport")
    parser.add_argument("--charts-bench")
    parser.add_argument("--phase-bench")
    parser.add_argument("--exp-bench", help="ExpBench: correctlyRoundedExp against the C library's exp")
    parser.add_argument("--results", default=str(HERE / "results.md"))
    parser.add_argument("--raw", default=str(HERE / "results.json"), help="where the measurements are kept")
    parser.add_argument("--render-only", action="store_true", help="rewrite results.md from --raw, measuring nothing")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--quick", action="store_true", help="fewer runs, no Python beyond 10⁴")
    group.add_argument("--full", action="store_true", help="every Python case, 3 runs each (about 25 minutes)")
    args = parser.parse_args()
    if args.render_only:
        data = json.loads(Path(args.raw).read_text())
    else:
        if not (args.nnreport and args.charts_bench and args.phase_bench):
            parser.error("--nnreport, --charts-bench and --phase-bench are needed to measure")
        data = collect(args)
        Path(args.raw).write_text(json.dumps(data, indent=1) + "\n")
    report = render(data)
    print()
    print(report)
    Path(args.results).write_text(report + "\n\n" + (ANALYSIS.read_text() if ANALYSIS.exists() else ""))
    print(f"\nbench: wrote {args.results} and {args.raw} ({duration(data['elapsed'])} of measuring)")


def collect(args):
    """Every measurement, as plain data (kept in results.json)."""
    mode = "quick" if args.quick else "full" if args.full else "normal"
    nnreport = str(Path(args.nnreport).resolve())
    started = time.perf_counter()
    data = {"mode": mode, "machine": machine(), "loadBefore": load()}
    scratch = Path(tempfile.mkdtemp(prefix="nnreport-bench-", dir=scratch_parent()))
    data["machine"].append(("Sites written to", f"{scratch.parent} ({'tmpfs' if on_tmpfs(scratch) else 'disk'})"))
    try:
        dataset = scratch / "points.csv"
        write_dataset(dataset)
        cases = cases_for(mode, dataset)
        data["checks"] = {rule: same_log(nnreport, scratch, ["--rule", rule]) for rule in ("thresholded", "logistic")}
        data["loggedValues"] = {"default": logged_values(nnreport, [], scratch),
                                "hidden": logged_values(nnreport, HIDDEN, scratch)}
        for case in cases:
            print(f"bench: {case.label}: nnreport …", flush=True)
            case.nnreport = measure(lambda out, c=case: nnreport_argv(nnreport, out, c), case.runs, case.warmups,
                                    scratch, f"nnreport {case.label}", case.iterations)
            if case.python_runs:
                print(f"bench: {case.label}: Python …", flush=True)
                case.python = measure(lambda out, c=case: python_argv(out, c), case.python_runs,
                                      case.python_warmups, scratch, f"report.py {case.label}", case.iterations)
        data["cases"] = [{"key": case.key, "label": case.label, "nnreport": asdict(case.nnreport),
                          "python": asdict(case.python) if case.python else None} for case in cases]

        print("bench: charts alone …", flush=True)
        chart_runs = "3" if args.quick else "5"
        data["charts"] = {}
        for points in (1_000, 10_000_000):
            result, rss = run_json([str(Path(args.charts_bench).resolve()), str(points), chart_runs], scratch,
                                   f"ChartsBench {points}")
            data["charts"][str(points)] = {**result, "peakMiB": rss}
        print("bench: stages …", flush=True)
        phase = str(Path(args.phase_bench).resolve())
        data["stages"] = {
            "1000": run_json([phase, "1000", chart_runs, str(scratch)], scratch, "PhaseBench 1000")[0]["stages"],
            "1000000": run_json([phase, "1000000", "1", str(scratch)], scratch, "PhaseBench 1000000")[0]["stages"],
        }
        data["comparisons"] = []
        for case in comparisons(mode):
            print(f"bench: {case.label} …", flush=True)
            result = measure_comparison(nnreport, case, scratch)
            data["comparisons"].append({"key": case.key, "label": case.label, "count": case.count,
                                        "iterations": case.iterations, "nnreport": asdict(result)})
        if args.exp_bench:
            print("bench: correctlyRoundedExp …", flush=True)
            exp_runs = "3" if args.quick else "9"
            data["exp"] = run_json([str(Path(args.exp_bench).resolve()), exp_runs], scratch, "ExpBench")[0]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    data["loadAfter"] = load()
    data["elapsed"] = time.perf_counter() - started
    return data


def render(data):
    cases = [Case(c["key"], c["label"], [], nnreport=Runs(**c["nnreport"]),
                  python=Runs(**c["python"]) if c["python"] else None) for c in data["cases"]]
    by_key = {case.key: case for case in cases}
    charts, stages = data["charts"], data["stages"]
    out = ["# nnreport benchmarks", ""]
    out.append("Written by `make bench` (Tests/Benchmarks/run.py; the raw measurements are in results.json); "
               "the profile summary at the end is Tests/Benchmarks/analysis.md. Numbers are from the machine "
               "below; on a shared or loaded machine compare the CPU column, which waiting for a core does "
               "not inflate.")
    out += ["", "## Machine", ""]
    out += [f"- {name}: {value}" for name, value in data["machine"]]
    out.append(f"- Load average (1/5/15 min) before: {data['loadBefore']}; after: {data['loadAfter']}; "
               f"the whole bench took {duration(data['elapsed'])} ({data['mode']} mode)")

    out += ["", "## Whole process: nnreport against the Python way", ""]
    out.append("Wall time: median ± median absolute deviation [min–max] after one warm-up run (none for "
               "nnreport at 10⁶ and for the Python way beyond the default report: they run after the "
               "cases that warm the binary and the interpreter). CPU: median user + system time. RSS: the "
               "largest ru_maxrss of the runs. Ratio: Python median ÷ nnreport median.")
    out.append("")
    same = "; ".join(f"{rule} rule: {differ:,} of {compared:,} values differ, by at most {largest:.1e} relative"
                     if differ >= 0 else f"{rule} rule: the columns differ"
                     for rule, (compared, differ, largest) in data["checks"].items())
    within = all(differ >= 0 and largest <= 1e-12 for _, (_, differ, largest) in data["checks"].items())
    reason = ("every difference is within 1e-12 relative: numpy's vectorised exp is not correctly rounded on "
              "AVX-512 CPUs, nnreport's is, see Tests/TrainingTests/Reference/reference.py"
              if within else "some differ beyond rounding: the two trainers do not compute the same run")
    out.append(f"Same job: data/history.csv of both tools on the default settings, compared as numbers ({same}; "
               f"{reason}). The Python way draws weights, bias, errors, loss, boundary and the two network "
               "diagrams; nnreport also draws boundary.gif and the teaching charts (confidence, landscape and "
               "pull, or strip for other than two features), which the Python way does not.")
    out.append("")
    rows = []
    for case in cases:
        n, p = case.nnreport, case.python
        row = [case.label, spread(n), duration(n.cpu), f"{n.peak_mib:.0f} MB"]
        if p is not None and p.walls:
            row += [spread(p), duration(p.cpu), f"{p.peak_mib:.0f} MB", ratio(p.wall, n.wall), ratio(p.cpu, n.cpu)]
        else:
            row += [p.note if p is not None else "—", "", "", "", ""]
        rows.append(row)
    out.append(table(["Case", "nnreport wall", "CPU", "peak RSS", "Python wall", "CPU", "peak RSS",
                      "wall ratio", "CPU ratio"], rows))

    out += ["", "Growth with iterations (nnreport medians):", ""]
    growth = []
    for rule in ("thresholded", "logistic"):
        for measure_name in ("wall", "cpu"):
            t4, t5, t6 = (getattr(by_key[f"1e{e}-{rule}"].nnreport, measure_name) for e in (4, 5, 6))
            first, second = marginal(t4, t5, t6)
            growth.append([f"{rule}, {'wall' if measure_name == 'wall' else 'CPU'}", duration(t4), duration(t5),
                           duration(t6), ratio(t5, t4), ratio(t6, t5), ratio(t6, t4), f"{first * 1e6:.2f} µs",
                           f"{second * 1e6:.2f} µs", ratio(second, first)])
    out.append(table(["rule, time", "10⁴", "10⁵", "10⁶", "10⁵ ÷ 10⁴", "10⁶ ÷ 10⁵", "10⁶ ÷ 10⁴",
                      "per added iteration, 10⁴→10⁵", "10⁵→10⁶", "ratio"], growth))
    out.append("")
    out.append("With t = F + c·N, (T(10⁶) − T(10⁵)) ÷ (T(10⁵) − T(10⁴)) is 10 whatever the fixed cost F "
               "(start-up, charts; larger with the logistic rule, whose boundary.gif has more frames): it tests "
               "that every added iteration costs the same, where t(10⁶) ÷ t(10⁴) cannot. The CPU rows are the "
               "steadier measure, since the wall time of the charts (drawn on two threads) depends on whether "
               "the second core is free.")

    out += ["", "## Charts alone: `RunCharts.render(log)` in process (ChartsBench)", ""]
    out.append("The AND gate trained for N iterations (every one logged), then every chart rendered; median "
               "of the runs after one warm-up render. RSS is the whole process, log included.")
    out.append("")
    chart_rows = []
    base = statistics.median(charts["1000"]["renderSeconds"])
    for points, result in charts.items():
        times = result["renderSeconds"]
        middle = statistics.median(times)
        chart_rows.append([f"{int(points):,}", f"{duration(middle)} [{duration(min(times))}–{duration(max(times))}]",
                           ratio(middle, base), duration(result["trainSeconds"]), f"{result['peakMiB']:.0f} MB"])
    out.append(table(["points", "render (median [min–max])", "÷ 10³", "training (once)", "peak RSS"], chart_rows))

    out += ["", "## Stages of one report, in process (PhaseBench)", ""]
    out.append("The same public calls `nnreport generate` makes, timed one by one (median; 10⁶: one run). "
               "“In memory” produces the bytes into a counting sink; “site on disk” is "
               "SiteGenerator.writeSite into a SiteWriter (every page, the CSV, the JSON, the charts' files), "
               "“commit” the rename into place.")
    out.append("")
    stage_rows = []
    for name in stages["1000"]:
        row = [name]
        for iterations in ("1000", "1000000"):
            values = stages[iterations].get(name, [])
            row.append(duration(statistics.median(values)) if values else "—")
        stage_rows.append(row)
    out.append(table(["stage", "10³ iterations", "10⁶ iterations"], stage_rows))

    if "exp" in data:
        out += exp_section(data["exp"])
    if "comparisons" in data:
        out += comparison_section(data["comparisons"])

    out += ["", "## Targets (whole process, median, this machine)", ""]
    out += targets(by_key, charts, data.get("comparisons"), data.get("loggedValues"))
    return "\n".join(out)


def comparison_section(comparisons):
    """`nnreport compare`: wall, CPU and peak memory of many runs, every run's report written."""
    out = ["", "## Comparisons (`nnreport compare`)", ""]
    out.append("Every run's full report (walkthrough, history, CSV, JSON, every chart) below runs/, then the "
               "comparison's pages and charts, through one SiteWriter; a worker per core. Median of the runs "
               "(1 for the longer cases); CPU is user + system, which waiting for a core does not inflate: "
               "CPU ÷ 2 is the wall time two free cores would take.")
    out.append("")
    rows = []
    for case in comparisons:
        n = Runs(**case["nnreport"])
        per_run = f"{duration(n.cpu / case['count'])}" if case["count"] > 1 else "—"
        rows.append([case["label"], spread(n), duration(n.cpu), per_run, f"{n.peak_mib:.0f} MB"])
    out.append(table(["Case", "wall", "CPU", "CPU per run", "peak RSS"], rows))
    return out


def exp_section(exp):
    """correctlyRoundedExp against the C library's exp (ExpBench): ns per call, the exact path."""
    median = statistics.median

    def spread_ns(values):
        return f"{median(values):.1f} ns [{min(values):.1f}–{max(values):.1f}]"

    out = ["", "## correctlyRoundedExp against the C library's exp (ExpBench)", ""]
    out.append("Nanoseconds per call in thread CPU time, median [min–max] of the runs after a warm-up, the two "
               "functions taking turns; both are called across a module boundary. “Exact path”: inputs whose "
               "rounding the fast path leaves to the fixed-point evaluation. "
               "The training inputs are −z of every sample of the CSV case (100,000 samples, default settings) "
               "at 12 iterations of its run.")
    out.append("")
    rows = []
    for key, label in (("uniform", "uniform in [−40, 40]"), ("training", "the CSV case's −z")):
        bench = exp[key]
        ours, libm = bench["correctlyRounded"], bench["libm"]
        rows.append([label, f"{bench['inputs']:,}", spread_ns(ours), spread_ns(libm),
                     f"{median(ours) - median(libm):+.1f} ns", ratio(median(ours), median(libm)),
                     f"{bench['exactPath']:,} ({bench['exactPath'] / bench['inputs']:.1e})"])
    out.append(table(["inputs", "count", "correctlyRoundedExp", "C library exp", "difference", "ratio",
                      "exact path"], rows))
    out.append("")
    ties = exp["exactTies"]
    out.append(f"The exact path alone: {median(exp['exactUniform']) / 1000:.1f} µs a call on uniform inputs; "
               f"correctlyRoundedExp where 1 + x is a midpoint between doubles (x = k·2⁻⁵³, k·2⁻⁵⁴, k odd: "
               f"{exp['tiesOnExactPath']:,} of 20,000 take the exact path) {median(ties) / 1000:.1f} µs a call.")
    training = exp["training"]
    extra = (median(training["correctlyRounded"]) - median(training["libm"])) * 1e-9 * 1e8
    out.append(f"Training the CSV case calls exp 10⁸ times (100,000 samples × 1,000 iterations): with "
               f"correctlyRoundedExp instead of the C library's exp that costs at least {extra:.2f} s more "
               "(the difference in throughput; in the trainer's loop, which also waits on exp's latency, "
               "somewhat more).")
    return out


def marginal(t4, t5, t6):
    """Seconds per added iteration from 10⁴ to 10⁵ and from 10⁵ to 10⁶."""
    return (t5 - t4) / 90_000, (t6 - t5) / 900_000


def targets(by_key, charts, comparisons=None, logged=None):
    """The figures of issue 14 (and SPEC section 9), and of the comparisons, each against its target."""
    default, big = by_key["default"], by_key["1e6-thresholded"]
    rows = []
    t = default.nnreport.wall
    if default.python and default.python.walls:
        r = default.python.wall / t
        c = default.python.cpu / default.nnreport.cpu
        rows.append(["default report ≥ 30× faster than the Python way (median wall, side by side)",
                     verdict(r >= 30, f"{r:.1f}×: nnreport {duration(t)}, Python {duration(default.python.wall)} "
                                      f"(CPU {c:.1f}×: {duration(default.nnreport.cpu)} against "
                                      f"{duration(default.python.cpu)}); 30× is "
                                      f"{duration(default.python.wall / 30)}")])
    c = statistics.median(charts["10000000"]["renderSeconds"]) / statistics.median(charts["1000"]["renderSeconds"])
    rows.append(["charts at 10⁷ logged points ≤ 2× the time at 10³", verdict(c <= 2, f"{c:.1f}×")])
    t6 = big.nnreport.wall
    rows.append(["10⁶ iterations, default network, whole site ≤ 2 s",
                 verdict(t6 <= 2, f"{duration(t6)} (CPU {duration(big.nnreport.cpu)})")])
    rss = big.nnreport.peak_mib
    rows.append(["10⁶ iterations ≤ 400 MB peak RSS", verdict(rss <= 400, f"{rss:.0f} MB")])
    for rule in ("thresholded", "logistic"):
        runs = [by_key[f"1e{e}-{rule}"].nnreport for e in (4, 5, 6)]
        wall = (runs[2].wall - runs[1].wall) / (runs[1].wall - runs[0].wall)
        cpu = (runs[2].cpu - runs[1].cpu) / (runs[1].cpu - runs[0].cpu)
        name = "(T(10⁶) − T(10⁵)) ÷ (T(10⁵) − T(10⁴)) = 10 ± 30 %" + ("" if rule == "thresholded" else f" ({rule})")
        rows.append([name, verdict(7 <= wall <= 13, f"{wall:.1f} (wall; CPU {cpu:.1f})")])
    for rule in ("thresholded", "logistic"):
        site = by_key[f"1e6-{rule}"].nnreport.site
        if not site:
            continue
        rows.append([f"10⁶ iterations ({rule}): every file ≤ 25 MiB",
                     verdict(site["largestBytes"] <= 25 * 1024 * 1024,
                             f"largest {site['largest']}, {site['largestBytes'] / 1e6:.1f} MB")])
        rows.append([f"10⁶ iterations ({rule}): ≤ 20,000 files, ≤ 1 GB",
                     verdict(site["files"] <= 20_000 and site["bytes"] <= 1e9,
                             f"{site['files']:,} files, {site['bytes'] / 1e6:.0f} MB")])
    cases = {case["key"]: Runs(**case["nnreport"]) for case in comparisons or []}
    if "compare-100" in cases:
        n = cases["compare-100"]
        rows.append(["100 runs × 10³ iterations, every report, ≤ 10 s on 2 cores",
                     verdict(n.wall <= 10, f"{duration(n.wall)} (CPU {duration(n.cpu)}, ÷ 2 = {duration(n.cpu / 2)})")])
    if "compare-1000" in cases and "one-100" in cases:
        one, many = cases["one-100"].peak_mib, cases["compare-1000"].peak_mib
        # What a run leaves behind: its trace (5 quantities × 101 values), its predictions' changes,
        # its settings and table row, its comparison chart panels; 64 KB a run is generous.
        summaries = 1000 * 64 / 1024
        rows.append(["1,000 runs × 100 iterations within one run's memory plus the summaries",
                     verdict(many <= one + summaries,
                             f"{many:.0f} MB against {one:.0f} MB for one run; {(many - one) * 1024 / 1000:.0f} KB "
                             f"more a run (allowed: {summaries:.0f} MB of summaries, 64 KB a run)")])
    if "hidden" in by_key:
        h = by_key["hidden"].nnreport
        r = h.wall / default.nnreport.wall
        rows.append(["`--dataset xor --hidden 2` report ≤ 2× the default report",
                     verdict(r <= 2, f"{r:.1f}×: {duration(h.wall)} against {duration(default.nnreport.wall)} "
                                     f"(CPU {h.cpu / default.nnreport.cpu:.1f}×)")])
    if "hidden-1e6" in by_key and logged:
        h = by_key["hidden-1e6"].nnreport
        scale = logged["hidden"] / logged["default"]
        budget = 2 * scale
        rows.append([f"2-2-1, 10⁶ iterations ≤ 2 s × {logged['hidden']}/{logged['default']} logged values "
                     f"= {duration(budget)}",
                     verdict(h.wall <= budget, f"{duration(h.wall)} (CPU {duration(h.cpu)}); "
                                               f"{h.wall / t6:.1f}× the default network's 10⁶ beside it, "
                                               f"{scale:.2f}× allowed; {h.site['bytes'] / 1e6:,.0f} MB written"
                                               if h.site else f"{duration(h.wall)}")])
    return [table(["target", "result"], rows)]


if __name__ == "__main__":
    main()
