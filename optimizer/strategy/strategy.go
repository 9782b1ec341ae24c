// Package strategy is the allocation strategy the keeper runs and `keeper
// backtest` measures: one implementation, called by the keeper's tick
// (keeper/rebalancer) with the history it stored and the quotes it read
// on-chain, and by the backtester (optimizer/backtest) with the market's view
// up to the decision row, so that what the README measures is what the
// daemon does.
//
// A Strategy takes an Input, what the vault knows at a decision:
//
//   - History: the sources' observed APYs at T times, oldest first, the
//     last row being now. The times are real times (a keeper's ticks, a
//     panel's rows), and every setting of a strategy is a duration, so that
//     a half-life of three days means three days on a daily panel, on
//     hourly rows and on ticks ten seconds apart;
//   - the vault now: its capital and its holding in each source;
//   - Limits: which sources may receive money, caps, minimum idle, the
//     turnover limit;
//   - Costs: the cost of touching a source and of a rebalance (gas at the
//     current gas price) and a proportional cost, in asset units;
//   - Impact: how the vault's own move changes each source's rate.
//
// It returns a Decision: target weights, or a hold, with its reason, the
// forecast it used per source and the name of the model that made it.
//
// MeanVar is the mean-variance strategy; see its documentation for the
// mathematics.
package strategy

import (
	"errors"
	"fmt"
	"math"
	"time"

	"gonum.org/v1/gonum/mat"

	"github.com/vaultkeeper/vaultkeeper/optimizer/rateimpact"
)

// Strategy decides, from what the vault knows now, where its capital should
// be. Decide must not modify its input.
type Strategy interface {
	Name() string
	Decide(in Input) (Decision, error)
}

// History is what the sources' rates did up to now.
type History struct {
	// Times are the observation times, strictly increasing; the last is now.
	Times []time.Time
	// APY is T×n: APY[t][i] is source i's supply APY (a fraction) observed
	// at Times[t], NaN where it was not observed (not listed yet, a gap).
	APY *mat.Dense
}

// Limits are what the vault and its policy allow.
type Limits struct {
	// Eligible marks the sources that may receive new money; one that is
	// not may only shrink. Nil means every source.
	Eligible []bool
	// Caps are the largest weight per source, in [0, 1]; nil means 1.
	Caps []float64
	// AbsCaps are the vault's absolute caps per source in asset units
	// (+Inf for none); nil means none.
	AbsCaps []float64
	// RelCapsBps are the vault's relative caps per source in basis points
	// of total assets; nil means none.
	RelCapsBps []uint64
	// MinIdle is the least share of capital left idle, in [0, 1].
	MinIdle float64
	// MaxTurnover is the largest turnover of a rebalance as a share of
	// capital, in [0, 1]; 0 means no limit.
	MaxTurnover float64
	// Drift is how far outside these limits the current allocation may
	// have drifted (by the interest the sources accrue) and still be held
	// rather than forced to move, in [0, 1]; the keeper uses
	// governed.rebalance.min_move. Any move still lands within them.
	Drift float64
}

// Costs are what a rebalance costs, paid once.
type Costs struct {
	// Source is the cost of touching one source (the gas of its deposit or
	// withdrawal at the current gas price), asset units.
	Source float64
	// Tx is the fixed cost of a rebalance transaction, asset units.
	Tx float64
	// Proportional is the cost per unit moved in or out of a source
	// (slippage, fees), a fraction in [0, 1).
	Proportional float64
}

// Impact is the vault's own effect on the sources' rates, as the caller
// knows it: the keeper from each source's on-chain quotes of its rate after
// a move, the backtest from the market's capacity model.
type Impact interface {
	// Model is source i's rate-impact model when its observed APY is
	// forecast to be f: RateAfter(δ) is the APY it pays after the vault's
	// holding there changes by δ asset units, and MaxWithdraw the most the
	// vault can withdraw from it now.
	Model(i int, f float64) rateimpact.Model
}

// Input is what a strategy decides from.
type Input struct {
	// Names are the n sources' names, in column order (for reasons and
	// errors).
	Names   []string
	History History
	// Capital is the vault's total assets now, asset units.
	Capital float64
	// Holdings are the vault's assets in each source now, asset units.
	Holdings []float64
	Limits   Limits
	Costs    Costs
	// Impact is nil when the vault's moves do not change the rates.
	Impact Impact
}

