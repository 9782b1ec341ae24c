package rebalancer

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// RecordFailure records a tick that ended before it could record a
// decision of its own (a panic its caller recovered, keeper/fleet): an
// error decision for this vault alone, with cause as its reason, so that
// `keeper history`, `explain` and the transparency page show it. It reads
// nothing from the chain and sends nothing.
func (r *Rebalancer) RecordFailure(ctx context.Context, cause error) (store.Decision, error) {
	out, err := r.recordOnly(ctx, Outcome{}, r.stateless("the tick failed before deciding: "+cause.Error()))
	if err != nil {
		return store.Decision{}, fmt.Errorf("rebalancer: recording the failed tick of vault %s: %w", r.p.Vault.Hex(), err)
	}
	return out.Decision, nil
}

// stateless is an error decision of this vault made without its state (no
// block, no sources), with the given reason.
func (r *Rebalancer) stateless(reason string) store.Decision {
	return store.Decision{Time: time.Now().UTC(), ChainID: r.chainID.Uint64(), Vault: hexAddr(r.p.Vault),
		Action: ActionError, TotalAssets: new(big.Int), Sources: []string{}, CurrentWeights: []float64{},
		TargetWeights: []float64{}, Targets: []*big.Int{}, ConfigHash: hexutil.Encode(r.p.ConfigHash[:]), Reason: reason}
}
