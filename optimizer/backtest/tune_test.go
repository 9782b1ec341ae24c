package backtest

import (
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
	"github.com/vaultkeeper/vaultkeeper/optimizer/strategy"
)

// halfLifeGrid tries EWMA half-lives only, with no risk term and one cost
// horizon.
func halfLifeGrid(hls ...float64) TuneGrid {
	return TuneGrid{HalfLives: hls, RiskAversions: []float64{0}, Horizons: []int{7}}
}

func mustTune(t *testing.T, m *market.Market, cfg Config, split int, g TuneGrid) *Tuning {
	t.Helper()
	tu, err := Tune(m, cfg, split, g)
	if err != nil {
		t.Fatal(err)
	}
	return tu
}

func logCandidates(t *testing.T, tu *Tuning) {
	t.Helper()
	for _, k := range tu.Ranked() {
		c := tu.Candidates[k]
		t.Logf("%-45v net %7.3f%%  rebalances %d", c.Settings, c.Metrics.NetAPYPct, c.Metrics.Rebalances)
	}
}

// TestTunePicksLongHalfLifeForNoise: two deep pools pay constant levels,
// 5% and 6%, under independent daily noise of ±4%. Today's noise says
// nothing about tomorrow's, so the best forecast is the long-run mean: a
// half-life of 30 rows finds the better pool and stays, one of 1 row chases
// the noise into the worse pool and pays gas for it.
func TestTunePicksLongHalfLifeForNoise(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	noise := make([][2]float64, 240)
	for r := range noise {
		noise[r] = [2]float64{0.08*rng.Float64() - 0.04, 0.08*rng.Float64() - 0.04}
	}
	m := gen(t, []string{"five", "six"}, 240, market.Defaults,
		func(r, c int) float64 { return []float64{0.05, 0.06}[c] + noise[r][c] },
		func(int, int) float64 { return 1e9 })
	// The ranking follows the half-life, longest first.
	checkHalfLifeRanking(t, m, []float64{1, 3, 30})
}

// checkHalfLifeRanking tunes on m over rows 30…150 with EWMA half-lives only
// and checks that they rank from the last to the first of hls.
func checkHalfLifeRanking(t *testing.T, m *market.Market, hls []float64) {
	t.Helper()
	tu := mustTune(t, m, Config{Capital: 1e6, Start: 30, MinHistory: 10}, 150, halfLifeGrid(hls...))
	logCandidates(t, tu)
	if want := hls[len(hls)-1]; tu.Chosen.HalfLife != want {
		t.Errorf("chose %v, want half-life %v", tu.Chosen, want)
	}
	var got []float64
	for _, k := range tu.Ranked() {
		got = append(got, tu.Candidates[k].Settings.HalfLife)
	}
	want := slices.Clone(hls)
	slices.Reverse(want)
	if !slices.Equal(got, want) {
		t.Errorf("half-lives ranked %v, want %v", got, want)
	}
}

// TestTunePicksShortHalfLifeForRegimes: two deep pools swap 8% and 3%
// every 20 rows, without noise. The last rate is the best forecast; a
// half-life of 30 rows lags each swap by weeks.
func TestTunePicksShortHalfLifeForRegimes(t *testing.T) {
	m := gen(t, []string{"a", "b"}, 240, market.Defaults, func(r, c int) float64 {
		if (r/20+c)%2 == 0 {
			return 0.08
		}
		return 0.03
	}, func(int, int) float64 { return 1e9 })
	checkHalfLifeRanking(t, m, []float64{30, 3, 1})
}

// smallGrid has every axis and both forecasters.
var smallGrid = TuneGrid{HalfLives: []float64{1, 3, 7}, LocalLevel: true, RiskAversions: []float64{0, 4}, Horizons: []int{3, 7}}

