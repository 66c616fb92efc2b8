"""Inference latency at batch 1: Coforge's Engine against onnxruntime on the same network.

The network comes from `coforge-bench network-json`; the script builds it in PyTorch
(coforge_torch.py), exports ONNX (opset 17, eval mode so batch norm folds as onnxruntime
would), and times onnxruntime's CPU provider with the same intra-op thread count. The two are
timed in alternating rounds (ours, then onnxruntime, `--rounds` times; median of `--repeats`
runs after warm-up in each), so that a shared machine's load changes hit both alike. Prints the
median of each side's round medians, and the median ratio ours / onnxruntime over the rounds with
its range (lower is better).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, __file__.rsplit("/", 1)[0])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bench", default=".build/release/coforge-bench")
    parser.add_argument("--model", default="resnet8")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    try:
        import numpy as np
        import onnxruntime as ort
        import torch
        import coforge_torch
    except ImportError as error:
        print(f"skipped: onnxruntime/PyTorch not installed ({error}); run Benchmarks/engine.sh to set up the venv")
        return
    document = subprocess.check_output([args.bench, "network-json", args.model]).decode()

    def ours():
        return json.loads(subprocess.check_output([
            args.bench, "inference-latency", "--model", args.model, "--threads", str(args.threads),
            "--repeats", str(args.repeats), "--warmup", str(args.warmup), "--json"]))

    net = coforge_torch.load(document).eval()
    x = torch.randn(1, *net.input_shape)
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "model.onnx")
        torch.onnx.export(net, (x,), path, input_names=["input"], output_names=["output"], opset_version=17,
                          dynamo=False)
        options = ort.SessionOptions()
        options.intra_op_num_threads = args.threads
        options.inter_op_num_threads = 1
        session = ort.InferenceSession(path, options, providers=["CPUExecutionProvider"])
        feed = {"input": x.numpy().astype(np.float32)}

        def theirs():
            times = []
            for step in range(args.warmup + args.repeats):
                start = time.perf_counter()
                session.run(None, feed)
                if step >= args.warmup:
                    times.append(time.perf_counter() - start)
            return statistics.median(times) * 1e3

        rounds = []
        for _ in range(args.rounds):
            report = ours()
            rounds.append((report["latencySeconds"] * 1e3, theirs()))
    ours_ms = statistics.median(r[0] for r in rounds)
    ort_ms = statistics.median(r[1] for r in rounds)
    ratios = [a / b for a, b in rounds]
    print(f"inference latency, {args.model}, batch 1, {args.threads} threads "
          f"(OpenBLAS core {report.get('blasCore', '?')}, Engine kernels {report.get('engineKernels', '?')}; "
          f"onnxruntime {ort.__version__}; {args.rounds} alternating rounds of {args.repeats} runs)")
    print("  rounds (coforge / onnxruntime ms): " + ", ".join(f"{a:.2f}/{b:.2f}" for a, b in rounds))
    print(f"  coforge      {ours_ms:8.3f} ms (median of rounds)")
    print(f"  onnxruntime  {ort_ms:8.3f} ms (median of rounds)")
    print(f"  ratio coforge/onnxruntime = {statistics.median(ratios):.2f}x, rounds {min(ratios):.2f}-{max(ratios):.2f}x"
          f" (goal <= 1.5x)")


if __name__ == "__main__":
    main()
