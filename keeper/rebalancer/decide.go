package rebalancer

import (
	"context"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/vaults"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// ratesAfter asks each source, at the observed block, for its APY after
// the vault moved from its current assets to targets[i]: the sources moved
// are asked together, in one round-trip (vaults.Quotes).
func (r *Rebalancer) ratesAfter(ctx context.Context, st vaults.State, targets []*big.Int) ([]float64, error) {
	q := vaults.NewQuotes(ctx, r.p.Chain, new(big.Int).SetUint64(st.Block))
	quotes := make([]*vaults.Quote, len(st.Sources))
	for i, s := range st.Sources {
		delta := new(big.Int).Sub(targets[i], s.Assets)
		switch delta.Sign() {
		case 1:
			quotes[i] = q.Add(s.Address, delta, new(big.Int))
		case -1:
			quotes[i] = q.Add(s.Address, new(big.Int), delta.Neg(delta))
		}
	}
	if q.Len() > 0 {
		if err := q.Run(); err != nil {
			return nil, err
		}
	}
	out := make([]float64, len(st.Sources))
	for i, s := range st.Sources {
		if quotes[i] == nil {
			out[i] = s.SupplyAPY
			continue
		}
		var err error
		if out[i], err = vaults.APYFromRayAPR(quotes[i].Rate()); err != nil {
			return nil, fmt.Errorf("source %s rate after the move to %v: %w", s.Address.Hex(), targets[i], err)
		}
	}
	return out, nil
}

// receipt is the decision receipt the vault emits: enough to replay and
// audit the decision (config, model, the block the inputs were read at, the
// portfolio APY predicted after the move and the expected yearly gain in
// asset base units).
func (r *Rebalancer) receipt(st vaults.State, d store.Decision, after []float64) bindings.DecisionReceipt {
	apy := 0.0
	for i := range st.Sources {
		apy += d.TargetWeights[i] * after[i]
	}
	return bindings.DecisionReceipt{
		ConfigHash:      r.p.ConfigHash,
		ModelId:         r.modelID(),
		InputBlock:      new(big.Int).SetUint64(st.Block),
		PredictedApyBps: big.NewInt(int64(math.Round(math.Max(0, apy) * 10_000))),
		ExpectedGain:    ReceiptGain(d.ExpectedGain, st.Decimals),
	}
}

// ReceiptGain is a decision's expected yearly gain (asset units) as its
// on-chain receipt carries it: in asset base units, truncated; 0 when not
// positive.
func ReceiptGain(gain float64, decimals uint8) *big.Int {
	if !(gain > 0) {
		return new(big.Int)
	}
	out, _ := new(big.Float).Mul(big.NewFloat(gain), new(big.Float).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil))).Int(nil)
	return out
}

// fitTurnover scales the move from the current allocation toward targets
// (in place) so that the vault's turnover, (Σ|tᵢ−aᵢ| + |Δidle|)/2, stays
// within maxTurnoverBps of total assets. Scaling keeps caps and the idle
// floor satisfied, as a convex combination of two allocations that satisfy
// them. It returns the scale applied (1 when the move already fits).
func fitTurnover(st vaults.State, targets []*big.Int) float64 {
	moved := new(big.Int)
	sumT := new(big.Int)
	sumA := new(big.Int)
	for i, s := range st.Sources {
		moved.Add(moved, new(big.Int).Abs(new(big.Int).Sub(targets[i], s.Assets)))
		sumT.Add(sumT, targets[i])
		sumA.Add(sumA, s.Assets)
	}
	moved.Add(moved, new(big.Int).Abs(new(big.Int).Sub(sumT, sumA))) // |Δidle|
	limit := new(big.Int).Mul(st.TotalAssets, new(big.Int).SetUint64(st.MaxTurnoverBps))
	limit.Div(limit, big.NewInt(10_000))
	turnover := new(big.Int).Div(moved, big.NewInt(2))
	if turnover.Cmp(limit) <= 0 || turnover.Sign() == 0 {
		return 1
	}
	// A small margin keeps the on-chain turnover, which sees accrued
	// interest and rounding, inside the limit.
	alpha := ratio(limit, turnover) * 0.999
	for i, s := range st.Sources {
		delta := new(big.Float).SetInt(new(big.Int).Sub(targets[i], s.Assets))
		step, _ := delta.Mul(delta, big.NewFloat(alpha)).Int(nil) // truncates toward zero
		targets[i] = new(big.Int).Add(s.Assets, step)
	}
	return alpha
}

