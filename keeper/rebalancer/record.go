package rebalancer

import (
	"context"
	"fmt"
	"math/big"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/vaults"
)

// recordOnly records a decision and sends nothing (no heartbeat).
func (r *Rebalancer) recordOnly(ctx context.Context, out Outcome, d store.Decision) (Outcome, error) {
	r.noShadow(&d)
	id, err := r.p.Store.RecordDecision(ctx, d)
	if err != nil {
		return out, fmt.Errorf("recording decision: %w", err)
	}
	d.ID = id
	out.Decision = d
	r.metrics.Decision(d.Action, d.DryRun, d.ExpectedGain)
	r.p.Log.Info("decision", "id", id, "action", d.Action, "dry_run", d.DryRun, "reason", d.Reason)
	return out, nil
}

func (r *Rebalancer) record(ctx context.Context, out Outcome, d store.Decision) (Outcome, error) {
	out, err := r.recordOnly(ctx, out, d)
	if err != nil {
		return out, err
	}
	if d.Action == ActionHold && r.heartbeatDue(d.DryRun, out.State) {
		return r.heartbeat(ctx, out)
	}
	return out, nil
}

// observe reads the vault at the node's head, or the one the context
// carries (WithShared), or its parent with Params.UnsettledHead, refusing a head older than one an earlier tick
// observed (the node lags or lies; a reorg that shortened the chain is
// waited out the same way, until the chain is longer again).
func (r *Rebalancer) observe(ctx context.Context) (vaults.State, error) {
	head, err := r.head(ctx)
	if err != nil {
		return vaults.State{}, fmt.Errorf("reading latest block header: %w", err)
	}
	if n := head.Number.Uint64(); n < r.seen {
		return vaults.State{}, fmt.Errorf("the node's head is block %d, older than block %d a tick already observed: not deciding on it", n, r.seen)
	}
	if r.p.UnsettledHead && head.Number.Sign() > 0 {
		parent := new(big.Int).Sub(head.Number, big.NewInt(1))
		if head, err = r.p.Chain.HeaderByNumber(ctx, parent); err != nil {
			return vaults.State{}, fmt.Errorf("reading the header of block %s, the head's parent: %w", parent, err)
		}
	}
	st, err := r.vault.StateAt(ctx, head)
	if err != nil {
		return st, err
	}
	r.seen = st.Block
	return st, nil
}

// noShadow gives a decision made before the RL model was asked its
// unevaluated shadow row under optimizer.strategy shadow, so every decision
// has one.
func (r *Rebalancer) noShadow(d *store.Decision) {
	if r.p.Config.Optimizer.Strategy != config.StrategyShadow || d.RLShadow != nil || r.model == nil {
		return
	}
	d.RLShadow = &store.RLShadow{Model: r.model.ID(), Reason: "not evaluated: the tick decided before optimizing"}
}
