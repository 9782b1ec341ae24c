#!/usr/bin/env bash
# Installs the pinned Solidity toolchain (solc-js, OpenZeppelin, Foundry binaries) from package-lock.json.
# Idempotent and cached: `npm ci` runs only when node_modules is missing or package-lock.json changed since
# the last install (its sha256 is stored in node_modules/.vaultkeeper-lock.sha256).
# npm may warn that install scripts are not run; forge/anvil/cast come from optional platform packages.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

STAMP="node_modules/.vaultkeeper-lock.sha256"
WANT="$(sha256sum package-lock.json | cut -d' ' -f1)"
HAVE=""
if [ -f "$STAMP" ]; then HAVE="$(cat "$STAMP")"; fi

if [ ! -d node_modules ] || [ "$WANT" != "$HAVE" ]; then
  echo "install-npm: running npm ci"
  npm ci --no-audit --no-fund
  echo "$WANT" >"$STAMP"
else
  echo "install-npm: node_modules up to date"
fi

if ! scripts/forge --version >/dev/null 2>&1; then
  echo "install-npm: scripts/forge --version failed" >&2
  rm -f "$STAMP"
  exit 1
fi
node -e 'require("solc")' || { echo "install-npm: solc-js missing" >&2; rm -f "$STAMP"; exit 1; }
echo "install-npm: $(scripts/forge --version | head -1)"
