package backtest

import (
	"fmt"
	"math"
	"time"

	"gonum.org/v1/gonum/mat"

	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
	"github.com/vaultkeeper/vaultkeeper/optimizer/rateimpact"
	"github.com/vaultkeeper/vaultkeeper/optimizer/strategy"
)

// MeanVar runs the keeper's mean-variance strategy (strategy.MeanVar, the
// implementation keeper/rebalancer calls) walk-forward: at each row it hands
// the strategy what the view shows (StrategyInput) and executes its targets.
// The strategy's settings are durations, so they mean the same at any
// --step; `keeper backtest` reads them from the config's governed.optimizer.
type MeanVar struct {
	// Strategy holds the settings.
	Strategy strategy.MeanVar
	// Gate, when set, checks every move as the keeper's tick does
	// (strategy.Gate with governed.rebalance's min_move and gain_factor):
	// at the market's rates now and after the move, against the trade's
	// cost as the market would charge it. Nil: no gate.
	Gate *strategy.Gate
	// Input, when set, may change the strategy's input at each row before
	// it decides (StrategyInput's, a fresh copy each row): experiments such
	// as optimizer/rl's TestForecastResidual shift the history, and so the
	// forecasts, through it. Nil: the view's input as it is.
	Input func(v *View, p market.Portfolio, in *strategy.Input)

	failures int
	lastErr  error
}

// DefaultMeanVar is the strategy with strategy.DefaultMeanVar's settings,
// which are the keeper's defaults (EWMA half-life 3 days over 90 days,
// covariance half-life 30 days, λ = 4, costs over 7 days).
func DefaultMeanVar() *MeanVar { return &MeanVar{Strategy: strategy.DefaultMeanVar()} }

// Name is "meanvar".
func (*MeanVar) Name() string { return "meanvar" }

// Reset implements Resetter.
func (mv *MeanVar) Reset() { mv.failures, mv.lastErr = 0, nil }

// Note gives the settings, and solver failures if any (the strategy holds
// on those rows).
func (mv *MeanVar) Note() string {
	s := mv.Strategy.String()
	if mv.failures > 0 {
		s += fmt.Sprintf("; held on %d rows where meanvar.Solve failed (last: %v)", mv.failures, mv.lastErr)
	}
	return s
}

// Decide implements Strategy.
func (mv *MeanVar) Decide(v *View, p market.Portfolio) (Decision, error) {
	in := StrategyInput(v, p, mv.Strategy.Window)
	if mv.Input != nil {
		mv.Input(v, p, &in)
	}
	d, err := mv.Strategy.Decide(in)
	if err != nil && !d.Hold {
		return Decision{}, err // the input or the settings
	}
	if err != nil {
		// The solver failed: hold on this row, and say so in the note.
		mv.failures++
		mv.lastErr = err
		return Hold(err.Error()), nil
	}
	if d.Hold {
		return Hold(d.Reason), nil
	}
	if mv.Gate != nil {
		if ok, why, err := mv.gate(v, p, d); err != nil || !ok {
			return Hold(why), err
		}
	}
	return Decision{Target: d.Weights, Reason: d.Reason}, nil
}

// gate applies mv.Gate to the strategy's decision d at the view's row.
func (mv *MeanVar) gate(v *View, p market.Portfolio, d strategy.Decision) (ok bool, reason string, err error) {
	if ok, why := mv.Gate.Sized(p.Weights(), d.Weights, d.Forced); !ok {
		return false, "gate: " + why, nil
	}
	t, V, n := v.T(), p.Value(), v.N()
	held, target, now, after := p.Amounts, make([]float64, n), make([]float64, n), make([]float64, n)
	for i := range n {
		target[i] = d.Weights[i] * V
		if v.Listed(t, i) {
			now[i], after[i] = v.RateAt(t, i, held[i]), v.RateAt(t, i, target[i])
		}
	}
	tr, err := v.Plan(p, d.Weights)
	if err != nil {
		return false, "", err
	}
	ok, why := mv.Gate.Worth(strategy.ExpectedGain(held, target, now, after), tr.Cost(), d.Forced)
	return ok, "gate: " + why, nil
}

// StrategyInput is what a strategy is given at the view's row: the rows
// observed less than window before it (every pool, NaN where a pool has no
// data), the portfolio's value and amounts, the eligible pools, the market's
// gas per pool touched and proportional cost, and its capacity model as the
// rate impact (MarketImpact).
func StrategyInput(v *View, p market.Portfolio, window time.Duration) strategy.Input {
	t, n := v.T(), v.N()
	lo := t
	for lo > 0 && v.Time(t).Sub(v.Time(lo-1)) < window {
		lo--
	}
	h := strategy.History{Times: make([]time.Time, t-lo+1), APY: mat.NewDense(t-lo+1, n, nil)}
	for s := lo; s <= t; s++ {
		h.Times[s-lo] = v.Time(s)
		for i := range n {
			h.APY.Set(s-lo, i, v.APY(s, i))
		}
	}
	cfg := v.Config()
	in := strategy.Input{
		Names: v.Names(), History: h, Capital: p.Value(), Holdings: append([]float64(nil), p.Amounts...),
		Limits: strategy.Limits{Eligible: make([]bool, n)},
		Costs:  strategy.Costs{Source: cfg.GasUSD, Proportional: cfg.CostBps / 1e4},
		Impact: MarketImpact(v, p),
	}
	for i := range n {
		in.Limits.Eligible[i] = v.Eligible(i)
	}
	return in
}

// MarketImpact is the market's rate impact (optimizer/market) at the view's
// row: pool i, forecast to pay f, pays f·(S_i/(S_i + x))^(1+η) at a holding
// x, with S_i = L_i/(1−u₀) from its free liquidity now, quoted at the
// portfolio's current holding.
func MarketImpact(v *View, p market.Portfolio) strategy.Impact {
	return marketImpact{v: v, hold: append([]float64(nil), p.Amounts...)}
}

type marketImpact struct {
	v    *View
	hold []float64
}

func (m marketImpact) Model(i int, f float64) rateimpact.Model {
	cfg := m.v.Config()
	return capacityAt{a: f, s: m.v.TVL(m.v.T(), i) / (1 - cfg.Util), hold: m.hold[i], p: 1 + cfg.Elasticity}
}

// capacityAt is the market's capacity model around a forecast rate, quoted
// at the vault's current holding: RateAfter(δ) = a·(S/(S+hold+δ))^p.
type capacityAt struct{ a, s, hold, p float64 }

func (c capacityAt) RateAfter(d float64) float64 {
	x := math.Max(c.hold+d, 0)
	if x == 0 {
		return c.a
	}
	if c.s <= 0 {
		return 0
	}
	return c.a * math.Pow(c.s/(c.s+x), c.p)
}

func (c capacityAt) MaxWithdraw() float64 { return c.hold }
