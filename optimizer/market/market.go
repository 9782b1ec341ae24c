// Package market replays yield-source histories as a market a vault can trade
// in: it moves a portfolio to target weights at a cost, and grows it by each
// pool's historical rate lowered by the portfolio's own deposit. The
// backtester and the reinforcement-learning allocator's training simulator
// both run on it, so that what the agent learns and what the backtest scores
// are the same market.
//
// # Timing
//
// Row t of the panel is what was observed at time t. A strategy decides at t
// from rows 0…t, then the portfolio earns row t+1's rates over (t, t+1]:
// a pool's APY snapshot at t+1 is taken as the rate that held over the period
// before it. An oracle that knows row t+1 at t therefore has a real edge, and
// a walk-forward strategy cannot see it.
//
// # Rate impact
//
// The history is the pool without the vault. Holding x (USD) in pool i over
// (t, t+1] earns the capacity-model rate (see optimizer/rateimpact)
//
//	r_i(x) = a·(S/(S+x))^(1+η),  S = L/(1−u₀),
//
// with a the pool's APY and L its free liquidity (DefiLlama's tvl) at t+1, u₀
// the assumed utilisation (Config.Util) and η the borrow-rate elasticity
// (Config.Elasticity). A deposit dilutes the borrowers' interest over a larger
// supply and, for η > 0, lowers the borrow rate as well.
//
// # Growth
//
// APYs are yearly compounded, so over a period of Δ years an amount x grows by
//
//	(1 + r_i(x))^Δ − 1.
//
// Idle earns nothing. A pool with no data at t+1 (delisted, or a gap longer
// than the panel's maxGap) earns nothing for that period, a conservative
// choice: the backtest cannot credit yield it has no record of.
//
// # Costs
//
// Moving to target weights w pays, from the portfolio,
//
//	cost = G·|touched| + κ·Σ_i |Δx_i|,
//
// where a source is touched when its amount changes by more than
// Config.Dust of the portfolio value, G is the gas per source touched (USD)
// and κ the proportional cost (Config.CostBps/10⁴). Untouched sources keep
// their exact amounts; the cost comes out of idle, and out of the touched
// sources pro rata when idle cannot cover it.
package market

import (
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/vaultkeeper/vaultkeeper/optimizer/history"
)

// Config is the market's cost and rate-impact model. The zero value of each
// field except Util means "none"; see Defaults.
type Config struct {
	// GasUSD is the cost G of touching one source in a rebalance, USD.
	GasUSD float64
	// CostBps is the proportional cost κ on every dollar moved, in basis points.
	CostBps float64
	// Util is the assumed utilisation u₀ ∈ [0, 1) behind the capacity model.
	Util float64
	// Elasticity is η ≥ 0 in the capacity model.
	Elasticity float64
	// Dust is the smallest move, as a fraction of portfolio value, that
	// counts as touching a source. Smaller differences are left alone.
	Dust float64
}

// Defaults are the market model used by `keeper backtest` unless overridden:
// $5 per source touched, no proportional cost, 80% utilisation and η = 1
// (supply rate ∝ u² below an Aave kink), and a move under 0.01% of the
// portfolio is not a move.
var Defaults = Config{GasUSD: 5, CostBps: 0, Util: 0.8, Elasticity: 1, Dust: 1e-4}

func (c Config) validate() error {
	switch {
	case !finiteNonNeg(c.GasUSD):
		return fmt.Errorf("market: GasUSD %v: must be finite and ≥ 0", c.GasUSD)
	case !finiteNonNeg(c.CostBps) || c.CostBps >= 1e4:
		return fmt.Errorf("market: CostBps %v: must be in [0, 10000)", c.CostBps)
	case !(c.Util >= 0 && c.Util < 1):
		return fmt.Errorf("market: Util %v: must be in [0, 1)", c.Util)
	case !finiteNonNeg(c.Elasticity):
		return fmt.Errorf("market: Elasticity %v: must be finite and ≥ 0", c.Elasticity)
	case !(c.Dust >= 0 && c.Dust < 1):
		return fmt.Errorf("market: Dust %v: must be in [0, 1)", c.Dust)
	}
	return nil
}

// Market is a panel of pool histories with a cost and rate-impact model. It
// is read-only after New and safe for concurrent use.
type Market struct {
	cfg   Config
	names []string
	times []time.Time
	apy   [][]float64 // [t][i], fraction, NaN where unknown
	tvl   [][]float64 // [t][i], USD, NaN where unknown
	years float64     // Δ, the period length in years
}

