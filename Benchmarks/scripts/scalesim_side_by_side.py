"""SCALE-Sim 3.0.0 against `coforge systolic` on the same layers, arrays and dataflows.

Ten layers in SCALE-Sim's convolution topology form (IFMAP sizes include the padding): the
convolutions of an MLPerf-Tiny ResNet-8 (CIFAR-10, 32x32), a MobileNetV1 depthwise layer (a
`DP` row, which SCALE-Sim runs as one layer per channel) and pointwise layer, and three GEMMs
written the way SCALE-Sim's own GEMM reader writes M x K . K x N (IFMAP M x K, filter 1 x K, one
channel, N filters). Every layer runs on 8x8, 32x32 and 128x128 arrays under OS, WS and IS.

SCALE-Sim runs in its ideal-bandwidth mode (`InterfaceBandwidth = CALC`) with 6144/6144/2048 KiB
SRAMs (its shipped scale.cfg), so no stall cycles arise; its "Total Cycles" column is then the
compute cycles. Coforge gets the same SRAM sizes (`--sram-kb 6144,6144,2048`, one-byte words).
Both sides are compared per layer on compute cycles, and on SRAM and DRAM word counts.

Wall time: SCALE-Sim in-process (`scalesim.run_scale`, traces not saved), `coforge systolic` as a
subprocess (process start included), median of --repeats runs per case.
"""
import argparse
import csv
import json
import os
import statistics
import subprocess
import tempfile
import time
from collections import defaultdict

from scalesim.scale_sim import scalesim

# name, IFMAP H, IFMAP W, filter H, filter W, channels, filters, stride
LAYERS = [
    ("resnet8_conv1", 34, 34, 3, 3, 3, 16, 1),
    ("resnet8_s1_conv", 34, 34, 3, 3, 16, 16, 1),
    ("resnet8_s2_conv_stride2", 34, 34, 3, 3, 16, 32, 2),
    ("resnet8_s2_shortcut_1x1", 32, 32, 1, 1, 16, 32, 2),
    ("resnet8_s3_conv", 10, 10, 3, 3, 64, 64, 1),
    ("mobilenet_dw_DP", 26, 26, 3, 3, 32, 1, 1),
    ("mobilenet_pw", 12, 12, 1, 1, 128, 128, 1),
    ("gemm_fc_1x1024x100", 1, 1024, 1, 1024, 1, 100, 1),
    ("gemm_64x256x64", 64, 256, 1, 256, 1, 64, 1),
    ("gemm_128x64x192", 128, 64, 1, 64, 1, 192, 1),
]
ARRAYS = [8, 32, 128]
DATAFLOWS = ["os", "ws", "is"]
SRAM_KB = (6144, 6144, 2048)

CONFIG = """[general]
run_name = run

[run_presets]
InterfaceBandwidth = CALC
UseRamulatorTrace = False

[architecture_presets]
ArrayHeight = {rows}
ArrayWidth = {cols}
ifmapsramszkB = {ifmap}
filtersramszkB = {filt}
ofmapsramszkB = {ofmap}
IfmapOffset = 0
FilterOffset = 10000000
OfmapOffset = 20000000
Dataflow = {dataflow}
Bandwidth = 10
ReadRequestBuffer = 32
WriteRequestBuffer = 32

[layout]
IfmapCustomLayout = False
IfmapSRAMBankBandwidth = 10
IfmapSRAMBankNum = 10
IfmapSRAMBankPort = 2
FilterCustomLayout = False
FilterSRAMBankBandwidth = 10
FilterSRAMBankNum = 10
FilterSRAMBankPort = 2

[sparsity]
SparsitySupport = false
SparseRep = ellpack_block
OptimizedMapping = false
BlockSize = 8
RandomNumberGeneratorSeed = 40
"""


def write_topology(path):
    with open(path, "w") as f:
        f.write("Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,\n")
        for layer in LAYERS:
            f.write(", ".join(str(x) for x in layer) + ",\n")


def report_rows(path):
    with open(path) as f:
        rows = list(csv.reader(f))
    header = [h.strip() for h in rows[0]]
    return [dict(zip(header, (c.strip() for c in row))) for row in rows[1:] if row]


def run_scalesim(workdir, topology, size, dataflow):
    config = os.path.join(workdir, f"{size}_{dataflow}.cfg")
    with open(config, "w") as f:
        f.write(CONFIG.format(rows=size, cols=size, ifmap=SRAM_KB[0], filt=SRAM_KB[1], ofmap=SRAM_KB[2], dataflow=dataflow))
    out = os.path.join(workdir, f"out_{size}_{dataflow}")
    start = time.perf_counter()
    sim = scalesim(save_disk_space=True, verbose=False, config=config, topology=topology, layout=topology)
    sim.run_scale(top_path=out)
    seconds = time.perf_counter() - start
    compute = report_rows(os.path.join(out, "run", "COMPUTE_REPORT.csv"))
    detail = report_rows(os.path.join(out, "run", "DETAILED_ACCESS_REPORT.csv"))
    # SCALE-Sim reports a DP row as one layer per channel: sum them back per topology row.
    owners = [name for (name, _h, _w, _r, _s, c, _k, _st) in LAYERS for _ in range(c if "DP" in name else 1)]
    assert len(owners) == len(compute), (len(owners), len(compute))
    totals = defaultdict(lambda: defaultdict(float))
    for owner, c, d in zip(owners, compute, detail):
        t = totals[owner]
        t["cycles"] += int(c["Total Cycles"])
        t["stalls"] += int(c["Stall Cycles"])
        t["ifmapSRAM"] += float(d["SRAM IFMAP Reads"])
        t["filterSRAM"] += float(d["SRAM Filter Reads"])
        t["ofmapSRAM"] += float(d["SRAM OFMAP Writes"])
        t["dramReads"] += float(d["DRAM IFMAP Reads"]) + float(d["DRAM Filter Reads"])
        t["dramWrites"] += float(d["DRAM OFMAP Writes"])
    return totals, seconds


