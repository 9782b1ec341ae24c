package rebalancer

// The RL strategies (optimizer.strategy rl and shadow): the keeper builds
// an rl.Observation from its chain reads and its SQLite history and asks the
// model (optimizer/rl) for target weights and whether to trade.
//
// History sampling. The model expects one APY per model step
// (Model.StepHours, daily for v1), oldest → newest. The store keeps one row
// per keeper tick with the wall-clock time of the tick (observations.time);
// it has block numbers but no block timestamps. The samples are therefore
// taken by wall-clock observation time: for k = 0 … Window−1 the sample at
// now − k·step is the last tick observed at or before it. A sample older
// than maxStaleSteps steps before its grid point is missing (the keeper was
// down), and the history is the contiguous run of samples ending now —
// gaps up to maxStaleSteps are forward-filled, as the training data's were.
// Wall time is also the right clock for a real chain (block time tracks it);
// the embedded chain compresses chain time (chain.embedded.block_time per
// block_interval), so there its market moves many "chain days" per wall day
// and the model sees them as one day.
//
// Free liquidity. The model's capacity model r(x) = a·(S/(S+x))^(1+η) needs
// each source's free liquidity L = S·(1−u₀). The source's maxWithdraw is
// free liquidity only as far as the vault holds assets there (it is
// min(holding, pool liquidity)), so for a source the vault does not hold it
// is 0, which the model reads as "no room". The keeper therefore takes the
// larger of maxWithdraw and the liquidity implied by the source's own quote
// for a deposit of the whole vault (the same quotes the mean-variance
// optimizer uses): solving the capacity model for S from a = the current
// APY and r = the quoted APY after the deposit.
//
// Gas is rebalance.gas_per_source priced at the current gas price in asset
// units, exactly as the mean-variance strategy's cost per source touched; no
// proportional fees (CostBps 0).

import (
	"context"
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/optimizer/rl"
	"github.com/vaultkeeper/vaultkeeper/vaults"
)

// maxStaleSteps is the longest gap, in model steps, that the history
// sampling forward-fills.
const maxStaleSteps = 7

// rlDecision is the RL model's decision at one tick.
type rlDecision struct {
	evaluated bool   // the model acted (false: too little history or an error, see reason)
	reason    string // why it holds, or what it saw when it trades
	act       rl.Action
	// weights are the model's targets clamped to the caps and minimum idle
	// (the current weights when it holds); touched marks the sources whose
	// weight changes.
	weights []float64
	touched []bool
	// gain is the expected yearly gain of weights, asset units, priced with
	// the sources' rate quotes (prepared.quotes).
	gain float64
}

// modelID is the allocator named in the vault's decision receipt.
func (r *Rebalancer) modelID() [32]byte {
	if r.p.Config.Optimizer.Strategy == config.StrategyRL && r.model != nil {
		var id [32]byte
		copy(id[:], r.model.ID())
		return id
	}
	return ModelID
}

// decideRL builds the observation and asks the model. An error is returned
// only for a failure to read the history; a model that cannot act is
// reported in the result (evaluated false) with the reason.
func (r *Rebalancer) decideRL(ctx context.Context, st vaults.State, pr prepared, now time.Time) (rlDecision, error) {
	md := r.model
	id := md.ID()
	n := len(st.Sources)
	out := rlDecision{weights: append([]float64(nil), pr.current...), touched: make([]bool, n)}
	apys, err := r.sampleHistory(ctx, st, now)
	if err != nil {
		return out, err
	}
	step := time.Duration(md.StepHours() * float64(time.Hour))
	if got := len(apys[0]); got < md.Window() {
		out.reason = fmt.Sprintf("%s holds: %d of the %d APY samples it needs (one per %s of observation time) are in the history",
			id, got, md.Window(), step)
		return out, nil
	}
	unit := math.Pow10(int(st.Decimals))
	obs := rl.Observation{Value: pr.in.Capital, Gas: pr.in.Costs.Source, Sources: make([]rl.SourceObs, n)}
	for i, s := range st.Sources {
		obs.Sources[i] = rl.SourceObs{APY: apys[i], Liquidity: r.freeLiquidity(s, unit, pr, i), Weight: pr.current[i]}
	}
	act, err := md.Decide(obs)
	if err != nil {
		out.reason = fmt.Sprintf("%s cannot act: %v", id, err)
		return out, nil
	}
	out.evaluated, out.act = true, act
	if !act.Trade {
		out.reason = fmt.Sprintf("%s holds: its gate (p = %.3f) does not trade the proposal touching %d sources (estimated gain %.4g per step, cost %.4g)",
			id, act.TradeProb, act.Touched, act.Benefit, act.Cost)
		return out, nil
	}
	copy(out.weights, act.Weights)
	clampWeights(out.weights, pr)
	for i := range out.weights {
		out.touched[i] = out.weights[i] != pr.current[i]
	}
	out.gain = expectedGain(out.weights, pr)
	out.reason = fmt.Sprintf("%s trades (gate p = %.3f, estimated gain %.4g per step, cost %.4g)", id, act.TradeProb, act.Benefit, act.Cost)
	return out, nil
}

