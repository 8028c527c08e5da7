#!/usr/bin/python3
"""Prints the SciPy reference values used by tests/unit/check_stats.c (the
likelihood-ratio G-squared, which base R has no function for, and a second
opinion on some R values), each beside the exact call:
    cd tests/reference && /usr/bin/python3 make-references.py
Made with SciPy 1.10.1 and NumPy 1.24.2 (Debian python3-scipy, Python 3.11)."""
import numpy as np
import scipy
from scipy import stats

VER = "SciPy " + scipy.__version__


def ref(call):
    v = np.atleast_1d(np.asarray(eval(call), dtype=float)).ravel()
    print("/* %s: %s */\n    { %s }" % (VER, call, ", ".join("%.17g" % x for x in v)))


print("\n/* ---- G-squared ---- */")
ref("stats.chi2_contingency([[12, 7], [5, 9]], correction=False, lambda_='log-likelihood')[0:3]")
ref("stats.chi2_contingency([[20, 12, 9, 31], [15, 22, 14, 11], [30, 18, 25, 8]], correction=False, lambda_='log-likelihood')[0:3]")
ref("stats.chi2_contingency([[12, 0], [5, 9]], correction=False, lambda_='log-likelihood')[0:3]")
print("\n/* ---- second opinions ---- */")
ref("stats.chi2_contingency([[20, 12, 9, 31], [15, 22, 14, 11], [30, 18, 25, 8]], correction=False)[0:3]")
ref("stats.fisher_exact([[10, 2], [3, 15]])[1]")
ref("stats.fisher_exact([[100, 200], [300, 150]])[1]")
ref("stats.kruskal(np.repeat(np.arange(1, 6), [2, 5, 9, 4, 1]), np.repeat(np.arange(1, 6), [0, 3, 6, 8, 5]), np.repeat(np.arange(1, 6), [4, 4, 3, 1, 0]))")
ref("stats.f_oneway([4, 5, 3, 4, 5, 2, 4], [6, 5, 7, 5, 6], [3, 2, 4, 3, 3, 2, 1, 2])")
ref("stats.chi2.sf([1e-3, 0.5, 3.84, 30, 200, 700, 1400], 3)")
ref("stats.f.sf([0.01, 1, 21, 201, 2001, 1e4], 8, 180)")
