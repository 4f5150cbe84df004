#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer (swiftc -sanitize=fuzzer) of the text layer, the date
# rule, the whole pipeline, the gazetteer loader, the JSONL reader and the graph writers.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Targets: pipeline tokenizer dates gazetteer jsonl graphml (default: all). Inputs that grow
# coverage are kept in Fuzz/Corpus/<target>/ (seeds are committed; new finds are not); a crash,
# hang or memory blow-up stops the run with the input saved as Fuzz/Crashes/<target>-*: copy
# it into Tests/ShejireExtractionTests/Fixtures/fuzz-regressions/ so a test replays it forever.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(pipeline tokenizer dates gazetteer jsonl graphml)

echo "fuzz: building the instrumented harness (Fuzz/, release, -sanitize=fuzzer)"
# A failed build stops here: an older binary left in Fuzz/.build must never be fuzzed instead.
if ! swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer > /tmp/shejire-fuzz-build.log 2>&1; then
    grep -E "error" /tmp/shejire-fuzz-build.log | head -20
    echo "fuzz: the harness did not build (log: /tmp/shejire-fuzz-build.log)"
    exit 1
fi
binary="Fuzz/.build/release/shejire-fuzz"
[ -x "$binary" ] || { echo "fuzz: the harness did not build"; exit 1; }

mkdir -p Fuzz/Crashes
status=0
for target in "${targets[@]}"; do
    work="$(mktemp -d)"
    cp -r "Fuzz/Corpus/$target/." "$work/" 2>/dev/null || true
    echo "fuzz: $target for ${seconds}s"
    if ! SHEJIRE_FUZZ_TARGET="$target" SHEJIRE_GAZETTEERS="$PWD/Gazetteers" "$binary" "$work" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
        -artifact_prefix="Fuzz/Crashes/$target-" -print_final_stats=1 > "$work.log" 2>&1; then
        echo "fuzz: $target FAILED; last lines of the log:"
        tail -30 "$work.log"
        status=1
    else
        grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|DONE" "$work.log" | sed "s/^/fuzz: $target: /"
    fi
    rm -rf "$work" "$work.log"
done
exit "$status"
