package strategy

import (
	"math"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/gonum/mat"

	"github.com/vaultkeeper/vaultkeeper/optimizer/covariance"
	"github.com/vaultkeeper/vaultkeeper/optimizer/rateimpact"
)

const day = 24 * time.Hour

var t0 = time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol*math.Max(1, math.Abs(b)) }

// history is rows of APYs (one slice per row) observed at the given offsets
// from t0.
func history(offsets []time.Duration, rows ...[]float64) History {
	x := mat.NewDense(len(rows), len(rows[0]), nil)
	times := make([]time.Time, len(rows))
	for t, r := range rows {
		x.SetRow(t, r)
		times[t] = t0.Add(offsets[t])
	}
	return History{Times: times, APY: x}
}

// daily is offsets 0, 1, …, n−1 days.
func daily(n int) []time.Duration {
	out := make([]time.Duration, n)
	for i := range out {
		out[i] = time.Duration(i) * day
	}
	return out
}

// riskless is the default settings without risk, so that the allocation
// follows the forecast alone.
func riskless() MeanVar {
	mv := DefaultMeanVar()
	mv.RiskAversion = 0
	return mv
}

// TestOneSourceEWMA: one source observed 3 days, 1 day and 0 days before
// now with a 1-day half-life is forecast at (⅛·a + ½·b + c)/(⅛ + ½ + 1); with
// nothing to pay and no risk the whole capital goes in, up to the cap less
// the minimum idle.
func TestOneSourceEWMA(t *testing.T) {
	mv := riskless()
	mv.HalfLife = day
	in := Input{
		Names:    []string{"pool"},
		History:  history([]time.Duration{0, 2 * day, 3 * day}, []float64{0.04}, []float64{0.08}, []float64{0.06}),
		Capital:  1e6,
		Holdings: []float64{0},
		Limits:   Limits{Caps: []float64{0.9}, MinIdle: 0.2},
	}
	d, err := mv.Decide(in)
	if err != nil {
		t.Fatal(err)
	}
	wantF := (0.04/8 + 0.08/2 + 0.06) / (1.0/8 + 1.0/2 + 1)
	if d.Hold || !near(d.Forecast[0], wantF, 1e-15) || d.Model != "ewma half-life 1d" {
		t.Fatalf("decision %+v, want a move with forecast %v by ewma half-life 1d", d, wantF)
	}
	if !near(d.Weights[0], 0.8, 1e-12) || !d.Touched[0] {
		t.Errorf("weight %v (touched %v), want 1 − min idle = 0.8 (the cap 0.9 does not bind)", d.Weights[0], d.Touched[0])
	}
	if !near(d.Gain, 0.8*1e6*wantF, 1e-9) {
		t.Errorf("gain %v, want V·w·f = %v", d.Gain, 0.8*1e6*wantF)
	}
}

// TestTwoSourcesRisk: a risky source (f_A = 8%, daily changes of variance
// σ²) and a steady one (f_B = 5%, no changes). With the budget binding,
// maximising f·w − (λ/2)·wᵀΣw over w_A + w_B = 1 with Σ = diag(σ², ε),
// ε = CovRelFloor·σ²/2 the repair's floor, gives
//
//	w_A = (f_A − f_B + λε)/(λ(σ² + ε)).
//
// The history is hourly, so σ² is the variance of hourly changes × 24.
func TestTwoSourcesRisk(t *testing.T) {
	mv := DefaultMeanVar()
	mv.Forecaster = ForecastLast
	const fA, fB = 0.08, 0.05
	const rows = 200
	offsets := make([]time.Duration, rows)
	apy := make([][]float64, rows)
	for s := range rows {
		offsets[s] = time.Duration(s) * time.Hour
		a := fA
		if (rows-1-s)%2 == 1 {
			a = fA - 0.02
		}
		apy[s] = []float64{a, fB}
	}
	in := Input{Names: []string{"risky", "steady"}, History: history(offsets, apy...), Capital: 1e6, Holdings: []float64{0, 0}}
	d, err := mv.Decide(in)
	if err != nil {
		t.Fatal(err)
	}
	// σ²: the covariance package's estimate of the risky source's daily
	// changes (tested against closed forms there).
	cov, _, err := covariance.ChangeCovTimes(in.History.APY.Slice(0, rows, 0, 1).(*mat.Dense), in.History.Times, nil,
		covariance.TimedOptions{Unit: day, HalfLife: mv.CovHalfLife, MinObs: 2})
	if err != nil {
		t.Fatal(err)
	}
	s2 := cov.At(0, 0)
	if r := s2 / (24 * 0.02 * 0.02); math.Abs(r-1) > 0.05 {
		t.Fatalf("σ² = %v, want about 24 × the hourly variance 0.02² (%v)", s2, 24*0.02*0.02)
	}
	eps := CovRelFloor * s2 / 2
	wA := (fA - fB + mv.RiskAversion*eps) / (mv.RiskAversion * (s2 + eps))
	if !(wA > 0 && wA < 1) {
		t.Fatalf("test set-up: w_A = %v is not interior", wA)
	}
	if d.Hold || !near(d.Weights[0], wA, 1e-9) || !near(d.Weights[1], 1-wA, 1e-9) {
		t.Errorf("weights %v, want [%v %v]", d.Weights, wA, 1-wA)
	}
	if d.Forecast[0] != fA || d.Forecast[1] != fB || d.Model != ForecastLast {
		t.Errorf("forecast %v by %q, want the last values [%v %v] by last", d.Forecast, d.Model, fA, fB)
	}
}

