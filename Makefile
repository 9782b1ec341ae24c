# vaultkeeper build. `make run` runs the keeper on the embedded chain;
# `make test` runs every test (Go, Solidity, generated-file freshness, lint).

GO        ?= go
BIN       := bin/keeper
CONFIG    ?= config.yaml
NPM_STAMP := node_modules/.vaultkeeper-lock.sha256
FORGE     := node_modules/.bin/forge
GO_TEST_FLAGS ?= -count=1 -timeout 12m

.PHONY: all build run test test-go test-contracts check-generated generate lint bench deps clean

all: build

# npm toolchain (solc-js, OpenZeppelin, Foundry); installs only when package-lock.json changed.
deps: $(NPM_STAMP)
$(NPM_STAMP): package.json package-lock.json scripts/install-npm.sh
	scripts/install-npm.sh

build:
	$(GO) build -o $(BIN) ./keeper/cmd/keeper

run: build
	$(BIN) run --config $(CONFIG)

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

test-contracts: deps
	cd contracts && ../$(FORGE) test

test-go:
	$(GO) test $(GO_TEST_FLAGS) ./...

test: lint check-generated test-contracts test-go

bench: deps
	$(GO) test -run '^$$' -bench . -benchmem ./...
	cd contracts && ../$(FORGE) snapshot

clean:
	rm -rf bin var contracts/out contracts/cache