// shadow is the RL model's decision as recorded next to a meanvar decision.
func (d rlDecision) shadow(model string) *store.RLShadow {
	sh := &store.RLShadow{Model: model, Evaluated: d.evaluated, Reason: d.reason}
	if d.evaluated {
		sh.Trade, sh.TradeProb = d.act.Trade, d.act.TradeProb
		sh.TargetWeights, sh.ExpectedGain = d.weights, d.gain
	}
	return sh
}

// sampleHistory returns, per source, the APY history the model expects:
// one sample per model step by observation (wall-clock) time, oldest →
// newest, ending with the tick observed at now (see the file comment).
// Every source has the same number of samples.
func (r *Rebalancer) sampleHistory(ctx context.Context, st vaults.State, now time.Time) ([][]float64, error) {
	md := r.model
	n := len(st.Sources)
	addrs := make([]string, n)
	for i, s := range st.Sources {
		addrs[i] = hexAddr(s.Address)
	}
	step := time.Duration(md.StepHours() * float64(time.Hour))
	window := md.Window()
	since := now.Add(-time.Duration(window-1+maxStaleSteps) * step)
	times, rows, err := r.p.Store.APYSeries(ctx, r.chainID.Uint64(), hexAddr(st.Vault), addrs, since)
	if err != nil {
		return nil, fmt.Errorf("reading APY history: %w", err)
	}
	var picked []int // row per sample, newest first
	for k := 0; k < window; k++ {
		g := now.Add(-time.Duration(k) * step)
		// The last row observed at or before g (rows are in tick order,
		// which is time order).
		j := sort.Search(len(times), func(j int) bool { return times[j].After(g) }) - 1
		if j < 0 || g.Sub(times[j]) > maxStaleSteps*step {
			break
		}
		picked = append(picked, j)
	}
	out := make([][]float64, n)
	for i := range out {
		out[i] = make([]float64, len(picked))
		for k, j := range picked {
			out[i][len(picked)-1-k] = rows[j][i]
		}
	}
	return out, nil
}

// freeLiquidity is source i's free liquidity for the model, asset units:
// the larger of its maxWithdraw and the liquidity implied by its quote for
// a deposit of the whole vault (see the file comment).
func (r *Rebalancer) freeLiquidity(s vaults.SourceState, unit float64, pr prepared, i int) float64 {
	liq := toUnits(s.MaxWithdraw, unit)
	info := r.model.Info().Market
	a, x := pr.apy[i], pr.in.Capital
	if a > 0 && x > 0 && pr.quotes[i] != nil {
		if rate := pr.quotes[i].RateAfter(x); rate > 0 && rate < a {
			q := math.Pow(rate/a, 1/(1+info.Elasticity)) // S/(S+x)
			if q > 0 && q < 1 {
				if implied := x * q / (1 - q) * (1 - info.Util); implied > liq && !math.IsInf(implied, 0) {
					liq = implied
				}
			}
		} else if rate >= a {
			// No measurable impact even for the whole vault: deep enough
			// that the vault's size does not matter.
			liq = math.Max(liq, 1e3*x)
		}
	}
	return liq
}

// clampWeights applies the caps the mean-variance strategy enforces inside
// its problem to RL targets, in place: each weight at most the config's
// share cap, the vault's relative cap and its absolute cap, and the sum at
// most 1 − minimum idle, taking the excess from the increases first.
// Weights a source keeps unchanged stay exactly as they are when they fit.
func clampWeights(w []float64, pr prepared) {
	l, capital := pr.in.Limits, pr.in.Capital
	for i := range w {
		limit := 1.0
		if l.Caps != nil {
			limit = math.Min(limit, l.Caps[i])
		}
		if l.RelCapsBps != nil {
			limit = math.Min(limit, float64(l.RelCapsBps[i])/10_000)
		}
		if l.AbsCaps != nil && capital > 0 && !math.IsInf(l.AbsCaps[i], 1) {
			limit = math.Min(limit, l.AbsCaps[i]/capital)
		}
		if w[i] > limit && w[i] != pr.current[i] {
			w[i] = math.Max(limit, 0)
		}
		if w[i] < 0 {
			w[i] = 0
		}
	}
	sum, up := 0.0, 0.0
	for i := range w {
		sum += w[i]
		up += math.Max(0, w[i]-pr.current[i])
	}
	excess := sum - (1 - l.MinIdle)
	if excess <= 0 {
		return
	}
	if up >= excess {
		f := excess / up
		for i := range w {
			if d := w[i] - pr.current[i]; d > 0 {
				w[i] -= d * f
			}
		}
		return
	}
	f := (1 - l.MinIdle) / sum
	for i := range w {
		w[i] *= f
	}
}

// expectedGain is Σᵢ tᵢ·rᵢ(tᵢ − aᵢ) − Σᵢ aᵢ·APYᵢ for weights w, with rᵢ the
// source's rate-impact model from its quotes: asset units per year.
func expectedGain(w []float64, pr prepared) float64 {
	g := 0.0
	for i := range w {
		t, a := w[i]*pr.in.Capital, pr.current[i]*pr.in.Capital
		rate := pr.apy[i]
		if t != a && pr.quotes[i] != nil {
			rate = pr.quotes[i].RateAfter(t - a)
		}
		g += t*rate - a*pr.apy[i]
	}
	return g
}