// Decision is a strategy's answer.
type Decision struct {
	// Hold is true when the vault should stay as it is; Weights are then
	// the current weights and Touched all false.
	Hold bool
	// Forced is true when the current allocation is outside the limits (a
	// source above a cap, idle below the minimum), so the move is due
	// whatever it earns; it may go only part of the way when the turnover
	// limit allows no more (meanvar.Result.Forced).
	Forced bool
	// Weights are the target weights per source, each ≥ 0, summing to at
	// most 1 (idle takes the rest).
	Weights []float64
	// Touched marks the sources whose holding changes; the holding of
	// another source is left exactly as it is.
	Touched []bool
	// Reason says why, in one sentence.
	Reason string
	// Model names the forecast model, e.g. "ewma half-life 3d".
	Model string
	// Forecast is each source's forecast APY, NaN where the strategy did
	// not forecast it (no current observation, or not a candidate); nil
	// when it held before forecasting.
	Forecast []float64
	// Gain is the move's expected yearly income change at the forecast
	// rates including rate impact, and Cost its one-time cost, asset units.
	Gain, Cost float64
}

// N is the number of sources.
func (in Input) N() int { return len(in.Names) }

// weights are the current weights Holdings[i]/Capital (Capital > 0).
func (in Input) weights() []float64 {
	w := make([]float64, in.N())
	for i, x := range in.Holdings {
		w[i] = x / in.Capital
	}
	return w
}

// eligible reports whether source i may receive new money.
func (in Input) eligible(i int) bool { return in.Limits.Eligible == nil || in.Limits.Eligible[i] }

// hold is the decision to stay.
func (in Input) hold(reason string) Decision {
	d := Decision{Hold: true, Reason: reason, Weights: make([]float64, in.N()), Touched: make([]bool, in.N())}
	if in.Capital > 0 {
		d.Weights = in.weights()
	}
	return d
}

// Validate checks the input's shapes and values; the errors name the field.
func (in Input) Validate() error {
	n := in.N()
	if n == 0 {
		return errors.New("strategy: input: no sources (Names is empty)")
	}
	h := in.History
	if h.APY == nil || h.APY.IsEmpty() {
		return errors.New("strategy: input: History.APY is empty: need at least the observation of now")
	}
	T, p := h.APY.Dims()
	if p != n {
		return fmt.Errorf("strategy: input: History.APY has %d columns for %d sources", p, n)
	}
	if len(h.Times) != T {
		return fmt.Errorf("strategy: input: History has %d times for %d rows", len(h.Times), T)
	}
	for t := 1; t < T; t++ {
		if !h.Times[t].After(h.Times[t-1]) {
			return fmt.Errorf("strategy: input: History.Times[%d] = %s is not after Times[%d] = %s", t,
				h.Times[t].Format(time.RFC3339Nano), t-1, h.Times[t-1].Format(time.RFC3339Nano))
		}
	}
	if !finite(in.Capital) {
		return fmt.Errorf("strategy: input: Capital = %v: must be finite", in.Capital)
	}
	if len(in.Holdings) != n {
		return fmt.Errorf("strategy: input: %d holdings for %d sources", len(in.Holdings), n)
	}
	for i, x := range in.Holdings {
		if !finite(x) || x < 0 {
			return fmt.Errorf("strategy: input: Holdings[%d] (%s) = %v: must be finite and ≥ 0", i, in.Names[i], x)
		}
	}
	l := in.Limits
	for _, f := range []struct {
		name string
		len  int
	}{{"Eligible", len(l.Eligible)}, {"Caps", len(l.Caps)}, {"AbsCaps", len(l.AbsCaps)}, {"RelCapsBps", len(l.RelCapsBps)}} {
		if f.len != 0 && f.len != n {
			return fmt.Errorf("strategy: input: Limits.%s has %d entries for %d sources", f.name, f.len, n)
		}
	}
	c := in.Costs
	if !finite(c.Source) || c.Source < 0 || !finite(c.Tx) || c.Tx < 0 {
		return fmt.Errorf("strategy: input: Costs.Source = %v, Costs.Tx = %v: must be finite and ≥ 0", c.Source, c.Tx)
	}
	if !(c.Proportional >= 0 && c.Proportional < 1) {
		return fmt.Errorf("strategy: input: Costs.Proportional = %v: must be in [0, 1)", c.Proportional)
	}
	return nil
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
