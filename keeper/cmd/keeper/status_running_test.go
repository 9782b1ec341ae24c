package main

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

const (
	runVault  = "0x1111111111111111111111111111111111111111"
	runSource = "0xaAaAaAaAaAaAaAaAaAaAaAaAaAaAaAaAaAaAaAaA"
)

// recordTick writes one tick of the vault runVault (one source holding
// 250.5 tokens of 1,000 at 6 decimals) and its decision, which ran under
// configHash with decimals (nil: not recorded).
func recordTick(t *testing.T, db, configHash string, decimals *uint8) {
	t.Helper()
	recordHold(t, db, store.Decision{ChainID: 1337, Vault: runVault, Reason: "holding", ConfigHash: configHash, ApprovedHash: configHash,
		AssetDecimals: decimals})
}

// recordHold writes one tick of the vault d.Vault on chain d.ChainID (one
// source holding 250.5 tokens of 1,000) and d, a hold at that tick with the
// reason, hashes and decimals d has; it returns d as recorded.
func recordHold(t *testing.T, db string, d store.Decision) store.Decision {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	now := time.Now().UTC().Truncate(time.Second)
	tick, err := st.RecordObservations(ctx, []store.Observation{{Time: now, ChainID: d.ChainID, Vault: d.Vault, Block: 7,
		Source: runSource, Name: "steady", Assets: big.NewInt(250_500_000), SupplyAPY: 0.04}})
	if err != nil {
		t.Fatal(err)
	}
	d.TickID, d.Time, d.Block, d.Action, d.TotalAssets = tick, now, 7, store.ActionHold, big.NewInt(1_000_000_000)
	d.Sources, d.CurrentWeights, d.TargetWeights = []string{runSource}, []float64{0.2505}, []float64{0.2505}
	d.Targets = []*big.Int{big.NewInt(250_500_000)}
	if d.ID, err = st.RecordDecision(ctx, d); err != nil {
		t.Fatal(err)
	}
	return d
}

