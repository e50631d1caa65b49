#!/usr/bin/env python3
"""Correctly rounded float64 exp from mpmath: the goldens of nnreport's correctlyRoundedExp.

    python3 Tests/TrainingTests/Reference/exp_reference.py              # (make exp-goldens) rewrite all
    python3 Tests/TrainingTests/Reference/exp_reference.py --chunk 17   # one chunk of the stream
    python3 Tests/TrainingTests/Reference/exp_reference.py --fallback-chunk 3

Needs mpmath (`pip install mpmath`; with gmpy2 installed too it runs about three times faster).
Writes into Tests/TrainingTests/Golden/exp/ (or --out):

- hard-cases.csv: `x,exp(x),bits` per line, shortest round-trip text: ties of 1 + x in the making
  (x = k·2⁻⁵³, k·2⁻⁶⁰, …), published worst cases (exp_worst_cases.txt), the overflow edge, the
  normal/subnormal edge and the subnormal grid down to 0, powers of two, random inputs in every
  binade of (−746, 710), and 40 inputs where the C library's exp is not correctly rounded (found
  by sampling, so this part depends on the C library of the machine that runs the script). `bits`
  says how close e^x lies to a midpoint between two neighbouring results: within 2^-bits of the
  spacing of the doubles there (e.g. 40 means the 40 bits after the rounding bit are all 0 or all 1).
- stream-digests.txt: 10⁷ inputs from a generator that ExpGoldens.swift implements identically
  (splitmix64; four distributions, see `stream_input`), in 1,000 chunks of 10⁴; per chunk the
  64-bit FNV-1a hash of the results' bit patterns (8 bytes each, little-endian). The Swift test
  recomputes the 10⁷ results and compares the hashes; on a mismatch, `--chunk N` prints that
  chunk's inputs and the correct results.
- fallback-digests.txt: the same for 10⁵ inputs of the exact path (ExpFallback), 10 chunks.

Rounding: mpmath evaluates e^x at 256 bits (doubled until the decision is certain, Ziv's
strategy), and the value is rounded once to nearest-even on the grid of the result: 53 bits for
normal results, multiples of 2⁻¹⁰⁷⁴ below 2⁻¹⁰²² (not 53 bits: that would round twice), +inf when
the rounded value reaches 2¹⁰²⁴. Generating the stream takes a few minutes on two cores.
"""
import argparse
import math
import os
import random
import struct
import sys
from multiprocessing import Pool
from pathlib import Path

from mpmath import mp, mpf
from mpmath.libmp import from_float, mpf_exp, round_nearest

HERE = Path(__file__).resolve().parent
GOLDEN = HERE.parent / "Golden" / "exp"
MASK = (1 << 64) - 1
GOLDEN_GAMMA = 0x9E3779B97F4A7C15
STREAM_SEED, STREAM_COUNT = 0x6E6E7265706F7274, 10_000_000  # "nnreport"
FALLBACK_SEED, FALLBACK_COUNT = 0x6578616374706174, 100_000  # "exactpat"
CHUNK = 10_000


# MARK: - Correct rounding


def exact_exp(x, prec=256):
    """(float nearest to e^x, bits): e^x rounded once to the double grid; see the module comment."""
    if math.isnan(x):
        return x, 0
    if x == math.inf:
        return math.inf, 0
    if x == -math.inf or x <= -746:
        return 0.0, 0
    if x >= 710:
        return math.inf, 0
    if x == 0:
        return 1.0, 0
    while True:
        sign, man, exp, bc = mpf_exp(from_float(x), prec, round_nearest)  # within one unit of man
        top = exp + bc - 1  # 2^top ≤ e^x < 2^(top+1), up to that unit
        grid = max(top - 52, -1074)
        shift = grid - exp
        if shift <= 1:  # not reached for doubles; more precision would be needed
            prec *= 2
            continue
        m, rest = divmod(man, 1 << shift)
        half = 1 << (shift - 1)
        if abs(rest - half) <= 2:  # the unit of error could cross the midpoint: more bits
            prec *= 2
            continue
        bits = shift - max(abs(rest - half), 1).bit_length()
        m += rest > half
        try:
            return math.ldexp(m, grid), bits
        except OverflowError:
            return math.inf, bits


def cr_exp(x):
    return exact_exp(x)[0]


# MARK: - The input streams (mirrored in ExpGoldens.swift)


