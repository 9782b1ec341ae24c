#!/bin/sh
# Builds the test Vault server (scripts/vaultserver, a real HashiCorp Vault
# v1.14.0 core with KV v2 and AppRole) once, into .cache/vaultserver/<hash>/,
# and prints the binary's path. Skipped when the cached binary matches the
# sources; the first build takes several minutes.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
src="$root/scripts/vaultserver"
hash=$(cat "$src/go.mod" "$src/go.sum" "$src/main.go" | sha256sum | cut -c1-16)
out="$root/.cache/vaultserver/$hash/vaultserver"
if [ ! -x "$out" ]; then
	mkdir -p "$(dirname "$out")"
	echo "building the test Vault server (one time, several minutes)..." >&2
	(cd "$src" && GOFLAGS=-mod=readonly go build -trimpath -o "$out.$$" .) >&2
	mv "$out.$$" "$out"
fi
echo "$out"
