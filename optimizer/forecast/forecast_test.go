package forecast

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// forecaster is what the walk-forward evaluation needs; the package itself
// declares no interface.
type forecaster interface {
	Forecast(x *mat.Dense, h int) ([]float64, error)
}

var (
	_ forecaster = Last{}
	_ forecaster = EWMA{}
	_ forecaster = AR1{}
	_ forecaster = LocalLevel{}
)

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol*math.Max(1, math.Abs(b)) }

func col(v ...float64) *mat.Dense { return mat.NewDense(len(v), 1, v) }

func TestLast(t *testing.T) {
	nan := math.NaN()
	x := mat.NewDense(3, 3, []float64{
		1, nan, 5,
		2, nan, nan,
		3, 4, nan,
	})
	for _, h := range []int{1, 7} {
		f, err := Last{}.Forecast(x, h)
		if err != nil {
			t.Fatal(err)
		}
		// Column 2 was delisted: no current rate, no forecast.
		if f[0] != 3 || f[1] != 4 || !math.IsNaN(f[2]) {
			t.Errorf("h=%d: %v, want [3 4 NaN]", h, f)
		}
	}
}

func TestEWMAConstant(t *testing.T) {
	x := col(0.042, 0.042, 0.042, 0.042, 0.042, 0.042, 0.042)
	for _, hl := range []float64{0.5, 3, 7, math.Inf(1)} {
		f, err := EWMA{HalfLife: hl}.Forecast(x, 3)
		if err != nil {
			t.Fatal(err)
		}
		if !near(f[0], 0.042, 1e-15) {
			t.Errorf("half-life %v: EWMA of a constant 0.042 = %.17g", hl, f[0])
		}
	}
}

// TestEWMAStep: a series equal to a for m rows and then b for the last k rows
// has EWMA b + (a − b)·λ^k·(1 − λ^m)/(1 − λ^(k+m)); after one half-life
// (k = H, m → ∞) it has moved halfway from a to b.
func TestEWMAStep(t *testing.T) {
	const a, b = 0.03, 0.08
	for _, tc := range []struct {
		hl   float64
		m, k int
	}{{7, 50, 1}, {7, 50, 7}, {7, 2000, 7}, {3, 5, 10}, {1, 1, 1}, {10, 30, 0}} {
		x := mat.NewDense(tc.m+tc.k, 1, nil)
		for i := range tc.m + tc.k {
			v := a
			if i >= tc.m {
				v = b
			}
			x.Set(i, 0, v)
		}
		f, err := EWMA{HalfLife: tc.hl}.Forecast(x, 1)
		if err != nil {
			t.Fatal(err)
		}
		l := math.Exp2(-1 / tc.hl)
		k, m := float64(tc.k), float64(tc.m)
		want := b + (a-b)*math.Pow(l, k)*(1-math.Pow(l, m))/(1-math.Pow(l, k+m))
		if !near(f[0], want, 1e-14) {
			t.Errorf("%+v: EWMA %.17g, want %.17g", tc, f[0], want)
		}
		if tc.m == 2000 && !near(f[0], (a+b)/2, 1e-14) {
			t.Errorf("%+v: EWMA %.17g one half-life after the step, want halfway %v", tc, f[0], (a+b)/2)
		}
	}
}

// TestEWMAGaps: NaN rows are skipped, and the weights still go by row age.
func TestEWMAGaps(t *testing.T) {
	nan := math.NaN()
	// Half-life 1: weights ¼ (age 2) and 1 (age 0): (¼·1 + 3)/(5/4) = 2.6.
	x := mat.NewDense(3, 2, []float64{
		1, nan,
		nan, nan,
		3, 5,
	})
	f, err := EWMA{HalfLife: 1}.Forecast(x, 1)
	if err != nil {
		t.Fatal(err)
	}
	if !near(f[0], 2.6, 1e-15) || f[1] != 5 {
		t.Errorf("EWMA %v, want [2.6 5]", f)
	}
	// A NaN now gives NaN, whatever came before.
	f, err = EWMA{HalfLife: 1}.Forecast(x.Slice(0, 2, 0, 2).(*mat.Dense), 1)
	if err != nil {
		t.Fatal(err)
	}
	if !math.IsNaN(f[0]) || !math.IsNaN(f[1]) {
		t.Errorf("EWMA %v, want [NaN NaN]", f)
	}
}

