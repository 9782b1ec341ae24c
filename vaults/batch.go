package vaults

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// Quotes asks sources, at one block, for their supply rate after a change
// of the vault's holding (supplyRateAfter), all questions in one round-trip:
// one JSON-RPC batch when the backend exposes its RPC client, else one call
// at a time (see stage). Add the questions, then Run once.
type Quotes struct {
	s *stage
}

// Quote is one question of Quotes; its Rate is set by Run.
type Quote struct {
	r *read
}

// NewQuotes starts a set of questions at block.
func NewQuotes(ctx context.Context, backend Backend, block *big.Int) *Quotes {
	return &Quotes{s: &stage{ctx: ctx, block: block, backend: backend}}
}

// Add asks source for its APR (ray) after added is deposited and removed
// withdrawn.
func (q *Quotes) Add(source common.Address, added, removed *big.Int) *Quote {
	what := fmt.Sprintf("source %s supplyRateAfter(%v, %v)", source.Hex(), added, removed)
	return &Quote{r: q.s.add(source, sourceABI, "supplyRateAfter", what, added, removed)}
}

// Len is how many questions were added.
func (q *Quotes) Len() int { return len(q.s.reads) }

// Run sends the questions. The first failure is returned, naming the source,
// the amounts and the block.
func (q *Quotes) Run() error { return q.s.run() }

// Rate is the quoted APR in ray, once Run succeeded.
func (q *Quote) Rate() *big.Int { return q.r.bigInt() }

// CodesAt reads the code of each of addrs at block, in one JSON-RPC batch
// when the backend exposes its RPC client, else one call at a time. The
// error names the address whose code could not be read.
func CodesAt(ctx context.Context, backend Backend, addrs []common.Address, block *big.Int) ([][]byte, error) {
	codes := make([][]byte, len(addrs))
	rc, ok := backend.(rpcClienter)
	if !ok || rc.Client() == nil {
		for i, a := range addrs {
			code, err := backend.CodeAt(ctx, a, block)
			if err != nil {
				return nil, fmt.Errorf("reading the code of %s at block %s: %w", a.Hex(), block, err)
			}
			codes[i] = code
		}
		return codes, nil
	}
	batch := make([]rpc.BatchElem, len(addrs))
	out := make([]hexutil.Bytes, len(addrs))
	for i, a := range addrs {
		batch[i] = rpc.BatchElem{Method: "eth_getCode", Args: []any{a, hexutil.EncodeBig(block)}, Result: &out[i]}
	}
	if err := rc.Client().BatchCallContext(ctx, batch); err != nil {
		return nil, fmt.Errorf("reading the code of %d addresses at block %s: %w", len(addrs), block, err)
	}
	for i, b := range batch {
		if b.Error != nil {
			return nil, fmt.Errorf("reading the code of %s at block %s: %w", addrs[i].Hex(), block, b.Error)
		}
		codes[i] = out[i]
	}
	return codes, nil
}
