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

// prox stores in dst the minimiser over X_T of
//
//	Σ_i (d_i/2)·(x_i − v_i)² + Σ_i c_i·|x_i − x⁰_i|
//
// (d = nil means the identity) and returns its multipliers τ (budget) and
// θ ≥ 0 (turnover). dst and v may alias; warmTau and warmTheta hold the
// multipliers of the previous call and are updated.
//
// For fixed (τ, θ) the minimiser is separable:
//
//	x_i(τ, θ) = clamp(x⁰_i + S_{(c_i+θ)/d_i}(v_i − τ/d_i − x⁰_i), l_i, u_i),
//
// S_k(z) = sign(z)·max(|z| − k, 0) the soft threshold. For fixed θ,
// Σ_i x_i(τ, θ) is continuous, non-increasing and piecewise linear in τ, and
// τ(θ) is its root at 1 (solveTau). If ‖x(τ(0), 0) − x⁰‖₁ ≤ t the turnover
// limit is slack and θ = 0; otherwise θ > 0 is the root of the
// non-increasing piecewise-linear ‖x(τ(θ), θ) − x⁰‖₁ = t, found by Newton
// steps safeguarded by a bracket: on a piece with free set F and move signs
// s_F the slope is (Σ_F s_i/d_i)²/Σ_F 1/d_i − Σ_F 1/d_i, so the step is
// exact once the bracket holds a single piece.
func (s *qp) prox(dst, v, d []float64, warmTau, warmTheta *float64) (float64, float64) {
	// The root finders evaluate x(τ, θ) repeatedly from v, with 1/d.
	v = append(s.pv[:0], v...)
	if d != nil {
		s.inv = s.inv[:0]
		for _, di := range d {
			s.inv = append(s.inv, 1/di)
		}
	}
	if math.IsInf(s.t, 1) {
		tau, _, _ := s.solveTau(dst, v, d, 0, *warmTau)
		*warmTau, *warmTheta = tau, 0
		return tau, 0
	}
	tolD := 4 * 0x1p-52 * float64(len(v)) * math.Max(1, s.t)

	// Start at the previous θ (consecutive calls differ little).
	theta := *warmTheta
	if theta > 0 {
		if tau, theta, ok := s.jointNewton(dst, v, d, *warmTau, theta, tolD); ok {
			*warmTau, *warmTheta = tau, theta
			return tau, theta
		}
	}
	tau, slope, sgn := s.solveTau(dst, v, d, theta, *warmTau)
	dist := s.dist(dst)
	lo, hi := 0.0, math.Inf(1) // D(lo) > t ≥ D(hi)
	hiTau := 0.0
	switch {
	case theta == 0 && dist <= s.t:
		*warmTau, *warmTheta = tau, 0
		return tau, 0
	case theta > 0 && dist < s.t-tolD:
		// θ may be too large: is the limit slack at θ = 0?
		hi, hiTau = theta, tau
		copy(s.hiX, dst)
		tau, slope, sgn = s.solveTau(dst, v, d, 0, tau+sgn/math.Max(slope, 1e-300)*theta)
		theta, dist = 0, s.dist(dst)
		if dist <= s.t {
			*warmTau, *warmTheta = tau, 0
			return tau, 0
		}
	}
	// θ-scale for the outward search: beyond it every coordinate is in its
	// dead zone unless a bound forces it away from x⁰.
	var thetaScale float64
	for i := range v {
		di := 1.0
		if d != nil {
			di = d[i]
		}
		thetaScale = math.Max(thetaScale, math.Abs(di*(v[i]-s.x0[i])))
	}
	thetaScale = math.Max(thetaScale+math.Abs(tau), 1e-300)

	for range 200 {
		r := dist - s.t
		if math.Abs(r) <= tolD {
			break
		}
		if r > 0 {
			lo = theta
		} else {
			hi, hiTau = theta, tau
			copy(s.hiX, dst)
		}
		next := math.NaN()
		if slope > 0 {
			if dd := slope - sgn*sgn/slope; dd > 0 {
				next = theta + r/dd
			}
		}
		if !(next > lo && next < hi) {
			if math.IsInf(hi, 1) {
				next = 2*lo + thetaScale
			} else {
				next = lo + (hi-lo)/2
			}
		}
		if next == theta {
			break
		}
		// On the same piece τ moves by −(Σ_F s_i/d_i)/(Σ_F 1/d_i) per unit θ.
		guess := tau
		if slope > 0 {
			guess -= sgn / slope * (next - theta)
		}
		theta = next
		tau, slope, sgn = s.solveTau(dst, v, d, theta, guess)
		dist = s.dist(dst)
	}
	if dist > s.t+tolD && !math.IsInf(hi, 1) {
		theta, tau = hi, hiTau
		copy(dst, s.hiX)
	}
	*warmTau, *warmTheta = tau, theta
	return tau, theta
}

