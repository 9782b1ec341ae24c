package deploy

import (
	"strings"
	"testing"
)

const goodSpec = `
chain:
  rpc_url: http://127.0.0.1:8545
signer:
  kind: dev
  dev:
    key_env: DEPLOYER_KEY
governance:
  delay: 48h
  proposers: ["0x00000000000000000000000000000000000000a1"]
  executors: ["0x0000000000000000000000000000000000000000"]
  guardian: "0x00000000000000000000000000000000000000a2"
keeper: "0x00000000000000000000000000000000000000a3"
vault:
  asset: "0x00000000000000000000000000000000000000b1"
  name: Vaultkeeper USD Vault
  symbol: vkvUSD
  min_idle_bps: 200
sources:
  - name: aave-usdc
    kind: aave
    address: "0x00000000000000000000000000000000000000c1"
    abs_cap: "1000000000000"
    rel_cap_bps: 6000
  - name: comet-usdc
    kind: comet
    address: "0x00000000000000000000000000000000000000c2"
    abs_cap: "1000000000000"
    rel_cap_bps: 6000
`

func TestParseSpecAcceptsAGoodSpec(t *testing.T) {
	s, err := ParseSpec([]byte(goodSpec))
	if err != nil {
		t.Fatal(err)
	}
	if s.Vault.MaxLossBps != -1 || s.Vault.Cooldown.D() != -1 || s.KeeperConfig.Signer.Kind != "none" || s.KeeperConfig.Schedule == "" {
		t.Fatalf("defaults not kept: %+v", s)
	}
	// The hash ignores how the chain is reached and who signs.
	other := strings.Replace(goodSpec, "http://127.0.0.1:8545", "https://rpc.example/v3/abc", 1)
	s2, err := ParseSpec([]byte(other))
	if err != nil {
		t.Fatal(err)
	}
	if s.Hash() != s2.Hash() {
		t.Error("the spec hash depends on the RPC URL")
	}
	s3, err := ParseSpec([]byte(strings.Replace(goodSpec, "rel_cap_bps: 6000", "rel_cap_bps: 5000", 1)))
	if err != nil {
		t.Fatal(err)
	}
	if s.Hash() == s3.Hash() {
		t.Error("the spec hash ignores a cap")
	}
}

// Bad input names the field and the value.
func TestParseSpecNamesTheFieldAndValue(t *testing.T) {
	for _, c := range []struct {
		name, from, to, want string
	}{
		{"unknown kind", "kind: comet", "kind: euler", `sources[1].kind: "euler": unknown source kind`},
		{"morpho without a market", "kind: comet", "kind: morpho", `sources[1].market: "": want the Morpho Blue market id`},
		{"zero delay", "delay: 48h", "delay: 0s", `governance.delay: "0s": must be positive`},
		{"duplicate source address", "0x00000000000000000000000000000000000000c2", "0x00000000000000000000000000000000000000C1",
			`sources[1].address: "0x00000000000000000000000000000000000000C1": duplicate source: sources[0]`},
		{"duplicate source name", "name: comet-usdc", "name: aave-usdc", `sources[1].name: "aave-usdc": duplicate source`},
		{"missing guardian", `guardian: "0x00000000000000000000000000000000000000a2"`, "", `governance.guardian: "": required`},
		{"zero guardian", "0x00000000000000000000000000000000000000a2", "0x0000000000000000000000000000000000000000",
			`governance.guardian: "0x0000000000000000000000000000000000000000": must not be the zero address`},
		{"bad asset", `asset: "0x00000000000000000000000000000000000000b1"`, "asset: usdc", `vault.asset: "usdc": want a 0x-prefixed`},
		{"missing asset", `asset: "0x00000000000000000000000000000000000000b1"`, "", `vault.asset: "": required`},
		{"negative cap", `abs_cap: "1000000000000"`, `abs_cap: "-1"`, `sources[0].abs_cap: "-1": want a non-negative`},
		{"cap as number", `abs_cap: "1000000000000"`, `abs_cap: 1e12`, `sources[0].abs_cap`},
		{"rel cap", "rel_cap_bps: 6000", "rel_cap_bps: 10001", `sources[0].rel_cap_bps: 10001: want 0 to 10000`},
		{"no keeper", `keeper: "0x00000000000000000000000000000000000000a3"`, "", `keeper: "": required`},
		{"signer none", "kind: dev", "kind: none", `signer.kind: "none"`},
		{"rpc url", "http://127.0.0.1:8545", "ftp://x", `chain.rpc_url: "ftp://x"`},
		{"unknown field", "min_idle_bps: 200", "min_idle_bps: 200\n  fee: 3", "vault.fee: unknown field"},
		{"no proposers", `proposers: ["0x00000000000000000000000000000000000000a1"]`, "proposers: []", "governance.proposers"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(goodSpec, c.from) {
				t.Fatalf("the good spec has no %q", c.from)
			}
			_, err := ParseSpec([]byte(strings.Replace(goodSpec, c.from, c.to, 1)))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v\nwant it to contain %s", err, c.want)
			}
		})
	}
}

// A credential in the RPC URL is not echoed by the spec's errors.
func TestSpecErrorsDoNotEchoTheRPCCredential(t *testing.T) {
	bad := strings.Replace(goodSpec, "http://127.0.0.1:8545", "htp://alice:hunter2secret@node.example/v3/0123456789abcdef0123", 1)
	_, err := ParseSpec([]byte(bad))
	if err == nil || !strings.Contains(err.Error(), "chain.rpc_url") {
		t.Fatalf("error %v", err)
	}
	for _, secret := range []string{"hunter2secret", "0123456789abcdef0123"} {
		if strings.Contains(err.Error(), secret) {
			t.Errorf("error echoes %q: %v", secret, err)
		}
	}
}

// The example spec the README points to parses.
func TestTheExampleSpecParses(t *testing.T) {
	s, err := LoadSpec("../../scripts/deploy/vault-spec.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Sources) != 4 || s.Sources[3].Kind != KindMorpho || s.Governance.Delay.D().Hours() != 48 || s.Signer.Vault.Path != "vaultkeeper/deployer" {
		t.Fatalf("example spec: %+v", s)
	}
}
