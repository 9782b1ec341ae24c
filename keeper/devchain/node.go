package devchain

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"
)

// node is the chain the market is deployed on and driven through.
type node interface {
	// commit seals the pending transactions into a block.
	commit(ctx context.Context) error
	// advance seals a block d of chain time after the head. The simulated
	// chain refuses while transactions are pending.
	advance(ctx context.Context, d time.Duration) error
	close() error
}

// simNode is go-ethereum's simulated chain.
type simNode struct{ b *simulated.Backend }

func (n simNode) commit(context.Context) error { n.b.Commit(); return nil }
func (n simNode) close() error                 { return n.b.Close() }

// advance seals an empty block d later than the last one. The backend
// refuses while transactions are pending, and the pool drops mined
// transactions asynchronously after a block, so it retries for up to
// 2 s (the cleanup can lag that long on a loaded 2-core machine) before
// reporting the refusal.
func (n simNode) advance(ctx context.Context, d time.Duration) error {
	var err error
	for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline) && ctx.Err() == nil; {
		if err = n.b.AdjustTime(d); err == nil {
			return nil
		}
		time.Sleep(2 * time.Millisecond)
	}
	if err == nil {
		err = ctx.Err()
	}
	return err
}

// anvilNode is an external anvil node started with --no-mining.
type anvilNode struct {
	rpc    *rpc.Client
	client *ethclient.Client
	// sealing is held while a block is sealed and the next one's time is
	// fixed: one per node (sealLock), shared by every Chain attached to it,
	// so that one market's sealing never fixes a time behind another's
	// block.
	sealing *sync.Mutex
}

// sealLocks are the anvil nodes' sealing locks, by JSON-RPC URL.
var sealLocks sync.Map

// sealLock is the sealing lock of the anvil node at rpcURL.
func sealLock(rpcURL string) *sync.Mutex {
	mu, _ := sealLocks.LoadOrStore(rpcURL, new(sync.Mutex))
	return mu.(*sync.Mutex)
}

// commit mines the pending transactions, then fixes the next block's
// timestamp at one second after the new head. Without that, anvil stamps a
// block with the wall clock at the moment it is mined, and a gas estimate
// made earlier (against the pending block's timestamp) can fall in another
// second than the block: a lending pool then accrues interest in the block
// but not in the estimate, and the transaction runs out of gas (seen as
// "supplying" and "borrowing" reverts with gas used just under the limit).
func (n anvilNode) commit(ctx context.Context) error {
	n.sealing.Lock()
	defer n.sealing.Unlock()
	return n.commitLocked(ctx)
}

func (n anvilNode) commitLocked(ctx context.Context) error {
	if err := n.rpc.CallContext(ctx, nil, "evm_mine"); err != nil {
		return fmt.Errorf("evm_mine: %w", err)
	}
	return n.nextAfter(ctx, time.Second)
}

// nextAfter sets the next block's timestamp d after the head's.
func (n anvilNode) nextAfter(ctx context.Context, d time.Duration) error {
	head, err := n.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("reading the head: %w", err)
	}
	next := head.Time + uint64(d/time.Second)
	if err := n.rpc.CallContext(ctx, nil, "evm_setNextBlockTimestamp", hexutil.Uint64(next)); err != nil {
		return fmt.Errorf("evm_setNextBlockTimestamp %d: %w", next, err)
	}
	return nil
}

func (n anvilNode) advance(ctx context.Context, d time.Duration) error {
	n.sealing.Lock()
	defer n.sealing.Unlock()
	if err := n.nextAfter(ctx, d); err != nil {
		return err
	}
	return n.commitLocked(ctx)
}

func (n anvilNode) close() error { n.client.Close(); return nil }