// TestTuneIgnoresHoldout: two markets equal up to the split row and
// different after it give the same choice and the same tuning-period
// results, and different holdout results.
func TestTuneIgnoresHoldout(t *testing.T) {
	const rows, split = 200, 120
	m1 := randomPanel(t, 11, 6, rows, market.Defaults)
	m2 := randomPanel(t, 12, 6, rows, market.Defaults)
	pick := func(r int) *market.Market {
		if r <= split {
			return m1
		}
		return m2
	}
	mixed := gen(t, m1.Names(), rows, market.Defaults,
		func(r, c int) float64 { return pick(r).APY(r, c) },
		func(r, c int) float64 { return pick(r).TVL(r, c) })
	cfg := Config{Capital: 10e6, Start: 20, MinHistory: 10}
	a := mustTune(t, m1, cfg, split, smallGrid)
	b := mustTune(t, mixed, cfg, split, smallGrid)
	if len(a.Candidates) != 3*2*2+2*2 {
		t.Fatalf("%d candidates, want 16", len(a.Candidates))
	}
	if a.Chosen != b.Chosen || a.Best != b.Best || !reflect.DeepEqual(a.Candidates, b.Candidates) {
		t.Errorf("holdout data changed the tuning: chose %v, then %v", a.Chosen, b.Chosen)
	}
	if !reflect.DeepEqual(a.InSample.Value, b.InSample.Value) {
		t.Error("holdout data changed the in-sample run")
	}
	if a.Holdout.Metrics.FinalValue == b.Holdout.Metrics.FinalValue {
		t.Errorf("the holdouts differ but their results do not (%v)", a.Holdout.Metrics.FinalValue)
	}
	logCandidates(t, a)
}

// TestTuneRunsAreRuns: the in-sample result is Run of the chosen settings
// over the tuning period, the holdout result Run over the holdout, both on
// the whole market; the chosen candidate has the highest final value.
func TestTuneRunsAreRuns(t *testing.T) {
	m := randomPanel(t, 5, 5, 160, market.Defaults)
	cfg := Config{Capital: 10e6, Start: 20, MinHistory: 10}
	tu := mustTune(t, m, cfg, 100, smallGrid)
	in := mustRun(t, m, tu.Chosen.MeanVar(strategy.DefaultMeanVar(), 24*time.Hour), Config{Capital: 10e6, Start: 20, End: 100, MinHistory: 10})
	out := mustRun(t, m, tu.Chosen.MeanVar(strategy.DefaultMeanVar(), 24*time.Hour), Config{Capital: 10e6, Start: 100, MinHistory: 10})
	if !reflect.DeepEqual(in.Metrics, tu.InSample.Metrics) || !reflect.DeepEqual(in.Value, tu.InSample.Value) {
		t.Errorf("in-sample %+v, Run %+v", tu.InSample.Metrics, in.Metrics)
	}
	if !reflect.DeepEqual(out.Metrics, tu.Holdout.Metrics) {
		t.Errorf("holdout %+v, Run %+v", tu.Holdout.Metrics, out.Metrics)
	}
	if tu.Candidates[tu.Best].Settings != tu.Chosen || tu.Candidates[tu.Best].Metrics != tu.InSample.Metrics {
		t.Errorf("best candidate %+v, chosen %v", tu.Candidates[tu.Best], tu.Chosen)
	}
	for _, c := range tu.Candidates {
		if c.Metrics.FinalValue > tu.InSample.Metrics.FinalValue {
			t.Errorf("%v made %v on the tuning period, more than the chosen %v", c.Settings, c.Metrics.FinalValue, tu.InSample.Metrics.FinalValue)
		}
	}
	if r := tu.Ranked(); r[0] != tu.Best {
		t.Errorf("ranked first %d, best %d", r[0], tu.Best)
	}
	if tu.InSample.Metrics.End != tu.Holdout.Metrics.Start {
		t.Errorf("tuning ends %s, holdout starts %s", tu.InSample.Metrics.End, tu.Holdout.Metrics.Start)
	}
}

