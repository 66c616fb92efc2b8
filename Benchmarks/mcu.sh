#!/usr/bin/env bash
# Microcontroller cost model against published measurements (Benchmarks/README.md,
# "Microcontroller cost model"): prints ours, the published figure and their ratio, the modelled
# energy per inference on the profiles with a power figure, then our
# memory planner's arena against TFLite Micro's greedy planner on the same buffers.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product coforge >&2
COFORGE=.build/release/coforge
python3 - "$COFORGE" <<'PY'
import json, subprocess, sys
coforge = sys.argv[1]

def cost(model, profile, runtime, resolution=None):
    args = [coforge, "cost", model, "--profile", profile, "--runtime", runtime, "--json"]
    if resolution: args += ["--resolution", str(resolution)]
    out = subprocess.run(args, capture_output=True, text=True)
    if out.returncode not in (0, 3):
        sys.exit(out.stderr)
    return json.loads(out.stdout)

# (label, model, resolution, profile, runtime, published ms, kB SRAM, kB flash, source)
anchors = [
    ("MobileNetV2 w0.35@64 (published: w0.3@64)", "mobilenetv2-w0.35", 64, "stm32h743", "tflm-cmsis-nn", 43, 173, 959, "issue 6 / TinyEngine README"),
    ("MobileNetV2 w0.35@64 (published: w0.3@64)", "mobilenetv2-w0.35", 64, "stm32h743", "tinyengine", 23, 61, 690, "issue 6 / TinyEngine README"),
    ("mbv2-w0.35@144", "mobilenetv2-w0.35", None, "stm32h743", "tinyengine", 124, 295, None, "TinyEngine README (H743)"),
    ("mbv2-w0.35@144", "mobilenetv2-w0.35", None, "stm32f746", "tinyengine", None, 308, 862, "MCUNet README (F746, TinyEngine)"),
    ("mcunet-in2 (calibration)", "mcunet-in2", None, "stm32h743", "tflm-cmsis-nn", 642, 469, 1102, "TinyEngine README (H743)"),
    ("mcunet-in2 (calibration)", "mcunet-in2", None, "stm32h743", "tinyengine", 280, 215, 830, "TinyEngine README (H743)"),
    ("mcunet-in2", "mcunet-in2", None, "stm32f746", "tinyengine", None, 242, 878, "MCUNet README (F746, TinyEngine)"),
    ("mcunet-vww0", "mcunet-vww0", None, "stm32f746", "tinyengine", None, 146, 617, "MCUNet README (F746, TinyEngine)"),
]
def ratio(ours, published):
    return "-" if published is None else f"{ours / published:.2f}"
print("| network | device, runtime | latency ms (ours / published / ratio) | peak SRAM kB | flash kB | source |")
print("|---|---|---|---|---|---|")
for label, model, res, profile, runtime, ms, sram, flash, source in anchors:
    d = cost(model, profile, runtime, res)
    lat, s, f = d["latencySeconds"] * 1e3, d["peakSRAMBytes"] / 1024, d["flashBytes"] / 1024
    cell = lambda ours, pub: f"{ours:.1f} / {pub if pub is not None else '-'} / {ratio(ours, pub)}"
    print(f"| {label} | {profile}, {runtime} | {cell(lat, ms)} | {cell(s, sram)} | {cell(f, flash)} | {source} |")

print()
print("| network | device, runtime | latency ms | energy mJ (model) | + idle to 1 inference/s, mJ | active W / idle W |")
print("|---|---|---|---|---|---|")
for label, model, res in [("mcunet-in2", "mcunet-in2", None), ("MobileNetV2 w0.35@64", "mobilenetv2-w0.35", 64), ("mbv2-w0.35@144", "mobilenetv2-w0.35", None)]:
    for profile, runtime in [("esp32s3", "tflm-esp-nn"), ("esp32c3", "tflm-reference"), ("stm32l4r5", "tflm-cmsis-nn"), ("stm32u575", "tflm-cmsis-nn"), ("nrf52840", "tflm-cmsis-nn"), ("stm32h743", "tinyengine"), ("stm32f746", "tinyengine")]:
        d = cost(model, profile, runtime, res)
        lat, e, idle = d["latencySeconds"], d.get("energyJoules"), d.get("idlePowerWatts")
        if e is None:
            print(f"| {label} | {profile}, {runtime} | {lat * 1e3:.1f} | not available (no power figure) | - | - |")
            continue
        if idle is None:
            period, watts = "- (no idle figure)", f"{e / lat:.4g} / -"
        else:
            period = f"{(e + idle * (1 - lat)) * 1e3:.2f}" if lat < 1 else "- (latency over 1 s)"
            watts = f"{e / lat:.4g} / {idle:.4g}"
        proxy = " (proxy)" if d.get("energyBasis") == "modelledFromProxyPower" else ""
        print(f"| {label} | {profile}, {runtime} | {lat * 1e3:.1f} | {e * 1e3:.2f}{proxy} | {period} | {watts} |")

print()
print("| network | runtime | arena ours B | TFLM greedy B | greedy / ours | lower bound B | strategy |")
print("|---|---|---|---|---|---|---|")
for model in ["mcunet-in2", "mcunet-vww0", "mobilenetv2-w0.35", "mcunet-style", "mobilenetv1-vww", "dscnn-kws", "resnet8", "mobilenetv2"]:
    for runtime in ["tflm-cmsis-nn", "tinyengine"]:
        p = cost(model, "stm32h743", runtime)["plan"]
        ours, greedy = p["memory"]["arenaBytes"], p["greedyArenaBytes"]
        print(f"| {model} | {runtime} | {ours} | {greedy} | {greedy / ours:.3f} | {p['memory']['lowerBoundBytes']} | {p['memory']['strategy']} |")
PY
