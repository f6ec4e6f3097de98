# Shared set-up for scripts/run and scripts/test: Debian packages, configure, build.
# Sourced, not run. Idempotent: installs only what is missing, rebuilds only what changed.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${VKAUTH_BUILD_DIR:-$ROOT/build}

# Build and run-time packages (Debian 12). Keep in sync with the README and packaging/linux.
DEBIAN_PACKAGES=(
    cmake ninja-build ccache g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-webengine-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libqt6svg6
    libgumbo-dev libsodium-dev
    gnome-keyring libsecret-tools dbus-daemon xvfb xauth openssl
    desktop-file-utils appstream dpkg-dev file clang-format
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_packages() {
    local missing=()
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "== installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

configure_and_build() {
    ensure_packages "${DEBIAN_PACKAGES[@]}"
    # Node.js and npm run the reference client in the fidelity test; any install of them will do.
    command -v npm >/dev/null || ensure_packages nodejs npm
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DVKAUTH_WERROR=$werror >/dev/null
    else
        cmake -S "$ROOT" -B "$BUILD_DIR" -DVKAUTH_WERROR=$werror >/dev/null
    fi
    cmake --build "$BUILD_DIR" "$@"
}
