#!/usr/bin/env bash
# HW-NAS-Bench Eyeriss correlation (issue 6): Spearman of the eyeriss-like profile's row-stationary
# latency against hwnasbench_eyeriss_cifar10_ms over all 15,625 NB201 cells, uncalibrated and
# calibrated on 10 cells (5 seeds, correction factors per operator kind), next to HELP's
# published 10-shot Spearman and, from the same run, the profile-free `work` basis (MACs and
# elements per operator kind). Also the uncalibrated figure with average pooling priced as a
# depthwise convolution instead of the profile's dense one, to show what that convention is worth.
# Usage: Benchmarks/eyeriss.sh   (TABLE=… to point at another copy of nb201_latency.csv)
set -euo pipefail
cd "$(dirname "$0")/.."
table=${TABLE:-../shared/reference/nb201_latency.csv}
[[ -f $table ]] || { echo "skipped: $table not found (set TABLE=…)" >&2; exit 0; }
swift build -c release --product coforge >&2
coforge=.build/release/coforge
column=hwnasbench_eyeriss_cifar10_ms
help=0.940
common=(calibrate-table --space nb201 --table "$table" --latency-column "$column" --graph-optimization none --json)
field() { sed -E "s/.*\"$1\":([-0-9.e]+).*/\1/" <<< "$2"; }

depthwise=$(mktemp --suffix=.yaml)
trap 'rm -f "$depthwise"' EXIT
sed 's/^  averagePooling: denseConvolution/  averagePooling: depthwiseConvolution/' HardwareProfiles/eyeriss-like.yaml > "$depthwise"

echo "uncalibrated (eyeriss-like) …" >&2
raw=$($coforge "${common[@]}" --profile eyeriss-like --uncalibrated 2>/dev/null)
echo "uncalibrated (average pooling as depthwise) …" >&2
rawDepthwise=$($coforge "${common[@]}" --profile "$depthwise" --uncalibrated 2>/dev/null)
echo "10 cells, profile basis …" >&2
shot=$($coforge "${common[@]}" --profile eyeriss-like --samples 10 --seeds 5 2>/dev/null)
echo "10 cells, work basis …" >&2
work=$($coforge "${common[@]}" --samples 10 --seeds 5 2>/dev/null)

ratio() { awk -v a="$1" -v b="$help" 'BEGIN { printf "%.3fx", a / b }'; }
printf '%-48s %9s %7s %8s %6s\n' "prediction of $column" spearman HELP ratio goal
printf '%-48s %9.3f %7s %8s %6s\n' "eyeriss-like, uncalibrated" "$(field spearman "$raw")" - - 0.9
printf '%-48s %9.3f %7s %8s %6s\n' "  same, average pooling as depthwise convolution" "$(field spearman "$rawDepthwise")" - - -
s=$(field spearman "$shot")
printf '%-48s %9.3f %7s %8s %6s\n' "eyeriss-like, calibrated on 10 cells (median/5)" "$s" "$help" "$(ratio "$s")" 0.99
s=$(field spearman "$work")
printf '%-48s %9.3f %7s %8s %6s\n' "work basis, calibrated on 10 cells (median/5)" "$s" "$help" "$(ratio "$s")" -
