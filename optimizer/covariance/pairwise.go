package covariance

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// Diff returns the first differences of the rows of the T×p matrix x, the
// (T−1)×p matrix
//
//	Δ_tj = x_{t+1,j} − x_tj,    t = 0, …, T−2,
//
// which is NaN unless both x_{t+1,j} and x_tj are finite, so that no change is
// invented across a gap. It returns an error if x is nil, empty or has fewer
// than 2 rows.
func Diff(x *mat.Dense) (*mat.Dense, error) {
	if x == nil || x.IsEmpty() {
		return nil, fmt.Errorf("covariance.Diff: no data (nil or empty matrix)")
	}
	T, p := x.Dims()
	if T < 2 {
		return nil, fmt.Errorf("covariance.Diff: %d×%d matrix has %d row, need at least 2: %w", T, p, T, ErrTooFewObservations)
	}
	d := mat.NewDense(T-1, p, nil)
	for t := range T - 1 {
		for j := range p {
			a, b := x.At(t, j), x.At(t+1, j)
			v := b - a
			if !finite(a) || !finite(b) {
				v = math.NaN()
			}
			d.Set(t, j, v)
		}
	}
	return d, nil
}

// Pairwise returns the pairwise-complete, exponentially weighted covariance of
// the columns of the T×p matrix x, in which NaN marks a missing observation
// (±Inf is an error). For each pair (j, k), including j = k, let R_jk be the
// rows where both x_tj and x_tk are finite; with λ = 2^(−1/halfLife),
//
//	w_t  = λ^(T−1−t) / Σ_{s∈R_jk} λ^(T−1−s),    m_j = Σ_{t∈R_jk} w_t·x_tj,
//	S_jk = Σ_{t∈R_jk} w_t·(x_tj − m_j)(x_tk − m_k) / (1 − Σ_{t∈R_jk} w_t²),
//
// so each entry is the EWMA covariance (see EWMA) of the rows the pair has in
// common, with means taken over those rows. halfLife = +Inf gives equal
// weights and the pairwise-complete sample covariance; without NaNs Pairwise
// equals EWMA (or Sample). The result is symmetric but not necessarily
// positive semidefinite; see RepairPSD.
//
// Every source must have at least minObs finite observations and every pair
// at least minObs common ones (minObs below 2 is taken as 2, the least for
// which S_jk is defined). Otherwise the error wraps ErrTooFewObservations and
// names the first offending source, or pair, in column order, by names[j]
// (names may be nil, in which case sources are called "column j"), together
// with its count; sources are checked before pairs.
//
// It returns an error as well if x is nil or empty, halfLife is not positive
// or so short that a pair's weight is all on one observation (1 − Σw² = 0 in
// floating point), len(names) is neither 0 nor p, or x has an infinite entry.
func Pairwise(x *mat.Dense, halfLife float64, minObs int, names []string) (*mat.SymDense, error) {
	const op = "covariance.Pairwise"
	if x == nil || x.IsEmpty() {
		return nil, fmt.Errorf("%s: no data (nil or empty matrix)", op)
	}
	if !(halfLife > 0) {
		return nil, fmt.Errorf("%s: half-life %v: must be positive", op, halfLife)
	}
	T, _ := x.Dims()
	lambda := decay(halfLife)
	d := make([]float64, T)
	for t := range d {
		d[t] = lambda
	}
	return pairwise(op, x, d, fmt.Sprint(halfLife), minObs, names)
}

