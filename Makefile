# nnreport: `make report` builds the site into output/, `make test` runs every test.
# Both first install the Debian packages the build needs when they are missing.
# `make browser-test` (run by `make test` after the Swift tests) checks the generated site in
# headless Chromium, with the Nu HTML checker and axe-core; it installs what it needs. Then
# `make test-large` writes a run of 10⁶ iterations and checks it against the static hosts' limits.

SWIFT ?= swift
OUTPUT ?= output
BUILD_PACKAGES := libgd-dev libfreetype-dev libdeflate-dev libxxhash-dev pkg-config fonts-dejavu-core fontconfig
# The release binary links the Swift runtime and Foundation in (--static-swift-stdlib: 3 ms less
# of every start); its own scratch folder, so that switching never rebuilds the debug build.
# With everything Swift linked in, it is also linked at a fixed address (-no-pie): the loader then
# has no 78,000 relative relocations to apply, 0.5 ms of every start and 0.2 ms of every exit
# (stack, heap and shared libraries are still placed at random). Not for a build that loads the
# Swift runtime as a shared library: the loader warns about its protected functions on every run.
# No $ORIGIN run path (--disable-local-rpath): nothing is loaded from beside the binary, and the
# loader no longer looks there for each C library first (36 failed lookups of every start).
RELEASE = $(SWIFT) build -c release --static-swift-stdlib -Xlinker -no-pie --disable-local-rpath --scratch-path .build/static
RELEASE_BIN = $(shell $(RELEASE) --show-bin-path)
DEBUG_BIN = $(shell $(SWIFT) build --show-bin-path)

.PHONY: all deps report test test-large browser-test lint format goldens exp-goldens clean soak

all: report

deps:
	@Tests/Tools/ensure-apt.sh $(BUILD_PACKAGES)

report: deps
	$(RELEASE) --product nnreport
	$(RELEASE_BIN)/nnreport generate -o $(OUTPUT)

test: deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) browser-test
	$(MAKE) test-large

# A run of 10⁶ iterations under each rule, written by the debug binary and checked as a static host
# sees it (every file ≤ 25 MiB, ≤ 20,000 files, ≤ 1 GB): a minute or two; `make test` runs it last.
test-large: deps
	$(SWIFT) build --build-tests
	NNREPORT_LARGE_RUN=1 $(SWIFT) test --skip-build --filter LargeRunTests

# The concurrency and kill tests of safe writing for SOAK_ROUNDS rounds each (make test runs a
# few): three runs at once on one report folder, and SIGKILL at random instants with recovery.
SOAK_ROUNDS ?= 60
soak: deps
	$(SWIFT) build --build-tests
	NNREPORT_SOAK_ROUNDS=$(SOAK_ROUNDS) $(SWIFT) test --skip-build --filter 'ConcurrencyTests|KillTests'

browser-test: deps
	$(SWIFT) build --product nnreport
	Tests/Browser/run.sh $(DEBUG_BIN)/nnreport

lint:
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests

format:
	$(SWIFT) format format --in-place --recursive --parallel Sources Tests

# Re-records the numpy goldens under Tests/TrainingTests/Golden (needs python3 with numpy).
goldens:
	@python3 -c "import numpy, mpmath" 2>/dev/null || python3 -m pip install --quiet numpy mpmath
	python3 Tests/TrainingTests/Reference/reference.py Tests/TrainingTests/Golden
	python3 Tests/TrainingTests/Reference/hidden_reference.py Tests/TrainingTests/Golden/hidden

# Re-records the exp goldens under Tests/TrainingTests/Golden/exp (needs python3 with mpmath;
# a few minutes on two cores).
exp-goldens:
	python3 Tests/TrainingTests/Reference/exp_reference.py

clean:
	rm -rf .build

# Benchmarks: nnreport against the Python way, the charts and stages alone; writes
# Tests/Benchmarks/results.md. BENCH_FLAGS=--quick for a short run, --full for every Python case.
BENCH_SCRATCH = .build/charts-bench
BENCH_BIN = $(shell $(SWIFT) build --package-path Tests/Benchmarks/ChartsBench --scratch-path $(BENCH_SCRATCH) -c release --show-bin-path)
BENCH_FLAGS ?=

.PHONY: bench
bench: deps
	$(RELEASE) --product nnreport
	$(SWIFT) build --package-path Tests/Benchmarks/ChartsBench --scratch-path $(BENCH_SCRATCH) -c release --disable-build-manifest-caching
	@python3 -c "import numpy, matplotlib, jinja2" 2>/dev/null || python3 -m pip install --quiet numpy matplotlib jinja2
	python3 Tests/Benchmarks/run.py --nnreport $(RELEASE_BIN)/nnreport --charts-bench $(BENCH_BIN)/ChartsBench \
		--phase-bench $(BENCH_BIN)/PhaseBench --exp-bench $(BENCH_BIN)/ExpBench $(BENCH_FLAGS)

# libFuzzer harnesses for the CSV reader, the config loader and the template engine
# (Tests/Fuzz/run.sh), FUZZ_SECONDS each.
FUZZ_SECONDS ?= 60
.PHONY: fuzz
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) Tests/Fuzz/run.sh
