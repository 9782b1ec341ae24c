package config

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vaultkeeper/vaultkeeper/optimizer/strategy"
)

func shipped(t *testing.T) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "config.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func TestShippedConfigIsValid(t *testing.T) {
	cfg, err := Parse(shipped(t))
	if err != nil {
		t.Fatalf("shipped config.yaml: %v", err)
	}
	if cfg.Chain.Kind != ChainEmbedded || len(cfg.Chain.Embedded.Pools) != 4 || len(cfg.Sources) != 4 {
		t.Fatalf("unexpected shipped config: %+v", cfg)
	}
	// `make run` shows one source of each kind.
	for i, want := range []string{PoolAave, PoolComet, PoolERC4626, PoolMorpho} {
		if got := cfg.Chain.Embedded.Pools[i].Kind; got != want {
			t.Fatalf("shipped chain.embedded.pools[%d].kind = %q, want %q", i, got, want)
		}
	}
	if cfg.Chain.Embedded.BlockTime.D() != time.Hour || cfg.Rebalance.ReceiptTimeout.D() != 2*time.Minute {
		t.Fatalf("durations not decoded: %v %v", cfg.Chain.Embedded.BlockTime.D(), cfg.Rebalance.ReceiptTimeout.D())
	}
}

func TestDefaultsFillOmittedFields(t *testing.T) {
	cfg, err := Parse([]byte(`
local:
  chain:
    embedded:
      pools:
        - {name: a, slope1: 0.04, slope2: 0.6, optimal_utilisation: 0.9, liquidity: 1000, utilisation: 0.5}
governed:
  sources:
    - {name: a, cap: 1}
`))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Schedule != Default().Schedule || cfg.Optimizer.Window.D() != 90*24*time.Hour || cfg.Optimizer.MeanVar() != strategy.DefaultMeanVar() || cfg.Signer.Kind != SignerDev ||
		cfg.Chain.Embedded.Pools[0].Kind != PoolAave || cfg.Chain.Embedded.Pools[0].AaveVersion != "3.0" {
		t.Fatalf("defaults not applied: %+v", cfg)
	}
}

