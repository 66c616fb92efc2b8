#!/usr/bin/env bash
# Search measurements for Benchmarks/README.md, each printing ours and the peer's figure from
# the same run. Usage: Benchmarks/search.sh [nsga2|hv|nb201|all]
#   nsga2  pymoo 0.6.2 NSGA-II against ours: 7 problems x {10,000, 25,000} evaluations x 5 seeds
#   hv     exact 3-D hypervolume of 1,000 points against moocore
#   nb201  accuracy look-ups NSGA-II needs for NB201's best cell under 5 ms (Eyeriss), 5 seeds,
#          with latency an objective and the budget, then with latency only the budget
# pymoo lives in Benchmarks/.venv-search, created here when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
venv=Benchmarks/.venv-search
# OpenBLAS (linked by the CLI for training) must not spin threads during the timings.
export OPENBLAS_NUM_THREADS=1

swift build -c release --product coforge >&2
swift build -c release --product coforge-bench >&2

pymoo_peer() {
  if [[ ! -x $venv/bin/python ]] || ! "$venv/bin/python" -c "import pymoo" 2>/dev/null; then
    echo "setting up $venv (pymoo 0.6.2 with moocore)" >&2
    python3 -m venv "$venv" && "$venv/bin/pip" install -q pymoo==0.6.2 \
      || { echo "skipped: could not install pymoo 0.6.2 into $venv" >&2; return 0; }
  fi
  "$venv/bin/python" Benchmarks/scripts/pymoo_side_by_side.py "$@"
}

case $what in nsga2|all) echo "== NSGA-II against pymoo 0.6.2 (median of 5 seeds) =="
  pymoo_peer --part nsga2 ;; esac
case $what in hv|all) echo "== Exact 3-D hypervolume of 1,000 points against moocore =="
  pymoo_peer --part hv ;; esac
case $what in nb201|all) echo "== NB201 under 5 ms (Eyeriss): accuracy look-ups to the best cell =="
  .build/release/coforge-bench nb201-search --seeds 1,2,3,4,5
  echo "== The same with accuracy the only objective (latency only the budget's constraint) =="
  .build/release/coforge-bench nb201-search --seeds 1,2,3,4,5 --accuracy-only \
    --population 20 --offspring 4 --crossover-kind uniform --crossover 0.9 ;; esac
