package backtest

import (
	"fmt"
	"math"
	"time"

	"gonum.org/v1/gonum/mat"

	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
)

// View is a walk-forward strategy's window on the market at decision row t:
// rows 0…t are visible, rows after t are not. Reading a future row returns
// NaN (APY, TVL, RateAt), false (Listed, Eligible) or the zero time, and is
// recorded; Run then fails with an error naming the strategy and the row, so
// that a strategy that peeks cannot produce a result.
//
// A View is only valid during the Decide call it is passed to.
type View struct {
	m          *market.Market
	t          int
	minHistory int
	obs        [][]int // obs[s][i]: rows ≤ s with data for pool i (shared, read for s ≤ t only)
	peek       int     // first future row read, −1 if none
}

// NewView is the view of m at row t with the eligibility rule "listed at t
// with at least minHistory rows of data up to and including t". Run builds
// its own views; NewView is for tests and for callers that drive a strategy
// outside Run.
func NewView(m *market.Market, t, minHistory int) *View {
	if t < 0 || t >= m.Len() {
		panic(fmt.Sprintf("backtest: NewView at row %d of %d", t, m.Len()))
	}
	return &View{m: m, t: t, minHistory: minHistory, obs: observationCounts(m, t), peek: -1}
}

// observationCounts returns obs[s][i] = number of rows r ≤ s where pool i is
// listed, for s = 0…last.
func observationCounts(m *market.Market, last int) [][]int {
	obs := make([][]int, last+1)
	for s := 0; s <= last; s++ {
		obs[s] = make([]int, m.N())
		for i := range obs[s] {
			if s > 0 {
				obs[s][i] = obs[s-1][i]
			}
			if m.Listed(s, i) {
				obs[s][i]++
			}
		}
	}
	return obs
}

// future reports whether row s is after t, recording the first such read.
func (v *View) future(s int) bool {
	if s <= v.t {
		return false
	}
	if v.peek < 0 {
		v.peek = s
	}
	return true
}

// Err is non-nil when the view was asked for a row after t.
func (v *View) Err() error {
	if v.peek < 0 {
		return nil
	}
	return fmt.Errorf("read row %d at decision row %d: a walk-forward strategy cannot see the future", v.peek, v.t)
}

// T is the decision row: rows 0…T are visible.
func (v *View) T() int { return v.t }

// N is the number of pools.
func (v *View) N() int { return v.m.N() }

// Names are the pools' names, in column order.
func (v *View) Names() []string { return v.m.Names() }

// Config is the market's cost and rate-impact model.
func (v *View) Config() market.Config { return v.m.Config() }

// PeriodYears is the length of one row in years.
func (v *View) PeriodYears() float64 { return v.m.PeriodYears() }

// MinHistory is the eligibility rule's minimum number of rows with data.
func (v *View) MinHistory() int { return v.minHistory }

// Time is the time of row s ≤ T (the zero time for a future row).
func (v *View) Time(s int) time.Time {
	if v.future(s) {
		return time.Time{}
	}
	return v.m.Time(s)
}

// APY is pool i's observed APY at row s ≤ T (NaN when unknown or future).
func (v *View) APY(s, i int) float64 {
	if v.future(s) {
		return math.NaN()
	}
	return v.m.APY(s, i)
}

// TVL is pool i's free liquidity at row s ≤ T (NaN when unknown or future).
func (v *View) TVL(s, i int) float64 {
	if v.future(s) {
		return math.NaN()
	}
	return v.m.TVL(s, i)
}

// Listed reports whether pool i has data at row s ≤ T.
func (v *View) Listed(s, i int) bool {
	if v.future(s) {
		return false
	}
	return v.m.Listed(s, i)
}

// RateAt is the APY pool i paid at row s ≤ T to a holding of x USD under
// the market's rate-impact model (see market.Market.RateAt).
func (v *View) RateAt(s, i int, x float64) float64 {
	if v.future(s) {
		return math.NaN()
	}
	return v.m.RateAt(s, i, x)
}

// Observations is the number of rows 0…T in which pool i has data.
func (v *View) Observations(i int) int { return v.obs[v.t][i] }

// Eligible reports whether a strategy may put new money into pool i at T:
// it is listed at T and has at least MinHistory rows of data up to T. This
// is the strategy-side rule of every built-in strategy: a pool with a few
// days of record (the data set has pools with 2–7 rows) has no history to
// forecast from, and its first days are often unrepresentative.
func (v *View) Eligible(i int) bool {
	return v.m.Listed(v.t, i) && v.obs[v.t][i] >= v.minHistory
}

// checkEligible refuses a target that puts new money into a pool not
// Eligible now: the eligibility rule is the vault's universe (a pool is
// approved once it has MinHistory rows of record), which the engine
// enforces for every strategy, so that Bound may assume it. A move within
// the market's Dust is no move, as in market.Market.RebalanceAt.
func (v *View) checkEligible(p market.Portfolio, target []float64) error {
	if len(target) != v.N() {
		return nil // the market names the length mismatch
	}
	V := p.Value()
	dust := v.m.Config().Dust * V
	for i, w := range target {
		// A pool not listed now is the market's to refuse.
		if d := w*V - p.Amounts[i]; d > dust && v.m.Listed(v.t, i) && !v.Eligible(i) {
			return fmt.Errorf("deposit of %.0f USD into %s: not eligible (%d rows of data up to now, the rule is %d)",
				d, v.m.Names()[i], v.obs[v.t][i], v.minHistory)
		}
	}
	return nil
}

// APYWindow returns rows max(0, T−rows+1)…T of the APY panel (all pools),
// a fresh matrix with NaN where a pool has no data.
func (v *View) APYWindow(rows int) *mat.Dense {
	lo := max(0, v.t-rows+1)
	out := mat.NewDense(v.t-lo+1, v.m.N(), nil)
	for s := lo; s <= v.t; s++ {
		for i := 0; i < v.m.N(); i++ {
			out.Set(s-lo, i, v.m.APY(s, i))
		}
	}
	return out
}

// Plan is the trade that moving p to target would make now, without
// making it (market.Market.PlanAt at T).
func (v *View) Plan(p market.Portfolio, target []float64) (market.Trade, error) {
	return v.m.PlanAt(v.t, p, target)
}