// New builds a market from an aligned panel of at least two rows.
func New(p *history.Panel, cfg Config) (*Market, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	if p == nil || len(p.Times) < 2 {
		return nil, errors.New("market: panel needs at least two time steps")
	}
	rows, cols := p.APY.Dims()
	if rows != len(p.Times) || cols != len(p.Names) {
		return nil, fmt.Errorf("market: panel APY is %d×%d, want %d×%d", rows, cols, len(p.Times), len(p.Names))
	}
	step := p.Times[1].Sub(p.Times[0])
	if step <= 0 {
		return nil, fmt.Errorf("market: panel step %v must be positive", step)
	}
	m := &Market{
		cfg:   cfg,
		names: append([]string(nil), p.Names...),
		times: append([]time.Time(nil), p.Times...),
		apy:   make([][]float64, rows),
		tvl:   make([][]float64, rows),
		years: step.Hours() / (24 * 365),
	}
	for t := 0; t < rows; t++ {
		m.apy[t] = make([]float64, cols)
		m.tvl[t] = make([]float64, cols)
		for i := 0; i < cols; i++ {
			a, l := p.APY.At(t, i), p.TVL.At(t, i)
			if math.IsNaN(a) != math.IsNaN(l) {
				return nil, fmt.Errorf("market: pool %s at %s: APY %v and TVL %v must be both known or both NaN",
					p.Names[i], p.Times[t].Format(time.DateOnly), a, l)
			}
			if !math.IsNaN(a) && (a < -1 || math.IsInf(a, 0) || l < 0 || math.IsInf(l, 0)) {
				return nil, fmt.Errorf("market: pool %s at %s: APY %v or TVL %v out of range",
					p.Names[i], p.Times[t].Format(time.DateOnly), a, l)
			}
			m.apy[t][i], m.tvl[t][i] = a, l
		}
	}
	return m, nil
}

// Config returns the market's cost and impact model.
func (m *Market) Config() Config { return m.cfg }

// Head is the market of rows 0…rows−1 of m only (2 ≤ rows ≤ m.Len()), with
// the same pools and model: nothing run on it can read a later row, which
// is how a tuning period is kept apart from the holdout after it. It shares
// m's read-only data.
func (m *Market) Head(rows int) (*Market, error) {
	if rows < 2 || rows > m.Len() {
		return nil, fmt.Errorf("market: head of %d rows: need 2 ≤ rows ≤ %d", rows, m.Len())
	}
	h := *m
	h.times, h.apy, h.tvl = m.times[:rows:rows], m.apy[:rows:rows], m.tvl[:rows:rows]
	return &h, nil
}

// Len is the number of time steps (panel rows).
func (m *Market) Len() int { return len(m.times) }

// N is the number of pools.
func (m *Market) N() int { return len(m.names) }

// Names are the pools' names, in column order.
func (m *Market) Names() []string { return m.names }

// Time is the time of row t.
func (m *Market) Time(t int) time.Time { return m.times[t] }

// PeriodYears is the length Δ of one step in years (365-day years).
func (m *Market) PeriodYears() float64 { return m.years }

// APY is pool i's observed APY (fraction) at row t, NaN when unknown.
func (m *Market) APY(t, i int) float64 { return m.apy[t][i] }

// TVL is pool i's free liquidity (USD) at row t, NaN when unknown.
func (m *Market) TVL(t, i int) float64 { return m.tvl[t][i] }

// Listed reports whether pool i has data at row t.
func (m *Market) Listed(t, i int) bool { return !math.IsNaN(m.apy[t][i]) }

// RateAt is the APY pool i would pay at row t to a holding of x ≥ 0 USD:
// the capacity model around the row's APY and free liquidity. It is NaN when
// the pool has no data at t.
func (m *Market) RateAt(t, i int, x float64) float64 {
	a, l := m.apy[t][i], m.tvl[t][i]
	if math.IsNaN(a) {
		return math.NaN()
	}
	if x <= 0 {
		return a
	}
	s := l / (1 - m.cfg.Util)
	if s <= 0 {
		// No liquidity on record: any deposit is the whole pool and its
		// borrowers' interest is spread over it.
		return 0
	}
	return a * math.Pow(s/(s+x), 1+m.cfg.Elasticity)
}

// Portfolio is a vault's holding: an amount per pool and idle, in USD.
type Portfolio struct {
	Amounts []float64
	Idle    float64
}

// NewPortfolio is capital held idle across n pools.
func NewPortfolio(n int, capital float64) Portfolio {
	return Portfolio{Amounts: make([]float64, n), Idle: capital}
}

// Value is idle plus every pool's amount.
func (p Portfolio) Value() float64 {
	v := p.Idle
	for _, x := range p.Amounts {
		v += x
	}
	return v
}

