package strategy

import (
	"fmt"
	"math"
)

// Gate is the last check on a strategy's move before it is sent, the same
// in the keeper's tick (keeper/rebalancer) and in `keeper backtest`, with
// the settings of governed.rebalance. A strategy that decided to move has
// weighed its forecast gain against its own cost estimate; the gate then
// checks the move as it would be sent:
//
//  1. Size: a move whose largest weight change max_i |w_i − w⁰_i| is below
//     MinMove is no move (the vault holds);
//
//  2. Worth: the expected yearly gain at the rates the sources quote now,
//     including the move's own rate impact,
//
//     G = Σ_i t_i·r_i(t_i − a_i) − Σ_i a_i·r_i(0),
//
//     with a_i and t_i the holdings before and after and r_i(δ) source i's
//     rate after a change δ of the vault's holding, must exceed GainFactor
//     times the move's cost (gas, priced in the asset).
//
// A forced move (Decision.Forced: the allocation is outside the vault's
// limits) passes both: it is due whatever it earns.
type Gate struct {
	// MinMove is the smallest largest weight change that is a move, in
	// [0, 1).
	MinMove float64
	// GainFactor is how many times its cost a move must earn in a year.
	GainFactor float64
}

// MaxMove is max_i |target_i − current_i| over two weight vectors of the
// same length.
func MaxMove(current, target []float64) float64 {
	m := 0.0
	for i := range current {
		m = math.Max(m, math.Abs(target[i]-current[i]))
	}
	return m
}

// Sized reports whether a move from the current to the target weights is
// large enough to send; when it is not, the reason says so.
func (g Gate) Sized(current, target []float64, forced bool) (ok bool, reason string) {
	m := MaxMove(current, target)
	if m < g.MinMove && !forced {
		return false, fmt.Sprintf("allocation is within %.4g%% of target (largest move %.4g%%)", 100*g.MinMove, 100*m)
	}
	return true, ""
}

// ExpectedGain is G above: the yearly income at the targets and the rates
// quoted after the move, less the income at the current holdings and the
// rates now (each in the same units as the holdings, per year).
func ExpectedGain(current, target, rateNow, rateAfter []float64) float64 {
	g := 0.0
	for i := range current {
		g += target[i]*rateAfter[i] - current[i]*rateNow[i]
	}
	return g
}

// Worth reports whether a move expected to gain gain a year and costing
// cost is worth sending, with the reason either way.
func (g Gate) Worth(gain, cost float64, forced bool) (ok bool, reason string) {
	threshold := g.GainFactor * cost
	switch {
	case forced:
		return true, fmt.Sprintf("(expected yearly gain %.6g, gas cost %.6g)", gain, cost)
	case gain <= threshold:
		return false, fmt.Sprintf("expected yearly gain %.6g does not exceed gas cost %.6g × factor %g = %.6g", gain, cost, g.GainFactor, threshold)
	}
	return true, fmt.Sprintf("expected yearly gain %.6g exceeds gas cost %.6g × factor %g = %.6g", gain, cost, g.GainFactor, threshold)
}
