package bootstrap

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestConstantSeries: every resample of a constant series has the same
// mean, so the interval has zero width at the constant.
func TestConstantSeries(t *testing.T) {
	x := make([]float64, 335)
	for i := range x {
		x[i] = 0.0123
	}
	lo, hi, err := MeanInterval(x, DefaultBlock, 500, 0.95, 1)
	if err != nil {
		t.Fatal(err)
	}
	if lo != hi || math.Abs(lo-0.0123) > 1e-15 {
		t.Errorf("interval [%v, %v], want [0.0123, 0.0123]", lo, hi)
	}
}

// TestResampleBlocks: a resample is made of runs of consecutive indices of
// the block length (the last cut at n), each starting in 0…n−b.
func TestResampleBlocks(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	idx := make([]int, 103)
	Resample(rng, idx, 10)
	for k := 0; k < len(idx); k += 10 {
		if idx[k] < 0 || idx[k] > len(idx)-10 {
			t.Fatalf("block at %d starts at %d", k, idx[k])
		}
		for j := 1; j < 10 && k+j < len(idx); j++ {
			if idx[k+j] != idx[k]+j {
				t.Fatalf("block at %d: %v", k, idx[k:min(k+10, len(idx))])
			}
		}
	}
}

// TestMeanCoverage: in a small Monte Carlo of i.i.d. normal series (400
// series each), the 95% interval of the mean covers the true mean at close
// to 95% with blocks of 1 and 10 at n = 100 and of 30 at the backtest's
// n = 335 (the moving-block percentile interval is a little narrow: about
// 90% for b/n = 0.1); a 50% interval covers close to 50%.
func TestMeanCoverage(t *testing.T) {
	const reps, mu = 400, 1.5
	rng := rand.New(rand.NewPCG(11, 12))
	for _, c := range []struct {
		n, block int
		level    float64
		min, max float64
	}{{100, 1, 0.95, 0.90, 0.985}, {100, 10, 0.95, 0.86, 0.98}, {335, 30, 0.95, 0.86, 0.98}, {100, 1, 0.5, 0.42, 0.58}} {
		n := c.n
		covered := 0
		x := make([]float64, n)
		for r := 0; r < reps; r++ {
			for i := range x {
				x[i] = mu + rng.NormFloat64()
			}
			lo, hi, err := MeanInterval(x, c.block, 500, c.level, uint64(r))
			if err != nil {
				t.Fatal(err)
			}
			if lo <= mu && mu <= hi {
				covered++
			}
		}
		rate := float64(covered) / reps
		t.Logf("n %d, block %d, level %v: coverage %.3f", n, c.block, c.level, rate)
		if rate < c.min || rate > c.max {
			t.Errorf("n %d, block %d, level %v: coverage %.3f outside [%v, %v]", n, c.block, c.level, rate, c.min, c.max)
		}
	}
}

// TestBlocksWidenForDependence: on a strongly autocorrelated AR(1) series
// the 30-day blocks give a wider interval than single observations, which
// ignore the dependence.
func TestBlocksWidenForDependence(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	x := make([]float64, 365)
	for i := 1; i < len(x); i++ {
		x[i] = 0.95*x[i-1] + rng.NormFloat64()
	}
	lo1, hi1, _ := MeanInterval(x, 1, 2000, 0.95, 1)
	lo30, hi30, _ := MeanInterval(x, 30, 2000, 0.95, 1)
	if hi30-lo30 < 2*(hi1-lo1) {
		t.Errorf("width with blocks of 30: %v, of 1: %v; want at least twice", hi30-lo30, hi1-lo1)
	}
}

func TestDeterministicAndErrors(t *testing.T) {
	x := []float64{1, 4, 2, 8, 5, 7, 3, 3, 9, 0}
	a1, b1, _ := MeanInterval(x, 3, 300, 0.9, 42)
	a2, b2, _ := MeanInterval(x, 3, 300, 0.9, 42)
	if a1 != a2 || b1 != b2 || !(a1 < b1) {
		t.Errorf("[%v, %v] then [%v, %v]", a1, b1, a2, b2)
	}
	for _, c := range []struct {
		n, block, resamples int
		level               float64
	}{{0, 1, 10, 0.9}, {10, 0, 10, 0.9}, {10, 11, 10, 0.9}, {10, 2, 1, 0.9}, {10, 2, 10, 1}, {10, 2, 10, 0}} {
		if _, _, err := Interval(c.n, c.block, c.resamples, c.level, 1, func([]int) float64 { return 0 }); err == nil {
			t.Errorf("%+v: no error", c)
		}
	}
}
