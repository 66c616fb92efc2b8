"""The baseline of issue 5: an additive per-edge latency table (one cost per edge and operation,
plus a constant) fitted by least squares on N random NB201 cells, scored on all other cells.

Prints one JSON line per column: {"column", "within10", "spearman", "train"}. With --in-sample the
table is fitted on every cell and scored on the same cells: the ceiling of any additive per-edge
model on that column (its measurement noise), which no few-shot predictor can exceed. Cells whose every
path passes through `none` are left out of the relative error, as in coforge calibrate-table."""
import argparse, csv, json
import numpy as np

OPS = ["none", "skip_connect", "nor_conv_1x1", "nor_conv_3x3", "avg_pool_3x3"]


def edges(arch):
    nodes = arch.strip("|").split("|+|")
    return [(int(t.split("~")[1]), j + 1, t.split("~")[0]) for j, n in enumerate(nodes) for t in n.strip("|").split("|")]


def has_path(es):
    reached = {0}
    for j in (1, 2, 3):
        if any(op != "none" and i in reached for i, jj, op in es if jj == j):
            reached.add(j)
    return 3 in reached


def ranks(x):
    order = np.argsort(x, kind="stable")
    r = np.empty(len(x))
    r[order] = np.arange(len(x))
    # average ties
    _, inverse, counts = np.unique(x, return_inverse=True, return_counts=True)
    sums = np.bincount(inverse, weights=r)
    return sums[inverse] / counts[inverse]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--table", required=True)
    ap.add_argument("--columns", required=True)
    ap.add_argument("--train", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--in-sample", action="store_true", help="fit on every cell, score on every cell")
    a = ap.parse_args()
    rows = list(csv.DictReader(open(a.table, newline="")))
    es = [edges(r["arch_str"]) for r in rows]
    x = np.array([[1.0] + [1.0 if op == o else 0.0 for _, _, op in e for o in OPS] for e in es])
    valid = np.array([has_path(e) for e in es])
    for column in a.columns.split(","):
        y = np.array([float(r[column]) for r in rows])
        rng = np.random.default_rng(a.seed)
        train = np.arange(len(y)) if a.in_sample else rng.choice(len(y), a.train, replace=False)
        w, *_ = np.linalg.lstsq(x[train], y[train], rcond=None)
        test = np.ones(len(y), bool)
        if not a.in_sample:
            test[train] = False
        p = x @ w
        rel = test & valid & (y > 0)
        within = float(np.mean(np.abs(p[rel] - y[rel]) / y[rel] <= 0.1))
        spearman = float(np.corrcoef(ranks(p[test]), ranks(y[test]))[0, 1])
        print(json.dumps({"column": column, "within10": within, "spearman": spearman, "train": len(train)}))


main()
