package main

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
)

const (
	// A well-known test key (never fund it on a public chain) and its address.
	devKeyHex  = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
	devKeyAddr = "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"
)

func devSignerConfig(t *testing.T) *config.Config {
	t.Helper()
	cfg, err := config.Parse([]byte(`
governed:
  sources:
    - {name: a, address: "0x00000000000000000000000000000000000000b2", cap: 0.5}
local:
  chain: {kind: rpc, rpc_url: "http://127.0.0.1:8545", chain_id: 31337}
  vault: {address: "0x00000000000000000000000000000000000000a1", registry: "0x00000000000000000000000000000000000000a2"}
  signer:
    kind: dev
    dev: {key_env: SIGNERS_TEST_DEV_KEY}
`))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// A dev key_env config is refused on a public chain id, naming
// local.signer.kind and the chain id, whether or not the variable holds a
// usable key; on anvil's chain id it signs as the key's address. The key
// never appears in an error, the log or the signer's String.
func TestOpenDevSignerOnlyForLocalChains(t *testing.T) {
	cfg := devSignerConfig(t)
	ctx := context.Background()
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))

	for _, val := range []string{"0x" + devKeyHex, "not a key"} {
		t.Setenv("SIGNERS_TEST_DEV_KEY", val)
		for _, id := range []int64{1, 10, 8453, 11155111} {
			_, err := openSigner(ctx, cfg.Signer, big.NewInt(id), log)
			if err == nil {
				t.Fatalf("chain id %d: dev signer opened", id)
			}
			for _, w := range []string{`local.signer.kind "dev"`, fmt.Sprintf("chain id %d is not a local development chain", id)} {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("chain id %d: error %q does not mention %q", id, err, w)
				}
			}
		}
	}
	if _, err := openSigner(ctx, cfg.Signer, nil, log); err == nil {
		t.Error("dev signer opened without a chain id")
	}

	t.Setenv("SIGNERS_TEST_DEV_KEY", " 0x"+devKeyHex+"\n")
	s, err := openSigner(ctx, cfg.Signer, big.NewInt(31337), log)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Address() != common.HexToAddress(devKeyAddr) {
		t.Fatalf("dev signer address %s, want %s", s.Address().Hex(), devKeyAddr)
	}
	if !strings.Contains(logs.String(), devKeyAddr) || !strings.Contains(logs.String(), "SIGNERS_TEST_DEV_KEY") {
		t.Errorf("the log does not say which key signs:\n%s", logs.String())
	}

	// A missing or malformed key names the variable, not its value.
	for val, want := range map[string]string{
		"":                     "environment variable SIGNERS_TEST_DEV_KEY is not set or empty",
		devKeyHex[:40]:         "environment variable SIGNERS_TEST_DEV_KEY: not a hex private key",
		"z" + devKeyHex[1:]:    "environment variable SIGNERS_TEST_DEV_KEY: not a hex private key",
		"hvs." + devKeyHex[4:]: "environment variable SIGNERS_TEST_DEV_KEY: not a hex private key",
	} {
		t.Setenv("SIGNERS_TEST_DEV_KEY", val)
		_, err := openSigner(ctx, cfg.Signer, big.NewInt(1337), log)
		if err == nil || !strings.Contains(err.Error(), "local.signer.dev.key_env") || !strings.Contains(err.Error(), want) {
			t.Errorf("key %q: error %v, want %q", val, err, want)
		}
		if len(val) > 20 && strings.Contains(err.Error(), val[4:20]) {
			t.Errorf("error echoes the variable's value: %v", err)
		}
	}
	noKey := cfg.Signer
	noKey.Dev.KeyEnv = ""
	if _, err := openSigner(ctx, noKey, big.NewInt(31337), log); err == nil || !strings.Contains(err.Error(), "local.signer.dev.key_env is not set") {
		t.Errorf("dev without key_env: %v", err)
	}

	out := logs.String() + s.String() + fmt.Sprintf("%+v %#v", s, s)
	if strings.Contains(strings.ToLower(out), devKeyHex[8:40]) {
		t.Fatal("the dev key shows in the log or the signer's String")
	}
}

func TestOpenSignerNoneAndUnknown(t *testing.T) {
	ctx := context.Background()
	log := slog.New(slog.DiscardHandler)
	if _, err := openSigner(ctx, config.Signer{Kind: config.SignerNone}, big.NewInt(1), log); err == nil ||
		!strings.Contains(err.Error(), `local.signer.kind "none" signs nothing`) {
		t.Errorf("kind none: %v", err)
	}
	if _, err := openSigner(ctx, config.Signer{Kind: "ledger"}, big.NewInt(1), log); err == nil || !strings.Contains(err.Error(), `"ledger"`) {
		t.Errorf("kind ledger: %v", err)
	}
	// A Vault signer whose Vault does not answer: the error names the kind.
	sc := config.Signer{Kind: config.SignerVaultKV}
	if err := sc.Validate("local.signer"); err == nil {
		t.Fatal("a vault-kv section without address and auth validated")
	}
	sc.Vault.Address, sc.Vault.Auth = "http://127.0.0.1:1", "token"
	if err := sc.Validate("local.signer"); err != nil {
		t.Fatal(err)
	}
	t.Setenv("VAULT_TOKEN", "hvs.signers-test-token-not-real")
	if _, err := openSigner(ctx, sc, big.NewInt(1), log); err == nil || !strings.Contains(err.Error(), "local.signer.kind vault-kv") ||
		strings.Contains(err.Error(), "signers-test-token") {
		t.Errorf("vault-kv with no Vault: %v", err)
	}
}
