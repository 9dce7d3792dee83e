#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz/ with clang (ASan + UBSan + coverage) into build-fuzz/
# and runs each one in turn, starting from its committed seeds (tests/fuzz/corpus/<target>/).
#   scripts/fuzz.sh [SECONDS]      each target for SECONDS (default 600)
#   scripts/fuzz.sh --smoke        each target for 30 s (CI)
#   scripts/fuzz.sh ... TARGET...  only these targets (e.g. fuzz_tasks_page)
# New inputs go to build-fuzz/corpus/<target>/ (kept between runs, never committed); a crash is
# saved as build-fuzz/artifacts/<target>/crash-* and fails the run. Prints execs, exec/s and
# coverage per target. Reproduce: build-fuzz/fuzz/<target> <crash file>.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SECONDS_EACH=600
if [ "${1:-}" = "--smoke" ]; then
  SECONDS_EACH=30
  shift
elif [[ "${1:-}" =~ ^[0-9]+$ ]]; then
  SECONDS_EACH=$1
  shift
fi
ALL=(fuzz_tasks_page fuzz_servers_page fuzz_page_parity fuzz_error_body fuzz_sandbox_auth fuzz_fault_spec)
TARGETS=("${@:-${ALL[@]}}")

scripts/install-deps.sh --fuzz
# -O1 with assertions on (no NDEBUG): fast enough to fuzz, and a failed Q_ASSERT is a finding too.
cmake -S . -B build-fuzz -DSMS_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
      -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target "${TARGETS[@]}"

# Reports on stderr (not the test suite's files); any finding stops the target at once.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:disable_coredump=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8

LOGS="$ROOT/build-fuzz/logs"
mkdir -p "$LOGS"
failed=()
summary=()
for t in "${TARGETS[@]}"; do
  corpus="$ROOT/build-fuzz/corpus/$t"
  artifacts="$ROOT/build-fuzz/artifacts/$t"
  mkdir -p "$corpus" "$artifacts"
  dict=()
  if [ -f "tests/fuzz/$t.dict" ]; then
    dict=(-dict="tests/fuzz/$t.dict")
  elif [ "$t" != fuzz_fault_spec ]; then
    dict=(-dict=tests/fuzz/json.dict)
  fi
  echo "==== $t: ${SECONDS_EACH} s"
  set +e
  # The first directory receives new inputs; the committed seeds are only read.
  "build-fuzz/fuzz/$t" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "${dict[@]}" "$corpus" "tests/fuzz/corpus/$t" \
    > "$LOGS/$t.log" 2>&1
  rc=$?
  set -e
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$LOGS/$t.log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$LOGS/$t.log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$LOGS/$t.log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$LOGS/$t.log" | tail -1 | cut -d' ' -f2)
  units=$(grep -o 'corp: [0-9]*' "$LOGS/$t.log" | tail -1 | cut -d' ' -f2)
  if [ $rc -ne 0 ]; then
    tail -60 "$LOGS/$t.log"
    failed+=("$t")
    summary+=("$(printf '%-18s FAILED (exit %s)  %s' "$t" "$rc" "$(ls "$artifacts" | head -3 | tr '\n' ' ')")")
  else
    summary+=("$(printf '%-18s %12s execs  %7s exec/s  cov %5s  ft %6s  corpus %5s' \
      "$t" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "$units")")
  fi
done

echo "==== fuzz summary (${SECONDS_EACH} s each; logs in $LOGS)"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAIL: ${failed[*]} (inputs in build-fuzz/artifacts/)" >&2
  exit 1
fi
echo "fuzz: no crash, leak or undefined behaviour"
