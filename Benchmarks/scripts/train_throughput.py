"""Training throughput (images/s) of one network: Coforge's Engine against PyTorch CPU.

Same network (coforge.network JSON from `coforge-bench network-json`), same batch, same thread
count, same optimiser (SGD, momentum 0.9, weight decay 5e-4), random inputs; median step time
after warm-up. The two are timed in alternating rounds (ours, then PyTorch, `--rounds` times),
so that a shared machine's load changes hit both alike. Prints the median of each side's round
figures and the median ratio ours / PyTorch over the rounds with its range (higher is better).
"""
import argparse
import json
import statistics
import subprocess
import sys
import time

sys.path.insert(0, __file__.rsplit("/", 1)[0])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bench", default=".build/release/coforge-bench")
    parser.add_argument("--model", default="resnet8")
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--steps", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    try:
        import torch
        import coforge_torch
    except ImportError as error:
        print(f"skipped: PyTorch is not installed ({error}); run Benchmarks/engine.sh to set up the venv")
        return
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    document = subprocess.check_output([args.bench, "network-json", args.model]).decode()

    def ours():
        return json.loads(subprocess.check_output([
            args.bench, "train-throughput", "--model", args.model, "--batch", str(args.batch),
            "--threads", str(args.threads), "--steps", str(args.steps), "--warmup", str(args.warmup), "--json"]))

    net = coforge_torch.load(document).train()
    optimizer = torch.optim.SGD(net.parameters(), lr=0.01, momentum=0.9, weight_decay=5e-4)
    x = torch.randn(args.batch, *net.input_shape)
    classes = net(x[:1]).shape[1]
    y = torch.randint(0, classes, (args.batch,))
    loss_fn = torch.nn.CrossEntropyLoss()

    def theirs():
        times = []
        for step in range(args.warmup + args.steps):
            start = time.perf_counter()
            optimizer.zero_grad(set_to_none=True)
            loss = loss_fn(net(x).flatten(1), y)
            loss.backward()
            optimizer.step()
            if step >= args.warmup:
                times.append(time.perf_counter() - start)
        return args.batch / statistics.median(times)

    rounds = []
    for _ in range(args.rounds):
        report = ours()
        rounds.append((report["imagesPerSecond"], theirs()))
    ours_ips = statistics.median(r[0] for r in rounds)
    torch_ips = statistics.median(r[1] for r in rounds)
    ratios = [a / b for a, b in rounds]
    print(f"training throughput, {args.model}, batch {args.batch}, {args.threads} threads "
          f"(OpenBLAS core {report.get('blasCore', '?')}, Engine kernels {report.get('engineKernels', '?')}; "
          f"PyTorch {torch.__version__}; {args.rounds} alternating rounds of {args.steps} steps)")
    print("  rounds (coforge / pytorch images/s): " + ", ".join(f"{a:.0f}/{b:.0f}" for a, b in rounds))
    print(f"  coforge  {ours_ips:10.1f} images/s (median of rounds)")
    print(f"  pytorch  {torch_ips:10.1f} images/s (median of rounds)")
    print(f"  ratio coforge/pytorch = {statistics.median(ratios):.2f}x, rounds {min(ratios):.2f}-{max(ratios):.2f}x"
          f" (goal >= 1.0x)")


if __name__ == "__main__":
    main()
