#!/usr/bin/env bash
# Takes the README's screenshots from real windows under Xvfb at 1280x800 (the first-launch size): the
# designer on the school example in English, German and the dark theme, each with fresh settings,
# then the SQL preview dock with PostgreSQL DDL and the migrations dock after Migrate, driven through
# the real buttons by tests/ui/tst_readme_shots.
# usage: .ci/screenshots.sh [build-dir] [test-build-dir]   (the second one has the tests; default build-test)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
TESTBUILD=${2:-build-test}
out=resources/screenshots
mkdir -p "$out"
tmp=$(mktemp -d /tmp/sf-shots.XXXXXX)
trap 'kill ${XPID:-} 2>/dev/null; rm -rf "$tmp"' EXIT
exec 3>"$tmp/displayfd"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & XPID=$!
exec 3>&-
until [ -s "$tmp/displayfd" ]; do sleep 0.1; done
export DISPLAY=":$(cat "$tmp/displayfd")" QT_QPA_PLATFORM=xcb
cp -r resources/examples/school "$tmp/school"
rm -rf "$tmp/school/"*.sqlite "$tmp/school/migrations"   # so the SQL preview shows the whole pending change

shot() { # name, theme ("" = system), env...
    local name=$1 theme=$2; shift 2
    # Fresh settings per shot (no saved geometry or dock state of this machine's user); the theme as
    # Preferences > Theme stores it.
    local config="$tmp/config-$name"
    mkdir -p "$config/SchemaForge"
    printf '[preferences]\ntheme=%s\n' "$theme" >"$config/SchemaForge/SchemaForge.conf"
    env XDG_CONFIG_HOME="$config" ASAN_OPTIONS=detect_leaks=0 "$@" \
        "$BUILD/bin/schemaforge" -geometry 1280x800+0+0 "$tmp/school/school.schemaforge.json" & local pid=$!
    sleep 8
    import -window root "$out/$name.png"
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    echo "screenshot: $out/$name.png"
}
shot mainwindow "" LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8 LANGUAGE=en
shot mainwindow-de "" LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 LANGUAGE=de
shot mainwindow-dark dark LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8 LANGUAGE=en

# Panel shots: the real window driven through its buttons (see tests/ui/tst_readme_shots.cpp).
cmake --build "$TESTBUILD" --target ui_tst_readme_shots >/dev/null
root=$PWD
( cd "$tmp" && env SF_SCREENSHOT_DIR="$root/$out" SF_SOURCE_DIR="$root" LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8 LANGUAGE=en \
    ASAN_OPTIONS=detect_leaks=0 "$root/$TESTBUILD/tests/ui_tst_readme_shots" >/dev/null ) &&
    echo "screenshot: $out/preview-postgres.png" && echo "screenshot: $out/migrations-after-migrate.png"
