package rebalancer

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/vaultkeeper/vaultkeeper/vaults"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// failingCalls is the real simulated chain with eth_call failing for calls
// whose 4-byte selector is one of fail (as a node would under an outage of
// the reads a decision needs); everything else reaches the chain.
type failingCalls struct {
	simulated.Client
	fail  [][]byte
	calls atomic.Int64
}

func (f *failingCalls) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	for _, sel := range f.fail {
		if len(msg.Data) >= 4 && bytes.Equal(msg.Data[:4], sel) {
			f.calls.Add(1)
			return nil, errors.New("connection reset by peer")
		}
	}
	return f.Client.CallContract(ctx, msg, block)
}

func selector(t *testing.T, name string) []byte {
	t.Helper()
	a, err := bindings.SourceMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	return a.Methods[name].ID
}

// When the keeper cannot decide (the vault cannot be observed, or a
// source's rate quotes fail) for more than half the liveness window, it
// still sends the heartbeat, so an outage of reads does not let anyone
// trigger the failsafe against it.
func TestHeartbeatGetsThroughWhenTheKeeperCannotDecide(t *testing.T) {
	for _, c := range []struct {
		name, failing, reason string
	}{
		{"vault unobservable", "totalAssets", "the liveness heartbeat is due"},
		{"rate quotes failing", "supplyRateAfter", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			cfg := testConfig(t)
			f := newFixture(t, cfg)
			f.govern(t, "liveness window", "setLivenessWindow", big.NewInt(2*3600))
			// A fresh window starts: 70 minutes on, the proof is due.
			if err := f.chain.AdvanceTime(context.Background(), 70*time.Minute); err != nil {
				t.Fatal(err)
			}
			chain := &failingCalls{Client: f.chain.Client, fail: [][]byte{selector(t, c.failing)}}
			p := f.p
			p.Chain = chain
			stop := f.mineInBackground(t)
			out, err := f.tick(t, p, false)
			stop()
			if err == nil || chain.calls.Load() == 0 {
				t.Fatalf("the tick did not meet the failing reads: %v", err)
			}
			if out.Decision.Action != ActionError || out.Tx == nil || out.Tx.Status != "mined" {
				t.Fatalf("want an error decision with a mined heartbeat, got %+v tx %+v (err %v)", out.Decision, out.Tx, err)
			}
			if !strings.Contains(out.Decision.Reason, c.reason) {
				t.Errorf("reason %q, want it to say %q", out.Decision.Reason, c.reason)
			}
			vc, err := vaults.New(f.chain.Vault, f.chain.Client)
			if err != nil {
				t.Fatal(err)
			}
			st, err := vc.State(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if st.HeartbeatDue() || st.BlockTime.Sub(st.LastKeeperActivity) > time.Minute {
				t.Fatalf("no heartbeat on-chain: last activity %v, block time %v", st.LastKeeperActivity, st.BlockTime)
			}
		})
	}
}

// A dry run, or a config that is not the approved one, never sends the
// blind heartbeat.
func TestBlindHeartbeatOnlyForARealApprovedTick(t *testing.T) {
	f, p, _, _ := unapproved(t)
	f.govern(t, "liveness window", "setLivenessWindow", big.NewInt(2*3600))
	if err := f.chain.AdvanceTime(context.Background(), 70*time.Minute); err != nil { // the proof is due
		t.Fatal(err)
	}
	p.Chain = &failingCalls{Client: f.chain.Client, fail: [][]byte{selector(t, "totalAssets")}}
	stop := f.mineInBackground(t)
	defer stop()
	out, err := f.tick(t, p, false)
	if err == nil || out.Tx != nil || out.Decision.ID != 0 {
		t.Fatalf("unapproved config: %+v, %v", out, err)
	}
	p.Approvals = nil
	out, err = f.tick(t, p, true)
	if err == nil || out.Tx != nil || out.Decision.ID != 0 {
		t.Fatalf("dry run: %+v, %v", out, err)
	}
}

// laggingHead answers the head lag blocks behind the real one (a lagging
// or lying provider); every other read reaches the real chain.
type laggingHead struct {
	simulated.Client
	lag atomic.Int64
}

func (l *laggingHead) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if n == nil && l.lag.Load() > 0 {
		head, err := l.Client.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, err
		}
		return l.Client.HeaderByNumber(ctx, new(big.Int).Sub(head.Number, big.NewInt(l.lag.Load())))
	}
	return l.Client.HeaderByNumber(ctx, n)
}

// A node whose head is older than one a tick already observed is not
// decided on: the tick says so and records nothing; once the head is new
// again, ticks decide.
func TestAnOlderHeadThanSeenIsRefused(t *testing.T) {
	cfg := testConfig(t)
	cfg.Rebalance.GainFactor = 1e15 // always hold: no sends needed
	f := newFixture(t, cfg)
	chain := &laggingHead{Client: f.chain.Client}
	p := f.p
	p.Chain = chain
	r, err := New(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	first, err := r.Tick(ctx, false)
	if err != nil || first.Decision.ID == 0 {
		t.Fatalf("first tick: %+v, %v", first.Decision, err)
	}
	chain.lag.Store(3)
	stale, err := r.Tick(ctx, false)
	if err == nil || !strings.Contains(err.Error(), "older than block") || stale.Decision.ID != 0 {
		t.Fatalf("tick on an older head: %+v, %v", stale.Decision, err)
	}
	chain.lag.Store(0)
	if _, err := f.chain.Client.HeaderByNumber(ctx, nil); err != nil {
		t.Fatal(err)
	}
	again, err := r.Tick(ctx, false)
	if err != nil || again.Decision.ID == 0 || again.Decision.Block < first.Decision.Block {
		t.Fatalf("tick on a current head: %+v, %v", again.Decision, err)
	}
}
