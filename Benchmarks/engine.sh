#!/usr/bin/env bash
# Engine measurements for Benchmarks/README.md, each printing ours and the peer's figure from
# the same run. Usage: Benchmarks/engine.sh [gemm|throughput|latency|fashion|nb201|all]
# THREADS (default 2) pins the thread count everywhere; OPENBLAS_CORETYPE=SkylakeX selects
# OpenBLAS's AVX-512 kernels on CPUs the packaged OpenBLAS does not recognise.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
threads=${THREADS:-2}
venv=Benchmarks/.venv

swift build -c release >&2
bench=.build/release/coforge-bench

python_peer() {
  if [[ ! -x $venv/bin/python ]]; then
    echo "setting up $venv (torch 2.10.0, onnx, onnxruntime; several GB)" >&2
    python3 -m venv "$venv" && "$venv/bin/pip" install -q torch==2.10.0 onnx onnxruntime numpy \
      || { echo "skipped: could not install the Python peers into $venv" >&2; return 0; }
  fi
  "$venv/bin/python" "$@"
}

case $what in gemm|all) echo "== GEMM efficiency (conv and linear layers against raw sgemm) =="
  $bench gemm-efficiency --threads "$threads" --batch 1
  $bench gemm-efficiency --threads "$threads" --batch 64 ;; esac
case $what in throughput|all) echo "== Training throughput, ResNet-8, batch 64 =="
  python_peer Benchmarks/scripts/train_throughput.py --bench "$bench" --model resnet8 --batch 64 --threads "$threads" ;; esac
case $what in latency|all) echo "== Inference latency, batch 1 =="
  for model in resnet8 mobilenetv2; do
    python_peer Benchmarks/scripts/inference_latency.py --bench "$bench" --model "$model" --threads "$threads"
  done ;; esac
case $what in fashion|all) echo "== Fashion-MNIST, small-cnn, 5 epochs =="
  .build/release/coforge train small-cnn --data fashion-mnist --epochs 5 --threads "$threads" --seed 0 ;; esac
case $what in nb201|all) echo "== NB201 rank fidelity, 20 cells, reduced budget on CIFAR-10 =="
  $bench nb201-rank --threads "$threads" --seed 0 ;; esac
