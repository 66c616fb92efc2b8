#!/usr/bin/env bash
# Few-shot latency calibration on ../shared/reference/nb201_latency.csv (issue 5, validation 2).
# For every device column: calibrate on 10, 20 and 50 random cells (5 seeds each) and predict the
# other cells; print our median Spearman and share within ±10 % next to HELP's published 10-shot
# Spearman (Lee et al., NeurIPS 2021) and, from the same run, an additive per-edge table fitted
# on 1,000 cells (numpy). Usage: Benchmarks/calibration.sh [SAMPLES…] (default 10 20 50).
# RUNTIME=auto lets leave-one-out choose each device's graph optimisation; by default the script
# declares it: TensorFlow Lite (HW-NAS-Bench's Raspberry Pi 4 and Pixel 3) eliminates dead
# layers, every other column comes from eager PyTorch models.
set -euo pipefail
cd "$(dirname "$0")/.."
table=${TABLE:-../shared/reference/nb201_latency.csv}
[[ -f $table ]] || { echo "skipped: $table not found (set TABLE=…)" >&2; exit 0; }
samples=("${@:-10 20 50}")
read -r -a samples <<< "${samples[*]}"
swift build -c release --product coforge >&2
coforge=.build/release/coforge

declare -A help=([hwnasbench_raspi4_cifar10_ms]=0.890 [help_pixel2_ms]=0.802 [hwnasbench_eyeriss_cifar10_ms]=0.940
  [hwnasbench_fpga_cifar10_ms]=0.985 [help_gold_6226_ms]=0.989 [help_titan_rtx_256_ms]=0.987)
columns=$(head -1 "$table" | tr -d '\r' | tr ',' '\n' | grep '_ms$')

declare -A additive=()
python=python3
[[ -x Benchmarks/.venv/bin/python ]] && python=Benchmarks/.venv/bin/python
if $python -c "import numpy" 2>/dev/null; then
  while read -r line; do
    column=$(sed -E 's/.*"column": "([^"]+)".*/\1/' <<< "$line")
    additive[$column]=$(sed -E 's/.*"within10": ([0-9.]+).*/\1/' <<< "$line")
  done < <($python Benchmarks/scripts/additive_edge_table.py --table "$table" --columns "$(paste -sd, <<< "$columns")")
else
  echo "additive-table baseline skipped: numpy not available" >&2
fi

field() { sed -E "s/.*\"$1\":([-0-9.e]+).*/\1/" <<< "$2"; }
printf '%-32s %7s %9s %9s %7s %10s %12s\n' column samples spearman within10 HELP ratio "additive@1k"
for column in $columns; do
  runtime=none
  [[ $column == hwnasbench_raspi4* || $column == hwnasbench_pixel3* ]] && runtime=deadCodeElimination
  [[ ${RUNTIME:-declared} == auto ]] && runtime=auto
  for n in "${samples[@]}"; do
    out=$($coforge calibrate-table --space nb201 --table "$table" --latency-column "$column" --samples "$n" \
      --seeds 5 --graph-optimization "$runtime" --json 2>/dev/null)
    rho=$(field spearman "$out"); w=$(field within10 "$out")
    peer=${help[$column]:-}
    ratio=""
    [[ -n $peer && $n == 10 ]] && ratio=$(awk -v a="$rho" -v b="$peer" 'BEGIN { printf "%.3fx", a / b }')
    [[ $n == 10 ]] || peer=""
    printf '%-32s %7s %9.3f %9.3f %7s %10s %12s\n' "$column" "$n" "$rho" "$w" "${peer:--}" "${ratio:--}" \
      "$([[ $n == 10 ]] && printf '%.3f' "${additive[$column]:-nan}" || echo -)"
  done
done
