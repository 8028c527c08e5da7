#!/usr/bin/python3
"""The pandas side of tests/bench/run.sh: the figures of five ykien tasks,
written as a pandas user would write them, to compare their speed.

    pandas_bench.py TASK FORM DATA.csv [ROUND2.csv] > figures.csv

TASK is one of
  freq     T1: every select question's answers by unit, n, base, percent
           and the 95% Wilson interval (ykien freq --by unit)
  chisq    T2: unit x item crosstab of every select_one item, Pearson's
           chi-square, G2, Cramer's V, expected counts, adjusted residuals
           (ykien tally, then ykien crosstab --rows unit per item)
  describe T3: n, mean, sd, quartiles, top and bottom two by unit, then
           Kruskal-Wallis (ordinal), chi-square (nominal, each choice of a
           select_multiple), one-way and Welch's ANOVA (numbers) across
           units, Holm-adjusted (ykien describe --by unit, compare --by unit)
  alpha    T4: Cronbach's alpha of every scale, raw and standardized, with
           Feldt's interval, item-total correlations and alpha if deleted
           (ykien scale)
  rounds   T5: the favourable share (top two answers) of every ordinal
           item, overall and by unit, in both rounds: change, Newcombe's
           interval, two-proportion z, Mann-Whitney, Holm (ykien rounds)

FORM is the ykien form directory (survey.csv, choices.csv): it says which
columns are select questions, their lists, scales and the group (unit).
Every task starts with pd.read_csv of the data, as a careful user's
script would (only the columns it uses, the unit as a category), and
writes its figures as CSV on standard output.  Only the benchmark runs
this (python3-pandas, python3-scipy); no test does.
"""
import sys

import numpy as np
import pandas as pd
from scipy import stats

GROUP = "unit"
Z = stats.norm.ppf(0.975)


class Form:
    """The questions of a ykien form that the tasks need."""

    def __init__(self, folder):
        survey = pd.read_csv(f"{folder}/survey.csv", dtype=str).fillna("")
        choices = pd.read_csv(f"{folder}/choices.csv", dtype=str)
        lists = choices.groupby("list_name", sort=False)["name"].apply(list)
        kinds = survey["type"].str.split(" ", n=1, expand=True)
        self.single, self.multiple, self.numbers = [], [], []
        self.ordinal, self.nominal, self.codes = [], [], {}
        self.scales = {}
        for (name, scale), kind, listname in zip(
            survey[["name", "scale"]].itertuples(index=False), kinds[0], kinds[1]
        ):
            if kind == "integer":
                self.numbers.append(name)
            elif kind in ("select_one", "select_multiple"):
                codes = lists[listname]
                self.codes[name] = codes
                if kind == "select_multiple":
                    self.multiple.append(name)
                    continue
                self.single.append(name)
                # As ykien guesses: a list of whole-number codes is ordinal.
                if len(codes) >= 3 and all(c.isdigit() for c in codes):
                    self.ordinal.append(name)
                else:
                    self.nominal.append(name)
            if scale:
                self.scales.setdefault(scale, []).append(name)

    def values(self, question):
        """An ordinal question's codes as numbers, in the list's order."""
        return [int(c) for c in self.codes[question]]

    def favourable(self, question):
        """The top two codes of an ordinal list (the top one of three)."""
        codes = self.values(question)
        return codes[-1:] if len(codes) <= 3 else codes[-2:]


def wilson(n, base):
    p = n / base
    denom = 1 + Z**2 / base
    centre = (p + Z**2 / (2 * base)) / denom
    half = Z * np.sqrt(p * (1 - p) / base + Z**2 / (4 * base**2)) / denom
    return centre - half, centre + half


def holm(p):
    p = np.asarray(p, dtype=float)
    order = np.argsort(p)
    adjusted = np.minimum(1, np.maximum.accumulate((len(p) - np.arange(len(p))) * p[order]))
    out = np.empty_like(p)
    out[order] = adjusted
    return out


def freq(df, form):
    total = df[GROUP].value_counts()
    blocks = []
    for q in form.single + form.multiple:
        pairs = pd.DataFrame({"group": df[GROUP], "choice": df[q]}).dropna()
        answered = pairs.groupby("group").size()
        if q in form.multiple:
            pairs["choice"] = pairs["choice"].str.split(";")
            pairs = pairs.explode("choice")
        # Zeros too: every group gets a row for every choice, as ykien's.
        long = pairs.groupby(["group", "choice"]).size().unstack(fill_value=0).stack()
        long = long.rename("n").reset_index()
        long["base"] = answered.reindex(long["group"]).to_numpy()
        if q in form.multiple:
            ticks = long.groupby("group")["n"].sum()
            long["percent_responses"] = 100 * long["n"] / ticks.reindex(long["group"]).to_numpy()
        missing = pd.DataFrame({
            "group": total.index, "choice": "_missing", "base": total.to_numpy(),
            "n": (total - answered.reindex(total.index, fill_value=0)).to_numpy(),
        })
        block = pd.concat([long, missing])
        block["percent"] = 100 * block["n"] / block["base"]
        block["ci_low"], block["ci_high"] = (100 * b for b in wilson(block["n"], block["base"]))
        block.insert(1, "question", q)
        blocks.append(block)
    return pd.concat(blocks)