def mix64(z):
    """splitmix64's output function."""
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)


def draw(seed, index, attempt=0):
    """Element 8·index + attempt of the splitmix64 sequence seeded with `seed`."""
    return mix64((seed + (8 * index + attempt + 1) * GOLDEN_GAMMA) & MASK)


def unit(bits):
    """A double in [0, 1) from the top 53 bits."""
    return (bits >> 11) * 2.0**-53


def from_bits(pattern):
    return struct.unpack("<d", struct.pack("<Q", pattern))[0]


def stream_input(index):
    """Input `index` of the 10⁷-input stream; the distribution cycles with index mod 4:
    0 uniform in [−746, 710); 1 uniform in [−40, 40); 2 sign, exponent in [−60, −20] and 52
    random mantissa bits (tiny magnitudes, log-uniform); 3 random bit patterns with exponents in
    [−54, 9], drawn again (attempt 1, 2, …) until inside (−746, 710)."""
    kind = index % 4
    if kind == 0:
        return -746.0 + 1456.0 * unit(draw(STREAM_SEED, index))
    if kind == 1:
        return -40.0 + 80.0 * unit(draw(STREAM_SEED, index))
    if kind == 2:
        bits = draw(STREAM_SEED, index)
        exponent = -60 + (bits >> 52) % 41
        return from_bits((bits & (1 << 63)) | ((exponent + 1023) << 52) | (bits & ((1 << 52) - 1)))
    attempt = 0
    while True:
        bits = draw(STREAM_SEED, index, attempt)
        exponent = -54 + (bits >> 52) % 64
        x = from_bits((bits & (1 << 63)) | ((exponent + 1023) << 52) | (bits & ((1 << 52) - 1)))
        if -746 < x < 710:
            return x
        attempt += 1


def fallback_input(index):
    """Input `index` of the exact path's stream; the distribution cycles with index mod 5:
    0 uniform in [−746, 710); 1 uniform in [−745.2, −707.5) (subnormal results and the edge);
    2 uniform in [709, 709.79) (the overflow edge); 3 k·2^−(53+s) with k in ±[1, 2¹⁶), s in 0…7
    (near-ties of 1 + x); 4 uniform in [−40, 40)."""
    kind, bits = index % 5, draw(FALLBACK_SEED, index)
    if kind == 0:
        return -746.0 + 1456.0 * unit(bits)
    if kind == 1:
        return -745.2 + 37.7 * unit(bits)
    if kind == 2:
        return 709.0 + 0.79 * unit(bits)
    if kind == 3:
        k = 1 + (bits >> 16) % 65535
        return (-1.0 if bits & 1 else 1.0) * k * 2.0 ** -(53 + (bits >> 1) % 8)
    return -40.0 + 80.0 * unit(bits)


def fnv1a(values):
    """64-bit FNV-1a of the doubles' bit patterns, 8 bytes each, little-endian."""
    h = 0xCBF29CE484222325
    for byte in struct.pack(f"<{len(values)}d", *values):
        h = ((h ^ byte) * 0x100000001B3) & MASK
    return h


def chunk_digest(job):
    """(chunk, digest, results differing from the C library's exp) for one chunk."""
    which, chunk = job
    source = stream_input if which == "stream" else fallback_input
    xs = [source(i) for i in range(chunk * CHUNK, (chunk + 1) * CHUNK)]
    ys = [cr_exp(x) for x in xs]
    differ = sum(1 for x, y in zip(xs, ys) if not libm_exp_equals(x, y))
    return chunk, fnv1a(ys), differ


def libm_exp_equals(x, y):
    try:
        return math.exp(x) == y
    except OverflowError:
        return y == math.inf


# MARK: - Hard cases


def edge(value, ulps):
    """The doubles within `ulps` of the double nearest to the mpf `value`."""
    center = float(value)
    below, above = [center], [center]
    for _ in range(ulps):
        below.append(math.nextafter(below[-1], -math.inf))
        above.append(math.nextafter(above[-1], math.inf))
    return below[::-1] + above[1:]


