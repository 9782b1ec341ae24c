package rebalancer

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
)

// sharedKey keys the chain readings a tick's context carries (WithShared).
type sharedKey struct{}

// Shared are readings of the chain that the ticks of several vaults on it
// may share (keeper/fleet reads them once a round): the head block's header
// and the gas price. A nil field is read by the tick itself.
type Shared struct {
	Head     *types.Header
	GasPrice *big.Int
}

// WithShared returns ctx carrying s: a tick run under it observes the vault
// at s.Head (or its parent, with Params.UnsettledHead) instead of reading
// the node's head, and prices gas at s.GasPrice. The transaction manager
// reads the chain itself.
func WithShared(ctx context.Context, s Shared) context.Context {
	return context.WithValue(ctx, sharedKey{}, s)
}

func shared(ctx context.Context) Shared {
	s, _ := ctx.Value(sharedKey{}).(Shared)
	return s
}

// head is the shared head, or the node's.
func (r *Rebalancer) head(ctx context.Context) (*types.Header, error) {
	if h := shared(ctx).Head; h != nil {
		return h, nil
	}
	return r.p.Chain.HeaderByNumber(ctx, nil)
}

// gasPrice is the shared gas price, or the node's suggestion.
func (r *Rebalancer) gasPrice(ctx context.Context) (*big.Int, error) {
	if p := shared(ctx).GasPrice; p != nil {
		return new(big.Int).Set(p), nil
	}
	return r.p.Chain.SuggestGasPrice(ctx)
}