// simulateAR1 returns T steps of r_t = μ + φ(r_{t−1} − μ) + σ·ε_t started at μ.
func simulateAR1(rnd *rand.Rand, T int, phi, mu, sigma float64) []float64 {
	r := make([]float64, T)
	prev := mu
	for i := range r {
		prev = mu + phi*(prev-mu) + sigma*rnd.NormFloat64()
		r[i] = prev
	}
	return r
}

// TestAR1Simulated recovers φ and μ of seeded AR(1) series. With n pairs the
// standard errors are √((1 − φ²)/n) for φ̂ and σ/((1 − φ)√n) for μ̂; the
// tolerances are about 5 standard errors.
func TestAR1Simulated(t *testing.T) {
	rnd := rand.New(rand.NewPCG(21, 22))
	const T = 20000
	for _, tc := range []struct{ phi, mu, sigma float64 }{
		{0.9, 0.05, 0.002},
		{0.5, 0.03, 0.004},
		{0.97, 0.08, 0.001},
	} {
		x := col(simulateAR1(rnd, T, tc.phi, tc.mu, tc.sigma)...)
		m := AR1{Window: T}
		fits, err := m.Fit(x)
		if err != nil {
			t.Fatal(err)
		}
		f := fits[0]
		sePhi := math.Sqrt((1 - tc.phi*tc.phi) / T)
		seMu := tc.sigma / ((1 - tc.phi) * math.Sqrt(T))
		t.Logf("φ = %v: φ̂ = %.4f (se %.4f), μ = %v: μ̂ = %.5f (se %.5f), %d pairs",
			tc.phi, f.Phi, sePhi, tc.mu, f.Mu, seMu, f.N)
		if f.Fallback || f.N != T-1 {
			t.Fatalf("fit %+v", f)
		}
		if math.Abs(f.Phi-tc.phi) > 5*sePhi || math.Abs(f.Mu-tc.mu) > 5*seMu {
			t.Errorf("φ̂ = %v (want %v ± %.4f), μ̂ = %v (want %v ± %.5f)", f.Phi, tc.phi, 5*sePhi, f.Mu, tc.mu, 5*seMu)
		}
		for _, h := range []int{1, 7, 30} {
			got, err := m.Forecast(x, h)
			if err != nil {
				t.Fatal(err)
			}
			now := x.At(T-1, 0)
			if want := f.Mu + math.Pow(f.Phi, float64(h))*(now-f.Mu); !near(got[0], want, 1e-15) {
				t.Errorf("h=%d: forecast %v, want μ + φ^h(r − μ) = %v", h, got[0], want)
			}
			// Average = mean of the point forecasts 1…h.
			var sum float64
			for k := 1; k <= h; k++ {
				sum += f.At(k)
			}
			if !near(f.Average(h), sum/float64(h), 1e-14) {
				t.Errorf("h=%d: Average %v, want %v", h, f.Average(h), sum/float64(h))
			}
		}
	}
}