// TestMalformedConfigs edits the shipped file one way at a time; each error
// must name the field path and the offending value.
func TestMalformedConfigs(t *testing.T) {
	base := string(shipped(t))
	cases := []struct {
		name, old, new string
		want           []string
	}{
		{"unknown top-level field", "governed:", "bogus: 1\ngoverned:", []string{"bogus", "unknown field", "governed, local"}},
		{"unknown governed field", "  schedule:", "  bogus: 1\n  schedule:", []string{"governed.bogus", "unknown field"}},
		{"local field in the governed part", "  schedule:", "  storage: {path: x.db}\n  schedule:", []string{"governed.storage", "unknown field"}},
		{"governed field in the local part", "  storage:\n", "  window: 3d\n  storage:\n", []string{"local.window", "unknown field"}},
		{"unknown nested field", "    risk_aversion: 0.0", "    risk_aversion: 0.0\n    riskaversion: 3", []string{"governed.optimizer.riskaversion", "unknown field"}},
		{"the lookback of ticks is gone", "    window: 90d", "    window: 90d\n    lookback: 64", []string{"governed.optimizer.lookback", "unknown field", "window"}},
		{"unknown field in list item", "    - name: steady\n      cap: 0.6", "    - name: steady\n      cap: 0.6\n      weight: 1", []string{"governed.sources[0].weight", "unknown field"}},
		{"invalid cron", `schedule: "*/10 * * * * *"`, `schedule: "every ten seconds"`, []string{"schedule", `"every ten seconds"`, "cron"}},
		{"cron with bad field", `schedule: "*/10 * * * * *"`, `schedule: "*/10 * 99 * * *"`, []string{"schedule", "99"}},
		{"cron that never fires", `schedule: "*/10 * * * * *"`, `schedule: "0 0 30 2 *"`, []string{`governed.schedule: "0 0 30 2 *": never fires`}},
		{"cron that never fires, with seconds", `schedule: "*/10 * * * * *"`, `schedule: "0 0 0 31 4 *"`, []string{`governed.schedule: "0 0 0 31 4 *": never fires`}},
		{"every zero", `schedule: "*/10 * * * * *"`, `schedule: "@every 0s"`, []string{`governed.schedule: "@every 0s": zero interval`}},
		{"every negative", `schedule: "*/10 * * * * *"`, `schedule: "@every -5s"`, []string{`governed.schedule: "@every -5s": zero interval`}},
		{"every zero in a time zone", `schedule: "*/10 * * * * *"`, `schedule: "TZ=UTC @every 0ms"`, []string{`governed.schedule: "TZ=UTC @every 0ms": zero interval`}},
		{"every under a second", `schedule: "*/10 * * * * *"`, `schedule: "@every 500ms"`, []string{`governed.schedule: "@every 500ms"`, "under the scheduler's 1s resolution"}},
		{"negative cap", "    cap: 0.3", "    cap: -0.3", []string{"sources[2].cap", "-0.3"}},
		{"cap above one", "    cap: 0.3", "    cap: 1.5", []string{"sources[2].cap", "1.5"}},
		{"cap not a number", "    cap: 0.3", "    cap: lots", []string{"sources[2].cap", `"lots"`, "number"}},
		{"unknown chain", "kind: embedded            # embedded | rpc", "kind: mainnet", []string{"chain.kind", `"mainnet"`, "unknown chain"}},
		{"registry on embedded", `registry: ""`, `registry: "0x00000000000000000000000000000000000000a2"`, []string{"local.vault.registry", "embedded chain deploys its own"}},
		{"rpc without url", "kind: embedded            # embedded | rpc", "kind: rpc", []string{"chain.rpc_url"}},
		{"unknown signer", "kind: dev ", "kind: ledger ", []string{"signer.kind", `"ledger"`}},
		{"bad log format", "format: text ", "format: xml ", []string{"log.format", `"xml"`}},
		{"bad log level", "level: info", "level: loud", []string{"log.level", `"loud"`}},
		{"negative risk aversion", "risk_aversion: 0.0", "risk_aversion: -1", []string{"optimizer.risk_aversion", "-1"}},
		{"unknown forecaster", "forecaster: ewma ", "forecaster: arima ", []string{"governed.optimizer.forecaster", `"arima"`, "unknown forecaster", `"ewma" or "last"`}},
		{"local-level forecaster", "forecaster: ewma ", "forecaster: local-level ", []string{"governed.optimizer.forecaster", `"local-level"`, "evenly spaced"}},
		{"zero forecast half-life", "forecast_half_life: 2d", "forecast_half_life: 0s", []string{"governed.optimizer.forecast_half_life", "0s", "must be positive"}},
		{"negative window", "window: 90d", "window: -90d", []string{"governed.optimizer.window", "-2160h0m0s", "must be positive"}},
		{"window in ticks", "window: 90d", "window: 64", []string{"governed.optimizer.window", `"64"`, "duration"}},
		{"window too long", "window: 90d", "window: 3651d", []string{"governed.optimizer.window", "87624h0m0s", "at most 3650d"}},
		{"bad days", "covariance_half_life: 30d", "covariance_half_life: 30dd", []string{"governed.optimizer.covariance_half_life", `"30dd"`, "invalid duration"}},
		{"zero covariance half-life", "covariance_half_life: 30d", "covariance_half_life: 0d", []string{"governed.optimizer.covariance_half_life", "0s"}},
		{"zero cost horizon", "cost_horizon: 3d", "cost_horizon: 0h", []string{"governed.optimizer.cost_horizon", "0s", "must be positive"}},
		{"min idle above one", "  min_idle: 0.05", "  min_idle: 2", []string{"optimizer.min_idle", "2"}},
		{"measured-only cap zero", "measured_only_cap: 0.25", "measured_only_cap: 0", []string{"governed.optimizer.measured_only_cap", ": 0:", "above 0 and at most 1"}},
		{"measured-only cap above one", "measured_only_cap: 0.25", "measured_only_cap: 1.5", []string{"governed.optimizer.measured_only_cap", "1.5", "above 0 and at most 1"}},
		{"measured-only cap not a number", "measured_only_cap: 0.25", "measured_only_cap: .nan", []string{"governed.optimizer.measured_only_cap", "NaN"}},
		{"zero eth price", "eth_price: 3000", "eth_price: 0", []string{"rebalance.eth_price", "0"}},
		{"gas margin below one", "gas_margin: 1.25", "gas_margin: 0.5", []string{"rebalance.gas_margin", "0.5"}},
		{"bad duration", "receipt_timeout: 2m", "receipt_timeout: soon", []string{"rebalance.receipt_timeout", "soon"}},
		{"duration as number", "receipt_timeout: 2m", "receipt_timeout: 120", []string{"rebalance.receipt_timeout", `"120"`}},
		{"rpc addr not loopback", "rpc_addr: 127.0.0.1:8545", "rpc_addr: 0.0.0.0:8545", []string{"chain.embedded.rpc_addr", "0.0.0.0:8545", "loopback"}},
		{"rpc addr without port", "rpc_addr: 127.0.0.1:8545", "rpc_addr: localhost", []string{"chain.embedded.rpc_addr", `"localhost"`}},
		{"kink at one", "optimal_utilisation: 0.80", "optimal_utilisation: 1.0", []string{"chain.embedded.pools[2].optimal_utilisation", "1"}},
		{"negative slope", "slope2: 3.00", "slope2: -3", []string{"chain.embedded.pools[2].slope2", "-3"}},
		{"timelock delay too long", "timelock_delay: 24h", "timelock_delay: 1000h", []string{"chain.embedded.timelock_delay", "1000h"}},
		{"unknown pool kind", "kind: erc4626", "kind: euler", []string{"chain.embedded.pools[2].kind", `"euler"`, "unknown pool kind"}},
		{"pool kind not a string", "kind: erc4626", "kind: [erc4626]", []string{"chain.embedded.pools[2].kind"}},
		{"comet slope above the kink too steep", "slope2: 0.35", "slope2: 2.00", []string{"chain.embedded.pools[1].slope2", "2", `"comet"`, "slope2/(1 − optimal_utilisation)", "25 per year"}},
		{"comet kink too close to one", "optimal_utilisation: 0.92", "optimal_utilisation: 0.99", []string{"chain.embedded.pools[1].slope2", "0.35", `"comet"`, "35 per year"}},
		{"unknown aave version", `aave_version: "3.0"`, `aave_version: "4.0"`, []string{"chain.embedded.pools[0].aave_version", `"4.0"`, "unknown Aave version"}},
		{"aave version on comet", "kind: comet", "kind: comet\n          aave_version: \"3.1\"", []string{"chain.embedded.pools[1].aave_version", `"3.1"`, `only for kind "aave"`}},
		{"aave 3.2 rate not whole bps", "aave_version: \"3.0\"\n          base_rate: 0.0\n          slope1: 0.04", "aave_version: \"3.2\"\n          base_rate: 0.0\n          slope1: 0.04005", []string{"chain.embedded.pools[0].slope1", "0.04005", "whole basis points"}},
		{"aave 3.2 slope2 below slope1", "aave_version: \"3.0\"\n          base_rate: 0.0\n          slope1: 0.04\n          slope2: 0.60", "aave_version: \"3.2\"\n          base_rate: 0.0\n          slope1: 0.04\n          slope2: 0.03", []string{"chain.embedded.pools[0].slope2", "0.03", "slope2 ≥ slope1"}},
		{"aave 3.2 kink above 99%", "aave_version: \"3.0\"\n          base_rate: 0.0\n          slope1: 0.04\n          slope2: 0.60\n          optimal_utilisation: 0.90", "aave_version: \"3.2\"\n          base_rate: 0.0\n          slope1: 0.04\n          slope2: 0.60\n          optimal_utilisation: 0.995", []string{"chain.embedded.pools[0].optimal_utilisation", "0.995", "[0.01, 0.99]"}},
		{"negative liquidity", "liquidity: 800000", "liquidity: -5", []string{"chain.embedded.pools[2].liquidity", "-5"}},
		{"duplicate source", "    - name: volatile\n      cap", "    - name: steady\n      cap", []string{"governed.sources[2].name", `"steady"`, "duplicate"}},
		{"source without pool", "    - name: aggressive\n      cap", "    - name: agressive\n      cap", []string{"governed.sources[1].name", `"agressive"`, "no pool"}},
		{"sources not a list", "  sources:\n    - name: steady\n      cap: 0.6", "  sources: steady\n  x:\n    - name: steady\n      cap: 0.6", []string{"governed.sources", `"steady"`, "want a list"}},
		{"address on embedded", "    - name: steady\n      cap: 0.6", "    - name: steady\n      address: 0x0000000000000000000000000000000000000001\n      cap: 0.6", []string{"governed.sources[0].address"}},
		{"negative gas per source", "gas_per_source: 135000", "gas_per_source: -1", []string{"rebalance.gas_per_source", "-1"}},
		{"zero confirmations", "confirmations: 2 ", "confirmations: 0 ", []string{"txmgr.confirmations", "0"}},
		{"fee bump too small", "fee_bump_percent: 10", "fee_bump_percent: 5", []string{"txmgr.fee_bump_percent", "5"}},
		{"fee cap below tip cap", "max_fee_gwei: 500", "max_fee_gwei: 20", []string{"txmgr.max_fee_gwei", "20"}},
		{"negative base fee ceiling", "base_fee_ceiling_gwei: 0", "base_fee_ceiling_gwei: -1", []string{"txmgr.base_fee_ceiling_gwei", "-1"}},
		{"resubmit timeout zero", "resubmit_timeout: 30s", "resubmit_timeout: 0s", []string{"txmgr.resubmit_timeout", "0s"}},
		{"unknown strategy", "strategy: meanvar ", "strategy: genetic ", []string{"optimizer.strategy", `"genetic"`, "unknown strategy"}},
		{"rl without model hash", "strategy: meanvar ", "strategy: rl ", []string{"governed.optimizer.model_sha256", `""`, "SHA-256"}},
		{"shadow with missing model file", "strategy: meanvar ", "strategy: shadow\n    model_sha256: " + strings.Repeat("ab", 32) + "\n   ",
			[]string{"local.model_file", `""`, "required"}},
		{"model hash not hex", "strategy: meanvar ", "strategy: shadow\n    model_sha256: abc\n   ", []string{"governed.optimizer.model_sha256", `"abc"`, "64 lower-case hex"}},
		{"model file with meanvar", "local:\n", "local:\n  model_file: ../../optimizer/rl/testdata/model_v1.json\n", []string{"local.model_file", "only used with"}},
		{"model hash with meanvar", "strategy: meanvar ", "strategy: meanvar\n    model_sha256: " + strings.Repeat("ab", 32) + "\n   ", []string{"governed.optimizer.model_sha256", "only used with"}},
		{"field given twice", "    window: 90d", "    window: 90d\n    window: 60d", []string{"governed.optimizer.window", "twice"}},
		{"metrics address without port", "address: 127.0.0.1:9464", "address: 127.0.0.1", []string{"metrics.address", `"127.0.0.1"`, "host:port"}},
		{"metrics address as URL", "address: 127.0.0.1:9464", "address: http://127.0.0.1:9464", []string{"metrics.address", `"http://127.0.0.1:9464"`, "host:port"}},
		{"metrics address not a string", "address: 127.0.0.1:9464", "address: [127.0.0.1, 9464]", []string{"metrics.address"}},
		{"negative tick staleness", "tick_staleness: 0s", "tick_staleness: -5s", []string{"metrics.tick_staleness", "-5s", "negative"}},
		{"tick staleness as number", "tick_staleness: 0s", "tick_staleness: 30", []string{"metrics.tick_staleness", `"30"`}},
		{"unknown metrics field", "    tick_staleness: 0s", "    tick_staleness: 0s\n    port: 9464", []string{"local.metrics.port", "unknown field"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(base, tc.old) {
				t.Fatalf("test setup: %q not in config.yaml", tc.old)
			}
			raw := strings.Replace(base, tc.old, tc.new, 1)
			_, err := Parse([]byte(raw))
			if err == nil {
				t.Fatal("accepted a malformed config")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

// The governed hash depends on the governed values only: not on key order,
// comments, flow style, number spelling, quoting, defaults written out, or
// anything in the local part; any governed value changes it.
func TestGovernedHashIgnoresFormattingAndLocalButNotValues(t *testing.T) {
	base := string(shipped(t))
	a, err := Parse(shipped(t))
	if err != nil {
		t.Fatal(err)
	}
	same := map[string]func(string) string{
		"storage moved to the end, commented, flow style": func(s string) string {
			return strings.Replace(s, "  storage:\n    path: var/keeper.db\n", "", 1) + "  # moved\n  storage: {path: var/keeper.db}\n"
		},
		"number spelling": func(s string) string {
			return strings.Replace(strings.Replace(s, "risk_aversion: 0.0", "risk_aversion: 0", 1), "cap: 0.3", "cap: 3e-1", 1)
		},
		"a duration spelled otherwise": func(s string) string {
			return strings.Replace(strings.Replace(s, "window: 90d", "window: 2160h", 1), "forecast_half_life: 2d", "forecast_half_life: 1d24h", 1)
		},
		"quoting": func(s string) string { return strings.Replace(s, "strategy: meanvar ", `strategy: "meanvar" `, 1) },
		"negative zero": func(s string) string {
			return strings.Replace(s, "base_fee_ceiling_gwei: 0 ", "base_fee_ceiling_gwei: -0.0 ", 1)
		},
		"a default written out": func(s string) string {
			return strings.Replace(s, "    strategy: meanvar ", "    model_sha256: \"\"\n    strategy: meanvar ", 1)
		},
		"governed keys reordered": func(s string) string {
			sched := "  schedule: \"*/10 * * * * *\"  # cron, seconds field optional\n"
			return strings.Replace(strings.Replace(s, sched, "", 1), "\nlocal:\n", "\n"+sched+"\nlocal:\n", 1)
		},
		"local values changed": func(s string) string {
			for old, new := range map[string]string{"path: var/keeper.db": "path: /srv/k.db", "level: info": "level: debug",
				"address: 127.0.0.1:9464": "address: 127.0.0.1:9999", "seed: 7": "seed: 8", "deposit: 1000000": "deposit: 5"} {
				s = strings.Replace(s, old, new, 1)
			}
			return s
		},
	}
	for name, edit := range same {
		edited := edit(base)
		if edited == base {
			t.Fatalf("%s: the edit changed nothing", name)
		}
		b, err := Parse([]byte(edited))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if a.GovernedHash() != b.GovernedHash() {
			t.Errorf("%s changed the governed hash:\n%s\n%s", name, a.Governed.Canonical(), b.Governed.Canonical())
		}
	}
	for old, new := range map[string]string{
		"risk_aversion: 0.0": "risk_aversion: 2.5", "cap: 0.3": "cap: 0.31", "name: volatile": "name: Volatile",
		"forecaster: ewma": "forecaster: last", "forecast_half_life: 2d": "forecast_half_life: 3d", "window: 90d": "window: 60d",
		"covariance_half_life: 30d": "covariance_half_life: 14d", "cost_horizon: 3d": "cost_horizon: 3d1ns",
		`schedule: "*/10 * * * * *"`: `schedule: "*/20 * * * * *"`, "max_fee_gwei: 500": "max_fee_gwei: 400",
		"receipt_timeout: 2m": "receipt_timeout: 3m", "gain_factor: 3": "gain_factor: 3.0001",
	} {
		raw := strings.Replace(base, old, new, 1)
		if new == "name: Volatile" {
			raw = strings.Replace(raw, "- name: volatile", "- name: Volatile", -1)
		}
		c, err := Parse([]byte(raw))
		if err != nil {
			t.Fatalf("%s → %s: %v", old, new, err)
		}
		if a.GovernedHash() == c.GovernedHash() {
			t.Errorf("%s → %s left the governed hash unchanged", old, new)
		}
	}
}

// The canonical encoding of a small governed part, written out by hand, and
// its keccak256.
func TestCanonicalEncodingByHand(t *testing.T) {
	cfg, err := Parse([]byte(`
governed:
  sources: [{cap: 0.5, name: "a"}]
  schedule: "@every 1m"
  optimizer: {window: 10d, risk_aversion: 1e-3, cost_horizon: 36h}
  rebalance: {receipt_timeout: 90s}
  txmgr: {max_fee_gwei: 100.25}
local:
  chain:
    embedded:
      pools: [{name: a, slope1: 0.04, slope2: 0.6, optimal_utilisation: 0.9, liquidity: 1000, utilisation: 0.5}]
`))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"optimizer":{"cost_horizon":"36h0m0s","covariance_half_life":"720h0m0s","forecast_half_life":"72h0m0s","forecaster":"ewma",` +
		`"measured_only_cap":0.25,"min_idle":0.05,"model_sha256":"","risk_aversion":0.001,"strategy":"meanvar","window":"240h0m0s"},` +
		`"rebalance":{"eth_price":3000,"gain_factor":3,"gas_margin":1.25,"gas_per_source":135000,"gas_per_tx":200000,"min_move":0.001,"receipt_timeout":"1m30s"},` +
		`"schedule":"@every 1m","sources":[{"address":"","cap":0.5,"name":"a"}],` +
		`"txmgr":{"base_fee_ceiling_gwei":0,"confirmations":3,"fee_bump_percent":10,"max_fee_gwei":100.25,"max_tip_gwei":50,"resubmit_timeout":"1m0s"}}`
	if got := string(cfg.Governed.Canonical()); got != want {
		t.Fatalf("canonical encoding\n got %s\nwant %s", got, want)
	}
	if cfg.GovernedHash() != crypto.Keccak256Hash([]byte(want)) {
		t.Fatal("GovernedHash is not keccak256 of the canonical encoding")
	}
}

func TestRPCChainRefusesDevSigner(t *testing.T) {
	_, err := Parse([]byte(`
local:
  chain: {kind: rpc, rpc_url: "http://127.0.0.1:8545", chain_id: 31337}
  vault: {address: "0x00000000000000000000000000000000000000aa", registry: "0x00000000000000000000000000000000000000ab"}
  signer: {kind: dev}
governed:
  sources:
    - {name: a, address: "0x00000000000000000000000000000000000000bb", cap: 1}
`))
	if err == nil || !strings.Contains(err.Error(), "signer.kind") {
		t.Fatalf("want a signer.kind error, got %v", err)
	}
}

// Schedules at the edge of what is refused are accepted.
func TestScheduleEdgesAccepted(t *testing.T) {
	base := string(shipped(t))
	for _, sched := range []string{"@every 1s", "@every 1m30s", "TZ=UTC @every 10s", "CRON_TZ=Europe/Paris 0 0 29 2 *", "0 0 31 * *", "@yearly"} {
		if _, err := Parse([]byte(strings.Replace(base, `schedule: "*/10 * * * * *"`, fmt.Sprintf("schedule: %q", sched), 1))); err != nil {
			t.Errorf("schedule %q refused: %v", sched, err)
		}
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope.yaml"))
	if err == nil || !strings.Contains(err.Error(), "nope.yaml") {
		t.Fatalf("want an error naming the file, got %v", err)
	}
}

// vaultKVConfig is a config on an rpc chain signing with a vault-kv key.
const vaultKVConfig = `
governed:
  sources:
    - {name: a, address: "0x00000000000000000000000000000000000000b2", cap: 0.5}
local:
  chain: {kind: rpc, rpc_url: "http://127.0.0.1:8545", chain_id: 31337}
  vault: {address: "0x00000000000000000000000000000000000000a1", registry: "0x00000000000000000000000000000000000000a2"}
  signer:
    kind: vault-kv
    vault:
      address: https://vault.internal:8200
      auth: approle
`

// TestVaultSignerConfig: signer.kind vault-kv is accepted with an external
// chain, and each bad setting names its field; a secret pasted where a
// variable name belongs is not echoed back.
func TestVaultSignerConfig(t *testing.T) {
	base := vaultKVConfig
	cfg, err := Parse([]byte(base))
	if err != nil {
		t.Fatal(err)
	}
	if v := cfg.Signer.Vault; v.Mount != "secret" || v.Path != "vaultkeeper/signing" || v.RoleIDEnv != "VAULT_ROLE_ID" {
		t.Errorf("vault signer defaults not applied: %+v", v)
	}
	for _, tc := range []struct {
		old, new string
		want     []string
		hidden   string
	}{
		{"address: https://vault.internal:8200", "address: vault.internal:8200", []string{"signer.vault.address", "vault.internal:8200"}, ""},
		{"auth: approle", "auth: ldap", []string{"signer.vault.auth", `"ldap"`}, ""},
		{`, registry: "0x00000000000000000000000000000000000000a2"`, "", []string{"local.vault.registry", `""`, "ConfigRegistry"}, ""},
		{"auth: approle", "auth: approle\n      secret_id_env: hvs.CAESIJsecret", []string{"signer.vault.secret_id_env", "NAME of an environment variable"}, "hvs.CAESIJsecret"},
		{"auth: approle", "auth: approle\n      path: \"a b\"", []string{"signer.vault.path", `"a b"`}, ""},
		{"auth: approle", "auth: approle\n      tokn_env: X", []string{"signer.vault.tokn_env", "unknown field"}, ""},
		{`kind: rpc, rpc_url: "http://127.0.0.1:8545", chain_id: 31337`, "kind: embedded", []string{"signer.kind", `"vault-kv"`}, ""},
		{"kind: vault-kv", "kind: vault-plugin\n    vault_path_probe: x", []string{"signer.vault_path_probe", "unknown field"}, ""},
	} {
		raw := strings.Replace(base, tc.old, tc.new, 1)
		_, err := Parse([]byte(raw))
		if err == nil {
			t.Errorf("%q accepted", tc.new)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%q: error %q does not contain %q", tc.new, err, w)
			}
		}
		if tc.hidden != "" && strings.Contains(err.Error(), tc.hidden) {
			t.Errorf("error echoes a secret: %v", err)
		}
	}

	// vault-plugin: the mount and key name take the plugin's defaults, and
	// a path with '/' (a KV path by mistake) is refused.
	plugin, err := Parse([]byte(strings.Replace(base, "kind: vault-kv", "kind: vault-plugin", 1)))
	if err != nil {
		t.Fatal(err)
	}
	if v := plugin.Signer.Vault; v.Mount != "vaultkeeper" || v.Path != "keeper" {
		t.Errorf("vault-plugin defaults: %+v", v)
	}
	raw := strings.Replace(strings.Replace(base, "kind: vault-kv", "kind: vault-plugin", 1), "auth: approle", "auth: approle\n      path: keys/keeper", 1)
	if _, err := Parse([]byte(raw)); err == nil || !strings.Contains(err.Error(), "signer.vault.path") || !strings.Contains(err.Error(), "keys/keeper") {
		t.Errorf("vault-plugin with a KV path: %v", err)
	}
}

func TestOptimizerStrategy(t *testing.T) {
	base := string(shipped(t))
	cfg, err := Parse(shipped(t))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Optimizer.Strategy != StrategyMeanVar || cfg.Optimizer.UsesRL() {
		t.Fatalf("shipped strategy %q, want %q", cfg.Optimizer.Strategy, StrategyMeanVar)
	}
	good := filepath.Join("..", "..", "optimizer", "rl", "testdata", "model_v1.json")
	raw, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(raw)
	withModel := func(strategy, file, sha string) string {
		s := strings.Replace(base, "strategy: meanvar ", "strategy: "+strategy+"\n    model_sha256: "+sha+"\n   ", 1)
		return strings.Replace(s, "local:\n", "local:\n  model_file: "+file+"\n", 1)
	}
	for _, strategy := range []string{StrategyRL, StrategyShadow} {
		cfg, err := Parse([]byte(withModel(strategy, good, hex.EncodeToString(sum[:]))))
		if err != nil {
			t.Fatalf("strategy %s with the test model: %v", strategy, err)
		}
		if m, err := cfg.LoadModel(); err != nil || m.ID() != "rl/v1" {
			t.Fatalf("LoadModel: %v, %v", m, err)
		}
	}
	// A model whose hash is not the governed one is refused: governance
	// approves the model by its hash.
	other := strings.Repeat("0", 64)
	_, err = Parse([]byte(withModel(StrategyRL, good, other)))
	for _, w := range []string{"local.model_file", good, "governed.optimizer.model_sha256", other, "not the approved model"} {
		if err == nil || !strings.Contains(err.Error(), w) {
			t.Errorf("model with another hash: error %v does not mention %q", err, w)
		}
	}
	// A file that exists but is not a model: the error names the field, the
	// path and what is wrong with it.
	corrupt := filepath.Join(t.TempDir(), "model.json")
	bad := []byte(`{"format": "vaultkeeper-rl-model", "version": 1, "model": "rl/v1", "weights": [`)
	if err := os.WriteFile(corrupt, bad, 0o600); err != nil {
		t.Fatal(err)
	}
	badSum := sha256.Sum256(bad)
	_, err = Parse([]byte(withModel(StrategyRL, corrupt, hex.EncodeToString(badSum[:]))))
	if err == nil {
		t.Fatal("accepted a corrupt model file")
	}
	for _, w := range []string{"local.model_file", corrupt, "not a usable RL model"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q does not mention %q", err, w)
		}
	}
}

func TestMetricsConfig(t *testing.T) {
	base := string(shipped(t))
	cfg, err := Parse(shipped(t))
	if err != nil {
		t.Fatal(err)
	}
	// `make run` serves metrics on loopback; staleness follows the schedule:
	// 3 × 10 s + the 2 min receipt timeout.
	if cfg.Metrics.Address != "127.0.0.1:9464" || cfg.Metrics.TickStaleness.D() != 0 {
		t.Fatalf("shipped metrics section: %+v", cfg.Metrics)
	}
	now := time.Date(2025, 1, 15, 12, 0, 0, 0, time.UTC) // a Wednesday
	if d, err := cfg.TickStaleness(now); err != nil || d != 3*10*time.Second+2*time.Minute {
		t.Fatalf("default tick staleness %v, %v; want 2m30s", d, err)
	}
	// Left out, the section serves nothing.
	if d := Default().Metrics; d.Address != "" || d.TickStaleness != 0 {
		t.Fatalf("default metrics section %+v, want disabled", d)
	}

	for _, addr := range []string{`""`, `"[::1]:9464"`, `":9464"`, `"0.0.0.0:0"`, `"localhost:9464"`} {
		c, err := Parse([]byte(strings.Replace(base, "address: 127.0.0.1:9464", "address: "+addr, 1)))
		if err != nil {
			t.Errorf("metrics.address %s refused: %v", addr, err)
			continue
		}
		if want := strings.Trim(addr, `"`); c.Metrics.Address != want {
			t.Errorf("metrics.address %s decoded as %q", addr, c.Metrics.Address)
		}
	}

	c, err := Parse([]byte(strings.Replace(base, "tick_staleness: 0s", "tick_staleness: 45s", 1)))
	if err != nil {
		t.Fatal(err)
	}
	if d, err := c.TickStaleness(now); err != nil || d != 45*time.Second {
		t.Fatalf("explicit tick staleness %v, %v; want 45s", d, err)
	}
}

func TestScheduleInterval(t *testing.T) {
	now := time.Date(2025, 1, 15, 12, 0, 0, 0, time.UTC) // a Wednesday
	for _, tc := range []struct {
		schedule string
		want     time.Duration
	}{
		{"*/10 * * * * *", 10 * time.Second},
		{"* * * * * *", time.Second},
		{"*/5 * * * *", 5 * time.Minute},
		{"@every 90s", 90 * time.Second},
		{"@hourly", time.Hour},
		// Irregular gaps are judged by the longest: Friday 09:00 to Monday 09:00.
		{"0 9 * * 1-5", 72 * time.Hour},
		// Monthly: the longest gap within the week's look-ahead and the two
		// gaps always examined (Feb 1 → Mar 1 → Apr 1).
		{"0 0 1 * *", 31 * 24 * time.Hour},
	} {
		got, err := ScheduleInterval(tc.schedule, now)
		if err != nil || got != tc.want {
			t.Errorf("ScheduleInterval(%q) = %v, %v; want %v", tc.schedule, got, err, tc.want)
		}
	}
	for _, bad := range []string{"every ten seconds", "0 0 30 2 *", "@every 0s", "@every 999ms"} {
		if _, err := ScheduleInterval(bad, now); err == nil || !strings.Contains(err.Error(), "schedule") || !strings.Contains(err.Error(), bad) {
			t.Errorf("ScheduleInterval(%q): %v, want an error naming the schedule", bad, err)
		}
	}
}
