#!/usr/bin/env bash
# Systolic arrays against SCALE-Sim 3.0.0 (Benchmarks/README.md, "Systolic arrays against
# SCALE-Sim"): ten conv and GEMM layers on 8x8, 32x32 and 128x128 arrays under OS, WS and IS,
# both cycle counts per case, the number of identical cases and the run-time ratio.
# Usage: Benchmarks/systolic.sh [extra arguments of scripts/scalesim_side_by_side.py]
set -euo pipefail
cd "$(dirname "$0")/.."
venv=Benchmarks/.venv

swift build -c release --product coforge >&2
if [[ ! -x $venv/bin/python ]]; then python3 -m venv "$venv"; fi
if ! "$venv/bin/python" -c "import scalesim" 2>/dev/null; then
  echo "installing SCALE-Sim 3.0.0 into $venv" >&2
  "$venv/bin/pip" install -q "scalesim==3.0.0" "numpy<2.4"
fi
"$venv/bin/python" Benchmarks/scripts/scalesim_side_by_side.py --coforge .build/release/coforge "$@"
