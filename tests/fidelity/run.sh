#!/usr/bin/env bash
# ctest fidelity_reference_client: installs the reference client from npm into a cache once, then runs
# it against fakevk-server over every scenario of scenarios.json. Usage: run.sh FAKEVK_SERVER [runner args]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SERVER=${1:?usage: run.sh FAKEVK_SERVER [--only NAME] [--verbose]}
shift
CACHE="${VKAUTH_NPM_CACHE:-/var/cache/vkauth-npm}/fidelity"
WANT_AUTH=1.4.1
WANT_VKIO=4.10.1

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "node and npm are needed (scripts/test installs them)" >&2
    exit 77 # skipped
fi

installed() {
    node -e 'process.exit(require(process.argv[1]).version === process.argv[2] ? 0 : 1)' \
        "$CACHE/node_modules/$1/package.json" "$2" 2>/dev/null
}

mkdir -p "$CACHE"
(
    flock 9
    if ! installed @vk-io/authorization "$WANT_AUTH" || ! installed vk-io "$WANT_VKIO"; then
        echo "== installing @vk-io/authorization@$WANT_AUTH vk-io@$WANT_VKIO into $CACHE"
        [ -f "$CACHE/package.json" ] || echo '{"name":"vkauth-fidelity","private":true}' >"$CACHE/package.json"
        (cd "$CACHE" && npm install --no-audit --no-fund --loglevel=error \
            "@vk-io/authorization@$WANT_AUTH" "vk-io@$WANT_VKIO")
    fi
) 9>"$CACHE.lock"

exec node "$HERE/reference-runner.mjs" --server "$SERVER" --modules "$CACHE/node_modules" \
    --scenarios "$HERE/scenarios.json" "$@"
