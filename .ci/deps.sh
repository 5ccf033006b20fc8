# Sourced by run.sh and test.sh: installs the Debian packages SchemaForge needs when missing.
# As root directly, otherwise with sudo; when neither works, prints the exact apt-get line and fails.
# usage: sf_ensure_packages pkg...
sf_ensure_packages() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local line="apt-get install -y --no-install-recommends ${missing[*]}"
    echo "schemaforge: installing missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo=(sudo -n)
        else
            echo "schemaforge: cannot install packages (not root, no passwordless sudo). Run as root:" >&2
            echo "  apt-get update && $line" >&2
            return 1
        fi
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null || {
        echo "schemaforge: package installation failed; run: apt-get update && $line" >&2
        return 1
    }
}

SF_BUILD_PACKAGES=(g++ cmake ninja-build pkg-config ccache qt6-base-dev qt6-svg-dev qt6-tools-dev
    qt6-l10n-tools libpqxx-dev nlohmann-json3-dev libqt6sql6-sqlite libqt6sql6-mysql fonts-dejavu-core)
SF_TEST_PACKAGES=(postgresql-15 mariadb-server-core mariadb-client-core xvfb xauth imagemagick
    sqlite3 clang clang-format)
# Node.js may come from another source than Debian (nodesource ships npm inside nodejs):
# ask Debian for it only when the commands are missing.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    SF_TEST_PACKAGES+=(nodejs npm)
fi
