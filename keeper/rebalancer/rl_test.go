package rebalancer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/vaults"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

var testModel = filepath.Join("..", "..", "optimizer", "rl", "testdata", "model_v1.json")

func rlConfig(t *testing.T, strategy string) *config.Config {
	t.Helper()
	cfg := testConfig(t)
	cfg.Optimizer.Strategy, cfg.ModelFile, cfg.Optimizer.ModelSHA256 = strategy, testModel, fileSHA256(t, testModel)
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	return cfg
}

// seedHistory records days of daily observations of the vault's sources
// at their current APYs, ending a day ago, as a keeper running that long
// would have (the RL model needs Window daily samples).
func (f *fixture) seedHistory(t *testing.T, days int) {
	t.Helper()
	ctx := context.Background()
	vc, err := vaults.New(f.chain.Vault, f.chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	st, err := vc.State(ctx)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now().UTC()
	for k := days; k >= 1; k-- {
		obs := make([]store.Observation, len(st.Sources))
		for i, s := range st.Sources {
			obs[i] = store.Observation{Time: now.Add(-time.Duration(k) * 24 * time.Hour), ChainID: devchain.ChainID.Uint64(), Vault: st.Vault.Hex(),
				Block: st.Block, Source: s.Address.Hex(), Assets: s.Assets, SupplyAPY: s.SupplyAPY * (1 + 0.01*float64(k%3))}
		}
		if _, err := f.store.RecordObservations(ctx, obs); err != nil {
			t.Fatal(err)
		}
	}
}

func TestRLStrategyRebalancesWithModelTargets(t *testing.T) {
	f := newFixture(t, rlConfig(t, config.StrategyRL))
	f.seedHistory(t, 40)
	f.mineInBackground(t)
	out, err := f.tick(t, f.p, false)
	if err != nil {
		t.Fatal(err)
	}
	d := out.Decision
	t.Logf("decision: %s — %s, targets %v", d.Action, d.Reason, d.TargetWeights)
	if !strings.HasPrefix(d.Reason, "rl/v1") {
		t.Fatalf("reason %q does not name the RL model", d.Reason)
	}
	if d.Action != ActionRebalance || out.Tx == nil || out.Tx.Status != "mined" {
		t.Fatalf("want a mined rebalance from the idle deposit, got %+v tx %+v", d, out.Tx)
	}
	// The caps and minimum idle hold for the RL targets too.
	sum := 0.0
	for i, w := range d.TargetWeights {
		sum += w
		if cap := f.cfg.Sources[i].Cap; w > cap+1e-9 {
			t.Fatalf("target %v of %s above its cap %v", w, out.Names[i], cap)
		}
	}
	if sum > 1-f.cfg.Optimizer.MinIdle+1e-9 {
		t.Fatalf("targets sum %v leave less than min idle %v", sum, f.cfg.Optimizer.MinIdle)
	}
	// The vault's receipt names the model.
	v, err := bindings.NewVault(f.chain.Vault, f.chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	it, err := v.FilterRebalanceDecision(&bind.FilterOpts{Context: context.Background()}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	if !it.Next() {
		t.Fatalf("no RebalanceDecision event: %v", it.Error())
	}
	if got := strings.TrimRight(string(it.Event.ModelId[:]), "\x00"); got != "rl/v1" {
		t.Fatalf("receipt model id %q, want rl/v1", got)
	}
}

func TestRLStrategyHoldsWithTooLittleHistory(t *testing.T) {
	f := newFixture(t, rlConfig(t, config.StrategyRL))
	f.seedHistory(t, 5)
	out, err := f.tick(t, f.p, false)
	if err != nil {
		t.Fatal(err)
	}
	d := out.Decision
	if d.Action != ActionHold || out.Tx != nil || !strings.HasPrefix(d.Reason, "rl/v1 holds") || !strings.Contains(d.Reason, "6 of the 30 APY samples") {
		t.Fatalf("want an RL hold for too little history, got %+v", d)
	}
	assertIdleUntouched(t, f)
}

func TestShadowRecordsRLNextToEachDecision(t *testing.T) {
	cfg := rlConfig(t, config.StrategyShadow)
	f := newFixture(t, cfg)
	f.seedHistory(t, 40)
	stop := f.mineInBackground(t)
	out, err := f.tick(t, f.p, false)
	if err != nil {
		t.Fatal(err)
	}
	stop()
	if d := out.Decision; d.Action != ActionRebalance || strings.Contains(d.Reason, "rl/v1") {
		t.Fatalf("shadow must rebalance with meanvar, got %+v", d)
	}
	v, g := f.guardian(t)
	tx, err := v.Pause(g)
	if err := f.chain.Mine(context.Background(), "pause", tx, err); err != nil {
		t.Fatal(err)
	}
	if _, err := f.tick(t, f.p, true); err != nil { // decided before optimizing
		t.Fatal(err)
	}
	hist, err := f.store.History(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(hist) != 2 {
		t.Fatalf("want 2 decisions, got %d", len(hist))
	}
	for _, e := range hist {
		sh := e.Decision.RLShadow
		if sh == nil || sh.Model != "rl/v1" {
			t.Fatalf("decision %d has no RL shadow row: %+v", e.Decision.ID, e.Decision)
		}
		t.Logf("decision %d %s; shadow %+v", e.Decision.ID, e.Decision.Action, *sh)
	}
	first := hist[1].Decision.RLShadow // oldest
	if !first.Evaluated || len(first.TargetWeights) != len(hist[1].Decision.Sources) {
		t.Fatalf("the optimized decision's shadow was not evaluated: %+v", first)
	}
	if first.Trade && first.ExpectedGain == 0 {
		t.Fatalf("a trading shadow without its expected gain: %+v", first)
	}
	if last := hist[0].Decision.RLShadow; last.Evaluated || !strings.Contains(last.Reason, "not evaluated") {
		t.Fatalf("the paused tick's shadow: %+v", last)
	}
	// keeper history --json prints store.History: both decisions show up.
	raw, err := json.Marshal(hist)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(string(raw), `"rl_shadow"`) != 2 || !strings.Contains(string(raw), `"target_weights"`) {
		t.Fatalf("history JSON lacks the shadow rows: %s", raw)
	}
}

func TestMissingOrCorruptModelFileFailsAtStart(t *testing.T) {
	for name, setup := range map[string]func(t *testing.T) string{
		"missing": func(t *testing.T) string { return filepath.Join(t.TempDir(), "none.json") },
		"corrupt": func(t *testing.T) string {
			p := filepath.Join(t.TempDir(), "model.json")
			if err := writeFile(p, `{"format": "vaultkeeper-rl-model", "version": 1, "model": "rl/v1"}`); err != nil {
				t.Fatal(err)
			}
			return p
		},
	} {
		t.Run(name, func(t *testing.T) {
			cfg := testConfig(t)
			f := newFixture(t, cfg)
			path := setup(t)
			cfg.Optimizer.Strategy, cfg.ModelFile, cfg.Optimizer.ModelSHA256 = config.StrategyRL, path, fileSHA256(t, path)
			_, err := New(context.Background(), f.p)
			if err == nil {
				t.Fatal("started with a bad model file")
			}
			for _, w := range []string{"local.model_file", path} {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not name %q", err, w)
				}
			}
			if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), "local.model_file") {
				t.Errorf("Validate: %v", err)
			}
		})
	}
}

func writeFile(path, s string) error { return os.WriteFile(path, []byte(s), 0o600) }

// fileSHA256 is the hex SHA-256 of the file at path, or of nothing when
// there is no file (a hash no file has).
func fileSHA256(t *testing.T, path string) string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:])
}
