package config

import (
	"errors"
	"math/big"
	"strings"
	"testing"
)

// rpcChainConfig is a minimal config on an rpc chain.
const rpcChainConfig = `
governed:
  sources:
    - {name: a, address: "0x00000000000000000000000000000000000000b2", cap: 0.5}
local:
  chain:
    kind: rpc
    rpc_url: "http://127.0.0.1:8545"
    chain_id: 31337
  vault: {address: "0x00000000000000000000000000000000000000a1", registry: "0x00000000000000000000000000000000000000a2"}
  signer: {kind: none}
`

// local.chain.chain_id is required on an rpc chain, a positive whole
// number; the embedded chain takes none. Each refusal names the field.
func TestChainIDRequiredForRPC(t *testing.T) {
	cfg, err := Parse([]byte(rpcChainConfig))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Chain.ChainID != 31337 {
		t.Fatalf("chain_id decoded as %d", cfg.Chain.ChainID)
	}
	for _, tc := range []struct {
		name, old, new string
		want           []string
	}{
		{"missing", "    chain_id: 31337\n", "", []string{"local.chain.chain_id: 0: required for local.chain.kind rpc"}},
		{"zero", "chain_id: 31337", "chain_id: 0", []string{"local.chain.chain_id: 0: required"}},
		{"negative", "chain_id: 31337", "chain_id: -1", []string{"local.chain.chain_id: -1: required", "positive chain id"}},
		{"not a number", "chain_id: 31337", "chain_id: mainnet", []string{"local.chain.chain_id", `"mainnet"`, "whole number"}},
		{"fraction", "chain_id: 31337", "chain_id: 1.5", []string{"local.chain.chain_id", `"1.5"`, "whole number"}},
		{"too large", "chain_id: 31337", "chain_id: 18446744073709551616", []string{"local.chain.chain_id"}},
	} {
		_, err := Parse([]byte(strings.Replace(rpcChainConfig, tc.old, tc.new, 1)))
		if err == nil {
			t.Errorf("%s: accepted", tc.name)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q does not contain %q", tc.name, err, w)
			}
		}
	}

	embedded := strings.Replace(string(shipped(t)), "kind: embedded            # embedded | rpc", "kind: embedded\n    chain_id: 1337", 1)
	_, err = Parse([]byte(embedded))
	if err == nil || !strings.Contains(err.Error(), `local.chain.chain_id: 1337: only used with local.chain.kind "rpc"`) {
		t.Errorf("chain_id on the embedded chain: %v", err)
	}
}

// CheckChainID accepts the configured id and refuses another with both ids
// and the node's URL, its credentials redacted.
func TestCheckChainID(t *testing.T) {
	key := testSecrets["infura project id"]
	c := Chain{Kind: ChainRPC, RPCURL: "https://op:hunter2@mainnet.infura.io/v3/" + key, ChainID: 31337}
	if err := c.CheckChainID(big.NewInt(31337)); err != nil {
		t.Errorf("the configured chain id refused: %v", err)
	}
	for _, got := range []*big.Int{big.NewInt(1), new(big.Int).Lsh(big.NewInt(1), 70)} {
		err := c.CheckChainID(got)
		want := "local.chain.chain_id 31337: the node at https://***@mainnet.infura.io/v3/*** reports chain id " + got.String()
		if err == nil || err.Error() != want || !errors.Is(err, ErrWrongChain) {
			t.Errorf("reported %s: %v, want %q matching ErrWrongChain", got, err, want)
		}
		if err != nil && (strings.Contains(err.Error(), key) || strings.Contains(err.Error(), "hunter2")) {
			t.Errorf("the error shows a credential: %v", err)
		}
	}
	if err := (Chain{Kind: ChainEmbedded}).CheckChainID(big.NewInt(1337)); err != nil {
		t.Errorf("the embedded chain: %v", err)
	}
}
