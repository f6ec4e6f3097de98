# Shared set-up for scripts/run, scripts/test, scripts/test-sanitizers, scripts/coverage and
# scripts/mutants: Debian packages, configure, build, and the headless test environment. Sourced, not
# run. Idempotent: installs only what is missing, rebuilds only what changed.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${VKAUTH_BUILD_DIR:-$ROOT/build}
# Extra -D options for a new build folder, set before sourcing (scripts/test-sanitizers:
# -DVKAUTH_SANITIZE=ON) or after it (scripts/coverage: an instrumented build).
VKAUTH_CMAKE_OPTIONS=(${VKAUTH_CMAKE_OPTIONS[@]+"${VKAUTH_CMAKE_OPTIONS[@]}"})
EXTRA_CMAKE_ARGS=()
# Compiler flags of the RelWithDebInfo build, set on every configure (a folder made with other flags
# switches). -O2 as before (the benchmarks measure this build); -g1 keeps line tables for backtraces
# and sanitizer reports but not the full debug info, which cost a quarter of the compile time and most
# of the link time (bench/notes.md, "Build time"). scripts/test-sanitizers sets -O1.
VKAUTH_CXX_FLAGS=${VKAUTH_CXX_FLAGS:--O2 -g1 -DNDEBUG}

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
            -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DVKAUTH_WERROR=$werror \
            "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=$VKAUTH_CXX_FLAGS" \
            ${VKAUTH_CMAKE_OPTIONS[@]+"${VKAUTH_CMAKE_OPTIONS[@]}"} "${EXTRA_CMAKE_ARGS[@]}" >/dev/null
    else
        cmake -S "$ROOT" -B "$BUILD_DIR" -DVKAUTH_WERROR=$werror \
            "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=$VKAUTH_CXX_FLAGS" >/dev/null
    fi
    cmake --build "$BUILD_DIR" "$@"
}

# Runs a command (ctest, usually) the way the suite expects: Xvfb, a private D-Bus session with an
# unlocked gnome-keyring, HOME/XDG_* in a temp folder, English C.UTF-8. Leaves no daemon running.
run_headless() {
    local sandbox
    sandbox=$(mktemp -d /tmp/vkauth-test.XXXXXX)
    mkdir -p "$sandbox/home" "$sandbox/runtime" "$sandbox/config" "$sandbox/cache" "$sandbox/data"
    chmod 700 "$sandbox/runtime"
    # Everything runs in a session of its own, so that afterwards we can wait until every process of
    # it — Xvfb, dbus-daemon, the keyring, stray test children — has really exited: xvfb-run and
    # dbus-run-session return while theirs are still shutting down.
    local sidfile="$sandbox/session"
    local rc=0
    (
        export HOME="$sandbox/home" XDG_RUNTIME_DIR="$sandbox/runtime" XDG_CONFIG_HOME="$sandbox/config" \
            XDG_CACHE_HOME="$sandbox/cache" XDG_DATA_HOME="$sandbox/data"
        # QtWebEngine refuses to run as root with its sandbox on; switched off here only, never for users.
        export QTWEBENGINE_DISABLE_SANDBOX=1 \
            QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu --disable-background-networking"
        export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=en
        export VKAUTH_SOURCE_DIR="$ROOT" VKAUTH_NPM_CACHE="${VKAUTH_NPM_CACHE:-/var/cache/vkauth-npm}"
        unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
        setsid --wait bash -c 'echo $$ >"$0"; exec "$@"' "$sidfile" \
            xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" \
            dbus-run-session -- "$ROOT/scripts/with-keyring" "$@"
    ) || rc=$?
    local _
    for _ in $(seq 1 100); do
        headless_session_alive "$sidfile" || break
        sleep 0.1
    done
    if headless_session_alive "$sidfile"; then
        echo "run_headless: processes of the test session still running after 10 s; stopping them" >&2
        kill -TERM -- "-$(cat "$sidfile")" 2>/dev/null || true
        sleep 1
        headless_session_alive "$sidfile" && pkill -KILL -s "$(cat "$sidfile")"
    fi
    rm -rf "$sandbox"
    return $rc
}

headless_session_alive() {
    [ -s "$1" ] && pgrep -s "$(cat "$1")" >/dev/null
}
