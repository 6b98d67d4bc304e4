#!/usr/bin/env bash
# Builds the libFuzzer targets (preset "fuzz": clang, ASan + UBSan, into build-fuzz/) and runs
# each one for SECONDS (default 30), starting from its seeds in tests/fuzz/corpus/<name>/.
# Prints one line per target. A crash, sanitizer report or failed check fails the run; the
# input that caused it is kept and its path printed (replay it: build-fuzz/tests/fuzz/fuzz_<name> FILE).
# Usage: bash packaging/fuzz.sh [SECONDS] [TARGET...]   (targets: names without fuzz_, default all)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=${1:-30}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(stringdecoder ipaddress encoding jsonlreader payloadcodec replyrule)
fi

build=build-fuzz
mkdir -p "$build"
# The build's output is shown only when it fails.
if ! flock /tmp/nb-build.lock sh -c "cmake --preset fuzz && cmake --build $build $(printf -- ' --target fuzz_%s' "${targets[@]}")" \
        >"$build/fuzz-build.log" 2>&1; then
    tail -40 "$build/fuzz-build.log"
    echo "fuzz build failed (log: $build/fuzz-build.log)"
    exit 2
fi

# New inputs go to build-fuzz/corpus/<name> (kept between runs), never into the seeds.
work=$build/fuzz-run
mkdir -p "$work"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export ASAN_OPTIONS=abort_on_error=0:detect_leaks=1

failed=0
for name in "${targets[@]}"; do
    corpus=$build/corpus/$name
    mkdir -p "$corpus" "$work/$name"
    log=$work/$name.log
    options=(-max_total_time="$seconds" -timeout=10 -print_final_stats=1 -artifact_prefix="$work/$name/")
    if [ -f "tests/fuzz/$name.dict" ]; then
        options+=(-dict="tests/fuzz/$name.dict")
    fi
    status=0
    "$build/tests/fuzz/fuzz_$name" "${options[@]}" "$corpus" "tests/fuzz/corpus/$name" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cover=$(sed -n 's/.* cov: \([0-9]*\) .*/\1/p' "$log" | tail -1)
    inputs=$(find "$corpus" -type f | wc -l)
    if [ "$status" -eq 0 ]; then
        printf 'fuzz_%-14s ok     %s runs in %ss (%s/s), coverage %s, corpus %s inputs\n' \
            "$name" "${runs:-?}" "$seconds" "${rate:-?}" "${cover:-?}" "$inputs"
    else
        failed=1
        artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
        printf 'fuzz_%-14s FAILED after %s runs: input kept at %s, log %s\n' \
            "$name" "${runs:-?}" "${artifact:-(none written)}" "$log"
    fi
done
exit $failed