def chisq(df, form):
    rows = []
    for q in form.single:
        if q == GROUP:
            continue
        table = pd.crosstab(df[GROUP], df[q])
        o = table.to_numpy(dtype=float)
        x2, p, dof, e = stats.chi2_contingency(o, correction=False)
        g2, p_g2, _, _ = stats.chi2_contingency(o, correction=False, lambda_="log-likelihood")
        n = o.sum()
        r, c = o.sum(axis=1, keepdims=True), o.sum(axis=0, keepdims=True)
        residual = (o - e) / np.sqrt(e * (1 - r / n) * (1 - c / n))
        cells = pd.DataFrame({
            "row": np.repeat(table.index, o.shape[1]), "col": np.tile(table.columns, o.shape[0]),
            "n": o.ravel(), "row_percent": (100 * o / r).ravel(),
            "col_percent": (100 * o / c).ravel(), "expected": e.ravel(), "residual": residual.ravel(),
        })
        cells.insert(0, "question", q)
        rows.append(cells)
        v = np.sqrt(x2 / (n * (min(o.shape) - 1)))
        rows.append(pd.DataFrame({
            "question": q, "row": "_test", "col": ["chisq", "g2", "cramer_v"],
            "statistic": [x2, g2, v], "df": [dof, dof, np.nan], "p": [p, p_g2, np.nan],
        }))
    return pd.concat(rows)


def describe(df, form):
    table = df.groupby(GROUP)[form.numbers + form.ordinal].describe().stack(level=0)
    table = table.rename_axis([GROUP, "question"])
    # The top and bottom two answers of every ordinal item, per group.
    shares = {}
    for end, codes in (("top2", lambda c: c[-2:]), ("bottom2", lambda c: c[:2])):
        ticked = {q: df[q].isin(codes(form.values(q))) for q in form.ordinal}
        shares[end] = pd.DataFrame(ticked).groupby(df[GROUP]).sum().stack()
    n = table["count"].reindex(shares["top2"].index)
    table["top2"], table["bottom2"] = (100 * shares[end] / n for end in ("top2", "bottom2"))
    table["net"] = table["top2"] - table["bottom2"]
    table["top2_low"], table["top2_high"] = (100 * b for b in wilson(shares["top2"], n))
    return table.reset_index()


def welch_anova(groups):
    n = np.array([len(g) for g in groups], dtype=float)
    mean = np.array([g.mean() for g in groups])
    w = n / np.array([g.var(ddof=1) for g in groups])
    k, grand = len(groups), (w * mean).sum() / w.sum()
    tmp = ((1 - w / w.sum()) ** 2 / (n - 1)).sum()
    f = ((w * (mean - grand) ** 2).sum() / (k - 1)) / (1 + 2 * (k - 2) / (k**2 - 1) * tmp)
    df2 = (k**2 - 1) / (3 * tmp)
    return f, k - 1, df2, stats.f.sf(f, k - 1, df2)


def cramer_test(table):
    o = table.to_numpy(dtype=float)
    x2, p, dof, _ = stats.chi2_contingency(o, correction=False)
    return x2, dof, p, np.sqrt(x2 / (o.sum() * (min(o.shape) - 1)))


def compare(df, form):
    tests = []  # question, test, statistic, df, df2, p, effect, n
    for q in form.nominal:
        if q != GROUP:
            x2, dof, p, v = cramer_test(pd.crosstab(df[GROUP], df[q]))
            tests.append((q, "chisq", x2, dof, np.nan, p, v, df[q].notna().sum()))
    for q in form.numbers:
        groups = [g.dropna().to_numpy() for _, g in df.groupby(GROUP)[q]]
        f, p = stats.f_oneway(*groups)
        values = np.concatenate(groups)
        k, n = len(groups), len(values)
        eta2 = sum(len(g) * (g.mean() - values.mean()) ** 2 for g in groups) / ((values - values.mean()) ** 2).sum()
        tests.append((q, "anova", f, k - 1, n - k, p, eta2, n))
        wf, wdf, wdf2, wp = welch_anova(groups)
        tests.append((q, "welch", wf, wdf, wdf2, wp, eta2, n))
    for q in form.ordinal:
        groups = [g.dropna().to_numpy() for _, g in df.groupby(GROUP)[q]]
        h, p = stats.kruskal(*groups)
        n = sum(len(g) for g in groups)
        tests.append((q, "kruskal", h, len(groups) - 1, np.nan, p, h / (n - 1), n))
    for q in form.multiple:
        answered = df[df[q].notna()]
        ticks = answered[q].str.get_dummies(sep=";")
        for choice in ticks.columns:
            x2, dof, p, v = cramer_test(pd.crosstab(answered[GROUP], ticks[choice]))
            tests.append((f"{q}/{choice}", "chisq", x2, dof, np.nan, p, v, len(answered)))
    out = pd.DataFrame(tests, columns=["question", "test", "statistic", "df", "df2", "p", "effect", "n"])
    out.insert(6, "p_adjusted", holm(out["p"]))
    return out


