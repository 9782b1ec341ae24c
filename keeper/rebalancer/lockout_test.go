package rebalancer

import (
	"context"
	"math"
	"math/big"
	"testing"
)

// The guardian lowers a source's relative cap from 60% to 30% under a 60%
// position while the vault allows 10% turnover per rebalance (issue 15, M-2):
// the keeper is not locked out, it works the position down by the turnover
// limit on each tick, and every such rebalance is mined, until what is left
// above the cap is less than governed.rebalance.min_move (a drift the keeper
// does not pay a rebalance to trim; TestDrift in optimizer/meanvar).
func TestLoweredCapIsWorkedDownWithinTheTurnoverLimit(t *testing.T) {
	cfg := testConfig(t)
	f := newFixture(t, cfg)
	stopMining := f.mineInBackground(t)
	out, err := f.tick(t, f.p, false)
	stopMining() // governance below seals its own blocks
	if err != nil || out.Tx == nil || out.Tx.Status != "mined" {
		t.Fatalf("first rebalance: %+v, %v", out.Tx, err)
	}
	hi := -1
	for i, n := range out.Names {
		if n == "high" {
			hi = i
		}
	}
	high := out.State.Sources[hi].Address
	v, g := f.guardian(t)
	tx, err := v.LowerCaps(g, high, out.State.Sources[hi].Cap, big.NewInt(3_000))
	if err := f.chain.Mine(context.Background(), "lower the cap", tx, err); err != nil {
		t.Fatal(err)
	}
	f.govern(t, "limit turnover", "setMaxTurnoverBps", big.NewInt(1_000))
	f.govern(t, "no cooldown", "setCooldown", big.NewInt(0))
	f.mineInBackground(t)

	share := out.Decision.TargetWeights[hi]
	for step := 1; share > 0.3+cfg.Rebalance.MinMove; step++ {
		if step > 4 {
			t.Fatalf("after %d ticks the source still holds %.4f, above its 30%% cap", step-1, share)
		}
		out, err = f.tick(t, f.p, false)
		if err != nil {
			t.Fatalf("tick %d: %v", step, err)
		}
		d := out.Decision
		if d.Action != ActionRebalance || out.Tx == nil || out.Tx.Status != "mined" {
			t.Fatalf("tick %d: want a mined rebalance toward the cap, got %s (%s), tx %+v", step, d.Action, d.Reason, out.Tx)
		}
		next := d.TargetWeights[hi]
		if want := math.Max(0.3, share-0.1); next > want+0.002 || next < 0.3-1e-6 {
			t.Fatalf("tick %d: the source goes from %.4f to %.4f, want about %.4f (the 10%% turnover limit toward the cap)", step, share, next, want)
		}
		share = next
	}
}
