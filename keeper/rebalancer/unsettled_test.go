package rebalancer

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
)

// unsettledChain answers calls pinned to its head block as anvil sometimes
// does while it mines the next block: from that block's storage with the
// head's timestamp, so a lending pool's accrual underflows. Its older
// blocks answer normally.
type unsettledChain struct{ Chain }

func (u unsettledChain) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	head, err := u.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	if block == nil || block.Cmp(head.Number) == 0 {
		return nil, errors.New("execution reverted: panic: arithmetic underflow or overflow (0x11)")
	}
	return u.Chain.CallContract(ctx, msg, block)
}

// On a node whose head state is unsettled, a tick with
// Params.UnsettledHead reads the vault, and asks its sources for rate
// quotes, at the head's parent and decides; without it, it cannot read
// the vault at the head.
func TestUnsettledHeadIsReadAtItsParent(t *testing.T) {
	f := newFixture(t, testConfig(t))
	ctx := context.Background()
	f.chain.Backend.Commit() // the deposit's block gets a child
	head, err := f.chain.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	p := f.p
	p.Chain = unsettledChain{f.p.Chain}
	p.Signer = nil // a dry run: no transaction manager on the wrapped chain
	if _, err := f.tick(t, p, true); err == nil || !strings.Contains(err.Error(), "arithmetic underflow") {
		t.Fatalf("reading the vault at an unsettled head: %v, want the underflow", err)
	}

	p.UnsettledHead = true
	out, err := f.tick(t, p, true)
	if err != nil {
		t.Fatalf("UnsettledHead: %v", err)
	}
	if want := head.Number.Uint64() - 1; out.State.Block != want || out.Decision.Block != want {
		t.Fatalf("UnsettledHead: observed block %d, decision at %d; want the head's parent %d", out.State.Block, out.Decision.Block, want)
	}
	if out.Decision.Action != ActionRebalance {
		t.Fatalf("UnsettledHead: decision %s (%s), want a rebalance of the idle deposit", out.Decision.Action, out.Decision.Reason)
	}
}
