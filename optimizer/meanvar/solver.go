package meanvar

import (
	"fmt"
	"math"
	"slices"
)

// qp holds the data and workspace of the convex subproblem
//
//	minimise  φ(x) = ½·xᵀQx − bᵀx + Σ_i c_i·|x_i − x⁰_i|
//	over      X_T = {x : 1ᵀx = 1, l ≤ x ≤ u, ‖x − x⁰‖₁ ≤ t},
//
// where x = (w, w₀) and Q is extended by a zero row and column for the idle
// share w₀ (b₀ = c₀ = 0).
type qp struct {
	n, m   int
	q      []float64 // n×n row-major Q
	qZero  bool      // Q = 0: a linear program
	b      []float64 // m
	c      []float64 // m
	x0     []float64 // m
	lo, up []float64 // m
	t      float64   // bound on ‖x − x⁰‖₁; +Inf without a turnover limit
	tol    float64
	d      []float64 // diagonal metric D ⪰ Q of the proximal-gradient steps

	// Warm starts of the multipliers of the two proximal maps.
	tauD, thetaD float64 // metric D
	tauI, thetaI float64 // identity metric

	grad, tmp, cand, pv, hiX []float64
	sign                     []float64
	free                     []int
	kkt                      []float64 // polish's augmented KKT matrix
	bps                      []float64 // finishTau's breakpoints
	inv                      []float64 // 1/d_i of the current proximal map
}

// newQP returns a subproblem over the box [lo, up] with the instance's
// current allocation, costs and turnover limit; Q, b and d are set by the
// caller. The instance's workspace is reused: a subproblem is valid until
// the next call.
func (in *instance) newQP(lo, up []float64) *qp {
	m := in.m
	if s := in.ws; s != nil {
		*s = qp{n: s.n, m: m, q: s.q, b: s.b, c: in.c, x0: in.x0, lo: lo, up: up, t: in.t, tol: in.tol, d: s.d,
			grad: s.grad, tmp: s.tmp, cand: s.cand, pv: s.pv, hiX: s.hiX, sign: s.sign, free: s.free[:0], kkt: s.kkt, bps: s.bps, inv: s.inv}
		return s
	}
	in.ws = &qp{
		n: in.n, m: m,
		q: make([]float64, in.n*in.n), b: make([]float64, m), c: in.c, x0: in.x0,
		lo: lo, up: up, t: in.t, tol: in.tol, d: make([]float64, m),
		grad: make([]float64, m), tmp: make([]float64, m), cand: make([]float64, m), pv: make([]float64, m), hiX: make([]float64, m),
		sign: make([]float64, m), free: make([]int, 0, m),
	}
	return in.ws
}

// gradient stores g = ∇(½xᵀQx − bᵀx) = (Qw − b, −b₀) in dst.
func (s *qp) gradient(dst, x []float64) {
	n := s.n
	for i := range n {
		var v float64
		if !s.qZero {
			row := s.q[i*n : i*n+n]
			for j, qij := range row {
				v += qij * x[j]
			}
		}
		dst[i] = v - s.b[i]
	}
	dst[n] = -s.b[n]
}

// objective returns φ(x).
func (s *qp) objective(x []float64) float64 {
	s.gradient(s.tmp, x)
	var v float64
	for i := range s.m {
		// ½xᵀQx − bᵀx = ½xᵀ(Qx − b) − ½bᵀx.
		v += 0.5*x[i]*s.tmp[i] - 0.5*s.b[i]*x[i] + s.c[i]*math.Abs(x[i]-s.x0[i])
	}
	return v
}

// dist returns ‖x − x⁰‖₁.
func (s *qp) dist(x []float64) float64 {
	var v float64
	for i, xi := range x {
		v += math.Abs(xi - s.x0[i])
	}
	return v
}

func clamp(v, lo, hi float64) float64 {
	return math.Min(math.Max(v, lo), hi)
}

// residual returns the KKT residual ‖x − P(x − ∇(x))‖∞ with P the
// identity-metric proximal map, plus any budget or turnover violation.
func (s *qp) residual(x []float64) float64 {
	s.gradient(s.grad, x)
	for i := range x {
		s.tmp[i] = x[i] - s.grad[i]
	}
	s.prox(s.tmp, s.tmp, nil, &s.tauI, &s.thetaI)
	var r, sum float64
	for i := range x {
		r = math.Max(r, math.Abs(x[i]-s.tmp[i]))
		sum += x[i]
	}
	r = math.Max(r, math.Abs(sum-1))
	if !math.IsInf(s.t, 1) {
		r = math.Max(r, s.dist(x)-s.t)
	}
	return r
}

// checkAt reports whether the KKT residual is evaluated (and a polish
// tried) after iteration k: early and then every checkEvery iterations, as
// a warm-started iterate often identifies its active set in a few steps.
func checkAt(k int) bool {
	return k == 2 || k == 4 || k == 7 || k%checkEvery == 0
}

