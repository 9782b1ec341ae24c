package forecast

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestSteadyGain: K∞ is the positive root of K² = q·(1 − K); q = 2 gives
// √3 − 1; QForHalfLife inverts it through the EWMA half-life.
func TestSteadyGain(t *testing.T) {
	if got, want := SteadyGain(2), math.Sqrt(3)-1; !near(got, want, 1e-15) {
		t.Errorf("SteadyGain(2) = %.17g, want √3 − 1 = %.17g", got, want)
	}
	if SteadyGain(0) != 0 || SteadyGain(math.Inf(1)) != 1 {
		t.Errorf("SteadyGain(0), SteadyGain(+Inf) = %v, %v, want 0, 1", SteadyGain(0), SteadyGain(math.Inf(1)))
	}
	for _, q := range []float64{1e-8, 1e-3, 0.07, 0.5, 1, 10, 1e6, 1e12} {
		k := SteadyGain(q)
		if !(k > 0 && k < 1) || !near(k*k, q*(1-k), 1e-12*math.Max(1, q)) {
			t.Errorf("q = %g: K = %.17g, K² = %.17g, q(1 − K) = %.17g", q, k, k*k, q*(1-k))
		}
	}
	for _, hl := range []float64{0.5, 1, 3, 14, 100} {
		k := SteadyGain(QForHalfLife(hl))
		if want := 1 - math.Exp2(-1/hl); !near(k, want, 1e-13) {
			t.Errorf("half-life %v: K∞ = %.17g, want 1 − 2^(−1/H) = %.17g", hl, k, want)
		}
	}
}

// TestLocalLevelFirstSteps: the filter by hand. From ℓ = x₀, P = 1:
// one step later K = (1+q)/(2+q); across a one-row gap K = (1+2q)/(2+2q).
func TestLocalLevelFirstSteps(t *testing.T) {
	nan := math.NaN()
	const q = 0.3
	level, gain := filterLevel([]float64{2, 5}, q)
	if k := (1 + q) / (2 + q); !near(gain, k, 1e-15) || !near(level, 2+3*k, 1e-15) {
		t.Errorf("two rows: level %.17g gain %.17g, want %.17g %.17g", level, gain, 2+3*k, k)
	}
	level, gain = filterLevel([]float64{nan, 2, nan, 5}, q)
	if k := (1 + 2*q) / (2 + 2*q); !near(gain, k, 1e-15) || !near(level, 2+3*k, 1e-15) {
		t.Errorf("gap: level %.17g gain %.17g, want %.17g %.17g", level, gain, 2+3*k, k)
	}
	// Three rows: P₁ = K₁ = (1+q)/(2+q), K₂ = (P₁+q)/(P₁+q+1).
	k1 := (1 + q) / (2 + q)
	k2 := (k1 + q) / (k1 + q + 1)
	level, gain = filterLevel([]float64{1, 1, 4}, q)
	if !near(gain, k2, 1e-15) || !near(level, 1+3*k2, 1e-15) {
		t.Errorf("three rows: level %.17g gain %.17g, want %.17g %.17g", level, gain, 1+3*k2, k2)
	}
	if level, gain = filterLevel([]float64{1, 3, 7}, math.Inf(1)); level != 7 || gain != 1 {
		t.Errorf("q = +Inf: level %v gain %v, want the last observation 7, gain 1", level, gain)
	}
}

// TestLocalLevelSteadyStep: after a long constant a (the level stays a
// exactly while the gain converges to K∞) and k rows of b, the level is
// b + (a − b)·(1 − K∞)^k, the EWMA step response.
func TestLocalLevelSteadyStep(t *testing.T) {
	const a, b = 0.03, 0.08
	for _, q := range []float64{0.01, 0.3, 4} {
		for _, k := range []int{1, 3, 10} {
			x := make([]float64, 400+k)
			for i := range x {
				x[i] = a
				if i >= 400 {
					x[i] = b
				}
			}
			level, gain := filterLevel(x, q)
			kinf := SteadyGain(q)
			if want := b + (a-b)*math.Pow(1-kinf, float64(k)); !near(level, want, 1e-14) || !near(gain, kinf, 1e-14) {
				t.Errorf("q = %v, k = %d: level %.17g gain %.17g, want %.17g %.17g", q, k, level, gain, want, kinf)
			}
		}
	}
}

