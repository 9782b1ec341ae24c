package txmgr

import (
	"context"
	"errors"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// A send confirmed in the journal whose transaction the chain no longer has
// (a reorg deeper than the confirmations dropped it and no node put it back
// in its pool) leaves its nonce unused: the next send, at the nonce above,
// cannot be mined. Its wait ends at once with ErrNonceGap instead of lasting
// the caller's whole deadline with useless fee bumps; Recheck finds the
// dropped send by its unused nonce although its block is older than
// recheckBlocks (the keeper may have been stuck that long) and its block
// hash is still canonical; Resume then has both mined, in order, the
// second one broadcast again (the node had lost it too) rather than
// waited for until the resubmission timeout.
func TestSendAboveANonceLeftUnusedByADeepReorgStopsWaitingAndTheDroppedSendIsReopened(t *testing.T) {
	e := newEnv(t)
	// The first send's broadcasts never reach the node, as if the reorg had
	// taken its mined transaction away.
	e.chain.mu.Lock()
	e.chain.onSend = func(*types.Transaction) (bool, error) { return false, nil }
	e.chain.mu.Unlock()
	m := e.manager(Config{Confirmations: 2}, nil)
	short, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	if _, err := m.Send(short, pay("dropped", 1)); err == nil {
		t.Fatal("a send that never reached the node finished")
	}
	e.chain.mu.Lock()
	e.chain.onSend = nil
	e.chain.mu.Unlock()
	// The journal says it was confirmed, in a canonical block.
	ctx := ctxT(t)
	dropped, atts := attempts(t, e.store, "dropped")
	block, err := e.backend.Client().HeaderByNumber(ctx, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	dropped.State, dropped.TxHash, dropped.Block, dropped.BlockHash = store.SendConfirmed, atts[0].Hash, 1, block.Hash().Hex()
	dropped.GasUsed, dropped.GasPrice = 21000, big.NewInt(1)
	if err := e.store.UpdateSend(ctx, dropped); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool {
		h, err := e.backend.Client().HeaderByNumber(ctx, nil)
		return err == nil && h.Number.Uint64() > 1+recheckBlocks
	})

	// The node loses the next send's first broadcast as well.
	var lose atomic.Bool
	lose.Store(true)
	e.chain.mu.Lock()
	e.chain.onSend = func(*types.Transaction) (bool, error) { return !lose.Load(), nil }
	e.chain.mu.Unlock()
	began := time.Now()
	_, err = m.Send(ctx, pay("next", 2))
	lose.Store(false)
	if !errors.Is(err, ErrNonceGap) || time.Since(began) > 5*time.Second {
		t.Fatalf("the send above the unused nonce ended after %s with %v; want ErrNonceGap at once", time.Since(began), err)
	}
	next, _ := attempts(t, e.store, "next")
	if next.State != store.SendSigned || *next.Nonce != 1 {
		t.Fatalf("the send above the gap: %+v; want it open, back in signed, at nonce 1", next)
	}

	got, err := m.Recheck(ctx)
	if err != nil || len(got) != 1 || got[0].WasHash != atts[0].Hash || got[0].Moved || got[0].Send.State != store.SendSent {
		t.Fatalf("recheck: %+v, %v; want the dropped send re-opened", got, err)
	}
	if err := m.Resume(ctx); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"dropped", "next"} {
		snd, _ := attempts(t, e.store, key)
		canon, err := e.backend.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(snd.Block))
		if err != nil || snd.State != store.SendConfirmed || canon.Hash() != common.HexToHash(snd.BlockHash) {
			t.Fatalf("%s after resuming: %+v (canonical %v, %v)", key, snd, canon, err)
		}
	}
	if n := e.nonce(); n != 2 {
		t.Fatalf("nonce %d after both, want 2", n)
	}
	if got, err := m.Recheck(ctx); err != nil || len(got) != 0 {
		t.Fatalf("recheck once both are mined: %+v, %v", got, err)
	}
}