// jointNewton tries to find both multipliers of prox when the turnover
// limit binds (θ > 0), from a warm start, by Newton steps on the two
// equations Σx(τ, θ) = 1 and ‖x(τ, θ) − x⁰‖₁ = t. On a piece with free
// moved set F, A = Σ_F 1/d_i and B = Σ_F s_i/d_i, both are linear with
// Jacobian −[[A, B], [B, A]], so a step is exact once on the solution's
// piece. It gives up (for the nested search) after a few evaluations, when
// the Jacobian is singular (all free moves of one sign) or when θ would
// turn negative (the limit may be slack).
func (s *qp) jointNewton(dst, v, d []float64, tau, theta, tolD float64) (float64, float64, bool) {
	noise := 4 * 0x1p-52 * float64(len(v))
	for range 4 {
		sum, a, b := s.evalTau(dst, v, d, theta, tau)
		r1, r2 := sum-1, s.dist(dst)-s.t
		if math.Abs(r1) <= noise && math.Abs(r2) <= tolD {
			return tau, theta, true
		}
		det := a*a - b*b
		if !(det > 1e-12*a*a) {
			return 0, 0, false
		}
		tau += (a*r1 - b*r2) / det
		theta += (a*r2 - b*r1) / det
		if !(theta > 0) {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// solveTau stores x(τ, θ) in dst for the τ with Σ_i x_i(τ, θ) = 1 and
// returns τ with Σ_F 1/d_i and Σ_F s_i/d_i over the coordinates F on a
// linear piece (free, moved) at the root. The root is found from the warm
// start tau0 by Newton steps, exact once on the root's piece, kept inside a
// bracket [a, b] with Σx(a) ≥ 1 ≥ Σx(b) and replaced by Illinois regula
// falsi (or bisection) when they leave it; the initial bracket puts every
// coordinate at its upper, respectively lower, bound.
func (s *qp) solveTau(dst, v, d []float64, theta, tau0 float64) (float64, float64, float64) {
	a, b := math.Inf(1), math.Inf(-1)
	var sumLo, sumUp float64
	for i, vi := range v {
		sumLo += s.lo[i]
		sumUp += s.up[i]
		di := 1.0
		if d != nil {
			di = d[i]
		}
		k := s.c[i] + theta
		z := vi - s.x0[i]
		a = math.Min(a, di*(z-math.Max(0, s.up[i]-s.x0[i]))-k)
		b = math.Max(b, di*(z+math.Max(0, s.x0[i]-s.lo[i]))+k)
	}
	// When the bounds leave a single feasible point, take it exactly.
	if sumLo >= 1 {
		_, slope, sgn := s.evalTau(dst, v, d, theta, b)
		return b, slope, sgn
	}
	if sumUp <= 1 {
		_, slope, sgn := s.evalTau(dst, v, d, theta, a)
		return a, slope, sgn
	}
	tau := tau0
	if !(tau > a && tau < b) {
		tau = a + (b-a)/2
	}
	// Residuals at the bracket's ends: true (ta, tb) and Illinois-scaled
	// (ra, rb) for regula falsi.
	ra, rb := sumUp-1, sumLo-1
	ta, tb := ra, rb
	// Rounding noise of the sum of m terms.
	noise := 4 * 0x1p-52 * float64(len(v))
	var sum, slope, sgn float64
	side := 0 // which end the last two regula-falsi steps replaced (Illinois)
	for iter := range 300 {
		sum, slope, sgn = s.evalTau(dst, v, d, theta, tau)
		r := sum - 1
		if math.Abs(r) <= noise {
			break
		}
		if iter == newtonEvals {
			if r > 0 {
				a, ta = tau, r
			} else {
				b, tb = tau, r
			}
			return s.finishTau(dst, v, d, theta, a, b, ta, tb)
		}
		if r > 0 {
			ta = r
			a, ra = tau, r
			if side == 1 {
				rb /= 2
			}
			side = 1
		} else {
			tb = r
			b, rb = tau, r
			if side == -1 {
				ra /= 2
			}
			side = -1
		}
		// A Newton step is exact when the root is on the current piece.
		next := math.NaN()
		if slope > 0 {
			next = tau + r/slope
		}
		if !(next > a && next < b) {
			next = a + ra*(b-a)/(ra-rb) // regula falsi
			if !(next > a && next < b) {
				next = a + (b-a)/2
			}
		}
		if next == tau || !(b > a) {
			break
		}
		tau = next
	}
	return tau, slope, sgn
}

// newtonEvals is the number of evaluations solveTau spends on Newton and
// regula-falsi steps before finishing exactly (finishTau).
const newtonEvals = 3

// finishTau finds the root of Σ_i x_i(τ, θ) = 1 in the bracket [a, b]
// (residuals ra ≥ 0 ≥ rb) exactly: the sum is linear between consecutive
// breakpoints of the x_i, the τ where the soft threshold or a bound starts
// or stops acting, τ ∈ d_i·(v_i − {x⁰_i, u_i, l_i}) ± (c_i + θ). A binary
// search over the sorted breakpoints inside the bracket finds the segment
// holding the root, where linear interpolation is exact.
func (s *qp) finishTau(dst, v, d []float64, theta, a, b, ra, rb float64) (float64, float64, float64) {
	bps := s.bps[:0]
	for i, vi := range v {
		di := 1.0
		if d != nil {
			di = d[i]
		}
		k := s.c[i] + theta
		for _, base := range [3]float64{s.x0[i], s.up[i], s.lo[i]} {
			for _, bp := range [2]float64{di*(vi-base) - k, di*(vi-base) + k} {
				if bp > a && bp < b {
					bps = append(bps, bp)
				}
			}
		}
	}
	slices.Sort(bps)
	bps = slices.Compact(bps)
	s.bps = bps
	lo, hi := -1, len(bps) // indices; -1 is a, len(bps) is b
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		sum, _, _ := s.evalTau(dst, v, d, theta, bps[mid])
		if r := sum - 1; r >= 0 {
			lo, a, ra = mid, bps[mid], r
		} else {
			hi, b, rb = mid, bps[mid], r
		}
	}
	tau := a
	if ra > 0 {
		tau = a + ra*(b-a)/(ra-rb)
	}
	_, slope, sgn := s.evalTau(dst, v, d, theta, tau)
	return tau, slope, sgn
}

// evalTau stores x(τ, θ) in dst and returns Σ_i x_i, Σ_F 1/d_i and
// Σ_F s_i/d_i over the free moved coordinates F (sign s_i of the move).
func (s *qp) evalTau(dst, v, d []float64, theta, tau float64) (sum, slope, sgn float64) {
	inv := s.inv // 1/d_i, set by prox
	for i, vi := range v {
		ei := 1.0
		if d != nil {
			ei = inv[i]
		}
		k := (s.c[i] + theta) * ei
		z := vi - tau*ei - s.x0[i]
		var sg float64
		switch {
		case z > k:
			z -= k
			sg = 1
		case z < -k:
			z += k
			sg = -1
		case k == 0:
			// No kink: free, no sign.
		default:
			z = 0
			sg = math.NaN()
		}
		x := s.x0[i] + z
		switch {
		case x <= s.lo[i]:
			x = s.lo[i]
		case x >= s.up[i]:
			x = s.up[i]
		case !math.IsNaN(sg):
			slope += ei
			sgn += sg * ei
		}
		dst[i] = x
		sum += x
	}
	return sum, slope, sgn
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
