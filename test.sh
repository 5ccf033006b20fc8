#!/usr/bin/env bash
# Quick-start command 2: installs what is missing, builds the sanitized test build into
# build-test/, starts throwaway PostgreSQL and MariaDB servers, runs every test with ctest.
# Extra arguments go to ctest (./test.sh -L unit).
set -euo pipefail
cd "$(dirname "$0")"
# ccache hits across clones in different folders (CI clones afresh).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
. .ci/deps.sh
. .ci/servers.sh

sf_ensure_packages "${SF_BUILD_PACKAGES[@]}" "${SF_TEST_PACKAGES[@]}"

BUILD=build-test
gen=(); command -v ninja >/dev/null && gen=(-G Ninja)
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
    cmake -S . -B "$BUILD" "${gen[@]}" -DCMAKE_BUILD_TYPE=Debug -DSF_SANITIZE=ON >/dev/null
fi
cmake --build "$BUILD" --parallel "$(nproc)"

# Interop tests run the real sequelize-cli: npm ci into the build tree, cached by lock-file hash.
if [ -f tests/interop/package-lock.json ]; then
    lockhash=$(sha256sum tests/interop/package-lock.json | cut -c1-16)
    if [ ! -f "$BUILD/interop/.installed-$lockhash" ]; then
        rm -rf "$BUILD/interop"; mkdir -p "$BUILD/interop"
        cp tests/interop/package.json tests/interop/package-lock.json "$BUILD/interop/"
        # sqlite3 builds from source against the node headers Debian ships (no prebuilt download here)
        nodedir=; [ -f /usr/include/node/node.h ] && nodedir=/usr
        (cd "$BUILD/interop" && npm_config_nodedir=${nodedir:-${npm_config_nodedir:-}} \
            npm ci --no-audit --no-fund --loglevel=error >/dev/null)
        touch "$BUILD/interop/.installed-$lockhash"
    fi
    export SF_TEST_NODE_MODULES="$PWD/$BUILD/interop/node_modules"
fi

# Realworld tests load published schemas (Debian packages, cached by version in the build tree).
.ci/fetch-schemas.sh "$BUILD/realworld-cache"

trap 'sf_my_stop; sf_pg_stop' EXIT
sf_pg_start
sf_my_start

export SF_TEST_ROOT="$PWD"
set +e
(cd "$BUILD" && ctest --output-on-failure --timeout 900 "$@") 2>&1 | tee "$BUILD/ctest.log"
status=${PIPESTATUS[0]}
set -e
exit "$status"