// TestAR1Clamp: the least-squares φ̂ is clamped to [0, PhiMax] and μ to the
// window's range.
func TestAR1Clamp(t *testing.T) {
	// Alternating 1, 3, 1, 3, … has φ̂ = −1: φ = 0, μ = ȳ − 0·z̄ = mean of
	// the y values (2 for an even count of each), forecast μ at every h.
	alt := make([]float64, 41)
	for i := range alt {
		alt[i] = 1 + 2*float64(i%2)
	}
	fits, err := AR1{Window: 41}.Fit(col(alt...))
	if err != nil {
		t.Fatal(err)
	}
	if f := fits[0]; !near(f.PhiLS, -1, 1e-14) || f.Phi != 0 || !near(f.Mu, 2, 1e-14) || !near(f.At(1), 2, 1e-14) {
		t.Errorf("alternating: %+v", f)
	}

	// A linear ramp 0, 1, …, 40 has φ̂ = 1 exactly: φ = PhiMax = 0.99 and
	// c = ȳ − 0.99·z̄ = 20.5 − 0.99·19.5 = 1.195, μ = c/0.01 = 119.5,
	// clamped to the window's maximum 40, the current value: forecast 40.
	ramp := make([]float64, 41)
	for i := range ramp {
		ramp[i] = float64(i)
	}
	fits, err = AR1{Window: 41}.Fit(col(ramp...))
	if err != nil {
		t.Fatal(err)
	}
	if f := fits[0]; !near(f.PhiLS, 1, 1e-14) || f.Phi != 0.99 || f.Mu != 40 || f.At(7) != 40 {
		t.Errorf("ramp: %+v", f)
	}

	// The forecast always lies between the current value and μ, inside the
	// window's range, here for random walks with spikes.
	rnd := rand.New(rand.NewPCG(23, 24))
	for range 200 {
		v := make([]float64, 60)
		for i := range v {
			v[i] = rnd.NormFloat64()
			if i > 0 {
				v[i] += v[i-1]
			}
			if rnd.IntN(10) == 0 {
				v[i] += 10 * rnd.NormFloat64()
			}
		}
		m := AR1{Window: 30}
		fits, err := m.Fit(col(v...))
		if err != nil {
			t.Fatal(err)
		}
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, x := range v[30:] {
			lo, hi = math.Min(lo, x), math.Max(hi, x)
		}
		f := fits[0]
		for _, h := range []int{1, 7, 100} {
			g := f.At(h)
			if g < math.Min(f.Mu, f.Now)-1e-12 || g > math.Max(f.Mu, f.Now)+1e-12 || g < lo || g > hi {
				t.Fatalf("forecast %v outside [%v, %v] or window range [%v, %v]: %+v", g, f.Mu, f.Now, lo, hi, f)
			}
		}
	}
}

// TestAR1Short: short and degenerate histories fall back to Last; no current
// observation gives NaN.
func TestAR1Short(t *testing.T) {
	nan := math.NaN()
	x := mat.NewDense(30, 4, nil)
	rnd := rand.New(rand.NewPCG(25, 26))
	for i := range 30 {
		x.Set(i, 0, 0.05+0.001*rnd.NormFloat64()) // 29 pairs: fitted
		x.Set(i, 1, nan)                          // listed 15 rows ago: 14 pairs
		if i >= 15 {
			x.Set(i, 1, 0.05+0.001*rnd.NormFloat64())
		}
		x.Set(i, 2, 0) // constant (morpho-blue_SUSDS_Ethereum pays exactly 0)
		x.Set(i, 3, 0.04)
	}
	x.Set(29, 3, nan) // no current rate
	m := AR1{}        // Window 30, MinPairs 20
	fits, err := m.Fit(x)
	if err != nil {
		t.Fatal(err)
	}
	if f := fits[0]; f.Fallback || f.N != 29 {
		t.Errorf("full column: %+v", f)
	}
	if f := fits[1]; !f.Fallback || f.N != 14 || f.At(7) != x.At(29, 1) {
		t.Errorf("short column: %+v, want fallback to the last value %v", f, x.At(29, 1))
	}
	if f := fits[2]; !f.Fallback || f.At(7) != 0 {
		t.Errorf("constant column: %+v", f)
	}
	if f := fits[3]; !math.IsNaN(f.At(1)) || !math.IsNaN(f.Average(3)) {
		t.Errorf("no current value: %+v", f)
	}
	// Gaps inside the window break pairs but keep the others.
	x.Set(10, 0, nan)
	x.Set(20, 0, nan)
	fits, err = m.Fit(x)
	if err != nil {
		t.Fatal(err)
	}
	if f := fits[0]; f.N != 29-4 || f.Fallback {
		t.Errorf("gappy column: %+v, want 25 pairs", f)
	}
}

