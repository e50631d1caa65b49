#!/usr/bin/env python3
"""Finds the doubles hardest to print shortest, for ShortestDigitsTests: for every binary exponent,
the significands whose rounding interval ends closest to a decimal of 16, 17 or 18 digits (whether
that decimal reads back decides the length), and whose value lies closest to halfway between two
decimals of 17 digits (which of them is closer decides the last digit). These are the inputs on
which a printer working with rounded powers of ten (the standard library's, Schubfach's) would
first go wrong: the Errol paper's method of testing Grisu-style printers (Andrysco, Jhala, Lerner,
"Printing floating-point numbers: a faster, always correct method", 2016).

The double c · 2^q (c < 2^53) has the interval ends (2c ± 1) · 2^(q−1); with k = ⌊log10 2^q⌋ the
decimals of its last digits are multiples of 10^j, j = k, k + 1, k + 2. For each exponent and
each of those targets, the c whose Y(c) = (2c + δ) · 2^(q−1) / 10^j (δ = ±1 for an end, 0 for the
value) is nearest an integer (an end) or an integer plus 1/2 (the value), above or below, found by
solving a linear congruence (a · c + b mod m within a window) with Euclid's algorithm, exactly.

Usage: python3 Tests/Tools/shortest-hard-doubles.py [--window BITS] [--per-target N] > FILE
prints a comment line, then one bit pattern a line (16 hex digits), sorted, without repeats: the N (default 1) nearest
significands of every target, searched in a window of 2^-BITS (default 56) units of 10^j around
it, doubled until it holds N. The default gives the 13,486 doubles of
Tests/FormatsTests/Numbers/Fixtures/hard-doubles.txt (a few seconds).
"""

import argparse
import math
import sys
from fractions import Fraction