func TestDefaultSettings(t *testing.T) {
	if got, want := DefaultSettings().MeanVar(strategy.DefaultMeanVar(), 24*time.Hour), DefaultMeanVar(); !reflect.DeepEqual(got, want) {
		t.Errorf("DefaultSettings().MeanVar(default, 24h) = %+v, want DefaultMeanVar() %+v", got, want)
	}
	// On a 12-hour grid the same rows are half the time.
	mv := DefaultSettings().MeanVar(strategy.DefaultMeanVar(), 12*time.Hour).Strategy
	if mv.HalfLife != 36*time.Hour || mv.CostHorizon != 84*time.Hour || mv.Window != strategy.DefaultMeanVar().Window {
		t.Errorf("on a 12h grid: %+v", mv)
	}
	ss, err := DefaultTuneGrid().Settings()
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 168 || ss[0] != (MeanVarSettings{Forecaster: ForecastEWMA, HalfLife: 1, RiskAversion: 0, Horizon: 3}) ||
		ss[167] != (MeanVarSettings{Forecaster: ForecastLocalLevel, RiskAversion: 16, Horizon: 30}) {
		t.Errorf("%d settings, first %v, last %v", len(ss), ss[0], ss[len(ss)-1])
	}
	found := false
	for _, s := range ss {
		found = found || s == DefaultSettings()
	}
	if !found {
		t.Error("the default grid does not hold the default settings")
	}
	if s := DefaultSettings().String(); s != "ewma half-life 3, λ = 4, costs over 7 rows" {
		t.Errorf("String() = %q", s)
	}
}

func TestTuneErrors(t *testing.T) {
	m := randomPanel(t, 1, 3, 60, market.Defaults)
	cfg := Config{Capital: 1e6, Start: 10, End: 50, MinHistory: 5}
	ok := halfLifeGrid(3)
	for _, tc := range []struct {
		split int
		grid  TuneGrid
		want  string
	}{
		{10, ok, "split row 10: need start 10 < split < end 50"},
		{50, ok, "split row 50: need start 10 < split < end 50"},
		{30, TuneGrid{RiskAversions: []float64{0}, Horizons: []int{7}}, "no forecaster"},
		{30, TuneGrid{HalfLives: []float64{3}, Horizons: []int{7}}, "no risk aversion"},
		{30, TuneGrid{HalfLives: []float64{3}, RiskAversions: []float64{0}}, "no horizon"},
		{30, TuneGrid{HalfLives: []float64{3, 3}, RiskAversions: []float64{0}, Horizons: []int{7}}, "listed twice"},
		{30, halfLifeGrid(0), "half-life 0: must be positive and finite"},
		{30, halfLifeGrid(math.NaN()), "half-life NaN"},
		{30, TuneGrid{LocalLevel: true, RiskAversions: []float64{-1}, Horizons: []int{7}}, "risk aversion -1"},
		{30, TuneGrid{LocalLevel: true, RiskAversions: []float64{0}, Horizons: []int{0}}, "horizon 0: must be ≥ 1 row"},
	} {
		_, err := Tune(m, cfg, tc.split, tc.grid)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("split %d, grid %+v: error %v, want %q", tc.split, tc.grid, err, tc.want)
		}
	}
	if _, err := Tune(m, Config{}, 30, ok); err == nil {
		t.Error("zero capital: no error")
	}
}

