package rebalancer

import (
	"context"
	"math"
	"math/big"
	"testing"
	"time"
)

// A tick under WithShared observes the vault at the shared head, not the
// node's, and prices gas at the shared price.
func TestTickUsesSharedReadings(t *testing.T) {
	f := newFixture(t, testConfig(t))
	ctx := context.Background()
	shared, err := f.chain.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	f.chain.Backend.Commit() // the node's head moves on
	f.chain.Backend.Commit()
	p := f.p
	p.Signer = nil
	r, err := New(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	tick := func(s Shared) Outcome {
		t.Helper()
		tctx, cancel := context.WithTimeout(WithShared(ctx, s), time.Minute)
		defer cancel()
		out, err := r.Tick(tctx, true)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	price := big.NewInt(3e9)
	out := tick(Shared{Head: shared, GasPrice: price})
	if out.State.Block != shared.Number.Uint64() || out.Decision.Block != shared.Number.Uint64() {
		t.Fatalf("observed block %d, decision at %d; want the shared head %d", out.State.Block, out.Decision.Block, shared.Number)
	}
	if out.Decision.GasEstimate == 0 || out.Decision.Action != ActionRebalance {
		t.Fatalf("decision %s (%s), gas estimate %d", out.Decision.Action, out.Decision.Reason, out.Decision.GasEstimate)
	}
	// Twice the shared price, twice the gas cost.
	twice := tick(Shared{Head: shared, GasPrice: new(big.Int).Lsh(price, 1)})
	if got, want := twice.Decision.GasCost, 2*out.Decision.GasCost*float64(twice.Decision.GasEstimate)/float64(out.Decision.GasEstimate); math.Abs(got-want) > 1e-9*want || got == 0 {
		t.Fatalf("gas cost %g at twice the shared price, want %g", got, want)
	}
	// Without shared readings the tick reads the node's head.
	if own := tick(Shared{}); own.State.Block != shared.Number.Uint64()+2 {
		t.Fatalf("without a shared head: observed block %d, want the node's %d", own.State.Block, shared.Number.Uint64()+2)
	}
}
