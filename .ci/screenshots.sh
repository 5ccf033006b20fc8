#!/usr/bin/env bash
# Takes the README's screenshots from real windows under Xvfb: the designer on the school example
# (and, when given, extra arguments per shot). usage: .ci/screenshots.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
out=resources/screenshots
mkdir -p "$out"
tmp=$(mktemp -d /tmp/sf-shots.XXXXXX)
trap 'kill ${XPID:-} 2>/dev/null; rm -rf "$tmp"' EXIT
exec 3>"$tmp/displayfd"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & XPID=$!
exec 3>&-
until [ -s "$tmp/displayfd" ]; do sleep 0.1; done
export DISPLAY=":$(cat "$tmp/displayfd")" QT_QPA_PLATFORM=xcb
cp -r resources/examples/school "$tmp/school"
rm -rf "$tmp/school/"*.sqlite "$tmp/school/migrations"   # so the SQL preview shows the whole pending change

shot() { # name, env..., -- args
    local name=$1; shift
    env "$@" "$BUILD/bin/schemaforge" -geometry 1600x1000+0+0 "$tmp/school/school.schemaforge.json" & local pid=$!
    sleep 4
    import -window root "$out/$name.png"
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    echo "screenshot: $out/$name.png"
}
shot mainwindow LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8 LANGUAGE=en
shot mainwindow-de LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 LANGUAGE=de
