#!/usr/bin/env bash
# Fetches the published schemas the realworld tests use (tests/realworld/): Debian packages that
# ship one schema file per database, downloaded with `apt-get download` (never installed) and
# extracted with `dpkg-deb -x` into CACHE/<package>_<version>/. A package whose version is already
# cached is not fetched again; with no network the cache in place is used as is.
# usage: .ci/fetch-schemas.sh [CACHE]   (default: build-test/realworld-cache)
set -euo pipefail
cd "$(dirname "$0")/.."
cache=${1:-build-test/realworld-cache}
mkdir -p "$cache"
cache=$(cd "$cache" && pwd)

# PowerDNS (generic SQL backends), Bacula (director catalogue) and FreeRADIUS (SQL module; one package
# ships all three): the same application's schema for PostgreSQL, MySQL/MariaDB and SQLite.
packages=(pdns-backend-pgsql pdns-backend-mysql pdns-backend-sqlite3
          bacula-director-pgsql bacula-director-mysql bacula-director-sqlite3
          freeradius-config)

version_of() {  # the candidate version apt would download, "" when apt knows none
    apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ { if ($2 != "(none)") print $2 }'
}

if [ -z "$(version_of "${packages[0]}")" ] && [ "$(id -u)" = 0 ]; then
    apt-get update -qq >/dev/null 2>&1 || true
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp"   # apt's _apt user downloads into it
for p in "${packages[@]}"; do
    v=$(version_of "$p")
    if [ -z "$v" ]; then
        if ls -d "$cache/${p}_"* >/dev/null 2>&1; then
            echo "fetch-schemas: apt knows no $p; using the cached $(basename "$(ls -d "$cache/${p}_"* | tail -1)")"
            continue
        fi
        echo "fetch-schemas: apt knows no package $p (run apt-get update)" >&2
        exit 1
    fi
    dest="$cache/${p}_${v//[:\/]/_}"
    [ -f "$dest/.complete" ] && continue
    if ! (cd "$tmp" && apt-get download -q "$p=$v" >/dev/null 2>&1); then
        if ls -d "$cache/${p}_"*/.complete >/dev/null 2>&1; then
            echo "fetch-schemas: cannot download $p $v; using the cached version"
            continue
        fi
        echo "fetch-schemas: cannot download $p $v (no network?) and nothing is cached in $cache" >&2
        exit 1
    fi
    rm -rf "$dest"; mkdir -p "$dest"
    dpkg-deb -x "$tmp/${p}_"*.deb "$dest"
    rm -f "$tmp/${p}_"*.deb
    touch "$dest/.complete"
    echo "fetch-schemas: $p $v -> $dest"
done
