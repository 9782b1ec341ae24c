package strategy

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"gonum.org/v1/gonum/mat"

	"github.com/vaultkeeper/vaultkeeper/optimizer/rateimpact"
)

// capacityImpact is the capacity model around the forecast with each
// source's free liquidity.
type capacityImpact struct{ free []float64 }

func (c capacityImpact) Model(i int, f float64) rateimpact.Model {
	m, err := rateimpact.NewCapacity(f, c.free[i], 0.8, 1)
	if err != nil {
		panic(err)
	}
	return m
}

// realisticInput is a vault of 10M over n sources with 90 days of daily
// APYs (levels of 2–10% with a common factor, daily changes of 0.1–0.5
// points, a few gaps), free liquidity of 5M–500M, every limit and cost:
// what a keeper with n sources decides from.
func realisticInput(rnd *rand.Rand, n int) Input {
	const V, rows = 10e6, 90
	in := Input{
		Names: make([]string, n), Capital: V, Holdings: make([]float64, n),
		History: History{Times: make([]time.Time, rows), APY: mat.NewDense(rows, n, nil)},
		Limits: Limits{Caps: make([]float64, n), AbsCaps: make([]float64, n), RelCapsBps: make([]uint64, n),
			MinIdle: 0.02, MaxTurnover: 0.3},
		Costs: Costs{Source: 15, Tx: 30, Proportional: 0.0005},
	}
	free := make([]float64, n)
	level := make([]float64, n)
	vol := make([]float64, n)
	for i := range n {
		in.Names[i] = string(rune('A'+i%26)) + string(rune('a'+i/26))
		level[i] = 0.02 + 0.08*rnd.Float64()
		vol[i] = 0.001 + 0.004*rnd.Float64()
		free[i] = 5e6 * math.Pow(100, rnd.Float64())
		in.Limits.Caps[i] = 0.2 + 0.4*rnd.Float64()
		in.Limits.RelCapsBps[i] = uint64(3000 + rnd.IntN(3000))
		in.Limits.AbsCaps[i] = math.Inf(1)
	}
	for t := range rows {
		in.History.Times[t] = t0.Add(time.Duration(t) * day)
		common := rnd.NormFloat64()
		for i := range n {
			level[i] = math.Max(0.001, level[i]+vol[i]*(0.5*common+rnd.NormFloat64()))
			v := level[i]
			if rnd.IntN(50) == 0 && t < rows-1 {
				v = math.NaN()
			}
			in.History.APY.Set(t, i, v)
		}
	}
	// A feasible current allocation: 60% spread over the first sources.
	left := 0.6 * V
	for i := 0; i < n && left > 0; i++ {
		x := math.Min(left, 0.15*V)
		in.Holdings[i] = x
		left -= x
	}
	in.Impact = capacityImpact{free: free}
	return in
}

// BenchmarkDecide50 is the strategy's whole decision for 50 sources:
// forecast, covariance of 90 days, and meanvar.Solve with rate impact, every
// cap, costs and turnover.
func BenchmarkDecide50(b *testing.B) {
	in := realisticInput(rand.New(rand.NewPCG(50, 1)), 50)
	mv := DefaultMeanVar()
	if d, err := mv.Decide(in); err != nil {
		b.Fatal(err)
	} else if d.Hold {
		b.Logf("holds: %s", d.Reason)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := mv.Decide(in); err != nil {
			b.Fatal(err)
		}
	}
}
