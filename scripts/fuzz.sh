#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ (a nested package: the main build never compiles it) and runs
# each for N seconds (default 60), failing if any target finds a crash, a hang (over 10 s on one input),
# an error that is not an InputError, or a memory blow-up (over 2 GiB).
#
#   scripts/fuzz.sh [seconds-per-target] [target ...]
#   FUZZ_ASAN=1 scripts/fuzz.sh 600        # with AddressSanitizer too (a build of its own, slower)
#   FUZZ_JOBS=2 scripts/fuzz.sh 3600       # libFuzzer's fork mode, N processes per target
#
# Targets: FuzzCSVReader FuzzNumberParser FuzzYAML FuzzAssessment FuzzXLSXReader. Seeds: fuzz/corpus/<target>/ (read only). New inputs
# go to fuzz/.work/<target>/ (kept between runs, so later runs start further), logs to
# fuzz/.work/<target>.log, crashes and hangs to fuzz/artifacts/<target>/. See fuzz/README.md.
set -euo pipefail

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzCSVReader FuzzNumberParser FuzzYAML FuzzAssessment FuzzXLSXReader)
case "$seconds" in ''|*[!0-9]*) echo "fuzz.sh: seconds must be a whole number, not '$seconds'" >&2; exit 2;; esac

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/fuzz"
SWIFT=${SWIFT:-swift}

build=(-c debug --sanitize=fuzzer)
if [ "${FUZZ_ASAN:-0}" = 1 ]; then
    build+=(--sanitize=address --scratch-path .build-asan)
fi
echo "fuzz.sh: building the fuzz targets (${build[*]})" >&2
start=$(date +%s)
"$SWIFT" build "${build[@]}"
bin=$("$SWIFT" build "${build[@]}" --show-bin-path)
echo "fuzz.sh: built in $(( $(date +%s) - start )) s" >&2

# The Swift runtime's backtracer would catch the trap before libFuzzer does, and no crash file would be written.
export SWIFT_BACKTRACE=enable=no
export SMARTSCORE_ROOT="$root"

failed=()
for target in "${targets[@]}"; do
    [ -x "$bin/$target" ] || { echo "fuzz.sh: no target $target in $bin" >&2; exit 2; }
    work=".work/$target"
    artifacts="artifacts/$target"
    mkdir -p "$work" "$artifacts"
    options=(-max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
             -artifact_prefix="$artifacts/")
    [ "$target" = FuzzYAML ] && options+=(-dict=yaml.dict -max_len=16384)
    # Reading a file costs about 1 ms a kilobyte in this build: small files keep the short run useful.
    [ "$target" = FuzzCSVReader ] && options+=(-max_len=2048)
    if [ -n "${FUZZ_JOBS:-}" ]; then
        options+=(-fork="$FUZZ_JOBS" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
    fi
    echo "fuzz.sh: $target for $seconds s (log: fuzz/$work.log)" >&2
    before=$(ls "$artifacts" | wc -l)
    status=0
    "$bin/$target" "${options[@]}" "$work" "corpus/$target" > "$work.log" 2>&1 || status=$?
    grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb|SUMMARY|==[0-9]+==)" "$work.log" >&2 || true
    after=$(ls "$artifacts" | wc -l)
    if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
        echo "fuzz.sh: $target FAILED (exit $status); new files in fuzz/$artifacts/:" >&2
        ls -t "$artifacts" | head -n $(( after - before > 0 ? after - before : 1 )) | sed 's/^/  /' >&2
        tail -n 40 "$work.log" >&2
        failed+=("$target")
    else
        echo "fuzz.sh: $target ok" >&2
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz.sh: findings in ${failed[*]}" >&2
    exit 1
fi
echo "fuzz.sh: no findings in ${targets[*]} ($seconds s each)" >&2