def alpha(df, form):
    rows = []
    for scale, items in form.scales.items():
        d = df[items].dropna()
        n, k = len(d), len(items)
        cov = d.cov().to_numpy()
        a = k / (k - 1) * (1 - np.trace(cov) / cov.sum())
        corr = d.corr().to_numpy()
        rbar = (corr.sum() - k) / (k * (k - 1))
        a_std = k * rbar / (1 + (k - 1) * rbar)
        df1, df2 = n - 1, (n - 1) * (k - 1)
        low = 1 - (1 - a) * stats.f.ppf(0.975, df1, df2)
        high = 1 - (1 - a) * stats.f.ppf(0.025, df1, df2)
        rows.append((scale, k, n, a, a_std, low, high, "", np.nan, np.nan))
        total = d.sum(axis=1)
        for i, item in enumerate(items):
            rest = [j for j in range(k) if j != i]
            sub = cov[np.ix_(rest, rest)]
            deleted = (k - 1) / (k - 2) * (1 - np.trace(sub) / sub.sum())
            rows.append((scale, k, n, np.nan, np.nan, np.nan, np.nan, item,
                         d[item].corr(total - d[item]), deleted))
    return pd.DataFrame(rows, columns=["scale", "items", "n", "alpha", "alpha_std", "ci_low",
                                       "ci_high", "item", "item_total", "alpha_if_deleted"])


def change(q, group, a, b, favourable):
    """One row of the rounds table: round a against round b."""
    n1, n2 = len(a), len(b)
    x1, x2 = np.isin(a, favourable).sum(), np.isin(b, favourable).sum()
    p1, p2 = x1 / n1, x2 / n2
    (l1, u1), (l2, u2) = wilson(x1, n1), wilson(x2, n2)
    d = p2 - p1
    low = d - np.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2)
    high = d + np.sqrt((u2 - p2) ** 2 + (p1 - l1) ** 2)
    pooled = (x1 + x2) / (n1 + n2)
    z = d / np.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    mw = stats.mannwhitneyu(b, a, use_continuity=False, method="asymptotic")
    return (q, group, 100 * p1, 100 * p2, 100 * d, 100 * low, 100 * high,
            2 * stats.norm.sf(abs(z)), n1, n2, mw.pvalue)


def rounds(first, second, form):
    rows = []
    for q in form.ordinal:
        favourable = form.favourable(q)
        a, b = first[[GROUP, q]].dropna(), second[[GROUP, q]].dropna()
        rows.append(change(q, "", a[q].to_numpy(), b[q].to_numpy(), favourable))
        b_units = dict(tuple(b.groupby(GROUP)[q]))
        for unit, values in a.groupby(GROUP)[q]:
            if unit in b_units:
                rows.append(change(q, unit, values.to_numpy(), b_units[unit].to_numpy(), favourable))
    out = pd.DataFrame(rows, columns=["question", "group", "share_from", "share_to", "change",
                                      "ci_low", "ci_high", "p", "n_from", "n_to", "mw_p"])
    out.insert(8, "p_adjusted", holm(out["p"]))
    out["mw_p_adjusted"] = holm(out["mw_p"])
    return out


def read(path, columns):
    """The data as a careful pandas user reads it: only the columns used,
    the unit as a category (grouped by many times)."""
    return pd.read_csv(path, usecols=sorted(set(columns)), dtype={GROUP: "category"})


# Each task: its tables from the data files and the form.
TASKS = {
    "freq": lambda paths, form: [
        freq(read(paths[0], [GROUP, *form.single, *form.multiple]), form)],
    "chisq": lambda paths, form: [chisq(read(paths[0], form.single), form)],
    "describe": lambda paths, form: (lambda df: [describe(df, form), compare(df, form)])(
        read(paths[0], [GROUP, *form.single, *form.multiple, *form.numbers])),
    "alpha": lambda paths, form: [
        alpha(read(paths[0], [item for items in form.scales.values() for item in items]), form)],
    "rounds": lambda paths, form: [
        rounds(*(read(path, [GROUP, *form.ordinal]) for path in paths), form)],
}


def main(argv):
    task = argv[1] if len(argv) > 1 else ""
    if task not in TASKS or len(argv) != (5 if task == "rounds" else 4):
        print("usage: " + __doc__.split("\n\n")[1].strip(), file=sys.stderr)
        sys.exit(2)
    for table in TASKS[task](argv[3:], Form(argv[2])):
        table.to_csv(sys.stdout, index=False)


if __name__ == "__main__":
    main(sys.argv)