// realisedGain measures, at the rates observed now, what the last mined
// rebalance delivers: the yearly income of the vault's current allocation
// minus that of the allocation the rebalance replaced,
//
//	G = A · Σᵢ (wᵢ − w⁰ᵢ) · apyᵢ
//
// with A the vault's total assets now (asset units), wᵢ each source's share
// now and w⁰ᵢ its share when the rebalance was decided (0 for a source
// added since). It is comparable to the decision's expected gain, which is
// the same difference at the rates (and rate impact) forecast then.
// ok is false when the vault has no mined rebalance yet.
func (r *Rebalancer) realisedGain(ctx context.Context, st vaults.State) (g float64, ok bool, err error) {
	last, ok, err := r.p.Store.LastMinedRebalance(ctx, r.chainID.Uint64(), hexAddr(st.Vault))
	if err != nil || !ok {
		return 0, false, err
	}
	before := make(map[string]float64, len(last.Sources))
	for i, s := range last.Sources {
		before[strings.ToLower(s)] = last.CurrentWeights[i]
	}
	total := toUnits(st.TotalAssets, math.Pow10(int(st.Decimals)))
	for _, s := range st.Sources {
		w := ratio(s.Assets, st.TotalAssets)
		g += total * (w - before[strings.ToLower(hexAddr(s.Address))]) * s.SupplyAPY
	}
	return g, true, nil
}

// sharePrice is the vault's share price at st's block (vaults.State's
// SharePrice: convertToAssets of one share, read with the rest of the
// state), recorded with the decision for the transparency page. It is nil,
// and logged, when the vault would not say: the tick goes on without it.
func (r *Rebalancer) sharePrice(st vaults.State) *big.Int {
	if st.SharePrice == nil {
		r.p.Log.Warn("the vault did not give its share price", "block", st.Block)
	}
	return st.SharePrice
}

// scaleInt is ⌊v·f⌋ for 0 ≤ f ≤ 1.
func scaleInt(v *big.Int, f float64) *big.Int {
	out, _ := new(big.Float).Mul(new(big.Float).SetInt(v), big.NewFloat(f)).Int(nil)
	return out
}

// toUnits converts a base-unit amount to whole units (a float).
func toUnits(v *big.Int, unit float64) float64 {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(v), big.NewFloat(unit)).Float64()
	return f
}

func weightToAssets(w float64, total *big.Int) *big.Int {
	if w <= 0 {
		return new(big.Int)
	}
	v, _ := new(big.Float).SetPrec(256).Mul(new(big.Float).SetPrec(256).SetInt(total), big.NewFloat(w)).Int(nil)
	if v.Cmp(total) > 0 {
		v.Set(total)
	}
	return v
}

func ratio(a, b *big.Int) float64 {
	if b.Sign() == 0 {
		return 0
	}
	f, _ := new(big.Rat).SetFrac(a, b).Float64()
	return f
}

func hexAddr(a common.Address) string { return a.Hex() }

func formatUnits(v *big.Int, decimals uint8) string {
	f, _ := new(big.Rat).SetFrac(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)).Float64()
	return fmt.Sprintf("%.2f", f)
}

func sourceAttrs(names []string, st vaults.State, d store.Decision) []any {
	var attrs []any
	for i, s := range st.Sources {
		attrs = append(attrs, slog.Group(names[i],
			"apy_pct", fmt.Sprintf("%.3f", 100*s.SupplyAPY),
			"weight", fmt.Sprintf("%.4f", d.CurrentWeights[i]),
			"target", fmt.Sprintf("%.4f", d.TargetWeights[i])))
	}
	return attrs
}

// Summary renders an outcome for a terminal.
func Summary(out Outcome) string {
	var b strings.Builder
	st, d := out.State, out.Decision
	fmt.Fprintf(&b, "block %d  vault %s  total %s  idle %s\n", st.Block, st.Vault.Hex(), formatUnits(st.TotalAssets, st.Decimals), formatUnits(st.Idle, st.Decimals))
	fmt.Fprintf(&b, "%-12s %-42s %9s %9s %9s\n", "source", "adapter", "apy %", "weight", "target")
	for i, s := range st.Sources {
		tw := 0.0
		if i < len(d.TargetWeights) {
			tw = d.TargetWeights[i]
		}
		cw := 0.0
		if i < len(d.CurrentWeights) {
			cw = d.CurrentWeights[i]
		}
		name := ""
		if i < len(out.Names) {
			name = out.Names[i]
		}
		fmt.Fprintf(&b, "%-12s %-42s %9.3f %9.4f %9.4f\n", name, s.Address.Hex(), 100*s.SupplyAPY, cw, tw)
	}
	fmt.Fprintf(&b, "decision %d: %s — %s\n", d.ID, d.Action, d.Reason)
	if out.Tx != nil {
		fmt.Fprintf(&b, "transaction %s: %s (block %d, gas used %d)\n", out.Tx.Hash, out.Tx.Status, out.Tx.Block, out.Tx.GasUsed)
	}
	return b.String()
}