// TestNoPeek: rows after now are never read; garbage there changes nothing.
func TestNoPeek(t *testing.T) {
	rnd := rand.New(rand.NewPCG(27, 28))
	const T, p, now = 120, 5, 80
	x := mat.NewDense(T, p, nil)
	for i := range T {
		for j := range p {
			x.Set(i, j, 0.05+0.01*rnd.NormFloat64())
		}
	}
	for _, m := range []forecaster{Last{}, EWMA{}, AR1{}, LocalLevel{}} {
		before, err := m.Forecast(x.Slice(0, now+1, 0, p).(*mat.Dense), 7)
		if err != nil {
			t.Fatal(err)
		}
		y := mat.DenseCopyOf(x)
		for i := now + 1; i < T; i++ {
			for j := range p {
				y.Set(i, j, 1e6*rnd.NormFloat64())
			}
		}
		after, err := m.Forecast(y.Slice(0, now+1, 0, p).(*mat.Dense), 7)
		if err != nil {
			t.Fatal(err)
		}
		for j := range p {
			if before[j] != after[j] {
				t.Errorf("%T column %d: %v then %v", m, j, before[j], after[j])
			}
		}
	}
}

func TestErrors(t *testing.T) {
	ok := col(1, 2, 3)
	inf := col(1, math.Inf(1), 3)
	for _, tc := range []struct {
		err  error
		want string
	}{
		{second(Last{}.Forecast(nil, 1)), "forecast.Last: no history (nil or empty matrix)"},
		{second(Last{}.Forecast(ok, 0)), "forecast.Last: horizon 0: must be ≥ 1"},
		{second(Last{}.Forecast(inf, 1)), "forecast.Last: entry (1, 0) is +Inf: must be finite or NaN"},
		{second(EWMA{HalfLife: -1}.Forecast(ok, 1)), "forecast.EWMA: half-life -1: must be positive"},
		{second(EWMA{HalfLife: math.NaN()}.Forecast(ok, 1)), "forecast.EWMA: half-life NaN: must be positive"},
		{second(EWMA{}.Forecast(ok, -2)), "forecast.EWMA: horizon -2: must be ≥ 1"},
		{second(AR1{}.Forecast(ok, 0)), "forecast.AR1: horizon 0: must be ≥ 1"},
		{second(AR1{Window: 2}.Forecast(ok, 1)), "forecast.AR1: window 2: must be ≥ 3"},
		{second(AR1{PhiMax: 1}.Forecast(ok, 1)), "forecast.AR1: PhiMax 1: must be in (0, 1)"},
		{second(AR1{MinPairs: 1}.Forecast(ok, 1)), "forecast.AR1: MinPairs 1: must be ≥ 2"},
		{second(AR1{}.Fit(inf)), "forecast.AR1: entry (1, 0) is +Inf: must be finite or NaN"},
		{second(LocalLevel{}.Forecast(ok, 0)), "forecast.LocalLevel: horizon 0: must be ≥ 1"},
		{second(LocalLevel{Window: 2}.Forecast(ok, 1)), "forecast.LocalLevel: window 2: must be ≥ 3"},
		{second(LocalLevel{MaxHalfLife: -1}.Forecast(ok, 1)), "forecast.LocalLevel: MaxHalfLife -1: must be positive and finite"},
		{second(LocalLevel{MaxHalfLife: math.Inf(1)}.Forecast(ok, 1)), "forecast.LocalLevel: MaxHalfLife +Inf: must be positive and finite"},
		{second(LocalLevel{MinPairs: 1}.Forecast(ok, 1)), "forecast.LocalLevel: MinPairs 1: must be ≥ 2"},
		{second(LocalLevel{}.Fit(inf)), "forecast.LocalLevel: entry (1, 0) is +Inf: must be finite or NaN"},
		{second(LocalLevel{}.Fit(nil)), "forecast.LocalLevel: no history (nil or empty matrix)"},
	} {
		if tc.err == nil || tc.err.Error() != tc.want {
			t.Errorf("got %v\nwant %s", tc.err, tc.want)
		}
	}
}

func second[T any](_ T, err error) error { return err }
