#!/usr/bin/env bash
# Profile this machine, then validate the CPU latency model on every search space, back to back
# (issue 5, validation 1). Prints per space MAPE, the share within ±10 % and Spearman (headline:
# the raw times when the validation ran at the profile's quiet speed, else the times normalised
# to it, column `scale`; then the same on the raw times) next to
# nn-Meter's published 99.0 % within ±10 % on a mobile CPU (Zhang et al., MobiSys 2021, Table 4),
# with the measurement noise of the same run and the timings of `coforge profile` and `--quick`.
# Usage: Benchmarks/profile.sh [SPACE…] (default: every space).
# THREADS (1), CLOCK (cpu: process CPU time; wall for latency as a user sees it), STATISTIC
# (median), SAMPLES (100), SEED (1); OUT (HardwareProfiles/this-machine.yaml) receives the profile,
# completed from itself as template (name, description, clocks kept); JSON_DIR, if set, keeps each
# space's validation JSON (every network's timed rounds with their probes) as SPACE.json there. Re-run after Engine changes.
set -euo pipefail
cd "$(dirname "$0")/.."
threads=${THREADS:-1} clock=${CLOCK:-cpu} statistic=${STATISTIC:-median} samples=${SAMPLES:-100} seed=${SEED:-1}
out=${OUT:-HardwareProfiles/this-machine.yaml}
spaces=("${@:-nb201 fbnet mcunet tinycnn-28 dscnn-49x10}")
read -r -a spaces <<< "${spaces[*]}"
swift build -c release --product coforge >&2
coforge=.build/release/coforge
common=(--threads "$threads" --clock "$clock" --statistic "$statistic")

seconds() { local start=$SECONDS; "$@"; echo $((SECONDS - start)); }
quick=$(seconds "$coforge" profile --quick "${common[@]}" --from "$out" --out "${TMPDIR:-/tmp}/coforge-quick-profile.yaml" 2>/dev/null)
full=$(seconds "$coforge" profile "${common[@]}" --from "$out" --out "$out" 2>"${TMPDIR:-/tmp}/coforge-profile.log")
tail -n +2 "${TMPDIR:-/tmp}/coforge-profile.log" | grep -v '^\[' >&2 || true
echo "coforge profile: ${full} s (goal ≤ 180); --quick: ${quick} s (goal ≤ 30); $(uptime | sed 's/.*load/load/')"

printf '%-12s %-10s %6s %8s %9s %9s %8s %11s %9s %9s %9s %12s %10s %9s %8s %10s %7s\n' space scale count mape within10 spearman nnMeter "w10/nnMeter" rawMape rawW10 rawRho "noiseHalves" "noiseRho" "noiseIQR" speed nearQuiet seconds
for space in "${spaces[@]}"; do
  "$coforge" validate-latency --profile "$out" --space "$space" --samples "$samples" --seed "$seed" "${common[@]}" --json 2>/dev/null \
  | tee "${JSON_DIR:-/dev/null}${JSON_DIR:+/$space.json}" | python3 -c '
import json, sys
d = json.load(sys.stdin); n = d["noise"]; r = d["raw"]
print("%-12s %-10s %6d %7.1f%% %8.1f%% %9.4f %7.1f%% %10.3fx %8.1f%% %8.1f%% %9.4f %11.1f%% %10.4f %8.1f%% %7.3fx %9.1f%% %7.0f" % (
    sys.argv[1], d["headline"], d["count"], 100 * d["mape"], 100 * d["within10"], d["spearman"], 99.0, d["within10"] / 0.990,
    100 * r["mape"], 100 * r["within10"], r["spearman"],
    100 * n["halvesWithin10"], n["halvesSpearman"], 100 * n["medianRelativeInterquartileRange"], d["speedRatio"], 100 * d["nearQuietShare"],
    d["seconds"]))' "$space"
done
