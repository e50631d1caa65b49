#!/bin/sh
# Builds the libFuzzer harnesses (SwiftPM needs --sanitize fuzzer and -Xswiftc -sanitize=fuzzer,address together) and runs each for FUZZ_SECONDS (default 60).
# Seeds come from corpus/<name>/ (kept small, in git); what the fuzzer finds goes to
# corpus-work/<name>/ and crashes to corpus-work/artifacts/ (both ignored by git).
# Exits non-zero when a harness found a crash, a leak-free ASan error or a timeout.
set -eu
cd "$(dirname "$0")"
seconds="${FUZZ_SECONDS:-60}"
flags="-c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing -Xswiftc -use-ld=lld"
# shellcheck disable=SC2086
swift build $flags
# shellcheck disable=SC2086
bin="$(swift build $flags --show-bin-path)"
# The Swift backtracer collides with ASan; the runtime's one-time allocations are not leaks.
export SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0
mkdir -p corpus-work/artifacts
status=0
for name in csv config templates; do
    case "$name" in csv) harness=FuzzCSV ;; config) harness=FuzzConfig ;; templates) harness=FuzzTemplates ;; esac
    mkdir -p "corpus-work/$name"
    log="corpus-work/$name.log"
    if "$bin/$harness" "corpus-work/$name" "corpus/$name" -dict="dict/$name.dict" -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="corpus-work/artifacts/$name-" \
        >"$log" 2>&1; then
        result=ok
    else
        result="FAILED (see Tests/Fuzz/$log)"
        status=1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    coverage=$(grep -E '^#[0-9]+' "$log" | tail -1 | sed -n 's/.*\(cov: [0-9]*\).*\(ft: [0-9]*\).*\(corp: [^ ]*\).*/\1 \2 \3/p')
    echo "fuzz $name: $result; $runs executions in ${seconds}s, $speed exec/s; $coverage"
done
exit $status