// pairwise is Pairwise with the weights of a pair relative to its latest
// common row, last: row last weighs 1 and row t−1 weighs row t's weight
// times decay[t] (decay[0] is not read), so for a constant decay λ row t
// weighs λ^(last−t), computed by the same products for every pair. The
// weights cannot all underflow to zero. halfLife describes the decay in
// errors.
func pairwise(op string, x *mat.Dense, decay []float64, halfLife string, minObs int, names []string) (*mat.SymDense, error) {
	T, p := x.Dims()
	if len(names) != 0 && len(names) != p {
		return nil, fmt.Errorf("%s: %d names for %d columns", op, len(names), p)
	}
	minObs = max(minObs, 2)
	name := func(j int) string {
		if len(names) == 0 {
			return fmt.Sprintf("column %d", j)
		}
		return fmt.Sprintf("%q (column %d)", names[j], j)
	}

	// Column-major copy with a finiteness mask, for cache-friendly pair loops.
	cols := make([][]float64, p)
	ok := make([][]bool, p)
	for j := range p {
		cols[j] = make([]float64, T)
		ok[j] = make([]bool, T)
		n := 0
		for t := range T {
			v := x.At(t, j)
			if math.IsInf(v, 0) {
				return nil, fmt.Errorf("%s: entry (%d, %d) of %s is %v: %w", op, t, j, name(j), v, ErrNotFinite)
			}
			cols[j][t] = v
			if !math.IsNaN(v) {
				ok[j][t] = true
				n++
			}
		}
		if n < minObs {
			return nil, fmt.Errorf("%s: source %s has %d observations, need at least %d: %w", op, name(j), n, minObs, ErrTooFewObservations)
		}
	}

	// weights[last][t] is row t's weight relative to row last; most pairs
	// share their last row, so each is computed once.
	weights := map[int][]float64{}
	weightsTo := func(last int) []float64 {
		if w, ok := weights[last]; ok {
			return w
		}
		w := make([]float64, last+1)
		v := 1.0
		for t := last; t >= 0; t-- {
			w[t] = v
			v *= decay[t]
		}
		weights[last] = w
		return w
	}

	s := mat.NewSymDense(p, nil)
	for j := range p {
		for k := j; k < p; k++ {
			last := T - 1
			for last >= 0 && !(ok[j][last] && ok[k][last]) {
				last--
			}
			var pw []float64
			if last >= 0 {
				pw = weightsTo(last)
			}
			var sw, sw2, mj, mk float64
			n := 0
			for t := range last + 1 {
				if ok[j][t] && ok[k][t] {
					w := pw[t]
					sw += w
					sw2 += w * w
					mj += w * cols[j][t]
					mk += w * cols[k][t]
					n++
				}
			}
			if n < minObs {
				return nil, fmt.Errorf("%s: sources %s and %s have %d common observations, need at least %d: %w",
					op, name(j), name(k), n, minObs, ErrTooFewObservations)
			}
			// Σ w̃(…)/(1 − Σw̃²) with w̃ = w/sw equals Σ w(…)/(sw − sw2/sw).
			den := sw - sw2/sw
			if !(den > 0) {
				return nil, fmt.Errorf("%s: half-life %s is too short for sources %s and %s: all weight is on one observation",
					op, halfLife, name(j), name(k))
			}
			mj /= sw
			mk /= sw
			var c float64
			for t := range last + 1 {
				if ok[j][t] && ok[k][t] {
					c += pw[t] * (cols[j][t] - mj) * (cols[k][t] - mk)
				}
			}
			s.SetSym(j, k, c/den)
		}
	}
	return s, nil
}

// Options configures ChangeCov. The zero value uses every row, equal
// weights, at least 2 common changes per pair, and repairs to positive
// semidefinite (floor 0).
type Options struct {
	// Window is the number of most recent changes to use: ChangeCov keeps
	// the last Window+1 rows of the levels. 0 means all rows.
	Window int
	// HalfLife is the EWMA half-life in rows (see Pairwise); 0 or +Inf
	// means equal weights.
	HalfLife float64
	// MinObs is the least number of finite changes each source, and each
	// pair of sources, must have in the window; values below 2 mean 2.
	MinObs int
	// RelFloor sets the eigenvalue floor of the repair relative to the
	// average variance: RepairPSD is called with floor RelFloor·tr(S)/p,
	// where S is the pairwise estimate. It must be in [0, 1]; 0 asks for
	// positive semidefinite, a small positive value (e.g. 1e-6) for
	// positive definite with a bounded condition number.
	RelFloor float64
}

// ChangeCov estimates the covariance of one-row changes of the level series in
// the columns of levels (typically history.Panel.APY, NaN where a pool has no
// data), following the package's missing-data policy:
//
//  1. keep the last opt.Window+1 rows of levels (all when opt.Window is 0);
//  2. Δ = Diff(levels): a change is NaN unless both levels are finite;
//  3. S = Pairwise(Δ, opt.HalfLife, opt.MinObs, names);
//  4. return RepairPSD(S, opt.RelFloor·tr(S)/p).
//
// names, one per column or nil, are used in error messages. A source with
// fewer than opt.MinObs changes in the window (for example one listed in the
// last few days) makes ChangeCov fail with an error wrapping
// ErrTooFewObservations that names it and its count; leave it out and call
// again. Walk-forward use: pass levels.Slice(0, now+1, 0, p) so that no row
// after now is read.
func ChangeCov(levels *mat.Dense, names []string, opt Options) (*mat.SymDense, Repair, error) {
	const op = "covariance.ChangeCov"
	switch {
	case levels == nil || levels.IsEmpty():
		return nil, Repair{}, fmt.Errorf("%s: no data (nil or empty matrix)", op)
	case opt.Window < 0:
		return nil, Repair{}, fmt.Errorf("%s: window %d: must be ≥ 0", op, opt.Window)
	case math.IsNaN(opt.HalfLife) || opt.HalfLife < 0:
		return nil, Repair{}, fmt.Errorf("%s: half-life %v: must be ≥ 0 (0 for equal weights)", op, opt.HalfLife)
	case !(opt.RelFloor >= 0 && opt.RelFloor <= 1):
		return nil, Repair{}, fmt.Errorf("%s: relative floor %v: must be in [0, 1]", op, opt.RelFloor)
	}
	T, p := levels.Dims()
	if opt.Window > 0 && opt.Window+1 < T {
		levels = levels.Slice(T-opt.Window-1, T, 0, p).(*mat.Dense)
	}
	d, err := Diff(levels)
	if err != nil {
		return nil, Repair{}, fmt.Errorf("%s: changes of the levels: %w", op, err)
	}
	hl := opt.HalfLife
	if hl == 0 {
		hl = math.Inf(1)
	}
	s, err := Pairwise(d, hl, opt.MinObs, names)
	if err != nil {
		return nil, Repair{}, fmt.Errorf("%s: covariance of changes: %w", op, err)
	}
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

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
