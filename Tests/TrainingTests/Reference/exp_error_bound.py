#!/usr/bin/env python3
"""The error bound of correctlyRoundedExp's fast path (Sources/Training/Numbers/ExpFastPath.swift),
term by term, in exact arithmetic (mpmath at 200 bits; every bound rounded outward by a factor
1 + 2⁻⁵³ where a double operation rounds).

    python3 Tests/TrainingTests/Reference/exp_error_bound.py

Prints each term of |v − (s + lo)| as a power of two, the total Δ (absolute, for v < 2.0007) and
ε = Δ / min v (relative), and the margin the rounding test needs. ExpFastPath's comment quotes
these numbers; ExpFastPathTests measures the actual error against the exact path.
"""
from mpmath import exp, factorial, log, mp, mpf

mp.prec = 200
u = mpf(2) ** -53  # a double operation's relative rounding error
N = 1024
L = log(2) / N


def lg(value):
    return float(log(value, 2))


def main():
    # Reduction: |x − K·ln 2/N| ≤ (½ + 2⁻²⁹)·ln 2/N, K from x·N/ln 2 rounded twice.
    R = (mpf(0.5) + mpf(2) ** -29) * L
    rh_max = (R + mpf(2) ** -51) * (1 + u)  # + |K·step3| < 2²¹·2⁻⁷²
    e_max = u * rh_max  # TwoSum's error term
    rl_max = (e_max + mpf(2) ** -51) * (1 + u)
    # r's error: K·δ (δ < 2⁻¹²⁴), the rounding of K·step3 (< 2⁻¹⁰⁴) and of rl.
    dr = mpf(2) ** 21 * mpf(2) ** -124 + mpf(2) ** -104 + u * rl_max

    # Horner's rule for tail = rl + rh·(rl + rh·(½ + rh·(1/6 + rh·(1/24 + rh/120)))): each value
    # carried as (largest magnitude, largest error against exact coefficients and operations).
    def times_rh(a):
        product = rh_max * (a[0] + a[1])
        return product * (1 + u), rh_max * a[1] + u * product

    def plus(a, b):
        total = a[0] + a[1] + b[0] + b[1]
        return total * (1 + u), a[1] + b[1] + u * total

    def coefficient(k):
        c = 1 / factorial(k)
        return c, (0 if k <= 2 else c * u)

    t = times_rh(coefficient(5))
    for k in (4, 3, 2):
        t = times_rh(plus(coefficient(k), t))
    t = times_rh(plus((rl_max, 0), t))
    tail = plus((rl_max, 0), t)
    # What the series leaves out: rh⁶/720…, rl·(e^rh − 1 − rh), e^rl − 1 − rl.
    rho = rh_max**6 / 720 * exp(rh_max) + rl_max * (exp(rh_max) - 1 - rh_max) + (exp(rl_max) - 1 - rl_max) * exp(rh_max)

    hi = mpf(2) ** (mpf(N - 1) / N) * (1 + u)  # the table's largest hi
    lo_t = u  # |lo_T| ≤ 2⁻⁵³
    table_error = mpf(2) ** -104
    # lo = e0 + (pl + (lo_T + (hi·tail + lo_T·rh))), five roundings.
    a1 = hi * (tail[0] + tail[1]) * (1 + u)
    a2 = lo_t * rh_max * (1 + u)
    s1 = (a1 + a2) * (1 + u)
    s2 = (lo_t + s1) * (1 + u)
    pl = u * hi * rh_max
    s3 = (pl + s2) * (1 + u)
    e0 = mpf(2) ** -52  # s < 4, so FastTwoSum's error is at most 2⁻⁵²
    lo = (e0 + s3) * (1 + u)
    rounding = u * (a1 + a2 + s1 + s2 + s3 + lo)

    v_max = mpf(2) ** (1 + mpf(1) / (2 * N)) * (1 + mpf(2) ** -40)
    terms = {
        "tail evaluation": hi * tail[1],
        "series left out (ρ)": (hi + lo_t) * rho,
        "lo_T·tail left out": lo_t * tail[0],
        "table": table_error * exp(rh_max),
        "reduction": v_max * dr * (1 + dr),
        "roundings into lo": rounding,
    }
    for name, value in terms.items():
        print(f"{name:22} < 2^{lg(value):.2f}")
    delta = sum(terms.values())
    v_min = exp(-rh_max)
    print(f"|tail| < 2^{lg(tail[0]):.2f}, |lo| < 2^{lg(lo):.2f}, |rl| < 2^{lg(rl_max):.3f}")
    print(f"Δ < {mp.nstr(delta, 3)} < 2^{lg(delta):.2f}; ε = Δ/{mp.nstr(v_min, 5)} < 2^{lg(delta / v_min):.2f}")
    print(f"margin ≥ Δ + u·|lo ± margin| = 2^{lg(delta + u * lo * 1.001):.2f} (ExpFastPath.margin = 2^{lg(mpf(17) / 16 * mpf(2) ** -72):.2f})")


if __name__ == "__main__":
    main()
