#!/usr/bin/env python3
"""The error bound of correctlyRoundedExp's fast path (Sources/Training/Math/ExpFastPath.swift),
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

    # Every computed value is carried as (bound on its magnitude, bound on its error against the same
    # expression evaluated exactly, from the same rh, rl, hi, lo_T and exact coefficients).
    def exact(magnitude):
        return magnitude, mpf(0)

    def times(a, b):
        product = (a[0] + a[1]) * (b[0] + b[1])
        return product * (1 + u), a[0] * b[1] + b[0] * a[1] + a[1] * b[1] + u * product

    def plus(a, b):
        total = a[0] + a[1] + b[0] + b[1]
        return total * (1 + u), a[1] + b[1] + u * total

    def coefficient(k):  # 1/k! rounded to a double (exact for k ≤ 2)
        c = 1 / factorial(k)
        return c, (0 if k <= 2 else c * u)

    rh, rl = exact(rh_max), exact(rl_max)
    hi = exact(mpf(2) ** (mpf(N - 1) / N) * (1 + u))  # the table's largest hi
    lo_t = exact(u)  # |lo_T| ≤ 2⁻⁵³
    # series = rh²·((½ + rh·c3) + rh²·(c4 + rh·c5)), rl_term = rl·(1 + rh) (Estrin's scheme).
    rh2 = times(rh, rh)
    series = times(rh2, plus(plus(coefficient(2), times(rh, coefficient(3))),
                             times(rh2, plus(coefficient(4), times(rh, coefficient(5))))))
    rl_term = times(rl, plus(exact(mpf(1)), rh))
    # lo = (((e0 + pl) + (lo_T + lo_T·rh)) + hi·series) + hi·rl_term; FastTwoSum's e0 ≤ 2⁻⁵² (s < 4),
    # TwoProduct's pl ≤ ulp(hi·rh)/2.
    e0, pl = exact(mpf(2) ** -52), exact(u * hi[0] * rh_max)
    lo = plus(plus(plus(plus(e0, pl), plus(lo_t, times(lo_t, rh))), times(hi, series)), times(hi, rl_term))
    # What the series leaves out: rh⁶/720…, rl·(e^rh − 1 − rh), e^rl − 1 − rl.
    rho = rh_max**6 / 720 * exp(rh_max) + rl_max * (exp(rh_max) - 1 - rh_max) + (exp(rl_max) - 1 - rl_max) * exp(rh_max)
    table_error = mpf(2) ** -104

    v_max = mpf(2) ** (1 + mpf(1) / (2 * N)) * (1 + mpf(2) ** -40)
    terms = {
        "evaluation into lo": lo[1],
        "series left out (ρ)": (hi[0] + lo_t[0]) * rho,
        "lo_T·(series + rl_term)": lo_t[0] * (series[0] + series[1] + rl_term[0] + rl_term[1]),
        "table": table_error * exp(rh_max),
        "reduction": v_max * dr * (1 + dr),
    }
    for name, value in terms.items():
        print(f"{name:22} < 2^{lg(value):.2f}")
    delta = sum(terms.values())
    v_min = exp(-rh_max)
    print(f"|series| < 2^{lg(series[0]):.2f}, |lo| < 2^{lg(lo[0]):.2f}, |rl| < 2^{lg(rl_max):.3f}")
    print(f"Δ < {mp.nstr(delta, 3)} < 2^{lg(delta):.2f}; ε = Δ/{mp.nstr(v_min, 5)} < 2^{lg(delta / v_min):.2f}")
    margin = delta + u * lo[0] * (1 + mpf(2) ** -40)
    print(f"margin ≥ Δ + u·|lo ± margin| = 2^{lg(margin):.2f} (ExpFastPath.margin = 2^{lg(mpf(17) / 16 * mpf(2) ** -72):.2f})")


if __name__ == "__main__":
    main()
