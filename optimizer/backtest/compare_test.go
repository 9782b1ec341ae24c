package backtest

import (
	"math"
	"testing"

	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
)

// constantGrowth is a result whose value grows by the same factor every
// row: net APY (1+g)^(1/Δ) − 1 over any resample of its rows.
func constantGrowth(name string, K int, g float64) *Result {
	r := &Result{Strategy: name, Start: 3, End: 3 + K, Value: make([]float64, K+1)}
	r.Value[0] = 1e6
	for k := 1; k <= K; k++ {
		r.Value[k] = r.Value[k-1] * (1 + g)
	}
	return r
}

// TestCompareConstantGrowth: two strategies that grow at constant daily
// rates differ by the same amount in every resample, so the interval has
// zero width at the difference of their APYs, (1+g_a)^365 − (1+g_b)^365.
func TestCompareConstantGrowth(t *testing.T) {
	const ga, gb = 3e-4, 2e-4
	d, err := Compare(constantGrowth("a", 300, ga), constantGrowth("b", 300, gb), 1.0/365, 30, 500, 0.95, 1)
	if err != nil {
		t.Fatal(err)
	}
	want := 100 * (math.Pow(1+ga, 365) - math.Pow(1+gb, 365))
	if !near(d.PP, want, 1e-9) || !near(d.Lo, want, 1e-9) || !near(d.Hi, want, 1e-9) {
		t.Errorf("difference %v [%v, %v], want %v", d.PP, d.Lo, d.Hi, want)
	}
	if _, err := Compare(constantGrowth("a", 300, ga), constantGrowth("b", 200, gb), 1.0/365, 30, 500, 0.95, 1); err == nil {
		t.Error("different rows: no error")
	}
}

// TestCompareBacktests: the point estimate is exactly the difference of
// the net APYs, inside its interval, and a strategy compared with itself
// gives [0, 0].
func TestCompareBacktests(t *testing.T) {
	m := randomPanel(t, 3, 6, 200, market.Defaults)
	cfg := Config{Capital: 1e7, Start: 20, MinHistory: 10}
	rs, err := RunAll(m, []Strategy{DefaultMeanVar(), Greedy{}}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Compare(rs[0], rs[1], m.PeriodYears(), 30, 1000, 0.95, 7)
	if err != nil {
		t.Fatal(err)
	}
	if want := rs[0].Metrics.NetAPYPct - rs[1].Metrics.NetAPYPct; !near(d.PP, want, 1e-9) || !(d.Lo <= d.PP && d.PP <= d.Hi) || !(d.Lo < d.Hi) {
		t.Errorf("difference %v [%v, %v], want %v inside a proper interval", d.PP, d.Lo, d.Hi, want)
	}
	t.Logf("meanvar − greedy: %+.3f pp [%+.3f, %+.3f]", d.PP, d.Lo, d.Hi)
	self, err := Compare(rs[0], rs[0], m.PeriodYears(), 30, 100, 0.95, 7)
	if err != nil || self.PP != 0 || self.Lo != 0 || self.Hi != 0 {
		t.Errorf("self: %+v, %v", self, err)
	}
}