def run_coforge(binary, topology, size, dataflow, repeats):
    args = [binary, "systolic", "--rows", str(size), "--cols", str(size), "--dataflow", dataflow,
            "--topology", topology, "--sram-kb", ",".join(map(str, SRAM_KB)), "--json"]
    times, out = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
        times.append(time.perf_counter() - start)
    totals = {}
    for layer in json.loads(out)["layers"]:
        levels = {a["level"]: a for a in layer["accesses"]}
        totals[layer["name"]] = {
            "cycles": layer["computeCycles"], "stalls": layer["stallCycles"],
            "ifmapSRAM": levels["ifmapSRAM"]["readWords"], "filterSRAM": levels["filterSRAM"]["readWords"],
            "ofmapSRAM": levels["ofmapSRAM"]["writeWords"],
            "dramReads": levels["DRAM"]["readWords"], "dramWrites": levels["DRAM"]["writeWords"],
        }
    return totals, statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--coforge", required=True, help="path of the coforge binary")
    parser.add_argument("--repeats", type=int, default=3, help="coforge runs per case (median wall time)")
    parser.add_argument("--arrays", default=",".join(map(str, ARRAYS)))
    parser.add_argument("--dataflows", default=",".join(DATAFLOWS))
    parser.add_argument("--layers", help="comma-separated layer names (default: all ten)")
    parser.add_argument("--golden", action="store_true",
                        help="also print SCALE-Sim's figures per case as Swift table rows (for the unit tests)")
    args = parser.parse_args()
    if args.layers:
        wanted = args.layers.split(",")
        unknown = set(wanted) - {layer[0] for layer in LAYERS}
        if unknown:
            parser.error(f"unknown layers {sorted(unknown)}; known: {[layer[0] for layer in LAYERS]}")
        LAYERS[:] = [layer for layer in LAYERS if layer[0] in wanted]
    arrays = [int(a) for a in args.arrays.split(",")]
    dataflows = args.dataflows.split(",")

    workdir = tempfile.mkdtemp(prefix="scalesim-")
    topology = os.path.join(workdir, "layers.csv")
    write_topology(topology)
    print(f"topology and configs in {workdir}")
    print(f"{'array':>7} {'df':>3} {'layer':<26} {'SCALE-Sim':>10} {'coforge':>10}  same  accesses")
    cases = same_cycles = same_access = stalled = 0
    ours_total = theirs_total = 0.0
    ratios = []
    for size in arrays:
        for dataflow in dataflows:
            theirs, their_s = run_scalesim(workdir, topology, size, dataflow)
            ours, our_s = run_coforge(args.coforge, topology, size, dataflow, args.repeats)
            theirs_total += their_s
            ours_total += our_s
            ratios.append(their_s / our_s)
            for (name, *_rest) in LAYERS:
                t, o = theirs[name], ours[name]
                cases += 1
                stalled += t["stalls"] != 0
                same = int(t["cycles"]) == o["cycles"]
                same_cycles += same
                # SCALE-Sim's OS OFMAP SRAM count adds R + C per fold (counting artefact): compare WS/IS only.
                keys = ["ifmapSRAM", "filterSRAM", "dramReads", "dramWrites"] + ([] if dataflow == "os" else ["ofmapSRAM"])
                diffs = [k for k in keys if int(t[k]) != o[k]]
                same_access += not diffs
                print(f"{size:>3}x{size:<3} {dataflow:>3} {name:<26} {int(t['cycles']):>10} {o['cycles']:>10}  "
                      f"{'yes' if same else 'NO ':<4}  {'same' if not diffs else 'differ: ' + ','.join(diffs)}")
                if args.golden:
                    figures = ", ".join(str(int(t[k])) for k in
                                        ["cycles", "ifmapSRAM", "filterSRAM", "ofmapSRAM", "dramReads", "dramWrites"])
                    print(f'    golden: ("{name}", {size}, .{dataflow}, {figures}),')
            print(f"        {size}x{size} {dataflow}: SCALE-Sim {their_s:.2f} s, coforge {our_s * 1e3:.1f} ms "
                  f"(median of {args.repeats}), ratio {their_s / our_s:.0f}x", flush=True)
    print()
    print(f"identical compute cycles: {same_cycles}/{cases} cases; identical SRAM/DRAM word counts: {same_access}/{cases}; "
          f"SCALE-Sim cases with stall cycles: {stalled}")
    print(f"wall time: SCALE-Sim {theirs_total:.1f} s, coforge {ours_total:.2f} s (process start included): "
          f"ratio {theirs_total / ours_total:.0f}x overall; per case median {statistics.median(ratios):.0f}x, "
          f"range {min(ratios):.0f}x-{max(ratios):.0f}x")


if __name__ == "__main__":
    main()
