# nnreport: `make report` builds the site into output/, `make test` runs every test.
# Both first install the Debian packages the build needs when they are missing.
# `make browser-test` (run by `make test` after the Swift tests) checks the generated site in
# headless Chromium, with the Nu HTML checker and axe-core; it installs what it needs.

SWIFT ?= swift
OUTPUT ?= output
BUILD_PACKAGES := libgd-dev pkg-config fonts-dejavu-core fontconfig
RELEASE_BIN = $(shell $(SWIFT) build -c release --show-bin-path)
DEBUG_BIN = $(shell $(SWIFT) build --show-bin-path)

.PHONY: all deps report test browser-test lint format goldens clean

all: report

deps:
	@Tests/Tools/ensure-apt.sh $(BUILD_PACKAGES)

report: deps
	$(SWIFT) build -c release --product nnreport
	$(RELEASE_BIN)/nnreport generate -o $(OUTPUT)

test: deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) browser-test

browser-test: deps
	$(SWIFT) build --product nnreport
	Tests/Browser/run.sh $(DEBUG_BIN)/nnreport

lint:
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests

format:
	$(SWIFT) format format --in-place --recursive --parallel Sources Tests

# Re-records the numpy goldens under Tests/TrainingTests/Golden (needs python3 with numpy).
goldens:
	python3 Tests/TrainingTests/Reference/reference.py Tests/TrainingTests/Golden

clean:
	rm -rf .build