// After a governed switch the daemon runs another file of the config
// directory: status shows that file (the one whose governed hash the last
// decision ran under), its schedule and next tick, and says so.
func TestStatusShowsTheSwitchedToConfig(t *testing.T) {
	db := filepath.Join(t.TempDir(), "keeper.db")
	cfgA := testConfig(t, db, "")
	raw, err := os.ReadFile(cfgA)
	if err != nil {
		t.Fatal(err)
	}
	cfgB := filepath.Join(filepath.Dir(cfgA), "b.yaml")
	if err := os.WriteFile(cfgB, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	editConfig(t, cfgB, `schedule: "* * * * * *"`, `schedule: "*/20 * * * * *"`, "gain_factor: 3 ", "gain_factor: 5 ")
	// A file that does not load is skipped, as the watcher skips it.
	if err := os.WriteFile(filepath.Join(filepath.Dir(cfgA), "broken.yaml"), []byte("governed: [\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	hashA, hashB := configHash(t, cfgA), configHash(t, cfgB)
	if hashA == hashB {
		t.Fatal("the two files have one governed hash")
	}
	now := time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)
	fixClock(t, now)

	// Before any decision, and while the decisions run under the --config
	// file's hash, the --config file runs.
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if s := readStatus(t, cfgA); s.RunningConfigFile != cfgA || s.RunningConfigFrom != "config_file" || s.Schedule != "* * * * * *" {
		t.Errorf("empty history: running %s (%s), schedule %q", s.RunningConfigFile, s.RunningConfigFrom, s.Schedule)
	}
	recordTick(t, db, hashA, nil)
	if s := readStatus(t, cfgA); s.RunningConfigFile != cfgA || s.RunningConfigFrom != "config_file" || s.RunningConfigHash != hashA {
		t.Errorf("decision under the --config file: running %s (%s) %s", s.RunningConfigFile, s.RunningConfigFrom, s.RunningConfigHash)
	}

	// The daemon switched to b.yaml: its last decision ran under b's hash.
	recordTick(t, db, hashB, nil)
	s := readStatus(t, cfgA)
	sched, err := config.CronParser.Parse("*/20 * * * * *")
	if err != nil {
		t.Fatal(err)
	}
	if s.ConfigFile != cfgA || s.ConfigFileHash != hashA || s.RunningConfigFile != cfgB || s.RunningConfigFrom != "last_decision" ||
		s.Schedule != "*/20 * * * * *" || !s.NextTick.Equal(sched.Next(now)) || s.RunningConfigHash != hashB {
		t.Errorf("after the switch: %+v", s)
	}
	h := s.Vaults[0].ConfigHashes
	if h.Running != hashB || h.LastDecision != hashB || h.RunningApproved == nil || !*h.RunningApproved {
		t.Errorf("config hashes after the switch: %+v", h)
	}
	text := keeperOK(t, "status", "--config", cfgA)
	for _, w := range []string{
		"running config " + cfgB + ": its governed hash is the one the last decision ran under (the daemon switched to it; --config is " + cfgA + ")",
		"next tick 2030-01-02T03:04:20Z (in 15s; schedule \"*/20 * * * * *\" of b.yaml)",
		"running config hash " + hashB + " (b.yaml's governed part)",
		"config file hash " + hashA + " (config.yaml's governed part)",
		"running (b.yaml) " + hashB,
		"running config approved yes",
	} {
		if !hasText(text, w) {
			t.Errorf("status text lacks %q:\n%s", w, text)
		}
	}

	// A hash no file of the directory has: the --config file, said so.
	other := "0x" + strings.Repeat("ab", 32)
	recordTick(t, db, other, nil)
	s = readStatus(t, cfgA)
	if s.RunningConfigFile != cfgA || s.RunningConfigFrom != "config_file_fallback" || s.Schedule != "* * * * * *" || s.RunningConfigHash != hashA {
		t.Errorf("no file has the hash: %+v", s)
	}
	if text := keeperOK(t, "status", "--config", cfgA); !hasText(text, "running config "+cfgA+", assumed: no *.yaml or *.yml file in "+
		filepath.Dir(cfgA)+" has the governed hash the last decision ran under ("+other+")") {
		t.Errorf("status text of the fallback:\n%s", text)
	}
}

// Amounts are in tokens with the decimals the decision recorded; without
// them the embedded chain's are devchain.Decimals and an rpc chain's are
// unknown: base units only.
func TestStatusDecimals(t *testing.T) {
	db := filepath.Join(t.TempDir(), "keeper.db")
	cfg := testConfig(t, db, "")
	eight := uint8(8)
	recordTick(t, db, configHash(t, cfg), &eight)
	v := readStatus(t, cfg).Vaults[0]
	if v.AssetDecimals == nil || *v.AssetDecimals != 8 || *v.Observed.TotalAssetsTokens != "10.00000000" ||
		*v.Observed.Sources[0].AssetsTokens != "2.50500000" || *v.Observed.IdleTokens != "7.49500000" {
		t.Errorf("8 decimals recorded: %v, total %v, source %v, idle %v", v.AssetDecimals, *v.Observed.TotalAssetsTokens,
			*v.Observed.Sources[0].AssetsTokens, *v.Observed.IdleTokens)
	}
	if text := keeperOK(t, "status", "--config", cfg); !hasText(text, "total assets 10.00000000 (1000000000 base units)") ||
		!hasText(text, "steady "+runSource+" 2.50500000 (250500000) 4.000 25.05") {
		t.Errorf("status text with 8 decimals:\n%s", text)
	}

	// Not recorded, embedded chain: the stablecoin's 6.
	recordTick(t, db, configHash(t, cfg), nil)
	v = readStatus(t, cfg).Vaults[0]
	if v.AssetDecimals == nil || *v.AssetDecimals != 6 || *v.Observed.TotalAssetsTokens != "1000.000000" {
		t.Errorf("embedded chain without recorded decimals: %v, %v", v.AssetDecimals, v.Observed.TotalAssetsTokens)
	}

	// Not recorded, rpc chain (its node down): base units only.
	rpcConfig(t, cfg, "http://127.0.0.1:1", runVault, "0x00000000000000000000000000000000000000aA", map[string]string{"steady": runSource,
		"aggressive": "0x2222222222222222222222222222222222222222", "volatile": "0x3333333333333333333333333333333333333333"})
	v = readStatus(t, cfg).Vaults[0]
	if v.AssetDecimals != nil || v.Observed.TotalAssetsTokens != nil || v.Observed.IdleTokens != nil || v.Observed.Sources[0].AssetsTokens != nil ||
		*v.Observed.TotalAssets != "1000000000" {
		t.Errorf("rpc chain without recorded decimals: %+v", v.Observed)
	}
	text := keeperOK(t, "status", "--config", cfg)
	for _, w := range []string{"total assets 1000000000 base units", "ASSETS (BASE UNITS; DECIMALS UNKNOWN)", "steady " + runSource + " (250500000) 4.000"} {
		if !hasText(text, w) {
			t.Errorf("status text without decimals lacks %q:\n%s", w, text)
		}
	}
	e := readExplain(t, cfg)
	if e.Inputs.AssetDecimals != nil || e.Inputs.TotalAssetsTokens != nil || e.Result[0].TargetAssetsTokens != nil {
		t.Errorf("explain without decimals: %+v", e.Inputs)
	}
	if text := keeperOK(t, "explain", "--config", cfg); !hasText(text, "amounts in base units: the asset's decimals are not recorded") ||
		!hasText(text, "total (1000000000)") {
		t.Errorf("explain text without decimals:\n%s", text)
	}
}
