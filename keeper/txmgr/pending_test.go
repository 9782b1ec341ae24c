package txmgr

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// unsettledHead is a node whose latest state is unsettled, as anvil's is
// while it mines: a call at the latest block reverts (there, the vault
// counted a lending pool whose accrual underflowed as holding nothing, and
// refused the rebalance with RelativeCapExceeded), while the pending block
// is built on settled state. It records the block tag of every call.
type unsettledHead struct {
	Chain
	mu    sync.Mutex
	calls []string
}

func (u *unsettledHead) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	tag := "latest"
	if block != nil {
		tag = rpc.BlockNumber(block.Int64()).String()
	}
	u.mu.Lock()
	u.calls = append(u.calls, tag)
	u.mu.Unlock()
	if block == nil {
		return nil, errors.New("execution reverted: RelativeCapExceeded")
	}
	return u.Chain.CallContract(ctx, msg, block)
}

// With SimulatePending the send is simulated against the pending block,
// so a node whose latest state is unsettled does not fail it; without it
// the same send fails in simulation.
func TestSimulatePendingAvoidsAnUnsettledHead(t *testing.T) {
	for _, pending := range []bool{false, true} {
		e := newEnv(t)
		u := &unsettledHead{Chain: e.chain}
		cfg := Config{PollInterval: 2 * time.Millisecond, Confirmations: 2, SimulatePending: pending}
		m, err := New(u, big.NewInt(1337), e.signer, e.store, cfg, Options{})
		if err != nil {
			t.Fatal(err)
		}
		snd, err := m.Send(ctxT(t), pay("rebalance", 1))
		if !pending {
			if !errors.Is(err, ErrReverted) || snd.State != store.SendFailed {
				t.Fatalf("simulating at the latest block: %v, send %s; want ErrReverted and failed", err, snd.State)
			}
			continue
		}
		if err != nil || snd.State != store.SendConfirmed {
			t.Fatalf("SimulatePending: %v, send %s; want confirmed", err, snd.State)
		}
		u.mu.Lock()
		calls := u.calls
		u.mu.Unlock()
		if len(calls) != 1 || calls[0] != "pending" {
			t.Errorf("SimulatePending: calls at %v, want one at the pending block", calls)
		}
	}
}
