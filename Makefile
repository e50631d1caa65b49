# nnreport: `make report` builds the site into output/, `make test` runs every test.
# Both first install the Debian packages the build needs when they are missing.

SWIFT ?= swift
OUTPUT ?= output
BUILD_PACKAGES := libgd-dev pkg-config fonts-dejavu-core fontconfig
RELEASE_BIN = $(shell $(SWIFT) build -c release --show-bin-path)

.PHONY: all deps report test lint format goldens clean

all: report

deps:
	@Tests/Tools/ensure-apt.sh $(BUILD_PACKAGES)

report: deps
	$(SWIFT) build -c release --product nnreport
	$(RELEASE_BIN)/nnreport generate -o $(OUTPUT)

test: deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

lint:
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests

format:
	$(SWIFT) format format --in-place --recursive --parallel Sources Tests

# Re-records the numpy goldens under Tests/TrainingTests/Golden (needs python3 with numpy).
goldens:
	python3 Tests/TrainingTests/Reference/reference.py Tests/TrainingTests/Golden

clean:
	rm -rf .build

# libFuzzer harnesses for the CSV reader, the config loader and the template engine
# (Tests/Fuzz/run.sh), FUZZ_SECONDS each.
FUZZ_SECONDS ?= 60
.PHONY: fuzz
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) Tests/Fuzz/run.sh