// TestCostHorizon: moving 1M from idle into a 5% source earns 50,000 a
// year; amortised over 7 days it pays 50,000·7/365 ≈ 958.9, so a cost of
// 950 per source is paid and one of 960 is not.
func TestCostHorizon(t *testing.T) {
	mv := riskless()
	mv.Forecaster = ForecastLast
	in := Input{Names: []string{"pool"}, History: history(daily(1), []float64{0.05}), Capital: 1e6, Holdings: []float64{0}}
	for _, tc := range []struct {
		cost float64
		hold bool
	}{{950, false}, {960, true}} {
		in.Costs.Source = tc.cost
		d, err := mv.Decide(in)
		if err != nil {
			t.Fatal(err)
		}
		if d.Hold != tc.hold {
			t.Errorf("cost %v: hold %v (%s), want %v (break-even 50000·7/365 = %.1f)", tc.cost, d.Hold, d.Reason, tc.hold, 50000*7/365.0)
		}
		if !tc.hold && !near(d.Cost, tc.cost, 1e-12) {
			t.Errorf("cost %v: decision cost %v", tc.cost, d.Cost)
		}
	}
	// The same over 8 days pays 960.
	mv.CostHorizon = 8 * day
	if d, err := mv.Decide(in); err != nil || d.Hold {
		t.Errorf("cost 960 over 8 days: %+v, %v; want a move (break-even %.1f)", d, err, 50000*8/365.0)
	}
}

// TestIneligibleMayOnlyShrink: a held source that is not eligible keeps at
// most its weight even when it pays most; one not held gets nothing.
func TestIneligibleMayOnlyShrink(t *testing.T) {
	mv := riskless()
	mv.Forecaster = ForecastLast
	in := Input{
		Names:   []string{"held", "new", "eligible"},
		History: history(daily(2), []float64{0.09, 0.10, 0.04}, []float64{0.09, 0.10, 0.04}),
		Capital: 100, Holdings: []float64{30, 0, 0},
		Limits: Limits{Eligible: []bool{false, false, true}},
	}
	d, err := mv.Decide(in)
	if err != nil {
		t.Fatal(err)
	}
	if d.Weights[0] != 0.3 || d.Touched[0] || d.Weights[1] != 0 || d.Touched[1] || !near(d.Weights[2], 0.7, 1e-12) {
		t.Errorf("weights %v touched %v, want [0.3 0 0.7] with only the eligible one touched", d.Weights, d.Touched)
	}
	if !math.IsNaN(d.Forecast[1]) {
		t.Errorf("forecast %v: a source that is not a candidate is not forecast", d.Forecast)
	}
}