def hard_cases():
    mp.prec = 300
    xs = []
    for scale in (52, 53, 54, 55, 60):
        xs += [sign * k * 2.0**-scale for k in range(1, 65) for sign in (1, -1)]
    xs += [sign * v for v in (2.0**-54, 2.0**-53) for sign in (1, -1)]
    xs += [math.nextafter(x, t) for x in (2.0**-54, -(2.0**-54)) for t in (0, math.inf, -math.inf)]
    xs += [1.25 * 2.0**-52, -1.25 * 2.0**-52, 1.5 * 2.0**-52, -1.5 * 2.0**-52]
    xs += [sign * 2.0**e for e in range(-60, 10) for sign in (1, -1)]
    # Overflow: the last finite result, and where rounding reaches 2¹⁰²⁴.
    xs += edge(mp.log(mpf(2) ** 1024 - mpf(2) ** 970), 6) + edge(mp.log(mpf(2) ** 1024), 3)
    xs += [709.78, 709.79, 709.782712893384, 710.0]
    # The least normal result, the subnormal grid's midpoints (m + ½)·2⁻¹⁰⁷⁴ and the underflow to 0.
    xs += edge(mp.log(mpf(2) ** -1022), 6) + edge(mp.log(mpf(2) ** -1022 - mpf(2) ** -1075), 3)
    for m in list(range(0, 9)) + [2**20, 2**40, 2**51 - 1]:
        xs += edge(mp.log((mpf(m) + mpf(0.5)) * mpf(2) ** -1074), 3)
    xs += [-708.3964185322641, -745.1332191019411, -745.13321910194122, -744.4400719213812, -745.2, -746.0]
    rng = random.Random(20240601)
    for exponent in range(-54, 10):
        for sign in (1, -1):
            for _ in range(4):
                x = sign * rng.uniform(2.0**exponent, 2.0 ** (exponent + 1))
                if -746 < x < 710:
                    xs.append(x)
    for line in (HERE / "exp_worst_cases.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            xs.append(float.fromhex(line))
    xs.append(1.2541932871672838)
    found = 0
    while found < 40:  # inputs where the C library's exp is one ulp off
        x = rng.uniform(-20, 20)
        if math.exp(x) != cr_exp(x):
            xs.append(x)
            found += 1
    seen, rows = set(), []
    for x in xs:
        if x in seen:
            continue
        seen.add(x)
        y, bits = exact_exp(x)
        rows.append(f"{text(x)},{text(y)},{bits}")
    return rows


def text(x):
    r = repr(float(x))
    return r[:-2] if r.endswith(".0") else r


# MARK: - Main


def print_chunk(which, chunk):
    source = stream_input if which == "stream" else fallback_input
    print("index,x,exp(x),bits of exp(x)")
    for i in range(chunk * CHUNK, (chunk + 1) * CHUNK):
        x = source(i)
        y = cr_exp(x)
        print(f"{i},{text(x)},{text(y)},{struct.unpack('<Q', struct.pack('<d', y))[0]:016x}")


def write_digests(pool, path, which, count, title):
    jobs = [(which, chunk) for chunk in range(count // CHUNK)]
    results = sorted(pool.imap_unordered(chunk_digest, jobs, chunksize=4))
    differ = sum(r[2] for r in results)
    lines = [f"# {title}: {count:,} inputs in {len(results)} chunks of {CHUNK:,}; FNV-1a of the correctly",
             "# rounded results' bit patterns per chunk (see exp_reference.py).",
             f"# The C library's exp (where this file was made) differs on {differ:,} of them.",
             *(f"{chunk} {digest:016x}" for chunk, digest, _ in results)]
    path.write_text("\n".join(lines) + "\n")
    print(f"exp_reference: {path}: {count:,} inputs, the C library's exp differs on {differ:,}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=str(GOLDEN))
    parser.add_argument("--chunk", type=int, help="print chunk N of the 10⁷-input stream and stop")
    parser.add_argument("--fallback-chunk", type=int, help="print chunk N of the exact path's stream")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if args.chunk is not None:
        return print_chunk("stream", args.chunk)
    if args.fallback_chunk is not None:
        return print_chunk("fallback", args.fallback_chunk)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rows = hard_cases()
    (out / "hard-cases.csv").write_text("\n".join(rows) + "\n")
    print(f"exp_reference: {out / 'hard-cases.csv'}: {len(rows)} inputs")
    with Pool(args.jobs) as pool:
        write_digests(pool, out / "fallback-digests.txt", "fallback", FALLBACK_COUNT, "The exact path's stream")
        write_digests(pool, out / "stream-digests.txt", "stream", STREAM_COUNT, "The stream")


if __name__ == "__main__":
    sys.exit(main())
