package forecast

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/gonum/mat"
)

var t0 = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// TestTimedEWMAHand: rows observed 0, 1 and 3 half-lives before the last
// weigh 1, ½ and ⅛, whatever the spacing between them.
func TestTimedEWMAHand(t *testing.T) {
	const h = 6 * time.Hour
	nan := math.NaN()
	times := []time.Time{t0, t0.Add(2 * h), t0.Add(3 * h)}
	x := mat.NewDense(3, 3, []float64{
		0.08, 0.01, 0.05,
		0.04, nan, 0.05,
		0.02, 0.03, nan,
	})
	f, err := TimedEWMA{HalfLife: h}.Forecast(x, times)
	if err != nil {
		t.Fatal(err)
	}
	want0 := (1*0.02 + 0.5*0.04 + 0.125*0.08) / (1 + 0.5 + 0.125)
	want1 := (1*0.03 + 0.125*0.01) / (1 + 0.125) // the gap is skipped, not filled
	if !near(f[0], want0, 1e-15) || !near(f[1], want1, 1e-15) || !math.IsNaN(f[2]) {
		t.Errorf("forecast %v, want [%v %v NaN]", f, want0, want1)
	}
}

// TestTimedEWMASpacing: a level that steps from a to b one half-life before
// now, and was a for a long time before, is forecast halfway between them
// whether it is sampled daily, hourly or every ten seconds (b + (a − b)/2
// as the sampling gets finer; within a step's weight of it).
func TestTimedEWMASpacing(t *testing.T) {
	const a, b = 0.03, 0.07
	const hl = 72 * time.Hour
	for _, step := range []time.Duration{24 * time.Hour, time.Hour, 10 * time.Second} {
		rows := int(50 * hl / step)
		x := mat.NewDense(rows, 1, nil)
		times := make([]time.Time, rows)
		for s := range rows {
			times[s] = t0.Add(time.Duration(s) * step)
			age := time.Duration(rows-1-s) * step
			if age < hl {
				x.Set(s, 0, b)
			} else {
				x.Set(s, 0, a)
			}
		}
		f, err := TimedEWMA{HalfLife: hl}.Forecast(x, times)
		if err != nil {
			t.Fatal(err)
		}
		// Exactly: rows younger than H weigh (1 − ½)/(1 − λ) in all, older
		// ones ½/(1 − λ), λ = 2^(−step/H): the forecast is (a + b)/2.
		if !near(f[0], (a+b)/2, 1e-9) {
			t.Errorf("step %v: forecast %.12f, want %.12f", step, f[0], (a+b)/2)
		}
	}
}

// TestTimedEWMAIsEWMAOnAGrid: on rows spaced Δ apart, TimedEWMA with
// half-life H gives the bits of EWMA with H/Δ rows.
func TestTimedEWMAIsEWMAOnAGrid(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	x := mat.NewDense(120, 6, nil)
	for s := range 120 {
		for j := range 6 {
			v := 0.05 + 0.02*rnd.NormFloat64()
			if rnd.Float64() < 0.1 && s < 119 {
				v = math.NaN()
			}
			x.Set(s, j, v)
		}
	}
	for _, tc := range []struct {
		step time.Duration
		rows float64
	}{{24 * time.Hour, 3}, {24 * time.Hour, 30}, {time.Hour, 72}, {12 * time.Hour, 1.5}, {10 * time.Second, 25920}} {
		times := make([]time.Time, 120)
		for s := range times {
			times[s] = t0.Add(time.Duration(s) * tc.step)
		}
		hl := time.Duration(tc.rows * float64(tc.step))
		got, err := TimedEWMA{HalfLife: hl}.Forecast(x, times)
		if err != nil {
			t.Fatal(err)
		}
		want, err := EWMA{HalfLife: tc.rows}.Forecast(x, 1)
		if err != nil {
			t.Fatal(err)
		}
		for j := range want {
			if math.Float64bits(got[j]) != math.Float64bits(want[j]) {
				t.Errorf("step %v, half-life %v: column %d is %v, EWMA{%v} gives %v", tc.step, hl, j, got[j], tc.rows, want[j])
			}
		}
	}
}

func TestTimedEWMAErrors(t *testing.T) {
	x := col(0.01, 0.02)
	two := []time.Time{t0, t0.Add(time.Hour)}
	for _, tc := range []struct {
		e     TimedEWMA
		x     *mat.Dense
		times []time.Time
		want  string
	}{
		{TimedEWMA{}, x, two, "half-life 0s: must be positive"},
		{TimedEWMA{HalfLife: time.Hour}, x, two[:1], "1 times for 2 rows"},
		{TimedEWMA{HalfLife: time.Hour}, x, []time.Time{t0, t0}, "times must increase"},
		{TimedEWMA{HalfLife: time.Hour}, col(0.01, math.Inf(1)), two, "must be finite or NaN"},
		{TimedEWMA{HalfLife: time.Hour}, nil, nil, "no history"},
	} {
		if _, err := tc.e.Forecast(tc.x, tc.times); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: error %v, want %q", tc.e, err, tc.want)
		}
	}
}
