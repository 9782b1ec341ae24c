package covariance

import (
	"fmt"
	"math"
	"time"

	"gonum.org/v1/gonum/mat"
)

// Rows observed at arbitrary times (a keeper's ticks rather than a daily
// panel) need two things the row-based estimators take for granted.
//
// Changes over different intervals are not alike: for a level that moves
// like a random walk, a change over an interval δ has variance σ²·δ. DiffTimes
// therefore scales each change to one over a common unit u,
//
//	z_t = (x_{t+1} − x_t)·√(u/δ_t),    δ_t = time_{t+1} − time_t,
//
// so that the covariance of the z is that of changes over u (one day, say)
// whatever the spacing of the rows. A change over exactly u is left as it is
// (the factor is 1), so on a daily panel with u one day z = Diff(x).
//
// A half-life is a duration: PairwiseTimes weighs change t (dated at the end
// of its interval) by 2^(−(τ_last − τ_t)/h), applying the factor
// 2^(−(τ_t − τ_{t−1})/h) row by row from the pair's latest common change as
// Pairwise applies λ, so that on rows spaced Δ apart it gives the bits of
// Pairwise with a half-life of h/Δ rows when that is a whole number.

// DiffTimes returns the changes of the T×p levels x, observed at times
// (strictly increasing), scaled to changes over unit (see above): the
// (T−1)×p matrix z, NaN unless both levels are finite, and the time of each
// change, the end of its interval (times[1:]).
func DiffTimes(x *mat.Dense, times []time.Time, unit time.Duration) (*mat.Dense, []time.Time, error) {
	const op = "covariance.DiffTimes"
	if unit <= 0 {
		return nil, nil, fmt.Errorf("%s: unit %v: must be positive", op, unit)
	}
	d, err := Diff(x)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", op, err)
	}
	T, p := x.Dims()
	if err := checkTimes(op, times, T); err != nil {
		return nil, nil, err
	}
	for t := range T - 1 {
		f := math.Sqrt(float64(unit) / float64(times[t+1].Sub(times[t])))
		for j := range p {
			d.Set(t, j, d.At(t, j)*f)
		}
	}
	return d, times[1:], nil
}

// PairwiseTimes is Pairwise for rows observed at times (strictly
// increasing) with a half-life in time: row t's weight relative to the
// pair's latest common row is 2^(−(times[last] − times[t])/halfLife); a
// halfLife of 0 gives equal weights. minObs and names are as for Pairwise,
// and so are the errors.
func PairwiseTimes(x *mat.Dense, times []time.Time, halfLife time.Duration, minObs int, names []string) (*mat.SymDense, error) {
	const op = "covariance.PairwiseTimes"
	if x == nil || x.IsEmpty() {
		return nil, fmt.Errorf("%s: no data (nil or empty matrix)", op)
	}
	if halfLife < 0 {
		return nil, fmt.Errorf("%s: half-life %v: must be positive (or 0 for equal weights)", op, halfLife)
	}
	T, _ := x.Dims()
	if err := checkTimes(op, times, T); err != nil {
		return nil, err
	}
	d := make([]float64, T)
	for t := range d {
		d[t] = 1
		if t > 0 && halfLife > 0 {
			d[t] = math.Exp2(-(float64(times[t].Sub(times[t-1])) / float64(halfLife)))
		}
	}
	return pairwise(op, x, d, halfLife.String(), minObs, names)
}

// TimedOptions configures ChangeCovTimes.
type TimedOptions struct {
	// Unit is the interval the changes are scaled to (see DiffTimes), > 0:
	// the result is the covariance of changes over Unit.
	Unit time.Duration
	// HalfLife is the weights' half-life (see PairwiseTimes); 0 means equal
	// weights.
	HalfLife time.Duration
	// MinObs and RelFloor are as in Options.
	MinObs   int
	RelFloor float64
}

// ChangeCovTimes is ChangeCov for levels observed at times (strictly
// increasing), every row of which is used:
//
//  1. z = DiffTimes(levels, times, opt.Unit);
//  2. S = PairwiseTimes(z, times of the changes, opt.HalfLife, opt.MinObs, names);
//  3. return RepairPSD(S, opt.RelFloor·tr(S)/p).
//
// On a panel spaced one Unit apart it is ChangeCov over all rows with the
// half-life in rows opt.HalfLife/Unit.
func ChangeCovTimes(levels *mat.Dense, times []time.Time, names []string, opt TimedOptions) (*mat.SymDense, Repair, error) {
	const op = "covariance.ChangeCovTimes"
	if !(opt.RelFloor >= 0 && opt.RelFloor <= 1) {
		return nil, Repair{}, fmt.Errorf("%s: relative floor %v: must be in [0, 1]", op, opt.RelFloor)
	}
	z, zt, err := DiffTimes(levels, times, opt.Unit)
	if err != nil {
		return nil, Repair{}, fmt.Errorf("%s: changes of the levels: %w", op, err)
	}
	s, err := PairwiseTimes(z, zt, opt.HalfLife, opt.MinObs, names)
	if err != nil {
		return nil, Repair{}, fmt.Errorf("%s: covariance of changes: %w", op, err)
	}
	_, p := z.Dims()
	var tr float64
	for j := range p {
		tr += s.At(j, j)
	}
	r, rep, err := RepairPSD(s, opt.RelFloor*tr/float64(p))
	if err != nil {
		return nil, Repair{}, fmt.Errorf("%s: %w", op, err)
	}
	return r, rep, nil
}

// checkTimes checks that there is one strictly increasing time per row.
func checkTimes(op string, times []time.Time, rows int) error {
	if len(times) != rows {
		return fmt.Errorf("%s: %d times for %d rows", op, len(times), rows)
	}
	for t := 1; t < rows; t++ {
		if !times[t].After(times[t-1]) {
			return fmt.Errorf("%s: row %d at %s is not after row %d at %s: times must increase", op, t,
				times[t].Format(time.RFC3339Nano), t-1, times[t-1].Format(time.RFC3339Nano))
		}
	}
	return nil
}
