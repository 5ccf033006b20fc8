#!/usr/bin/env bash
# Quick-start command 1: installs what is missing, builds Release into build/, and opens the
# designer on the bundled school example (its "dev" connection is an SQLite file beside it).
# Without a display it runs the same job headless through schemaforge-cli.
set -euo pipefail
cd "$(dirname "$0")"
# ccache hits across clones in different folders (CI clones afresh).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
. .ci/deps.sh
sf_ensure_packages "${SF_BUILD_PACKAGES[@]}"

BUILD=build
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
    gen=(); command -v ninja >/dev/null && gen=(-G Ninja)
    cmake -S . -B "$BUILD" "${gen[@]}" -DCMAKE_BUILD_TYPE=Release -DSF_BUILD_TESTS=OFF >/dev/null
fi
# pipefail makes the pipeline fail when the build fails; the braces keep grep's "no line left"
# (a no-op build) from counting as a failure.
if ! cmake --build "$BUILD" --parallel "$(nproc)" 2>&1 | { grep -v '^ninja: no work to do' || true; }; then
    echo "run.sh: the build failed (see the compiler output above); nothing was started." >&2
    exit 1
fi

EXAMPLE=resources/examples/school
PROJECT=school.schemaforge.json
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run.sh: no display (\$DISPLAY and \$WAYLAND_DISPLAY are unset), so running the headless job"
    echo "        with schemaforge-cli on $EXAMPLE (connection \"dev\": sqlite:school.sqlite)."
    cli="$PWD/$BUILD/bin/schemaforge-cli"
    cd "$EXAMPLE"
    step() { echo; echo "\$ schemaforge-cli $*"; "$cli" --project "$PROJECT" "$@"; }
    step validate
    step generate
    step preview --dialect sqlite --all
    step migrate --connection dev
    step status --connection dev
    echo
    echo "run.sh: done. The designer itself needs a display: run ./run.sh in a desktop session."
    exit 0
fi
exec "$BUILD/bin/schemaforge" "$EXAMPLE/$PROJECT"