// TestLocalLevelMoments: differences repeating δ·(1, 1, −2) k times have
// mean 0, γ̂₀ = 2δ² and, over the 3k − 1 adjacent pairs,
// γ̂₁ = δ²·(k·(1 − 2) + (k − 1)·(−2))/(3k − 1) = −δ²·(3k − 2)/(3k − 1), so
// q̂ = (γ̂₀ + 2γ̂₁)/(−γ̂₁) = 2/(3k − 2).
func TestLocalLevelMoments(t *testing.T) {
	const k, delta = 10, 0.001
	x := []float64{0.05}
	for range k {
		for _, d := range []float64{1, 1, -2} {
			x = append(x, x[len(x)-1]+d*delta)
		}
	}
	q, pairs := levelQ(x)
	if want := 2.0 / (3*k - 2); !near(q, want, 1e-9) || pairs != 3*k-1 {
		t.Errorf("q̂ = %.17g from %d pairs, want %.17g from %d", q, pairs, want, 3*k-1)
	}
	fits, err := LocalLevel{MinPairs: 5}.Fit(mat.NewDense(len(x), 1, x))
	if err != nil {
		t.Fatal(err)
	}
	f := fits[0]
	wantLevel, _ := filterLevel(x, 2.0/(3*k-2))
	if f.Fallback || !near(f.QHat, 2.0/(3*k-2), 1e-9) || f.Q != f.QHat || f.Level != wantLevel {
		t.Errorf("fit %+v, want q = q̂ = %v and level %v", f, 2.0/(3*k-2), wantLevel)
	}
	if hl := -math.Ln2 / math.Log1p(-SteadyGain(f.Q)); !near(f.HalfLife, hl, 1e-12) {
		t.Errorf("half-life %v, want %v", f.HalfLife, hl)
	}
}

// TestLocalLevelBounds: pure alternation is all noise (q̂ = 0, raised to
// q_min: half-life MaxHalfLife); a trend's differences are positively
// correlated, no noise (q = +∞: the last value); a constant or a short
// column falls back to q_min.
func TestLocalLevelBounds(t *testing.T) {
	nan := math.NaN()
	const T = 61
	x := mat.NewDense(T, 4, nil)
	for s := range T {
		x.Set(s, 0, 0.05+0.01*float64(s%2))                              // alternating
		x.Set(s, 1, 0.01+1e-5*float64(s*s))                              // accelerating trend
		x.Set(s, 2, 0.04)                                                // constant
		x.Set(s, 3, map[bool]float64{true: 0.02, false: nan}[s >= T-10]) // 10 rows
	}
	fits, err := LocalLevel{MaxHalfLife: 5}.Fit(x)
	if err != nil {
		t.Fatal(err)
	}
	qMin := QForHalfLife(5)
	if f := fits[0]; f.QHat != 0 || !near(f.Q, qMin, 1e-15) || !near(f.HalfLife, 5, 1e-12) || f.Fallback {
		t.Errorf("alternating: %+v, want q̂ = 0, q = q_min, half-life 5", f)
	}
	if f := fits[1]; !math.IsInf(f.Q, 1) || f.Level != x.At(T-1, 1) || f.HalfLife != 0 || f.Gain != 1 {
		t.Errorf("trend: %+v, want q = +Inf and the last value %v", f, x.At(T-1, 1))
	}
	if f := fits[2]; !f.Fallback || f.Q != qMin || f.Level != 0.04 {
		t.Errorf("constant: %+v, want a fallback to q_min at level 0.04", f)
	}
	if f := fits[3]; !f.Fallback || f.Pairs != 8 || f.Level != 0.02 {
		t.Errorf("short: %+v, want a fallback with 8 pairs at level 0.02", f)
	}
	// A NaN now: no forecast, whatever came before.
	fits, err = LocalLevel{}.Fit(col(0.01, 0.02, nan))
	if err != nil {
		t.Fatal(err)
	}
	if !math.IsNaN(fits[0].Level) {
		t.Errorf("NaN now: level %v, want NaN", fits[0].Level)
	}
}

// TestLocalLevelSimulated recovers q of seeded local-level series within
// the method of moments' sampling error.
func TestLocalLevelSimulated(t *testing.T) {
	rnd := rand.New(rand.NewPCG(31, 32))
	const T = 20000
	for _, q := range []float64{0.05, 0.5, 3} {
		x := make([]float64, T)
		level := 0.05
		for s := range x {
			level += math.Sqrt(q) * 1e-3 * rnd.NormFloat64()
			x[s] = level + 1e-3*rnd.NormFloat64()
		}
		fits, err := LocalLevel{Window: T}.Fit(col(x...))
		if err != nil {
			t.Fatal(err)
		}
		// The method of moments is not efficient; 15% is several of its
		// standard errors at this length.
		if f := fits[0]; math.Abs(f.Q/q-1) > 0.15 {
			t.Errorf("q = %v: estimated %v", q, f.Q)
		}
	}
}
