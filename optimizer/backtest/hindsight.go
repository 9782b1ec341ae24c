package backtest

import (
	"fmt"
	"math"

	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
)

// OracleName is the name of the Hindsight strategy in every table.
const OracleName = "oracle-heuristic"

// Hindsight is the heuristic oracle ("oracle-heuristic" in the tables): a
// strategy that knows the rates and liquidity of the next Horizon rows
// exactly. It is a heuristic, not a bound: Bound is the upper bound. At row t it maximises the income over rows
// t+1…t+H (H = Horizon, cut at the market's last row) minus the trade's
// cost, with the market's own rate impact:
//
//	maximise  h·Σ_i x_i·ā_i·(S̄_i/(S̄_i+x_i))^(1+η) − G·|touched| − κ·Σ_i |x_i − x⁰_i|
//	over      Σ_i x_i ≤ V, x_i ≥ 0, x_i ≤ x⁰_i for pools not eligible at t,
//
// where h = H·Δ, ā_i is pool i's mean APY over the H future rows (a row
// without data counts as 0, as the market pays nothing then), S̄_i = L/(1−u₀)
// averaged over those rows with weights max(a, 0) (the supply on the days
// that pay), x⁰ the current holdings and V the value. The income is
// maximised by water-filling (equal marginal rates d(x·r(x))/dx across the
// pools that receive money); every pool whose move does not earn its cost
// over the horizon at the resulting marginal rate is then left where it is
// and the rest re-solved, until every move pays; the trade is made only if
// its gain over the horizon beats its cost.
//
// It plays by the same rules as the walk-forward strategies (eligibility,
// listing, costs and impact), so it is a strong yardstick for them in
// practice, not a proven bound: a perfect-foresight policy over the whole
// period with fixed costs is a combinatorial problem this does not solve,
// and a walk-forward strategy can beat it. Bound is the proven upper bound.
// Its Horizon trades reaction against churn; NewHindsight runs several and
// keeps the best.
type Hindsight struct {
	m *market.Market
	// Horizon is H, in rows.
	Horizon int
	note    string
}

// Name is OracleName, "oracle-heuristic".
func (*Hindsight) Name() string { return OracleName }

// Note says which horizon the oracle used.
func (h *Hindsight) Note() string {
	if h.note != "" {
		return h.note
	}
	return fmt.Sprintf("perfect foresight of the next %d rows", h.Horizon)
}

// HindsightHorizons are the horizons NewHindsight tries, in rows.
var HindsightHorizons = []int{1, 3, 7, 14, 30}

// NewHindsight returns the oracle with the horizon among HindsightHorizons
// that gives the highest final value on m under cfg (the shortest on a
// tie). Choosing the horizon with hindsight is part of being an oracle.
func NewHindsight(m *market.Market, cfg Config) (*Hindsight, error) {
	cfg, err := cfg.resolve(m)
	if err != nil {
		return nil, err
	}
	obs := observationCounts(m, cfg.End)
	finals := make([]float64, len(HindsightHorizons))
	errs := make([]error, len(HindsightHorizons))
	parallel(len(HindsightHorizons), func(k int) {
		r, err := run(m, &Hindsight{m: m, Horizon: HindsightHorizons[k]}, cfg, obs)
		if err != nil {
			errs[k] = err
			return
		}
		finals[k] = r.Value[len(r.Value)-1]
	})
	best := -1
	for k := range finals {
		if errs[k] != nil {
			return nil, errs[k]
		}
		if best < 0 || finals[k] > finals[best] {
			best = k
		}
	}
	return &Hindsight{m: m, Horizon: HindsightHorizons[best],
		note: fmt.Sprintf("perfect foresight of the next %d rows (best of horizons %v)", HindsightHorizons[best], HindsightHorizons)}, nil
}

// HindsightWithHorizon is the oracle with a fixed horizon (rows ≥ 1).
func HindsightWithHorizon(m *market.Market, horizon int) *Hindsight {
	return &Hindsight{m: m, Horizon: max(horizon, 1)}
}

// Decide implements Strategy. It reads the future from the market it was
// built with, never from the view.
func (h *Hindsight) Decide(v *View, p market.Portfolio) (Decision, error) {
	m, t := h.m, v.T()
	cfg := m.Config()
	V := p.Value()
	last := min(t+max(h.Horizon, 1), m.Len()-1)
	if last <= t || V <= 0 {
		return Hold("no future to know"), nil
	}
	rows := float64(last - t)
	al := &allocator{p: 1 + cfg.Elasticity, gas: cfg.GasUSD, kappa: cfg.CostBps / 1e4,
		years: rows * m.PeriodYears(), dust: cfg.Dust * V}
	var lanes []lane
	for i := 0; i < m.N(); i++ {
		cur := p.Amounts[i]
		elig := v.Eligible(i)
		if !elig && cur <= 0 {
			continue
		}
		sumA, sumPos, sumAS, sumS, listed := 0.0, 0.0, 0.0, 0.0, 0
		for r := t + 1; r <= last; r++ {
			if !m.Listed(r, i) {
				continue
			}
			a, s := m.APY(r, i), m.TVL(r, i)/(1-cfg.Util)
			sumA += a
			sumPos += math.Max(a, 0)
			sumAS += math.Max(a, 0) * s
			sumS += s
			listed++
		}
		l := lane{pool: i, a: sumA / rows, cur: cur, hi: V}
		switch {
		case sumPos > 0:
			l.s = sumAS / sumPos
		case listed > 0:
			l.s = sumS / float64(listed)
		}
		if !elig {
			l.hi = cur
		}
		lanes = append(lanes, l)
	}
	if len(lanes) == 0 {
		return Hold("no eligible pool"), nil
	}
	x, ok := al.solve(lanes, V)
	if !ok {
		return Hold("no move pays its cost over the known future"), nil
	}
	target := p.Weights()
	for k, l := range lanes {
		target[l.pool] = x[k] / V
	}
	return Decision{Target: target, Reason: fmt.Sprintf("best allocation for the next %d rows", last-t)}, nil
}