def first_in_window(a: int, m: int, low: int, high: int):
    """The smallest x >= 0 with low <= a*x mod m <= high (0 <= low <= high < m), or None."""
    a %= m
    if low == 0:
        return 0
    if a == 0:
        return None
    x = -(-low // a)
    if a * x <= high:
        return x
    # No multiple of a in [low, high]: a*x wraps past m some y >= 1 times, with a*x - m*y in the
    # window; the smallest such y solves the same problem one step down Euclid's algorithm.
    y = first_in_window(m % a, a, (-high) % a, (-low) % a)
    if y is None:
        return None
    return -(-(low + m * y) // a)


def first_at_or_after(a: int, b: int, m: int, low: int, high: int, start: int):
    """The smallest x >= start with low <= (a*x + b) mod m <= high, or None."""
    offset = (b + a * start) % m
    # a*y mod m must lie in [low - offset, high - offset] mod m, which may wrap around.
    lo, hi = (low - offset) % m, (high - offset) % m
    if lo <= hi:
        y = first_in_window(a, m, lo, hi)
    else:
        candidates = [y for y in (first_in_window(a, m, lo, m - 1), first_in_window(a, m, 0, hi)) if y is not None]
        y = min(candidates) if candidates else None
    return None if y is None else start + y


def within(a: int, b: int, m: int, target: int, width: int, first: int, last: int, limit: int):
    """(distance, x) for the x in [first, last] with (a*x + b) mod m at most `width` from
    `target` (mod m), in order of x: all of them, or the first limit + 1."""
    found = []
    whole = 2 * width + 1 >= m
    x = first if whole else first_at_or_after(a, b, m, (target - width) % m, (target + width) % m, first)
    while x is not None and x <= last and len(found) <= limit:
        r = (a * x + b) % m
        found.append((min((r - target) % m, (target - r) % m), x))
        x = x + 1 if whole else first_at_or_after(a, b, m, (target - width) % m, (target + width) % m, x + 1)
    return found


def nearest(a: int, b: int, m: int, target: int, first: int, last: int, window_bits: int, count: int):
    """The `count` x in [first, last] with (a*x + b) mod m nearest `target` (mod m), nearest
    first (ties by x): a window of m·2^-window_bits around the target is widened or narrowed
    (bisected) until it holds at least `count` and at most `limit` of them."""
    limit = 4 * count + 64
    width = max(m >> window_bits, 1)
    too_few, too_many = None, None  # widths known to hold fewer than count, more than limit
    while True:
        found = within(a, b, m, target, width, first, last, limit)
        if len(found) > limit:
            if width == 0:
                return [x for _, x in sorted(found)[:count]]  # all exactly on target
            too_many = width
        elif len(found) < count and 2 * width + 1 < m:
            too_few = width
        else:
            return [x for _, x in sorted(found)[:count]]
        if too_many is None:
            width *= 2
        elif too_few is None:
            width //= 2
        elif too_many - too_few > 1:
            width = (too_few + too_many) // 2
        else:
            # Fewer than count within too_few, more than limit within too_many = too_few + 1:
            # the rest are exactly too_many away, on either side.
            found = within(a, b, m, target, too_few, first, last, limit)
            for side in (target - too_many, target + too_many):
                found += within(a, b, m, side % m, 0, first, last, count)[:count]
            return [x for _, x in sorted((abs_distance(a, b, m, target, x), x) for _, x in found)[:count]]


def abs_distance(a: int, b: int, m: int, target: int, x: int) -> int:
    r = (a * x + b) % m
    return min((r - target) % m, (target - r) % m)


def hard_significands(q: int, first: int, last: int, window_bits: int, count: int):
    k = floor_log10_pow2(q)
    for j in (k, k + 1, k + 2):
        scale = Fraction(2) ** (q - 1) / Fraction(10) ** j
        p, r = scale.numerator, scale.denominator
        # Y(c) · 2r = (2c + δ) · 2p: the fraction of Y in units of 1/(2r).
        m = 2 * r
        for delta, target in ((-1, 0), (1, 0), (0, r)):
            if delta == 0 and j != k:
                continue
            yield from nearest(4 * p, 2 * delta * p, m, target, first, last, window_bits, count)


def floor_log10_pow2(q: int) -> int:
    x = Fraction(2) ** q
    n = math.floor(q * 0.30102999566398120)
    while Fraction(10) ** n > x:
        n -= 1
    while Fraction(10) ** (n + 1) <= x:
        n += 1
    return n


def check_solver() -> None:
    import random

    generator = random.Random(1)
    for _ in range(3000):
        m = generator.randrange(1, 400)
        a, b = generator.randrange(0, 3 * m), generator.randrange(0, 3 * m)
        low = generator.randrange(0, m)
        high = generator.randrange(low, m)
        start = generator.randrange(0, 50)
        expected = next((x for x in range(start, start + 2 * m + 1) if low <= (a * x + b) % m <= high), None)
        assert first_at_or_after(a, b, m, low, high, start) == expected, (a, b, m, low, high, start)


def main() -> None:
    sys.setrecursionlimit(20000)  # Euclid's steps on numbers of up to 1,100 bits
    parser = argparse.ArgumentParser()
    parser.add_argument("--window", type=int, default=56)
    parser.add_argument("--per-target", type=int, default=1)
    arguments = parser.parse_args()
    check_solver()
    patterns = set()
    for biased in range(0, 2047):
        if biased == 0:
            q, first, last = -1074, 1, 2**52 - 1
        else:
            q, first, last = biased - 1075, 2**52, 2**53 - 1
        for c in hard_significands(q, first, last, arguments.window, arguments.per_target):
            patterns.add((biased << 52) | (c & (2**52 - 1)))
        if biased % 256 == 0:
            print(f"exponent {biased}: {len(patterns)} doubles", file=sys.stderr)
    print(f"# Generated by Tests/Tools/shortest-hard-doubles.py --window {arguments.window} --per-target {arguments.per_target}")
    for pattern in sorted(patterns):
        print(f"{pattern:016x}")


if __name__ == "__main__":
    main()
