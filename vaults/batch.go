package vaults

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
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
