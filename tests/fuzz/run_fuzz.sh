#!/bin/bash
# Builds the ProjectFile fuzzer (clang++ -fsanitize=fuzzer,address,undefined) from the design/project/schema
# sources only, seeds it with the example projects and runs it for a while.
# usage: tests/fuzz/run_fuzz.sh [seconds=20]
# Exit 0 when no crash was found; non-zero (and the crashing input kept in the work dir) otherwise.
set -u
SECONDS_TO_RUN=${1:-20}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CXX=${CXX_FUZZ:-clang++}
command -v "$CXX" >/dev/null || { echo "run_fuzz: $CXX not found (install clang)"; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sf-fuzz.XXXXXX")
echo "run_fuzz: work dir $WORK"
SRCS=("$ROOT/tests/fuzz/fuzz_projectfile.cpp")
for f in "$ROOT"/core/design/*.cpp "$ROOT"/core/project/*.cpp "$ROOT"/core/schema/*.cpp; do SRCS+=("$f"); done
# Dialect names and capabilities, which design, project and schema ask of the dialect objects.
for f in "$ROOT"/core/sql/*.cpp "$ROOT"/core/sql/*/*dialect.cpp "$ROOT"/core/sql/*/*planner.cpp \
    "$ROOT"/core/sql/*/*session.cpp "$ROOT"/core/ops/*.cpp "$ROOT"/core/diff/*.cpp; do SRCS+=("$f"); done
LAUNCH=""
command -v ccache >/dev/null && LAUNCH=ccache   # repeated runs recompile nothing
FLAGS=(-std=c++20 -g -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -I"$ROOT" -fPIC)
OBJS=()
for f in "${SRCS[@]}"; do
    o="$WORK/$(echo "${f#$ROOT/}" | tr '/' '_').o"
    if ! $LAUNCH "$CXX" "${FLAGS[@]}" $(pkg-config --cflags Qt6Core) -c "$f" -o "$o" 2>>"$WORK/build.log"; then
        echo "run_fuzz: build failed:"; tail -30 "$WORK/build.log"; exit 2
    fi
    OBJS+=("$o")
done
if ! "$CXX" -fsanitize=fuzzer,address,undefined "${OBJS[@]}" $(pkg-config --libs Qt6Core) -o "$WORK/fuzz_projectfile" \
    2>>"$WORK/build.log"; then
    echo "run_fuzz: link failed:"; tail -30 "$WORK/build.log"; exit 2
fi
mkdir -p "$WORK/corpus"
cp "$ROOT"/resources/examples/*/*.schemaforge.json "$WORK/corpus/" 2>/dev/null
cd "$WORK"
./fuzz_projectfile -max_total_time="$SECONDS_TO_RUN" -max_len=8192 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$WORK/" corpus >"$WORK/fuzz.log" 2>&1
rc=$?
execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$WORK/fuzz.log" | grep -o '[0-9]*$')
crashes=$(ls "$WORK"/crash-* "$WORK"/leak-* "$WORK"/timeout-* "$WORK"/oom-* 2>/dev/null | wc -l)
echo "run_fuzz: executions ${execs:-0}, crashes $crashes, exit $rc"
if [ $rc -ne 0 ] || [ "$crashes" -ne 0 ]; then
    grep -A25 -E "ERROR|SUMMARY|deadly signal" "$WORK/fuzz.log" | head -60
    echo "run_fuzz: crashing inputs kept in $WORK"
    exit 1
fi
rm -rf "$WORK"
exit 0
