"""Confidence intervals of a binomial proportion x/n, as proportions in [0, 1].

Clopper-Pearson (exact) is what oncology papers use; Wilson (score), Wald (normal approximation), each with
or without continuity correction, Agresti-Coull and Jeffreys are the legitimate alternatives a paper may
have used instead. The beta quantile behind Clopper-Pearson and Jeffreys is computed here (regularized
incomplete beta by Lentz's continued fraction, inverted by bisection to 1e-15), so the checks need no
numerical library.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from statistics import NormalDist

Interval = tuple[float, float]


def _betacf(a: float, b: float, x: float) -> float:
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c = 1.0
    d = 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 1000):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        step = d * c
        h *= step
        if abs(step - 1.0) < 1e-16:
            break
    return h


def betainc(a: float, b: float, x: float) -> float:
    """The regularized incomplete beta function I_x(a, b) (the beta distribution's CDF)."""
    if a <= 0 or b <= 0:
        raise ValueError("beta parameters must be positive")
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    if x < (a + 1.0) / (a + b + 2.0):
        return math.exp(log_front) * _betacf(a, b, x) / a
    return 1.0 - math.exp(log_front) * _betacf(b, a, 1.0 - x) / b


def beta_ppf(q: float, a: float, b: float) -> float:
    """The q-quantile of Beta(a, b), by bisection (the CDF is monotone)."""
    if not 0.0 <= q <= 1.0:
        raise ValueError("q must be within [0, 1]")
    lo, hi = 0.0, 1.0
    for _ in range(200):
        mid = (lo + hi) / 2.0
        if betainc(a, b, mid) < q:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-15:
            break
    return (lo + hi) / 2.0


def _z(level: float) -> float:
    return NormalDist().inv_cdf(1.0 - (1.0 - level) / 2.0)


def _check(x: int, n: int, level: float) -> None:
    if n <= 0 or not 0 <= x <= n:
        raise ValueError(f"need 0 <= x <= n and n > 0, got x={x}, n={n}")
    if not 0.0 < level < 1.0:
        raise ValueError("level is a fraction, e.g. 0.95")


def clopper_pearson(x: int, n: int, level: float = 0.95) -> Interval:
    """The exact (Clopper-Pearson) interval: beta quantiles, 0 below x = 0 and 1 above x = n."""
    _check(x, n, level)
    alpha = 1.0 - level
    low = 0.0 if x == 0 else beta_ppf(alpha / 2.0, x, n - x + 1)
    high = 1.0 if x == n else beta_ppf(1.0 - alpha / 2.0, x + 1, n - x)
    return low, high


def jeffreys(x: int, n: int, level: float = 0.95) -> Interval:
    _check(x, n, level)
    alpha = 1.0 - level
    low = 0.0 if x == 0 else beta_ppf(alpha / 2.0, x + 0.5, n - x + 0.5)
    high = 1.0 if x == n else beta_ppf(1.0 - alpha / 2.0, x + 0.5, n - x + 0.5)
    return low, high


def wilson(x: int, n: int, level: float = 0.95) -> Interval:
    _check(x, n, level)
    z = _z(level)
    p = x / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def wilson_cc(x: int, n: int, level: float = 0.95) -> Interval:
    """Wilson score interval with continuity correction (Newcombe 1998, method 4)."""
    _check(x, n, level)
    z = _z(level)
    p = x / n
    denom = 2 * (n + z * z)
    if x == 0:
        low = 0.0
    else:
        root = math.sqrt(max(0.0, z * z - 2 - 1 / n + 4 * p * (n * (1 - p) + 1)))
        low = max(0.0, (2 * n * p + z * z - 1 - z * root) / denom)
    if x == n:
        high = 1.0
    else:
        root = math.sqrt(max(0.0, z * z + 2 - 1 / n + 4 * p * (n * (1 - p) - 1)))
        high = min(1.0, (2 * n * p + z * z + 1 + z * root) / denom)
    return low, high


def wald(x: int, n: int, level: float = 0.95) -> Interval:
    _check(x, n, level)
    p = x / n
    half = _z(level) * math.sqrt(p * (1 - p) / n)
    return max(0.0, p - half), min(1.0, p + half)


def wald_cc(x: int, n: int, level: float = 0.95) -> Interval:
    _check(x, n, level)
    p = x / n
    half = _z(level) * math.sqrt(p * (1 - p) / n) + 1 / (2 * n)
    return max(0.0, p - half), min(1.0, p + half)


def agresti_coull(x: int, n: int, level: float = 0.95) -> Interval:
    _check(x, n, level)
    z = _z(level)
    n_tilde = n + z * z
    p_tilde = (x + z * z / 2) / n_tilde
    half = z * math.sqrt(p_tilde * (1 - p_tilde) / n_tilde)
    return max(0.0, p_tilde - half), min(1.0, p_tilde + half)


Method = Callable[[int, int, float], Interval]

#: The exact interval first, then the alternatives a paper may legitimately have used.
METHODS: dict[str, Method] = {
    "Clopper-Pearson (exact)": clopper_pearson,
    "Wilson score": wilson,
    "Wilson score with continuity correction": wilson_cc,
    "Wald": wald,
    "Wald with continuity correction": wald_cc,
    "Agresti-Coull": agresti_coull,
    "Jeffreys": jeffreys,
}