const (
	checkEvery    = 10   // iterations between KKT residual evaluations
	polishTrigger = 1e-5 // residual below which an active-set polish is tried
	boundTol      = 1e-9 // distance to a bound or to x⁰ at which it is taken as active
)

// solve returns the solution of the subproblem from the feasible point
// start, the number of projected-gradient iterations and the final KKT
// residual. A linear program (Q = 0) is solved exactly by greedyLP.
func (s *qp) solve(start []float64) ([]float64, int, float64, error) {
	return s.solveFrom(start, math.NaN())
}

// solveFrom is solve when the KKT residual r0 at start is already known
// (NaN if not).
func (s *qp) solveFrom(start []float64, r0 float64) ([]float64, int, float64, error) {
	if s.qZero {
		x := greedyLP(s.b, s.c, s.x0, s.lo, s.up, s.t)
		return x, 0, s.residual(x), nil
	}
	if math.IsNaN(r0) {
		r0 = s.residual(start)
	}
	return s.runFrom(start, r0, maxIterations)
}

// run performs FISTA with gradient-based adaptive restart (O'Donoghue and
// Candès, 2015) in the metric D from the feasible point x0:
//
//	x_{k+1} = P_D(y_k − D⁻¹∇(y_k))
//	t_{k+1} = (1 + √(1 + 4t_k²))/2
//	y_{k+1} = x_{k+1} + ((t_k − 1)/t_{k+1})·(x_{k+1} − x_k),
//
// where P_D is the proximal map of the cost term and X_T in the metric D,
// resetting t and y = x_{k+1} whenever (y_k − x_{k+1})ᵀD(x_{k+1} − x_k) > 0.
// D ⪰ Q makes 1 a valid step. An active-set polish is tried first from x0
// (a warm start often has the right active set) and then, every checkEvery
// iterations, once the KKT residual is below polishTrigger. It returns the
// solution, the number of iterations and the final KKT residual.
func (s *qp) run(x0 []float64, maxIter int) ([]float64, int, float64, error) {
	return s.runFrom(x0, s.residual(x0), maxIter)
}

// runFrom is run when the KKT residual r0 at x0 is already known.
func (s *qp) runFrom(x0 []float64, r0 float64, maxIter int) ([]float64, int, float64, error) {
	m := s.m
	x := slices.Clone(x0)
	r := r0
	if r <= s.tol {
		return x, 0, r, nil
	}
	if s.polish(s.cand, x) {
		if rc := s.residual(s.cand); rc <= s.tol {
			return slices.Clone(s.cand), 0, rc, nil
		}
	}
	xPrev := slices.Clone(x0)
	y := slices.Clone(x0)
	g := make([]float64, m)
	t := 1.0
	for k := 1; k <= maxIter; k++ {
		s.gradient(g, y)
		for i := range m {
			x[i] = y[i] - g[i]/s.d[i]
		}
		s.prox(x, x, s.d, &s.tauD, &s.thetaD)

		var dot float64
		for i := range m {
			dot += s.d[i] * (y[i] - x[i]) * (x[i] - xPrev[i])
		}
		tNext := (1 + math.Sqrt(1+4*t*t)) / 2
		if dot > 0 {
			tNext = 1
			copy(y, x)
		} else {
			beta := (t - 1) / tNext
			for i := range m {
				y[i] = x[i] + beta*(x[i]-xPrev[i])
			}
		}
		t = tNext
		copy(xPrev, x)

		if !checkAt(k) && k != maxIter {
			continue
		}
		r = s.residual(x)
		if r <= s.tol {
			return x, k, r, nil
		}
		if r <= polishTrigger && s.polish(s.cand, x) {
			if rc := s.residual(s.cand); rc <= s.tol {
				return slices.Clone(s.cand), k, rc, nil
			}
		}
	}
	return x, maxIter, r, fmt.Errorf("%w after %d iterations: KKT residual %.3g > %.3g",
		ErrNotConverged, maxIter, r, s.tol)
}