// TestTuneVaultsChoosesBySum: two vaults on one grid of rows, one whose
// pools swap every 20 rows (a short half-life wins there) and one with
// pure noise around two levels (a long one wins). The choice is the
// setting whose sum of both vaults' final values is highest; each vault's
// in-sample and holdout runs are Run of the chosen settings in that vault;
// the candidates' metrics are of the sum; and rows after the split in
// either vault change nothing in the tuning.
func TestTuneVaultsChoosesBySum(t *testing.T) {
	const rows, split = 200, 120
	regimes := gen(t, []string{"a", "b"}, rows, market.Defaults, func(r, c int) float64 {
		if (r/20+c)%2 == 0 {
			return 0.08
		}
		return 0.03
	}, func(int, int) float64 { return 1e9 })
	rng := rand.New(rand.NewPCG(3, 4))
	noise := make([][2]float64, rows)
	for r := range noise {
		noise[r] = [2]float64{0.08*rng.Float64() - 0.04, 0.08*rng.Float64() - 0.04}
	}
	noisy := func(after float64) *market.Market {
		return gen(t, []string{"five", "six"}, rows, market.Defaults, func(r, c int) float64 {
			x := []float64{0.05, 0.06}[c] + noise[r][c]
			if r > split {
				x += after
			}
			return x
		}, func(int, int) float64 { return 1e9 })
	}
	cfg := Config{Capital: 1e6, Start: 30, MinHistory: 10}
	grid := halfLifeGrid(1, 3, 30)
	vs := []Vault{{Chain: "regimes", Market: regimes, Pools: []int{0, 1}}, {Chain: "noise", Market: noisy(0), Pools: []int{2, 3}}}
	tu, err := TuneVaults(vs, cfg, split, grid)
	if err != nil {
		t.Fatal(err)
	}
	logCandidates(t, tu)
	var sums []float64
	for k, c := range tu.Candidates {
		var sum float64
		for _, v := range vs {
			in := cfg
			in.End = split
			sum += mustRun(t, v.Market, c.Settings.MeanVar(strategy.DefaultMeanVar(), 24*time.Hour), in).Metrics.FinalValue
		}
		if math.Abs(sum-c.Metrics.FinalValue) > 1e-6*sum {
			t.Errorf("candidate %v: final value %v, sum of the vaults' runs %v", c.Settings, c.Metrics.FinalValue, sum)
		}
		sums = append(sums, sum)
		if sum > sums[tu.Best]+1e-9 && k != tu.Best {
			t.Errorf("%v makes %v in sum, more than the chosen %v", c.Settings, sum, tu.Chosen)
		}
	}
	for c, v := range vs {
		mv := tu.Chosen.MeanVar(strategy.DefaultMeanVar(), 24*time.Hour)
		in, out := cfg, cfg
		in.End, out.Start = split, split
		if r := mustRun(t, v.Market, mv, in); !reflect.DeepEqual(r.Value, tu.InSampleVaults[c].Value) {
			t.Errorf("%s: in-sample run differs from Run", v.Chain)
		}
		if r := mustRun(t, v.Market, mv, out); !reflect.DeepEqual(r.Value, tu.HoldoutVaults[c].Value) {
			t.Errorf("%s: holdout run differs from Run", v.Chain)
		}
	}
	if tu.InSample.Metrics != tu.Candidates[tu.Best].Metrics {
		t.Errorf("in-sample sum %+v, chosen candidate %+v", tu.InSample.Metrics, tu.Candidates[tu.Best].Metrics)
	}
	// Per vault the choices differ, so the sum is what decides.
	one := func(v Vault) float64 { return mustTune(t, v.Market, cfg, split, grid).Chosen.HalfLife }
	if a, b := one(vs[0]), one(vs[1]); a == b {
		t.Errorf("both vaults alone choose half-life %v: the test does not tell the sum's choice from theirs", a)
	}
	// A different future in the noisy vault changes its holdout only.
	vs2 := []Vault{vs[0], {Chain: "noise", Market: noisy(0.02), Pools: []int{2, 3}}}
	tu2, err := TuneVaults(vs2, cfg, split, grid)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(tu.Candidates, tu2.Candidates) || tu.Chosen != tu2.Chosen {
		t.Error("rows after the split changed the tuning")
	}
	if tu.Holdout.Metrics.FinalValue == tu2.Holdout.Metrics.FinalValue {
		t.Error("the holdouts differ but the summed holdout results do not")
	}
	// Vaults not on one grid are refused.
	short := gen(t, []string{"x"}, rows-1, market.Defaults, func(int, int) float64 { return 0.05 }, func(int, int) float64 { return 1e9 })
	if _, err := TuneVaults([]Vault{vs[0], {Chain: "short", Market: short}}, cfg, split, grid); err == nil || !strings.Contains(err.Error(), "short") {
		t.Errorf("err %v, want one naming the vault not on the grid", err)
	}
}
