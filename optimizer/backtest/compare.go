package backtest

import (
	"fmt"
	"math"

	"github.com/vaultkeeper/vaultkeeper/optimizer/bootstrap"
)

// Difference is the net APY of strategy A minus that of B over the same
// rows, with a moving-block bootstrap interval.
type Difference struct {
	A, B string
	// PP is the difference in percentage points: exactly A's net APY % −
	// B's.
	PP float64
	// Lo and Hi bound the interval at Level, in percentage points.
	Lo, Hi float64
	Level  float64
	// Block is the block length in rows, Resamples the number of
	// resamples and Seed the generator's seed.
	Block, Resamples int
	Seed             uint64
}

// Compare is the difference of a's and b's net APYs (run over the same
// rows) with its bootstrap interval: the K periods' paired growth factors
// (V_{k+1}/V_k of both) are resampled in moving blocks of block rows
// (bootstrap.Interval; block is cut to K), and each resample's difference
// is exp(Σ log g^a/Y) − exp(Σ log g^b/Y) over its K periods, Y = K·Δ, so
// that the original sample gives exactly the difference of the net APYs.
// Pairing keeps the days on which both strategies earned the same market.
func Compare(a, b *Result, periodYears float64, block, resamples int, level float64, seed uint64) (Difference, error) {
	K := len(a.Value) - 1
	if a.Start != b.Start || a.End != b.End || len(b.Value) != K+1 || K < 1 {
		return Difference{}, fmt.Errorf("backtest: compare %s (rows %d…%d) with %s (rows %d…%d): not the same rows",
			a.Strategy, a.Start, a.End, b.Strategy, b.Start, b.End)
	}
	la, lb := make([]float64, K), make([]float64, K)
	for k := 0; k < K; k++ {
		la[k] = math.Log(a.Value[k+1] / a.Value[k])
		lb[k] = math.Log(b.Value[k+1] / b.Value[k])
	}
	Y := float64(K) * periodYears
	diff := func(idx []int) float64 {
		sa, sb := 0.0, 0.0
		for _, k := range idx {
			sa += la[k]
			sb += lb[k]
		}
		return 100 * (math.Expm1(sa/Y) - math.Expm1(sb/Y))
	}
	all := make([]int, K)
	for k := range all {
		all[k] = k
	}
	d := Difference{A: a.Strategy, B: b.Strategy, PP: diff(all), Level: level, Block: min(block, K), Resamples: resamples, Seed: seed}
	var err error
	if d.Lo, d.Hi, err = bootstrap.Interval(K, d.Block, resamples, level, seed, diff); err != nil {
		return Difference{}, fmt.Errorf("backtest: compare %s with %s: %w", a.Strategy, b.Strategy, err)
	}
	return d, nil
}
