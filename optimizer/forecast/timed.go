package forecast

import (
	"fmt"
	"math"
	"time"

	"gonum.org/v1/gonum/mat"
)

// TimedEWMA is EWMA for rows observed at arbitrary times, such as a
// keeper's ticks: a row's weight halves every HalfLife of its age,
//
//	f_j = Σ_{s∈F_j} 2^(−(t_{T−1} − t_s)/H)·x_sj / Σ_{s∈F_j} 2^(−(t_{T−1} − t_s)/H),   F_j = {s : x_sj finite},
//
// so a half-life of three days means the same on daily rows, on hourly rows
// and on ticks ten seconds apart. On rows spaced Δ apart it is EWMA with a
// half-life of H/Δ rows, and the weights are computed alike (the factor
// 2^(−(t_s − t_{s−1})/H) applied row by row from the last), so that when
// H/Δ is a whole number the two give the same bits.
type TimedEWMA struct {
	// HalfLife is H, > 0.
	HalfLife time.Duration
}

// Forecast returns the time-weighted EWMA of each column of x, whose row s
// was observed at times[s] (strictly increasing, the last row now), NaN
// where the last row is NaN. It is the forecast for every horizon.
func (e TimedEWMA) Forecast(x *mat.Dense, times []time.Time) ([]float64, error) {
	const op = "forecast.TimedEWMA"
	if e.HalfLife <= 0 {
		return nil, fmt.Errorf("%s: half-life %v: must be positive", op, e.HalfLife)
	}
	if err := check(op, x, 1); err != nil {
		return nil, err
	}
	T, _ := x.Dims()
	if len(times) != T {
		return nil, fmt.Errorf("%s: %d times for %d rows", op, len(times), T)
	}
	decay := make([]float64, T)
	for s := 1; s < T; s++ {
		dt := times[s].Sub(times[s-1])
		if dt <= 0 {
			return nil, fmt.Errorf("%s: row %d at %s is not after row %d at %s: times must increase", op, s,
				times[s].Format(time.RFC3339Nano), s-1, times[s-1].Format(time.RFC3339Nano))
		}
		decay[s] = math.Exp2(-(float64(dt) / float64(e.HalfLife)))
	}
	return ewma(x, decay), nil
}
