"""pymoo 0.6.2 against Coforge's search on the same test problems, seeds and budgets.

Part `nsga2`: NSGA-II (population 100, SBX eta 15 prob 0.9, PM eta 20, pymoo's defaults on both
sides), 5 seeds, 10,000 and 25,000 evaluations, on ZDT1-3 (30 variables), DTLZ1 (7), DTLZ2 (12),
C1-DTLZ1 (7) and TNK. Both fronts (the final population's feasible non-dominated set) are scored
here with pymoo's own indicators: hypervolume at 1.1 per objective (moocore) and IGD against
pymoo's `pareto_front()` (TNK's front is sampled the way Coforge samples it, since pymoo
downloads it). Wall time is each side's in-process time of the search.

Part `hv`: exact 3-D hypervolume of 1,000 points, Coforge (`coforge-bench hypervolume`) against
moocore.hypervolume, median of repeated calls, with the two values compared.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np
import moocore
from pymoo.algorithms.moo.nsga2 import NSGA2
from pymoo.indicators.hv import HV
from pymoo.indicators.igd import IGD
from pymoo.optimize import minimize
from pymoo.problems import get_problem

PROBLEMS = {
    "zdt1": lambda: get_problem("zdt1", n_var=30),
    "zdt2": lambda: get_problem("zdt2", n_var=30),
    "zdt3": lambda: get_problem("zdt3", n_var=30),
    "dtlz1": lambda: get_problem("dtlz1", n_var=7, n_obj=3),
    "dtlz2": lambda: get_problem("dtlz2", n_var=12, n_obj=3),
    "c1dtlz1": lambda: get_problem("c1dtlz1", n_var=7, n_obj=3),
    "tnk": lambda: get_problem("tnk"),
}


def tnk_front(samples=10_000):
    """TNK's first-constraint boundary where the second constraint holds, non-dominated."""
    theta = np.pi / 2 * np.arange(samples + 1) / samples
    r = np.sqrt(1 + 0.1 * np.cos(16 * theta))
    x = np.column_stack([r * np.sin(theta), np.maximum(r * np.cos(theta), 1e-30)])
    x = x[2 * ((x[:, 0] - 0.5) ** 2 + (x[:, 1] - 0.5) ** 2) - 1 <= 0]
    order = np.lexsort((x[:, 1], x[:, 0]))
    front, best = [], np.inf
    for p in x[order]:
        if p[1] < best:
            front.append(p)
            best = p[1]
    return np.array(front)


def true_front(name, problem):
    return tnk_front() if name == "tnk" else problem.pareto_front()


def feasible_front(result):
    """The feasible non-dominated set pymoo reports (res.opt), or an empty array."""
    if result.opt is None or len(result.opt) == 0:
        return np.empty((0, result.problem.n_obj))
    opt = result.opt
    cv = opt.get("CV")
    feasible = opt.get("F")[(cv <= 0).ravel()] if cv is not None else opt.get("F")
    return feasible


def score(front, reference_front, n_obj):
    hv = HV(ref_point=np.full(n_obj, 1.1))(front) if len(front) else 0.0
    igd = IGD(reference_front)(front) if len(front) else float("inf")
    return float(hv), float(igd)


def run_pymoo(name, budget, seed):
    problem = PROBLEMS[name]()
    start = time.perf_counter()
    result = minimize(problem, NSGA2(pop_size=100), ("n_eval", budget), seed=seed, verbose=False)
    seconds = time.perf_counter() - start
    return problem, feasible_front(result), seconds


def run_coforge(coforge, name, budget, seed):
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        path = handle.name
    try:
        out = subprocess.run(
            [coforge, "benchmark-problem", name, "--algorithm", "nsga2", "--population", "100",
             "--evaluations", str(budget), "--seed", str(seed), "--json", "--front-out", path],
            check=True, capture_output=True, text=True).stdout
        report = json.loads(out)
        with open(path) as f:
            front = np.array(json.load(f)["objectives"], dtype=float)
    finally:
        os.unlink(path)
    return report, front


