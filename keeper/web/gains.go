package web

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// maxRebalances bounds the rebalances /api/history measures (the newest in
// its range).
const maxRebalances = 100

// RebalanceGain is a mined rebalance's expected yearly gain against the
// one it realised, both in asset units a year.
//
// Realised is measured from the stored observations at the end of the
// rebalance's holding period, the tick of the next decision that changed
// nothing yet: the next mined rebalance's (its weights before it moved),
// or the last decision of the range. There, with the vault's total T, each
// source's weight w and supply APY r as observed, and the weights w⁰ the
// rebalance moved from (its own current weights):
//
//	realised = Σ T·(w − w⁰)·r
//
// the yearly income the allocation then earned beyond what the allocation
// before the move would have earned at the same rates (the keeper's
// vaultkeeper_realised_gain metric, per rebalance). It drifts with
// deposits, withdrawals and rates over the period. Null while the
// rebalance is the newest decision (nothing measured since).
type RebalanceGain struct {
	DecisionID   int64     `json:"decision_id"`
	Time         time.Time `json:"time"`
	ExpectedGain float64   `json:"expected_gain"`
	RealisedGain *float64  `json:"realised_gain"`
	// MeasuredAt is the decision whose tick measured RealisedGain.
	MeasuredAt     *time.Time `json:"measured_at"`
	MeasuredTickID int64      `json:"measured_tick_id"`
}

// rebalanceGains measures the newest mined rebalances of ref in (from, to],
// oldest first.
func (a *api) rebalanceGains(ctx context.Context, ref store.VaultRef, from, to time.Time) ([]RebalanceGain, error) {
	ds, err := a.Store.MinedRebalances(ctx, ref.ChainID, ref.Vault, from, to, maxRebalances)
	if err != nil || len(ds) == 0 {
		return []RebalanceGain{}, err
	}
	end, ok, err := a.Store.LastDecisionBy(ctx, ref.ChainID, ref.Vault, to)
	if err != nil {
		return nil, err
	}
	out := make([]RebalanceGain, len(ds))
	for i, d := range ds {
		g := RebalanceGain{DecisionID: d.ID, Time: d.Time, ExpectedGain: d.ExpectedGain}
		e := end
		if i > 0 {
			e, ok = ds[i-1], true
		}
		if ok && e.ID != d.ID {
			if g.RealisedGain, err = a.realised(ctx, d, e); err != nil {
				return nil, err
			}
			if g.RealisedGain != nil {
				t := e.Time
				g.MeasuredAt, g.MeasuredTickID = &t, e.TickID
			}
		}
		out[len(ds)-1-i] = g
	}
	return out, nil
}

// realised is Σ T·(w − w⁰)·r at decision e's tick for rebalance d (see
// RebalanceGain); nil when e recorded no weights or decimals.
func (a *api) realised(ctx context.Context, d, e store.Decision) (*float64, error) {
	if len(e.Sources) == 0 || e.AssetDecimals == nil || e.TickID == 0 {
		return nil, nil
	}
	obs, err := a.Store.VaultObservations(ctx, e.TickID, e.ChainID, e.Vault)
	if err != nil {
		return nil, fmt.Errorf("reading the observations of tick %d: %w", e.TickID, err)
	}
	apy := make(map[string]float64, len(obs))
	for _, o := range obs {
		apy[strings.ToLower(o.Source)] = o.SupplyAPY
	}
	before := make(map[string]float64, len(d.Sources))
	for i, s := range d.Sources {
		before[strings.ToLower(s)] = d.CurrentWeights[i]
	}
	unit := new(big.Float).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(*e.AssetDecimals)), nil))
	total, _ := new(big.Float).Quo(new(big.Float).SetInt(e.TotalAssets), unit).Float64()
	g := 0.0
	for i, s := range e.Sources {
		r, ok := apy[strings.ToLower(s)]
		if !ok {
			return nil, nil
		}
		g += total * (e.CurrentWeights[i] - before[strings.ToLower(s)]) * r
	}
	return &g, nil
}
