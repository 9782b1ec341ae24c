# vaultkeeper build. `make run` runs the keeper on the embedded chain;
# `make test` runs every test (Go, Solidity, generated-file freshness, lint).

GO        ?= go
BIN       := bin/keeper
CONFIG    ?= config.yaml
NPM_STAMP := node_modules/.vaultkeeper-lock.sha256
FORGE     := $(CURDIR)/scripts/forge
GO_TEST_FLAGS ?= -count=1 -timeout 12m

.PHONY: all build run test e2e chromium chaos sources20 test-go postgres vaultserver test-contracts gas fuzz check-generated generate lint bench deps clean

all: build

# npm toolchain (solc-js, OpenZeppelin, Foundry); installs only when package-lock.json changed.
deps: $(NPM_STAMP)
$(NPM_STAMP): package.json package-lock.json scripts/install-npm.sh
	scripts/install-npm.sh

# `go build -v` names each package it compiles; the filter prints a dot per
# ten of them and a summary after, and passes everything else (compiler
# errors) through. An up-to-date build prints nothing.
build:
	@if [ ! -e $(BIN) ]; then echo "building $(BIN): the first build compiles go-ethereum and takes a few minutes"; fi; \
	start=$$(date +%s); \
	{ $(GO) build -v -o $(BIN) ./keeper/cmd/keeper 2>&1; echo "go-build-exit:$$?"; } | awk -v bin=$(BIN) -v start=$$start \
		-v told=$$([ -e $(BIN) ] && echo 0 || echo 1) ' \
		/^go-build-exit:/ { sub(/^go-build-exit:/, ""); code = $$0 + 0; next } \
		/^[^ :#]+$$/ { if (n++ == 0 && !told) printf "building %s\n", bin; if (n % 10 == 0) { printf "."; fflush() } next } \
		{ if (n >= 10 && !nl) { printf "\n"; nl = 1 } fflush(); print > "/dev/stderr"; fflush("/dev/stderr") } \
		END { if (n >= 10 && !nl) printf "\n"; \
			if (n > 0 || told) { "date +%s" | getline now; printf "%s %s in %ds (%d packages compiled)\n", (code ? "failed to build" : "built"), bin, now - start, n } \
			exit code }'

run: build
	@$(BIN) run --config $(CONFIG)

# Rewrite contract artifacts and abigen bindings from contracts/src.
generate: deps
	scripts/generate.sh

# Regenerate into a scratch directory and fail if the committed files differ.
check-generated: deps
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	scripts/generate.sh "$$tmp" >/dev/null && \
	if ! diff -r contracts/artifacts "$$tmp/contracts/artifacts" || ! diff -r vaults/bindings "$$tmp/vaults/bindings"; then \
		echo "generated files are stale: run 'make generate' and commit the result" >&2; exit 1; \
	fi; echo "generated files are up to date"

lint:
	@out=$$(gofmt -l keeper optimizer vaults); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	cd keeper/vaultplugin && $(GO) vet ./...

# Every forge test (unit, fuzz, invariant) runs first. Then `forge snapshot` over the unit tests writes
# .gas-snapshot and the snapshotGas* sections of test/GasBench.t.sol (snapshots/*.json) into a scratch
# directory; both must equal the committed files. Fuzz and invariant tests are left out of the snapshot:
# their mean gas depends on the fuzzer's dictionary, which Foundry seeds from the compiled bytecode, and
# that differs between checkouts (solc metadata records the build's paths), so it is not reproducible
# from one clone to another.
GAS_SNAPSHOT_FILTER := --no-match-test '^(testFuzz_|invariant_)'
test-contracts: deps
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	cd contracts && $(FORGE) test || exit 1; \
	FOUNDRY_SNAPSHOTS="$$tmp/snapshots" FORGE_SNAPSHOT_CHECK=false FORGE_SNAPSHOT_EMIT=true \
		$(FORGE) snapshot $(GAS_SNAPSHOT_FILTER) --snap "$$tmp/gas-snapshot" >/dev/null || exit 1; \
	if ! diff -u .gas-snapshot "$$tmp/gas-snapshot" || ! diff -ru snapshots "$$tmp/snapshots"; then \
		echo "gas snapshots are stale: run 'make gas' and commit contracts/.gas-snapshot and contracts/snapshots/" >&2; \
		exit 1; \
	fi; echo "gas snapshots are up to date"
	node scripts/gas-table.js --check