def nsga2_part(args):
    print(f"{'problem':8} {'evals':>6} | {'HV ours':>8} {'HV pymoo':>8} | {'IGD ours':>9} {'IGD pymoo':>9} | "
          f"{'s ours':>7} {'s pymoo':>7} {'speed-up':>8} | HV goal")
    worst_self_check = 0.0
    for name in args.problems:
        for budget in args.budgets:
            ours, theirs = {"hv": [], "igd": [], "s": []}, {"hv": [], "igd": [], "s": []}
            for seed in args.seeds:
                problem, pymoo_front, pymoo_seconds = run_pymoo(name, budget, seed)
                reference = true_front(name, problem)
                hv, igd = score(pymoo_front, reference, problem.n_obj)
                theirs["hv"].append(hv); theirs["igd"].append(igd); theirs["s"].append(pymoo_seconds)
                report, front = run_coforge(args.coforge, name, budget, seed)
                hv, igd = score(front, reference, problem.n_obj)
                ours["hv"].append(hv); ours["igd"].append(igd); ours["s"].append(report["seconds"])
                worst_self_check = max(worst_self_check, abs(hv - report["hypervolume"]))
                print(f"  {name} {budget} seed {seed}: HV {hv:.4f} / {theirs['hv'][-1]:.4f}, "
                      f"{report['seconds']:.3f} s / {pymoo_seconds:.3f} s", file=sys.stderr)
            m = {k: statistics.median(v) for k, v in ours.items()}
            p = {k: statistics.median(v) for k, v in theirs.items()}
            print(f"{name:8} {budget:>6} | {m['hv']:8.4f} {p['hv']:8.4f} | {m['igd']:9.5f} {p['igd']:9.5f} | "
                  f"{m['s']:7.3f} {p['s']:7.3f} {p['s'] / m['s']:7.1f}x | {'met' if m['hv'] >= p['hv'] else 'MISSED'}",
                  flush=True)
    print(f"largest difference between Coforge's own hypervolume and pymoo's on Coforge's fronts: {worst_self_check:.2e}")


def point_sets(rng):
    sphere = np.abs(rng.standard_normal((1000, 3)))
    sphere /= np.linalg.norm(sphere, axis=1, keepdims=True)
    simplex = rng.dirichlet(np.ones(3), size=1000)
    convex = rng.dirichlet(np.ones(3), size=1000) ** 2
    cube = rng.random((1000, 3))
    return {"DTLZ2 front (sphere)": sphere, "linear front (simplex)": simplex,
            "convex front (sum of roots = 1)": convex, "uniform cube (mostly dominated)": cube}


def hv_part(args):
    rng = np.random.default_rng(args.hv_seed)
    reference = [1.1, 1.1, 1.1]
    print(f"{'point set (1,000 points, 3-D)':34} | {'HV ours':>10} {'HV moocore':>10} | {'µs ours':>9} {'µs moocore':>10} {'ratio':>6}")
    for label, points in point_sets(rng).items():
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
            json.dump({"points": points.tolist(), "reference": reference}, handle)
            path = handle.name
        try:
            ours = json.loads(subprocess.run(
                [args.bench, "hypervolume", "--points", path, "--repeats", str(args.repeats)],
                check=True, capture_output=True, text=True).stdout)
        finally:
            os.unlink(path)
        for _ in range(3):
            value = moocore.hypervolume(points, ref=reference)
        times = []
        for _ in range(args.repeats):
            start = time.perf_counter()
            value = moocore.hypervolume(points, ref=reference)
            times.append(time.perf_counter() - start)
        theirs = statistics.median(times)
        print(f"{label:34} | {ours['hypervolume']:10.6f} {value:10.6f} | {ours['medianSeconds'] * 1e6:9.1f} "
              f"{theirs * 1e6:10.1f} {theirs / ours['medianSeconds']:5.2f}x", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--coforge", default=".build/release/coforge")
    parser.add_argument("--bench", default=".build/release/coforge-bench")
    parser.add_argument("--part", choices=["nsga2", "hv", "all"], default="all")
    parser.add_argument("--problems", nargs="+", default=list(PROBLEMS))
    parser.add_argument("--budgets", nargs="+", type=int, default=[10_000, 25_000])
    parser.add_argument("--seeds", nargs="+", type=int, default=[1, 2, 3, 4, 5])
    parser.add_argument("--repeats", type=int, default=51)
    parser.add_argument("--hv-seed", type=int, default=0)
    args = parser.parse_args()
    if args.part in ("nsga2", "all"):
        nsga2_part(args)
    if args.part in ("hv", "all"):
        hv_part(args)


if __name__ == "__main__":
    main()
