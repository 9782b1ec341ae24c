#!/usr/bin/env bash
# Regenerates contract artifacts and Go bindings.
#   scripts/generate.sh            -> contracts/artifacts/*.json and vaults/bindings/*.go (a protocol's own
#                                     contracts: vaults/bindings/<protocol>/, see PROTOCOL_BINDINGS)
#   scripts/generate.sh OUTDIR     -> OUTDIR/contracts/artifacts/*.json and OUTDIR/vaults/bindings/*.go
# The output is byte-for-byte reproducible, so a check can diff OUTDIR against the committed files.
# abigen is the one of the go-ethereum version pinned in go.mod (classic v1 bindings, package bindings).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-$ROOT}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
ARTIFACTS="$OUT/contracts/artifacts"
BINDINGS="$OUT/vaults/bindings"

cd "$ROOT"
if [ ! -d node_modules/solc ]; then
  "$ROOT/scripts/install-npm.sh"
fi

node scripts/compile-contracts.js "$ARTIFACTS"

GETH_VERSION="$(go list -m -f '{{.Version}}' github.com/ethereum/go-ethereum)"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# Build abigen once (cached by the Go build cache) instead of `go run` per contract.
GOBIN="$TMP/bin" go install "github.com/ethereum/go-ethereum/cmd/abigen@${GETH_VERSION}"
ABIGEN="$TMP/bin/abigen"

# Contracts whose ABI has Morpho Blue's structs (Morpho itself, built by compile-contracts.js's
# PROTOCOL_BUILDS, and the KinkedIrm mock) get a package of their own, vaults/bindings/<name in lower
# case): abigen declares a struct in each binding that uses it, and the MarketParams and Market of
# several bindings in one package would clash (MorphoBlueAdapter's stays in package bindings).
# MetaMorphoAdapter, an ERC4626Adapter, repeats its base's event structs, so it gets one too.
PROTOCOL_BINDINGS=(Morpho KinkedIrm MetaMorphoAdapter)

mkdir -p "$BINDINGS"
rm -f "$BINDINGS"/*.go
for name in "${PROTOCOL_BINDINGS[@]}"; do rm -rf "$BINDINGS/$(tr '[:upper:]' '[:lower:]' <<<"$name")"; done
# One binding per artifact: Go type = contract name without an interface's leading I
# (ISource -> Source), file = the type in snake_case (AaveV3Adapter -> aave_v3_adapter.go).
# Aave v3's own contracts (compile-contracts.js's Aave build: AavePool, AaveAToken, ...; not the AaveV3Adapter) get
# artifacts only: their ABIs share Aave's structs, and Pool's creation code needs its libraries linked, which the
# forge tests do at deployment (contracts/test/utils/AaveV3Setup.sol).
artifact_only() { [[ "$1" == Aave* && "$1" != AaveV3Adapter ]]; }
for json in "$ARTIFACTS"/*.json; do
  name="$(basename "$json" .json)"
  if artifact_only "$name"; then continue; fi
  type="$name"
  if [[ "$name" =~ ^I[A-Z] ]]; then type="${name#I}"; fi
  file="$(sed -E 's/([a-z0-9])([A-Z])/\1_\2/g; s/([A-Z]+)([A-Z][a-z])/\1_\2/g' <<<"$type" | tr '[:upper:]' '[:lower:]')"
  node -e '
    const fs = require("fs");
    const a = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    fs.writeFileSync(process.argv[2], JSON.stringify(a.abi));
    const bin = a.bytecode.replace(/^0x/, "");
    if (bin.length > 0) fs.writeFileSync(process.argv[3], bin);
  ' "$json" "$TMP/$name.abi" "$TMP/$name.bin"
  pkg=bindings dir="$BINDINGS"
  for p in "${PROTOCOL_BINDINGS[@]}"; do
    if [ "$name" = "$p" ]; then pkg="$(tr '[:upper:]' '[:lower:]' <<<"$name")" dir="$BINDINGS/$pkg"; fi
  done
  mkdir -p "$dir"
  args=(--abi "$TMP/$name.abi" --pkg "$pkg" --type "$type" --out "$dir/$file.go")
  if [ -f "$TMP/$name.bin" ]; then args+=(--bin "$TMP/$name.bin"); fi
  "$ABIGEN" "${args[@]}"
done
# abigen writes 0600 files; normalise so regenerated files match the committed ones.
chmod 644 "$BINDINGS"/*.go "$ARTIFACTS"/*.json
for name in "${PROTOCOL_BINDINGS[@]}"; do chmod 644 "$BINDINGS/$(tr '[:upper:]' '[:lower:]' <<<"$name")"/*.go; done
echo "generate: bindings written to ${BINDINGS#"$ROOT"/}"
