package config

import (
	"errors"
	"math/big"
	"reflect"
	"strings"
	"testing"
	"time"
)

const secretKey = "Zq8XkP3vR7mW2nT5yB9cL4hJ6dF1gS0a"

// local.chain.rpc_urls takes several nodes; rpc_url stays the shorthand
// for one; each entry is checked as rpc_url is, naming its index, and a
// credential in one is never echoed.
func TestRPCURLs(t *testing.T) {
	several := strings.Replace(rpcChainConfig, `    rpc_url: "http://127.0.0.1:8545"`,
		"    rpc_urls: [\"http://127.0.0.1:8545\", \"https://eth.example/v3/"+secretKey+"\"]\n    max_lag_blocks: 5", 1)
	cfg, err := Parse([]byte(several))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"http://127.0.0.1:8545", "https://eth.example/v3/" + secretKey}; !reflect.DeepEqual(cfg.Chain.Providers(), want) {
		t.Fatalf("providers %v", cfg.Chain.Providers())
	}
	ps := cfg.Chain.MultiProviders()
	if strings.Contains(ps[1].Name, secretKey) || ps[1].URL != cfg.Chain.RPCURLs[1] {
		t.Fatalf("provider 1 named %q", ps[1].Name)
	}
	if mc := cfg.Chain.MultiConfig(); mc.MaxLagBlocks != 5 || mc.ChainID != 31337 || mc.MaxAttempts != 6 || mc.QuarantineFor != 5*time.Minute {
		t.Fatalf("multi config %+v", mc)
	}
	one, err := Parse([]byte(rpcChainConfig))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(one.Chain.Providers(), []string{"http://127.0.0.1:8545"}) || one.Chain.MaxLagBlocks != 3 ||
		one.Chain.ProviderField(0) != "local.chain.rpc_url" {
		t.Fatalf("rpc_url alone: providers %v, max_lag_blocks %d", one.Chain.Providers(), one.Chain.MaxLagBlocks)
	}

	for _, tc := range []struct {
		name, yaml string
		want       []string
	}{
		{"both", strings.Replace(several, "    rpc_urls:", "    rpc_url: \"http://127.0.0.1:8545\"\n    rpc_urls:", 1),
			[]string{"local.chain.rpc_url and local.chain.rpc_urls: give one of them"}},
		{"neither", strings.Replace(rpcChainConfig, `    rpc_url: "http://127.0.0.1:8545"`, "", 1), []string{"local.chain.rpc_url"}},
		{"bad entry", strings.Replace(several, `"http://127.0.0.1:8545", `, `"ftp://x", `, 1),
			[]string{`local.chain.rpc_urls[0]: "ftp://x": want an http(s)://`}},
		{"ws among several", strings.Replace(several, `"http://127.0.0.1:8545", `, `"ws://127.0.0.1:8546", `, 1),
			[]string{"local.chain.rpc_urls[0]", "want an http(s):// URL: with several nodes"}},
		{"twice", strings.Replace(several, `"http://127.0.0.1:8545", `, `"https://eth.example/v3/`+secretKey+`", `, 1),
			[]string{"local.chain.rpc_urls[1]", "the same node as local.chain.rpc_urls[0]"}},
		{"lag", strings.Replace(several, "max_lag_blocks: 5", "max_lag_blocks: -1", 1), []string{"local.chain.max_lag_blocks: -1: must be between 0 and"}},
		{"quarantine", strings.Replace(several, "max_lag_blocks: 5", "max_lag_blocks: 5\n    quarantine: 0s", 1),
			[]string{`local.chain.quarantine: "0s": want a duration from 1s to 24h`}},
		{"embedded", strings.Replace(string(shipped(t)), "kind: embedded            # embedded | rpc", "kind: embedded\n    rpc_urls: [\"http://a:1\"]", 1),
			[]string{`local.chain.rpc_urls: only used with local.chain.kind "rpc"`}},
	} {
		_, err := Parse([]byte(tc.yaml))
		if err == nil {
			t.Errorf("%s: accepted", tc.name)
			continue
		}
		if strings.Contains(err.Error(), secretKey) {
			t.Errorf("%s: error %q shows the URL's key", tc.name, err)
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q does not contain %q", tc.name, err, w)
			}
		}
	}

	err = cfg.Chain.CheckProviderChainID(1, big.NewInt(1))
	if !errors.Is(err, ErrWrongChain) || !strings.Contains(err.Error(), "local.chain.rpc_urls[1] https://eth.example") ||
		!strings.Contains(err.Error(), "reports chain id 1") || strings.Contains(err.Error(), secretKey) {
		t.Fatalf("wrong chain: %v", err)
	}
	if err := cfg.Chain.CheckProviderChainID(0, big.NewInt(31337)); err != nil {
		t.Fatal(err)
	}
}
