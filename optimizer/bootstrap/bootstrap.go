// Package bootstrap gives confidence intervals for statistics of serially
// dependent series by the moving-block bootstrap (Künsch 1989).
//
// # Method
//
// A series of n observations is resampled by drawing ⌈n/b⌉ blocks of b
// consecutive indices, each starting at an index drawn uniformly from
// 0…n−b, concatenating them and keeping the first n indices. Blocks keep
// the dependence within b steps that resampling single observations would
// destroy; for b = 1 it is the ordinary (i.i.d.) bootstrap. The statistic
// is computed on each of B resamples, and the level-(1−α) interval is the
// percentile interval [q_{α/2}, q_{1−α/2}] of those B values (gonum's
// empirical quantile). Resampling is driven by a PCG generator from a
// fixed seed, so an interval is a deterministic function of its inputs.
//
// The block length trades bias for variance: it should exceed the range of
// dependence. The backtester's daily return differences move with pools'
// rate regimes of weeks, and it uses b = 30 days (DefaultBlock).
//
// Near the ends of the series an observation falls in fewer blocks than in
// the middle, so the moving-block bootstrap slightly underweights them; the
// percentile interval of a mean is also a little narrow for small n.
// TestMeanCoverage measures the coverage of a mean's 95% interval on i.i.d.
// normal series (400 series each): 93.5% with b = 1 and 90% with b = 10 at
// n = 100, 93% with b = 30 at n = 335, the backtest's length.
package bootstrap

import (
	"fmt"
	"math/rand/v2"
	"sort"

	"gonum.org/v1/gonum/stat"
)

// DefaultBlock is the block length the backtester uses, in days.
const DefaultBlock = 30

// DefaultResamples is the number of resamples the backtester uses.
const DefaultResamples = 2000

// Resample fills idx (length n) with a moving-block resample of the
// indices 0…n−1 with blocks of length block (1 ≤ block ≤ n).
func Resample(rng *rand.Rand, idx []int, block int) {
	n := len(idx)
	for k := 0; k < n; k += block {
		s := rng.IntN(n - block + 1)
		for j := 0; j < block && k+j < n; j++ {
			idx[k+j] = s + j
		}
	}
}

// Interval is the percentile interval at level (e.g. 0.95) of stat over
// resamples moving-block resamples of the indices 0…n−1 with blocks of
// length block, drawn from a PCG generator seeded with seed. stat is given
// the resampled indices (a slice it must not keep).
func Interval(n, block, resamples int, level float64, seed uint64, stat func(idx []int) float64) (lo, hi float64, err error) {
	switch {
	case n < 1:
		return 0, 0, fmt.Errorf("bootstrap: %d observations", n)
	case block < 1 || block > n:
		return 0, 0, fmt.Errorf("bootstrap: block length %d: need 1 ≤ block ≤ n = %d", block, n)
	case resamples < 2:
		return 0, 0, fmt.Errorf("bootstrap: %d resamples: need at least 2", resamples)
	case !(level > 0 && level < 1):
		return 0, 0, fmt.Errorf("bootstrap: level %v: need 0 < level < 1", level)
	}
	rng := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	idx := make([]int, n)
	vals := make([]float64, resamples)
	for r := range vals {
		Resample(rng, idx, block)
		vals[r] = stat(idx)
	}
	sort.Float64s(vals)
	a := (1 - level) / 2
	return quantile(a, vals), quantile(1-a, vals), nil
}

func quantile(p float64, sorted []float64) float64 {
	return stat.Quantile(p, stat.Empirical, sorted, nil)
}

// MeanInterval is Interval for the mean of x.
func MeanInterval(x []float64, block, resamples int, level float64, seed uint64) (lo, hi float64, err error) {
	return Interval(len(x), block, resamples, level, seed, func(idx []int) float64 {
		s := 0.0
		for _, i := range idx {
			s += x[i]
		}
		return s / float64(len(idx))
	})
}