// TestNoObservationNow: a held source with no observation now pays
// nothing, so everything moves to the one that pays.
func TestNoObservationNow(t *testing.T) {
	mv := riskless()
	nan := math.NaN()
	in := Input{Names: []string{"gone", "pool"}, History: history(daily(2), []float64{0.07, 0.03}, []float64{nan, 0.03}),
		Capital: 10, Holdings: []float64{10, 0}}
	d, err := mv.Decide(in)
	if err != nil {
		t.Fatal(err)
	}
	if !near(d.Weights[0], 0, 1e-12) || !near(d.Weights[1], 1, 1e-12) || !math.IsNaN(d.Forecast[0]) || d.Forecast[1] != 0.03 {
		t.Errorf("weights %v forecast %v, want [0 1] and [NaN 0.03]", d.Weights, d.Forecast)
	}
}

// linear is a rate falling by k per asset unit deposited: R(δ) = f − k·δ.
type linear struct {
	f, k, hold float64
}

func (l linear) RateAfter(d float64) float64 { return l.f - l.k*d }
func (l linear) MaxWithdraw() float64        { return l.hold }

// impactOf records the forecasts it is asked about and gives each source a
// linear rate impact around it.
type impactOf struct {
	k     float64
	asked map[int]float64
}

func (m *impactOf) Model(i int, f float64) rateimpact.Model {
	m.asked[i] = f
	return linear{f: f, k: m.k}
}

// TestImpact: the forecast goes through Impact.Model, and with a rate
// f − k·x for a holding x (from nothing) the yearly income x·(f − k·x) is
// largest at x = f/(2k).
func TestImpact(t *testing.T) {
	mv := riskless()
	mv.Forecaster = ForecastLast
	const f, k, V = 0.06, 1e-7, 1e6 // optimum x = 300,000
	imp := &impactOf{k: k, asked: map[int]float64{}}
	in := Input{Names: []string{"pool"}, History: history(daily(1), []float64{f}), Capital: V, Holdings: []float64{0}, Impact: imp}
	d, err := mv.Decide(in)
	if err != nil {
		t.Fatal(err)
	}
	if imp.asked[0] != f {
		t.Errorf("Impact.Model asked about %v, want the forecast %v", imp.asked, f)
	}
	if x := d.Weights[0] * V; !near(x, f/(2*k), 1e-6) {
		t.Errorf("holding %v, want f/(2k) = %v", x, f/(2*k))
	}
	if !near(d.Gain, f*f/(4*k), 1e-9) {
		t.Errorf("gain %v, want f²/(4k) = %v", d.Gain, f*f/(4*k))
	}
}

// TestWindow: rows observed Window or more before now are not read.
func TestWindow(t *testing.T) {
	mv := DefaultMeanVar()
	mv.Window = 3 * day
	in := Input{Names: []string{"a", "b"}, Capital: 1, Holdings: []float64{0, 0},
		History: history(daily(4), []float64{0.5, 0.5}, []float64{0.02, 0.03}, []float64{0.04, 0.01}, []float64{0.03, 0.02})}
	d, err := mv.Decide(in)
	if err != nil {
		t.Fatal(err)
	}
	in.History = history(daily(3), []float64{0.02, 0.03}, []float64{0.04, 0.01}, []float64{0.03, 0.02})
	want, err := mv.Decide(in)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		if d.Forecast[i] != want.Forecast[i] || d.Weights[i] != want.Weights[i] {
			t.Errorf("with a row 3 days old: forecast %v weights %v; without it %v %v", d.Forecast, d.Weights, want.Forecast, want.Weights)
		}
	}
}

// TestLocalLevelNeedsEvenRows: the local-level filter runs row by row.
func TestLocalLevelNeedsEvenRows(t *testing.T) {
	mv := DefaultMeanVar()
	mv.Forecaster = ForecastLocalLevel
	in := Input{Names: []string{"a"}, Capital: 1, Holdings: []float64{0},
		History: history([]time.Duration{0, day, 3 * day}, []float64{0.02}, []float64{0.03}, []float64{0.04})}
	if _, err := mv.Decide(in); err == nil || !strings.Contains(err.Error(), "not evenly spaced (24h0m0s, then 48h0m0s") {
		t.Errorf("error %v, want one about uneven rows", err)
	}
	in.History = history(daily(3), []float64{0.02}, []float64{0.03}, []float64{0.04})
	if d, err := mv.Decide(in); err != nil || d.Model != "local-level half-life ≤ 14d" {
		t.Errorf("evenly spaced: %+v, %v", d, err)
	}
}

