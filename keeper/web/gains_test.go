package web

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// /api/history gives each tick's share price and each mined rebalance's
// expected gain against the gain it realised, measured at the end of its
// holding period (the next mined rebalance, or the range's last decision):
// Σ total·(w − w⁰)·APY there.
func TestAPIHistoryRealisedAgainstExpectedGain(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(filepath.Join(t.TempDir(), "keeper.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srcs := []string{testSources[1], testSources[2]}
	dec := uint8(6)
	type step struct {
		action  string
		mined   bool
		weights []float64
		apys    []float64
		total   int64 // tokens
		gain    float64
	}
	steps := []step{
		{store.ActionRebalance, true, []float64{0.5, 0.5}, []float64{0.02, 0.02}, 1000, 7},  // R1
		{store.ActionHold, false, []float64{0.3, 0.7}, []float64{0.09, 0.09}, 1000, 0},      // between
		{store.ActionRebalance, true, []float64{0.2, 0.8}, []float64{0.03, 0.05}, 1000, 3},  // R2: ends R1 (6)
		{store.ActionRebalance, false, []float64{0.2, 0.8}, []float64{0.03, 0.05}, 1000, 9}, // sent, never mined
		{store.ActionHold, false, []float64{0.1, 0.9}, []float64{0.04, 0.02}, 2000, 0},      // last: ends R2 (-4)
	}
	var ids []int64
	for k, s := range steps {
		at := t0.Add(time.Duration(k) * time.Minute)
		obs := make([]store.Observation, len(srcs))
		for j, src := range srcs {
			a := new(big.Int).Mul(big.NewInt(int64(s.weights[j]*float64(s.total))), big.NewInt(1e6))
			obs[j] = store.Observation{Time: at, ChainID: testChain, Vault: testVault, Block: uint64(10 + k), BlockTime: at, Source: src,
				Name: fmt.Sprint("s", j), Assets: a, SupplyAPY: s.apys[j]}
		}
		tick, err := st.RecordObservations(ctx, obs)
		if err != nil {
			t.Fatal(err)
		}
		total := new(big.Int).Mul(big.NewInt(s.total), big.NewInt(1e6))
		d := store.Decision{TickID: tick, Time: at, ChainID: testChain, Vault: testVault, Block: uint64(10 + k), Action: s.action,
			TotalAssets: total, Sources: srcs, CurrentWeights: s.weights, TargetWeights: s.weights,
			Targets: []*big.Int{obs[0].Assets, obs[1].Assets}, ExpectedGain: s.gain, AssetDecimals: &dec, SharePrice: big.NewInt(int64(1_000_000 + k))}
		id, err := st.RecordDecision(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
		if s.action == store.ActionRebalance {
			tx := store.Transaction{DecisionID: id, Hash: fmt.Sprintf("0x%064x", id), Status: store.StatusSent, SentAt: at}
			if s.mined {
				tx.Status, tx.Block, tx.GasUsed, tx.GasPrice = store.StatusMined, uint64(11+k), 1, big.NewInt(1)
			}
			if _, err := st.RecordTransaction(ctx, tx); err != nil {
				t.Fatal(err)
			}
		}
	}
	cfg := config.Default()
	h := Handler(Options{Store: st, Config: func() *config.Config { return cfg }, Now: func() time.Time { return t0.Add(10 * time.Minute) }})
	var hist History
	get(t, h, "/api/history", &hist)
	if len(hist.Ticks) != len(steps) {
		t.Fatalf("%d ticks, want %d", len(hist.Ticks), len(steps))
	}
	for k, tk := range hist.Ticks {
		if tk.SharePrice == nil || *tk.SharePrice != fmt.Sprint(1_000_000+k) {
			t.Errorf("tick %d: share price %v, want %d", k, tk.SharePrice, 1_000_000+k)
		}
	}
	rg := hist.Rebalances
	if len(rg) != 2 || rg[0].DecisionID != ids[0] || rg[1].DecisionID != ids[2] {
		t.Fatalf("rebalances %+v: want the two mined ones (%d, %d), oldest first", rg, ids[0], ids[2])
	}
	for i, want := range []struct {
		expected, realised float64
		measured           int64
	}{{7, 1000 * (-0.3*0.03 + 0.3*0.05), ids[2]}, {3, 2000 * (-0.1*0.04 + 0.1*0.02), ids[4]}} {
		g := rg[i]
		if g.ExpectedGain != want.expected || g.RealisedGain == nil || math.Abs(*g.RealisedGain-want.realised) > 1e-9 ||
			g.MeasuredAt == nil || !g.MeasuredAt.Equal(t0.Add(time.Duration(indexOf(ids, want.measured))*time.Minute)) {
			t.Errorf("rebalance %d: %+v (realised %v), want expected %v realised %v measured at decision %d", i, g, deref(g.RealisedGain),
				want.expected, want.realised, want.measured)
		}
	}
	// The newest rebalance, nothing decided since: not measured yet.
	hist = History{}
	get(t, h, "/api/history?to="+t0.Add(150*time.Second).Format(time.RFC3339), &hist)
	if rg := hist.Rebalances; len(rg) != 2 || rg[1].RealisedGain != nil || rg[1].MeasuredAt != nil || rg[0].RealisedGain == nil {
		t.Errorf("up to the second rebalance: %+v", rg)
	}
}

func indexOf(ids []int64, id int64) int {
	for i, x := range ids {
		if x == id {
			return i
		}
	}
	return -1
}

func deref[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}