# Rewrite contracts/.gas-snapshot and contracts/snapshots/ (commit both) after a change that moves gas.
gas: deps
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	cd contracts && $(FORGE) build || exit 1; \
	FOUNDRY_SNAPSHOTS="$$tmp/snapshots" FORGE_SNAPSHOT_CHECK=false FORGE_SNAPSHOT_EMIT=true \
		$(FORGE) snapshot $(GAS_SNAPSHOT_FILTER) --snap "$$tmp/gas-snapshot" && \
	rm -rf snapshots && cp -R "$$tmp/snapshots" snapshots && cp "$$tmp/gas-snapshot" .gas-snapshot && \
	echo "wrote contracts/.gas-snapshot and contracts/snapshots/"
	node scripts/gas-table.js

# Deeper fuzz and invariant campaigns (profile `deep` in contracts/foundry.toml) with a fresh random seed;
# `make fuzz FUZZ_SEED=<seed>` replays a run.
fuzz: deps
	@seed=$${FUZZ_SEED:-0x$$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')}; \
	echo "fuzz seed: $$seed (replay with: make fuzz FUZZ_SEED=$$seed)"; \
	cd contracts && FOUNDRY_PROFILE=deep $(FORGE) test --fuzz-seed "$$seed"

# The signer tests run a real HashiCorp Vault core with vaultkeeper's signing plugin registered in its
# catalog; build both (once, cached under .cache/) before the tests start so the first build does not
# count against a test package's timeout.
vaultserver:
	@scripts/build-vaultserver.sh >/dev/null
	@scripts/build-vaultplugin.sh >/dev/null

# The PostgreSQL server the store's tests start throw-away clusters of (keeper/store/pgtest): Debian's
# postgresql package, installed when missing (a glob when present).
postgres:
	@scripts/install-postgres.sh >/dev/null

# Headless Chromium for the transparency page's browser test (keeper/e2e/page_test.go); installed once
# with apt-get (Debian's chromium package), nothing when it is already on the PATH.
chromium:
	@scripts/install-chromium.sh

# keeper/vaultplugin is its own Go module (on Vault's sdk): `./...` does not reach it.
test-go: deps vaultserver postgres chromium
	$(GO) test $(GO_TEST_FLAGS) ./...
	cd keeper/vaultplugin && $(GO) test $(GO_TEST_FLAGS) ./...

test: lint check-generated test-contracts test-go

# End-to-end: the real keeper binary against anvil (npm) and a real Vault server, with the demo market
# deployed on anvil. `make test` runs these too (they are part of ./...); this target runs only them.
e2e: deps vaultserver chromium
	$(GO) test $(GO_TEST_FLAGS) -v ./keeper/e2e/

# The chaos test at full length: the real keeper daemon against anvil through a fault-injecting JSON-RPC
# proxy (keeper/chainrpc/faultproxy), 40 ticks per fault class, then node outages (silent, refused,
# closed) and deep reorgs (dropped, moved, would now revert, dropped under the next send), each followed
# by a bounded recovery;
# `make test` runs the short TestChaosShort. VAULTKEEPER_CHAOS_SEED=<n> replays another seed;
# VAULTKEEPER_CHAOS_LOGS=<dir> keeps the keepers' logs.
chaos: deps vaultserver
	VAULTKEEPER_CHAOS=full $(GO) test -count=1 -timeout 60m -run TestChaos -v ./keeper/e2e/

# TestTwentySources at full length: the real keeper daemon keeping a vault of 20 sources (the contract's
# maximum, ten at binding relative caps) on anvil for 100 ticks; `make test` runs 25.
sources20: deps vaultserver
	VAULTKEEPER_SOURCES20_TICKS=100 $(GO) test -count=1 -timeout 20m -run TestTwentySources -v ./keeper/e2e/

bench: deps
	$(GO) test -run '^$$' -bench . -benchmem ./...
	cd contracts && $(FORGE) snapshot $(GAS_SNAPSHOT_FILTER) --diff

clean:
	rm -rf bin var contracts/out contracts/cache