// Weights are each pool's share of the value (idle is 1 − Σ).
func (p Portfolio) Weights() []float64 {
	w := make([]float64, len(p.Amounts))
	v := p.Value()
	if v <= 0 {
		return w
	}
	for i, x := range p.Amounts {
		w[i] = x / v
	}
	return w
}

// Clone is a deep copy.
func (p Portfolio) Clone() Portfolio {
	return Portfolio{Amounts: append([]float64(nil), p.Amounts...), Idle: p.Idle}
}

// Trade is what a rebalance did.
type Trade struct {
	Touched int     // sources whose amount changed
	Moved   float64 // Σ|Δx_i| over sources, USD
	Gas     float64 // G·Touched, USD
	Fees    float64 // κ·Moved, USD
}

// Cost is the trade's total cost, USD.
func (tr Trade) Cost() float64 { return tr.Gas + tr.Fees }

// RebalanceAt moves p to the target weights at row t (one per pool, each
// ≥ 0, summing to at most 1; idle takes the rest) and pays the trade's cost.
// Sources whose move is under Dust keep their amounts. A target may deposit
// only into pools listed at t, so that a strategy cannot invest in a pool with
// no record; withdrawing from an unlisted pool is allowed. It returns an
// error and leaves p unchanged on a bad target.
func (m *Market) RebalanceAt(t int, p *Portfolio, target []float64) (Trade, error) {
	return m.rebalance(p, target, t)
}

// PlanAt is the trade that RebalanceAt would make, without making it.
func (m *Market) PlanAt(t int, p Portfolio, target []float64) (Trade, error) {
	q := p.Clone()
	return m.rebalance(&q, target, t)
}

func (m *Market) rebalance(p *Portfolio, target []float64, t int) (Trade, error) {
	n := len(p.Amounts)
	if len(target) != n || n != m.N() {
		return Trade{}, fmt.Errorf("market: target has %d weights for %d pools (portfolio %d)", len(target), m.N(), n)
	}
	sum := 0.0
	for i, w := range target {
		if !(w >= 0 && w <= 1) {
			return Trade{}, fmt.Errorf("market: target weight of %s = %v: must be in [0, 1]", m.names[i], w)
		}
		sum += w
	}
	if sum > 1+1e-9 {
		return Trade{}, fmt.Errorf("market: target weights sum to %v, more than 1", sum)
	}
	v := p.Value()
	if v <= 0 {
		return Trade{}, nil
	}
	dust := m.cfg.Dust * v
	next := make([]float64, n)
	var tr Trade
	for i, w := range target {
		x := w * v
		d := x - p.Amounts[i]
		if math.Abs(d) <= dust {
			next[i] = p.Amounts[i]
			continue
		}
		if d > 0 && !m.Listed(t, i) {
			return Trade{}, fmt.Errorf("market: deposit of %.0f USD into %s at %s: pool has no data then",
				d, m.names[i], m.times[t].Format(time.DateOnly))
		}
		next[i] = x
		tr.Touched++
		tr.Moved += math.Abs(d)
	}
	tr.Gas = m.cfg.GasUSD * float64(tr.Touched)
	tr.Fees = m.cfg.CostBps / 1e4 * tr.Moved
	invested := 0.0
	for _, x := range next {
		invested += x
	}
	idle := v - invested - tr.Cost()
	if idle < 0 {
		// Idle cannot pay: take the shortfall from the touched sources pro rata.
		touchedSum := 0.0
		for i := range next {
			if next[i] != p.Amounts[i] {
				touchedSum += next[i]
			}
		}
		if touchedSum+idle < 0 {
			return Trade{}, fmt.Errorf("market: trade costs %.2f USD, more than the %.2f USD it moves", tr.Cost(), touchedSum)
		}
		scale := (touchedSum + idle) / touchedSum
		for i := range next {
			if next[i] != p.Amounts[i] {
				next[i] *= scale
			}
		}
		idle = 0
	}
	copy(p.Amounts, next)
	p.Idle = idle
	return tr, nil
}

// Grow applies the interest of period (t, t+1] to p, with each pool's rate
// lowered by p's own holding there, and returns the interest earned (USD).
func (m *Market) Grow(t int, p *Portfolio) float64 {
	if t+1 >= len(m.times) {
		return 0
	}
	earned := 0.0
	for i, x := range p.Amounts {
		if x <= 0 || !m.Listed(t+1, i) {
			continue
		}
		r := m.RateAt(t+1, i, x)
		g := x * (math.Pow(1+r, m.years) - 1)
		p.Amounts[i] += g
		earned += g
	}
	return earned
}

func finiteNonNeg(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) && v >= 0 }
