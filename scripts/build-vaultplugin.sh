#!/bin/sh
# Builds vaultkeeper's Vault signing plugin (keeper/vaultplugin, its own Go
# module) once, into .cache/vaultplugin/<hash>/vaultkeeper-signer, and prints
# two lines: the binary's path and its SHA-256 (what Vault's plugin catalog
# wants: register it with -sha256=<that> -command=vaultkeeper-signer, with the
# binary in the server's plugin_directory). <hash> covers the module's
# non-test sources, go.mod, go.sum and the Go toolchain settings; the build
# is skipped when the cached binary matches them (about 20 s otherwise).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
src="$root/keeper/vaultplugin"
hash=$(
	cd "$src"
	go env GOVERSION GOOS GOARCH CGO_ENABLED
	find . -type f \( -name '*.go' ! -name '*_test.go' -o -name go.mod -o -name go.sum \) | LC_ALL=C sort |
		while IFS= read -r f; do printf '%s\n' "$f"; cat "$f"; done
)
hash=$(printf '%s' "$hash" | sha256sum | cut -c1-16)
dir="$root/.cache/vaultplugin/$hash"
out="$dir/vaultkeeper-signer"
if [ ! -x "$out" ]; then
	mkdir -p "$dir"
	echo "building the vaultkeeper signing plugin for Vault..." >&2
	tmp="$root/.cache/vaultplugin/.vaultkeeper-signer.$$"
	trap 'rm -f "$tmp"' EXIT
	(cd "$src" && GOFLAGS=-mod=readonly go build -trimpath -o "$tmp" ./cmd/vaultkeeper-signer) >&2
	mv "$tmp" "$out"
fi
echo "$out"
sha256sum "$out" | cut -d' ' -f1
