package forecast

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// Benchmarks of one forecast of every source from a year of daily history
// (365 rows; a third of the sources listed part-way through), for 50 and 200
// sources.
func BenchmarkForecast(b *testing.B) {
	const T = 365
	for _, p := range []int{50, 200} {
		rnd := rand.New(rand.NewPCG(1, uint64(p)))
		x := mat.NewDense(T, p, nil)
		for j := range p {
			r := simulateAR1(rnd, T, 0.9, 0.05, 0.003)
			listed := 0
			if j%3 == 0 {
				listed = rnd.IntN(T - 10)
			}
			for i := range T {
				v := r[i]
				if i < listed {
					v = math.NaN()
				}
				x.Set(i, j, v)
			}
		}
		for _, m := range []model{
			{"Last", Last{}},
			{"EWMA", EWMA{}},
			{"AR1", AR1{}},
			{"AR1W90", AR1{Window: 90}},
		} {
			b.Run(fmt.Sprintf("%s/p=%d", m.name, p), func(b *testing.B) {
				for b.Loop() {
					if _, err := m.f.Forecast(x, 7); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