// polish guesses the active set from x and solves the equality-constrained
// KKT system it implies. Variables within boundTol of a bound are fixed
// there; so are variables within boundTol of x⁰_i when |x_i − x⁰_i| has a
// kink (c_i > 0, or the turnover limit is active: ‖x − x⁰‖₁ within boundTol
// of t). On the free set F, with s_i the sign of x_i − x⁰_i, the system is
//
//	Q_FF x_F + ν·1 + θ·s_F = b_F − c_F∘s_F − Q_FB x_B
//	1ᵀx_F = 1 − 1ᵀx_B
//	s_Fᵀx_F = t − ‖x_B − x⁰_B‖₁ + s_Fᵀx⁰_F   (only when turnover is active)
//
// θ and the turnover row are dropped when every free move has the same
// sign, since they are then not identifiable (ν absorbs θ). It stores the
// resulting point, clamped to the bounds, in dst and reports whether the
// system was solvable with a consistent sign pattern. The caller checks
// optimality.
func (s *qp) polish(dst, x []float64) bool {
	n, m := s.n, s.m
	free := s.free[:0]
	turnover := !math.IsInf(s.t, 1) && s.dist(x) >= s.t-boundTol
	var fixedSum, fixedDist float64
	hasPos, hasNeg := false, false
	for i := range m {
		e := x[i] - s.x0[i]
		kink := s.c[i] > 0 || turnover
		switch {
		case x[i]-s.lo[i] <= boundTol:
			dst[i] = s.lo[i]
		case s.up[i]-x[i] <= boundTol:
			dst[i] = s.up[i]
		case kink && math.Abs(e) <= boundTol:
			dst[i] = s.x0[i]
		default:
			free = append(free, i)
			switch {
			case !kink:
				s.sign[i] = 0
			case e > 0:
				s.sign[i] = 1
				hasPos = true
			default:
				s.sign[i] = -1
				hasNeg = true
			}
			continue
		}
		fixedSum += dst[i]
		fixedDist += math.Abs(dst[i] - s.x0[i])
	}
	s.free = free
	k := len(free)
	if k == 0 {
		return math.Abs(fixedSum-1) <= s.tol
	}
	withTheta := turnover && hasPos && hasNeg
	size := k + 1
	if withTheta {
		size++
	}
	qAt := func(i, j int) float64 {
		if i == n || j == n || s.qZero {
			return 0
		}
		return s.q[i*n+j]
	}
	isFree := s.tmp // marks free variables
	for i := range m {
		isFree[i] = 0
	}
	for _, i := range free {
		isFree[i] = 1
	}
	if cap(s.kkt) < size*(size+1) {
		s.kkt = make([]float64, size*(size+1))
	}
	// Augmented matrix [A | rhs], row-major with size+1 columns.
	a := s.kkt[:size*(size+1)]
	clear(a)
	w := size + 1
	set := func(r, c int, v float64) { a[r*w+c] = v }
	var turnRHS float64
	for r, i := range free {
		for c, j := range free {
			set(r, c, qAt(i, j))
		}
		set(r, k, 1)
		set(k, r, 1)
		bi := s.b[i] - s.c[i]*s.sign[i]
		if i < n && !s.qZero {
			for j := range n {
				if isFree[j] == 0 {
					bi -= s.q[i*n+j] * dst[j]
				}
			}
		}
		set(r, size, bi)
		if withTheta {
			set(r, k+1, s.sign[i])
			set(k+1, r, s.sign[i])
			turnRHS += s.sign[i] * s.x0[i]
		}
	}
	set(k, size, 1-fixedSum)
	if withTheta {
		set(k+1, size, s.t-fixedDist+turnRHS)
	}
	sol, ok := solveDense(a, size)
	if !ok {
		return false
	}
	if withTheta && sol[k+1] < -boundTol {
		return false
	}
	for r, i := range free {
		v := sol[r]
		if !finite(v) || v < s.lo[i]-boundTol || v > s.up[i]+boundTol {
			return false
		}
		if s.sign[i] != 0 && s.sign[i]*(v-s.x0[i]) < -boundTol {
			return false
		}
		dst[i] = clamp(v, s.lo[i], s.up[i])
	}
	return true
}

// solveDense solves the size×size system held with its right-hand side in
// the row-major augmented matrix a (size+1 columns) by Gaussian elimination
// with partial pivoting, in place, and returns the solution (stored in a's
// last column). It reports false when a pivot is negligible (below 10⁻¹³ of
// the largest entry): the polish then falls back to the iterations.
func solveDense(a []float64, size int) ([]float64, bool) {
	w := size + 1
	var scale float64
	for _, v := range a {
		scale = math.Max(scale, math.Abs(v))
	}
	if scale == 0 || !finite(scale) {
		return nil, false
	}
	for col := range size {
		p := col
		for r := col + 1; r < size; r++ {
			if math.Abs(a[r*w+col]) > math.Abs(a[p*w+col]) {
				p = r
			}
		}
		if math.Abs(a[p*w+col]) <= 1e-13*scale {
			return nil, false
		}
		if p != col {
			for c := col; c < w; c++ {
				a[p*w+c], a[col*w+c] = a[col*w+c], a[p*w+c]
			}
		}
		piv := a[col*w+col]
		for r := col + 1; r < size; r++ {
			f := a[r*w+col] / piv
			if f == 0 {
				continue
			}
			for c := col; c < w; c++ {
				a[r*w+c] -= f * a[col*w+c]
			}
		}
	}
	x := make([]float64, size)
	for r := size - 1; r >= 0; r-- {
		v := a[r*w+size]
		for c := r + 1; c < size; c++ {
			v -= a[r*w+c] * x[c]
		}
		x[r] = v / a[r*w+r]
	}
	return x, true
}
