# Set-up, tests and demo for Coforge. `make test` is what CI runs (through .ci/run).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c

# Debian packages the build, tests and demo need. Extend this list, nothing else.
DEBIAN_PACKAGES := libopenblas-dev libhwloc-dev pkg-config zlib1g-dev libjpeg-dev libpng-dev libsqlite3-dev dataset-fashion-mnist

# DRY_RUN=1 prints the apt-get commands `setup` would run instead of running them.
DRY_RUN ?=

.PHONY: setup test demo clean

setup:
	@if ! command -v dpkg-query >/dev/null 2>&1; then \
	  echo "setup: not a Debian system; install the equivalents of: $(DEBIAN_PACKAGES)"; \
	  exit 0; \
	fi; \
	missing=(); \
	for package in $(DEBIAN_PACKAGES); do \
	  if [[ "$$(dpkg-query -W -f='$${Status}' "$$package" 2>/dev/null || true)" == "install ok installed" ]]; then \
	    echo "setup: present $$package"; \
	  else \
	    echo "setup: missing $$package"; \
	    missing+=("$$package"); \
	  fi; \
	done; \
	if (( $${#missing[@]} == 0 )); then exit 0; fi; \
	sudo=(); \
	if (( $$(id -u) != 0 )); then \
	  if command -v sudo >/dev/null 2>&1; then sudo=(sudo); \
	  else echo "setup: need root or sudo to install: $${missing[*]}" >&2; exit 1; fi; \
	fi; \
	apt=("$${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get); \
	if [[ -n "$(DRY_RUN)" ]]; then \
	  echo "setup (dry run): $${apt[*]} update"; \
	  echo "setup (dry run): $${apt[*]} install -y --no-install-recommends $${missing[*]}"; \
	  exit 0; \
	fi; \
	"$${apt[@]}" update; \
	"$${apt[@]}" install -y --no-install-recommends "$${missing[@]}"

test: setup
	swift test

demo: setup
	swift build -c release
	.build/release/coforge zoo
	.build/release/coforge inspect mobilenetv2
	.build/release/coforge train small-cnn --data fashion-mnist --epochs 1 --subset 10000 --seed 0 --out .build/demo-small-cnn.safetensors
	.build/release/coforge evaluate small-cnn --weights .build/demo-small-cnn.safetensors --data fashion-mnist --json
	.build/release/coforge cost mcunet-in2 --profile stm32f746 --runtime tinyengine
	.build/release/coforge cost resnet8 --profile eyeriss-like
	.build/release/coforge sample --space nb201+eyeriss-like --count 3 --seed 1

clean:
	swift package clean