// TestOutsideCapsBeyondTheTurnoverLimit: an allocation the turnover limit
// cannot bring within its caps in one move is moved toward them by the
// whole limit, flagged Forced (issue 15, M-2), never held.
func TestOutsideCapsBeyondTheTurnoverLimit(t *testing.T) {
	mv := riskless()
	in := Input{Names: []string{"a"}, History: history(daily(1), []float64{0.05}), Capital: 1, Holdings: []float64{0.9},
		Limits: Limits{Caps: []float64{0.2}, MaxTurnover: 0.1}}
	d, err := mv.Decide(in)
	if err != nil || d.Hold || !d.Forced || !d.Touched[0] || math.Abs(d.Weights[0]-0.8) > 1e-9 || d.Forecast[0] != 0.05 {
		t.Errorf("decision %+v, error %v; want a forced move from 0.9 to 0.8", d, err)
	}
}

func TestNothingToDecide(t *testing.T) {
	mv := DefaultMeanVar()
	in := Input{Names: []string{"a"}, History: history(daily(1), []float64{0.05}), Holdings: []float64{0}}
	if d, err := mv.Decide(in); err != nil || !d.Hold || d.Reason != "nothing to invest" {
		t.Errorf("no capital: %+v, %v", d, err)
	}
	in.Capital, in.Limits.Eligible = 1, []bool{false}
	if d, err := mv.Decide(in); err != nil || !d.Hold || d.Reason != "no eligible source" {
		t.Errorf("no eligible source: %+v, %v", d, err)
	}
}

func TestValidate(t *testing.T) {
	good := Input{Names: []string{"a"}, History: history(daily(2), []float64{0.05}, []float64{0.05}), Capital: 1, Holdings: []float64{0}}
	for _, tc := range []struct {
		name string
		mv   func(*MeanVar)
		in   func(*Input)
		want string
	}{
		{"forecaster", func(m *MeanVar) { m.Forecaster = "arima" }, nil, `forecaster "arima": want ewma, last or local-level`},
		{"half-life", func(m *MeanVar) { m.HalfLife = 0 }, nil, "forecast half-life 0s: must be positive"},
		{"window", func(m *MeanVar) { m.Window = -day }, nil, "window -24h0m0s"},
		{"cov half-life", func(m *MeanVar) { m.CovHalfLife = 0 }, nil, "covariance half-life 0s"},
		{"risk", func(m *MeanVar) { m.RiskAversion = math.NaN() }, nil, "risk aversion NaN"},
		{"horizon", func(m *MeanVar) { m.CostHorizon = 0 }, nil, "cost horizon 0s"},
		{"no sources", nil, func(in *Input) { in.Names = nil }, "no sources"},
		{"columns", nil, func(in *Input) { in.Names = []string{"a", "b"}; in.Holdings = []float64{0, 0} }, "1 columns for 2 sources"},
		{"times", nil, func(in *Input) { in.History.Times = in.History.Times[:1] }, "1 times for 2 rows"},
		{"order", nil, func(in *Input) { in.History.Times = []time.Time{t0, t0} }, "is not after"},
		{"holding", nil, func(in *Input) { in.Holdings = []float64{-1} }, "Holdings[0] (a) = -1"},
		{"capital", nil, func(in *Input) { in.Capital = math.Inf(1) }, "Capital = +Inf"},
		{"caps", nil, func(in *Input) { in.Limits.Caps = []float64{1, 1} }, "Limits.Caps has 2 entries for 1 sources"},
		{"cost", nil, func(in *Input) { in.Costs.Proportional = 1 }, "Costs.Proportional = 1"},
		{"infinite APY", nil, func(in *Input) { in.History.APY.Set(1, 0, math.Inf(1)) }, "must be finite or NaN"},
	} {
		mv, in := DefaultMeanVar(), good
		in.History.APY = mat.DenseCopyOf(good.History.APY)
		if tc.mv != nil {
			tc.mv(&mv)
		}
		if tc.in != nil {
			tc.in(&in)
		}
		if _, err := mv.Decide(in); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.want)
		}
	}
}

func TestNames(t *testing.T) {
	mv := DefaultMeanVar()
	if got, want := mv.String(), "ewma half-life 3d over 90d, covariance half-life 30d, λ = 4, costs over 7d"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got := FormatDuration(36 * time.Hour); got != "36h0m0s" {
		t.Errorf("FormatDuration(36h) = %q", got)
	}
}
