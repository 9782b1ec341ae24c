package covariance

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// Benchmarks on 90 daily observations (a quarter), the window the allocator
// is likely to use, for 50 and 200 sources.
func BenchmarkEstimators(b *testing.B) {
	const T = 90
	for _, p := range []int{50, 200} {
		rnd := rand.New(rand.NewPCG(1, uint64(p)))
		x := randDense(rnd, T, p)
		gappy := randDense(rnd, T+1, p) // levels, a third of the sources listed late
		for j := 0; j < p; j += 3 {
			for t := range rnd.IntN(T / 2) {
				gappy.Set(t, j, math.NaN())
			}
		}
		s, err := Sample(x)
		if err != nil {
			b.Fatal(err)
		}
		for _, bc := range []struct {
			name string
			f    func() error
		}{
			{"Sample", func() error { _, err := Sample(x); return err }},
			{"EWMA", func() error { _, err := EWMA(x, 10); return err }},
			{"LedoitWolf", func() error { _, _, err := LedoitWolf(x); return err }},
			{"Pairwise", func() error { _, err := Pairwise(x, 10, 2, nil); return err }},
			{"RepairPSD", func() error { _, _, err := RepairPSD(s, 1e-9); return err }},
			{"ChangeCov", func() error { _, _, err := ChangeCov(gappy, nil, Options{HalfLife: 10, MinObs: 20}); return err }},
		} {
			b.Run(fmt.Sprintf("%s/p=%d", bc.name, p), func(b *testing.B) {
				for b.Loop() {
					if err := bc.f(); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
